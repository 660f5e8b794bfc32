from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="UserStats")


@_attrs_define
class UserStats:
    """Usage counters for a user.

    Attributes:
        num_conversations (int): Conversations the user has started.
        num_messages (int): Messages the user has sent or received.
        last_message_time (datetime.datetime | None): When the user last sent or received a message; null if never.
    """

    num_conversations: int
    num_messages: int
    last_message_time: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_conversations = self.num_conversations

        num_messages = self.num_messages

        last_message_time: None | str
        if isinstance(self.last_message_time, datetime.datetime):
            last_message_time = self.last_message_time.isoformat()
        else:
            last_message_time = self.last_message_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_conversations": num_conversations,
                "num_messages": num_messages,
                "last_message_time": last_message_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"UserStats takes a mapping of its fields, not {type(src_dict).__name__}") from None
        num_conversations = d.pop("num_conversations")

        num_messages = d.pop("num_messages")

        _last_message_time_value = d.pop("last_message_time")
        try:

            def _parse_last_message_time(data: object) -> datetime.datetime | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, str):
                    try:
                        last_message_time_type_0 = isoparse(data)

                        return last_message_time_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("datetime.datetime | None", data)

            last_message_time = _parse_last_message_time(_last_message_time_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "last_message_time")
            raise

        user_stats = cls(
            num_conversations=num_conversations,
            num_messages=num_messages,
            last_message_time=last_message_time,
        )

        user_stats.additional_properties = d
        return user_stats

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
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    UserStatsParam = TypedDict(
        "UserStatsParam",
        {
            "num_conversations": Required[int],
            "num_messages": Required[int],
            "last_message_time": Required[Union[datetime.datetime, None]],
        },
        total=False,
    )
