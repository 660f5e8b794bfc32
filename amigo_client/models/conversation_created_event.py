from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationCreatedEvent")


@_attrs_define
class ConversationCreatedEvent:
    """First event of a create stream, carrying the new conversation's ID.

    Attributes:
        conversation_id (str): ID of the new conversation.
        type_ (Literal['conversation-created'] | Unset): Always `conversation-created`. Default: 'conversation-created'.
    """

    conversation_id: str
    type_: Literal["conversation-created"] | Unset = "conversation-created"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ConversationCreatedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        conversation_id = d.pop("conversation_id")

        type_ = cast("Literal['conversation-created'] | Unset", d.pop("type", UNSET))
        if type_ != "conversation-created" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'conversation-created', got '{type_}'")

        conversation_created_event = cls(
            conversation_id=conversation_id,
            type_=type_,
        )

        conversation_created_event.additional_properties = d
        return conversation_created_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, [])

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping

    from typing_extensions import Required, TypedDict

    ConversationCreatedEventParam = TypedDict(
        "ConversationCreatedEventParam",
        {
            "conversation_id": Required[str],
            "type": Literal["conversation-created"],
        },
        total=False,
    )
