from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .. import types
from ..models.interact_with_conversation_request_initial_message_type import (
    InteractWithConversationRequestInitialMessageType,
    check_interact_with_conversation_request_initial_message_type,
)
from ..types import UNSET, Unset, located

T = TypeVar("T", bound="InteractWithConversationRequest")


@_attrs_define
class InteractWithConversationRequest:
    """Multipart form for one interaction. It merges three variants that the server checks exactly: `user-message` and
    `external-event` need a non-empty `recorded_message`, while `skip` needs an empty `recorded_message` and no external
    events.

        Attributes:
            initial_message_type (InteractWithConversationRequestInitialMessageType): What the submitted message is.
            recorded_message (str): The message text, or for voice requests the audio file part; must be empty for `skip`.
            external_event_message_content (list[str] | Unset): Texts of external events to insert before the message,
                oldest first (not allowed with `skip`).
            external_event_message_timestamp (list[datetime.datetime] | Unset): Times of those external events, one per
                content entry, oldest first (not allowed with `skip`).
    """

    initial_message_type: InteractWithConversationRequestInitialMessageType
    recorded_message: str
    external_event_message_content: list[str] | Unset = UNSET
    external_event_message_timestamp: list[datetime.datetime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initial_message_type: str = self.initial_message_type

        recorded_message = self.recorded_message

        external_event_message_content: list[str] | Unset = UNSET
        if not isinstance(self.external_event_message_content, Unset):
            external_event_message_content = self.external_event_message_content

        external_event_message_timestamp: list[str] | Unset = UNSET
        if not isinstance(self.external_event_message_timestamp, Unset):
            external_event_message_timestamp = []
            for external_event_message_timestamp_item_data in self.external_event_message_timestamp:
                external_event_message_timestamp_item = external_event_message_timestamp_item_data.isoformat()
                external_event_message_timestamp.append(external_event_message_timestamp_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initial_message_type": initial_message_type,
                "recorded_message": recorded_message,
            }
        )
        if external_event_message_content is not UNSET:
            field_dict["external_event_message_content"] = external_event_message_content
        if external_event_message_timestamp is not UNSET:
            field_dict["external_event_message_timestamp"] = external_event_message_timestamp

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("initial_message_type", (None, str(self.initial_message_type).encode(), "text/plain")))

        files.append(("recorded_message", (None, str(self.recorded_message).encode(), "text/plain")))

        if not isinstance(self.external_event_message_content, Unset):
            for external_event_message_content_item_element in self.external_event_message_content:
                files.append(
                    (
                        "external_event_message_content",
                        (None, str(external_event_message_content_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.external_event_message_timestamp, Unset):
            for external_event_message_timestamp_item_element in self.external_event_message_timestamp:
                files.append(
                    (
                        "external_event_message_timestamp",
                        (None, external_event_message_timestamp_item_element.isoformat().encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"InteractWithConversationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        initial_message_type = check_interact_with_conversation_request_initial_message_type(
            d.pop("initial_message_type")
        )

        recorded_message = d.pop("recorded_message")

        external_event_message_content = cast("list[str]", d.pop("external_event_message_content", UNSET))

        _external_event_message_timestamp_value = d.pop("external_event_message_timestamp", UNSET)
        try:
            _external_event_message_timestamp = _external_event_message_timestamp_value
            external_event_message_timestamp: list[datetime.datetime] | Unset = UNSET
            if _external_event_message_timestamp is not UNSET:
                external_event_message_timestamp = []
                for external_event_message_timestamp_item_data in _external_event_message_timestamp:
                    try:
                        external_event_message_timestamp_item = isoparse(external_event_message_timestamp_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(external_event_message_timestamp))
                        raise
                    external_event_message_timestamp.append(external_event_message_timestamp_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "external_event_message_timestamp")
            raise

        interact_with_conversation_request = cls(
            initial_message_type=initial_message_type,
            recorded_message=recorded_message,
            external_event_message_content=external_event_message_content,
            external_event_message_timestamp=external_event_message_timestamp,
        )

        interact_with_conversation_request.additional_properties = d
        return interact_with_conversation_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["external_event_message_content", "external_event_message_timestamp"])

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
    from typing import Any, List, Mapping

    from typing_extensions import Required, TypedDict

    InteractWithConversationRequestParam = TypedDict(
        "InteractWithConversationRequestParam",
        {
            "initial_message_type": Required[InteractWithConversationRequestInitialMessageType],
            "recorded_message": Required[str],
            "external_event_message_content": List[str],
            "external_event_message_timestamp": List[datetime.datetime],
        },
        total=False,
    )
