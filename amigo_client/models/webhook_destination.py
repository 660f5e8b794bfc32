from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="WebhookDestination")


@_attrs_define
class WebhookDestination:
    """A registered webhook destination.

    Attributes:
        id (str): ID of the webhook destination.
        url (str): Where webhook events are posted.
        secret_generated_at (datetime.datetime): When the current signing secret was issued (UTC).
        retry_attempts (int): How many times a failed delivery is retried.
        accepted_types (list[str]): Webhook types sent to this destination.
    """

    id: str
    url: str
    secret_generated_at: datetime.datetime
    retry_attempts: int
    accepted_types: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        secret_generated_at = self.secret_generated_at.isoformat()

        retry_attempts = self.retry_attempts

        accepted_types = self.accepted_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "secret_generated_at": secret_generated_at,
                "retry_attempts": retry_attempts,
                "accepted_types": accepted_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"WebhookDestination takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        url = d.pop("url")

        _secret_generated_at_value = d.pop("secret_generated_at")
        try:
            secret_generated_at = isoparse(_secret_generated_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "secret_generated_at")
            raise

        retry_attempts = d.pop("retry_attempts")

        accepted_types = cast("list[str]", d.pop("accepted_types"))

        webhook_destination = cls(
            id=id,
            url=url,
            secret_generated_at=secret_generated_at,
            retry_attempts=retry_attempts,
            accepted_types=accepted_types,
        )

        webhook_destination.additional_properties = d
        return webhook_destination

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["accepted_types"])

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

    WebhookDestinationParam = TypedDict(
        "WebhookDestinationParam",
        {
            "id": Required[str],
            "url": Required[str],
            "secret_generated_at": Required[datetime.datetime],
            "retry_attempts": Required[int],
            "accepted_types": Required[List[str]],
        },
        total=False,
    )
