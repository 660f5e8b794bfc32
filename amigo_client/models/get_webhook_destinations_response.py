from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetWebhookDestinationsResponse")


@_attrs_define
class GetWebhookDestinationsResponse:
    """The organization's webhook destinations.

    Attributes:
        webhook_destinations (list[WebhookDestination]): The webhook destinations of the organization.
    """

    webhook_destinations: list[WebhookDestination]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_destinations = []
        for webhook_destinations_item_data in self.webhook_destinations:
            webhook_destinations_item = webhook_destinations_item_data.to_dict()
            webhook_destinations.append(webhook_destinations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_destinations": webhook_destinations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetWebhookDestinationsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _webhook_destinations_value = d.pop("webhook_destinations")
        try:
            webhook_destinations: list[WebhookDestination] = []
            _webhook_destinations = _webhook_destinations_value
            for webhook_destinations_item_data in _webhook_destinations:
                try:
                    webhook_destinations_item = WebhookDestination.from_dict(webhook_destinations_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(webhook_destinations))
                    raise
                webhook_destinations.append(webhook_destinations_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "webhook_destinations")
            raise

        get_webhook_destinations_response = cls(
            webhook_destinations=webhook_destinations,
        )

        get_webhook_destinations_response.additional_properties = d
        return get_webhook_destinations_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["webhook_destinations"])

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
from ..models.webhook_destination import WebhookDestination

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .webhook_destination import WebhookDestinationParam

    GetWebhookDestinationsResponseParam = TypedDict(
        "GetWebhookDestinationsResponseParam",
        {
            "webhook_destinations": Required[Sequence[Union[WebhookDestinationParam, WebhookDestination]]],
        },
        total=False,
    )
