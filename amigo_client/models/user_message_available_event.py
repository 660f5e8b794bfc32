from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserMessageAvailableEvent")


@_attrs_define
class UserMessageAvailableEvent:
    """The user's message text is known (for voice, once transcribed); starts an interact stream.

    Attributes:
        message_id (str): ID of the user message.
        user_message (str): Text of the user message.
        type_ (Literal['user-message-available'] | Unset): Always `user-message-available`. Default: 'user-message-
            available'.
    """

    message_id: str
    user_message: str
    type_: Literal["user-message-available"] | Unset = "user-message-available"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        user_message = self.user_message

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "user_message": user_message,
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
                f"UserMessageAvailableEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        message_id = d.pop("message_id")

        user_message = d.pop("user_message")

        type_ = cast("Literal['user-message-available'] | Unset", d.pop("type", UNSET))
        if type_ != "user-message-available" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'user-message-available', got '{type_}'")

        user_message_available_event = cls(
            message_id=message_id,
            user_message=user_message,
            type_=type_,
        )

        user_message_available_event.additional_properties = d
        return user_message_available_event

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

    UserMessageAvailableEventParam = TypedDict(
        "UserMessageAvailableEventParam",
        {
            "message_id": Required[str],
            "user_message": Required[str],
            "type": Literal["user-message-available"],
        },
        total=False,
    )
