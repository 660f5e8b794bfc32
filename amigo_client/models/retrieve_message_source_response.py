from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="RetrieveMessageSourceResponse")


@_attrs_define
class RetrieveMessageSourceResponse:
    """Where to download the raw source of a message (the audio of a voice message).

    Attributes:
        url (str): A signed link to the source; it needs no Amigo credentials and expires.
        content_type (str): Media type of the source, such as `audio/wav` or `audio/mpeg`.
        expires_at (datetime.datetime): When the link stops working (about 12 hours ahead with `long_lived`).
    """

    url: str
    content_type: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        content_type = self.content_type

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "content_type": content_type,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"RetrieveMessageSourceResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        url = d.pop("url")

        content_type = d.pop("content_type")

        _expires_at_value = d.pop("expires_at")
        try:
            expires_at = isoparse(_expires_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "expires_at")
            raise

        retrieve_message_source_response = cls(
            url=url,
            content_type=content_type,
            expires_at=expires_at,
        )

        retrieve_message_source_response.additional_properties = d
        return retrieve_message_source_response

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

    RetrieveMessageSourceResponseParam = TypedDict(
        "RetrieveMessageSourceResponseParam",
        {
            "url": Required[str],
            "content_type": Required[str],
            "expires_at": Required[datetime.datetime],
        },
        total=False,
    )
