from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateWebhookDestinationRequest")


@_attrs_define
class CreateWebhookDestinationRequest:
    """A new webhook destination.

    Attributes:
        url (str): Where webhook events are posted.
        accepted_types (list[WebhookType]): Webhook types to send to this destination.
        retry_attempts (int | Unset): How many times a failed delivery is retried. Default: 3.
    """

    url: str
    accepted_types: list[WebhookType]
    retry_attempts: int | Unset = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        accepted_types = []
        for accepted_types_item_data in self.accepted_types:
            accepted_types_item: str = accepted_types_item_data
            accepted_types.append(accepted_types_item)

        retry_attempts = self.retry_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "accepted_types": accepted_types,
            }
        )
        if retry_attempts is not UNSET:
            field_dict["retry_attempts"] = retry_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateWebhookDestinationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        url = d.pop("url")

        accepted_types: list[WebhookType] = []
        _accepted_types = d.pop("accepted_types")
        for accepted_types_item_data in _accepted_types:
            try:
                accepted_types_item = check_webhook_type(accepted_types_item_data)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(accepted_types))
                raise
            accepted_types.append(accepted_types_item)

        retry_attempts = d.pop("retry_attempts", UNSET)

        create_webhook_destination_request = cls(
            url=url,
            accepted_types=accepted_types,
            retry_attempts=retry_attempts,
        )

        create_webhook_destination_request.additional_properties = d
        return create_webhook_destination_request

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
    from typing import Any, List, Mapping

    from typing_extensions import Required, TypedDict

    CreateWebhookDestinationRequestParam = TypedDict(
        "CreateWebhookDestinationRequestParam",
        {
            "url": Required[str],
            "accepted_types": Required[List[WebhookType]],
            "retry_attempts": int,
        },
        total=False,
    )
