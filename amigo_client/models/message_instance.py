from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.format_ import Format, check_format
from ..models.message_type import MessageType, check_message_type
from ..types import located

T = TypeVar("T", bound="MessageInstance")


@_attrs_define
class MessageInstance:
    """One message of a conversation.

    Attributes:
        id (str): Message ID.
        interaction_id (str): Interaction the message belongs to.
        created_at (datetime.datetime): When the message was created.
        sender (str): Display name of the sender.
        message (str): Text of the message.
        format_ (Format): Whether a message was delivered as text or voice.
        message_type (MessageType): Kind of a conversation message.
    """

    id: str
    interaction_id: str
    created_at: datetime.datetime
    sender: str
    message: str
    format_: Format
    message_type: MessageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        interaction_id = self.interaction_id

        created_at = self.created_at.isoformat()

        sender = self.sender

        message = self.message

        format_: str = self.format_

        message_type: str = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "interaction_id": interaction_id,
                "created_at": created_at,
                "sender": sender,
                "message": message,
                "format": format_,
                "message_type": message_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"MessageInstance takes a mapping of its fields, not {type(src_dict).__name__}") from None
        id = d.pop("id")

        interaction_id = d.pop("interaction_id")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        sender = d.pop("sender")

        message = d.pop("message")

        format_ = check_format(d.pop("format"))

        message_type = check_message_type(d.pop("message_type"))

        message_instance = cls(
            id=id,
            interaction_id=interaction_id,
            created_at=created_at,
            sender=sender,
            message=message,
            format_=format_,
            message_type=message_type,
        )

        message_instance.additional_properties = d
        return message_instance

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
    import datetime
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    MessageInstanceParam = TypedDict(
        "MessageInstanceParam",
        {
            "id": Required[str],
            "interaction_id": Required[str],
            "created_at": Required[datetime.datetime],
            "sender": Required[str],
            "message": Required[str],
            "format": Required[Format],
            "message_type": Required[MessageType],
        },
        total=False,
    )
