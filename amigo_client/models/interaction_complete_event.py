from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionCompleteEvent")


@_attrs_define
class InteractionCompleteEvent:
    """The interaction is stored; sent after the last reply chunk.

    Attributes:
        message_id (str): ID of the agent message.
        interaction_id (str): ID of the interaction.
        full_message (str): Whole reply text, or its transcript for voice.
        conversation_completed (bool): Whether the conversation ended automatically with this interaction.
        type_ (Literal['interaction-complete'] | Unset): Always `interaction-complete`. Default: 'interaction-complete'.
    """

    message_id: str
    interaction_id: str
    full_message: str
    conversation_completed: bool
    type_: Literal["interaction-complete"] | Unset = "interaction-complete"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        interaction_id = self.interaction_id

        full_message = self.full_message

        conversation_completed = self.conversation_completed

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "interaction_id": interaction_id,
                "full_message": full_message,
                "conversation_completed": conversation_completed,
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
                f"InteractionCompleteEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        message_id = d.pop("message_id")

        interaction_id = d.pop("interaction_id")

        full_message = d.pop("full_message")

        conversation_completed = d.pop("conversation_completed")

        type_ = cast("Literal['interaction-complete'] | Unset", d.pop("type", UNSET))
        if type_ != "interaction-complete" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'interaction-complete', got '{type_}'")

        interaction_complete_event = cls(
            message_id=message_id,
            interaction_id=interaction_id,
            full_message=full_message,
            conversation_completed=conversation_completed,
            type_=type_,
        )

        interaction_complete_event.additional_properties = d
        return interaction_complete_event

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

    InteractionCompleteEventParam = TypedDict(
        "InteractionCompleteEventParam",
        {
            "message_id": Required[str],
            "interaction_id": Required[str],
            "full_message": Required[str],
            "conversation_completed": Required[bool],
            "type": Literal["interaction-complete"],
        },
        total=False,
    )
