from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="RotateWebhookDestinationSecretResponse")


@_attrs_define
class RotateWebhookDestinationSecretResponse:
    """The replacement signing secret.

    Attributes:
        secret (str): The new signing secret; it is returned only here.
        dual_signing_stops_at (datetime.datetime): UTC time after which only the new secret signs webhooks.
    """

    secret: str
    dual_signing_stops_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        dual_signing_stops_at = self.dual_signing_stops_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret": secret,
                "dual_signing_stops_at": dual_signing_stops_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"RotateWebhookDestinationSecretResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        secret = d.pop("secret")

        _dual_signing_stops_at_value = d.pop("dual_signing_stops_at")
        try:
            dual_signing_stops_at = isoparse(_dual_signing_stops_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "dual_signing_stops_at")
            raise

        rotate_webhook_destination_secret_response = cls(
            secret=secret,
            dual_signing_stops_at=dual_signing_stops_at,
        )

        rotate_webhook_destination_secret_response.additional_properties = d
        return rotate_webhook_destination_secret_response

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

    RotateWebhookDestinationSecretResponseParam = TypedDict(
        "RotateWebhookDestinationSecretResponseParam",
        {
            "secret": Required[str],
            "dual_signing_stops_at": Required[datetime.datetime],
        },
        total=False,
    )
