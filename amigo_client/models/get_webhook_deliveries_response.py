from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetWebhookDeliveriesResponse")


@_attrs_define
class GetWebhookDeliveriesResponse:
    """A page of webhook deliveries.

    Attributes:
        webhook_deliveries (list[WebhookDeliveryInstance]): The deliveries in this page.
        has_more (bool): Whether more pages are available.
        continuation_token (int | None): Pass this back to fetch the next page.
    """

    webhook_deliveries: list[WebhookDeliveryInstance]
    has_more: bool
    continuation_token: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_deliveries = []
        for webhook_deliveries_item_data in self.webhook_deliveries:
            webhook_deliveries_item = webhook_deliveries_item_data.to_dict()
            webhook_deliveries.append(webhook_deliveries_item)

        has_more = self.has_more

        continuation_token: int | None
        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_deliveries": webhook_deliveries,
                "has_more": has_more,
                "continuation_token": continuation_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetWebhookDeliveriesResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _webhook_deliveries_value = d.pop("webhook_deliveries")
        try:
            webhook_deliveries: list[WebhookDeliveryInstance] = []
            _webhook_deliveries = _webhook_deliveries_value
            for webhook_deliveries_item_data in _webhook_deliveries:
                try:
                    webhook_deliveries_item = WebhookDeliveryInstance.from_dict(webhook_deliveries_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(webhook_deliveries))
                    raise
                webhook_deliveries.append(webhook_deliveries_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "webhook_deliveries")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        get_webhook_deliveries_response = cls(
            webhook_deliveries=webhook_deliveries,
            has_more=has_more,
            continuation_token=continuation_token,
        )

        get_webhook_deliveries_response.additional_properties = d
        return get_webhook_deliveries_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["webhook_deliveries"])

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


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.webhook_delivery_instance import WebhookDeliveryInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .webhook_delivery_instance import WebhookDeliveryInstanceParam

    GetWebhookDeliveriesResponseParam = TypedDict(
        "GetWebhookDeliveriesResponseParam",
        {
            "webhook_deliveries": Required[Sequence[Union[WebhookDeliveryInstanceParam, WebhookDeliveryInstance]]],
            "has_more": Required[bool],
            "continuation_token": Required[Union[int, None]],
        },
        total=False,
    )
