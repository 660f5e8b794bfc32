from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="CreateApiKeyResponse")


@_attrs_define
class CreateApiKeyResponse:
    """Answer to `create-api-key`; the only time the secret is returned.

    Attributes:
        api_key_id (str): ID of the key; it is sent together with the secret when signing in.
        api_key (str): The secret. It cannot be fetched again, so store it safely now.
        expires_at (datetime.datetime): When the key stops working (UTC).
    """

    api_key_id: str
    api_key: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        api_key = self.api_key

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "api_key": api_key,
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
                f"CreateApiKeyResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        api_key_id = d.pop("api_key_id")

        api_key = d.pop("api_key")

        _expires_at_value = d.pop("expires_at")
        try:
            expires_at = isoparse(_expires_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "expires_at")
            raise

        create_api_key_response = cls(
            api_key_id=api_key_id,
            api_key=api_key,
            expires_at=expires_at,
        )

        create_api_key_response.additional_properties = d
        return create_api_key_response

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

    CreateApiKeyResponseParam = TypedDict(
        "CreateApiKeyResponseParam",
        {
            "api_key_id": Required[str],
            "api_key": Required[str],
            "expires_at": Required[datetime.datetime],
        },
        total=False,
    )
