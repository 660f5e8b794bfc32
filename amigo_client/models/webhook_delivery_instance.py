from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.webhook_delivery_status import WebhookDeliveryStatus, check_webhook_delivery_status
from ..types import located

T = TypeVar("T", bound="WebhookDeliveryInstance")


@_attrs_define
class WebhookDeliveryInstance:
    """One webhook sent to a destination.

    Attributes:
        id (str): ID of the delivery.
        type_ (str): The webhook type.
        webhook_content (WebhookDeliveryInstanceWebhookContent): The webhook body.
        status (WebhookDeliveryStatus): Outcome of a webhook delivery.
        delivery_attempts (list[DeliveryAttempt]): Every attempt made to deliver the event.
        dual_signed (bool): Whether the webhook carried signatures from both the old and new secret.
        created_at (datetime.datetime): When the send was requested (UTC).
    """

    id: str
    type_: str
    status: WebhookDeliveryStatus
    delivery_attempts: list[DeliveryAttempt]
    dual_signed: bool
    created_at: datetime.datetime
    webhook_content: WebhookDeliveryInstanceWebhookContent = _attrs_field(
        factory=lambda: WebhookDeliveryInstanceWebhookContent()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        webhook_content = self.webhook_content.to_dict()

        status: str = self.status

        delivery_attempts = []
        for delivery_attempts_item_data in self.delivery_attempts:
            delivery_attempts_item = delivery_attempts_item_data.to_dict()
            delivery_attempts.append(delivery_attempts_item)

        dual_signed = self.dual_signed

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "webhook_content": webhook_content,
                "status": status,
                "delivery_attempts": delivery_attempts,
                "dual_signed": dual_signed,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"WebhookDeliveryInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        type_ = d.pop("type")

        _webhook_content_value = d.pop("webhook_content")
        try:
            webhook_content = WebhookDeliveryInstanceWebhookContent.from_dict(_webhook_content_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "webhook_content")
            raise

        status = check_webhook_delivery_status(d.pop("status"))

        _delivery_attempts_value = d.pop("delivery_attempts")
        try:
            delivery_attempts: list[DeliveryAttempt] = []
            _delivery_attempts = _delivery_attempts_value
            for delivery_attempts_item_data in _delivery_attempts:
                try:
                    delivery_attempts_item = DeliveryAttempt.from_dict(delivery_attempts_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(delivery_attempts))
                    raise
                delivery_attempts.append(delivery_attempts_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "delivery_attempts")
            raise

        dual_signed = d.pop("dual_signed")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        webhook_delivery_instance = cls(
            id=id,
            type_=type_,
            webhook_content=webhook_content,
            status=status,
            delivery_attempts=delivery_attempts,
            dual_signed=dual_signed,
            created_at=created_at,
        )

        webhook_delivery_instance.additional_properties = d
        return webhook_delivery_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["delivery_attempts"])

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
from ..models.delivery_attempt import DeliveryAttempt
from ..models.webhook_delivery_instance_webhook_content import WebhookDeliveryInstanceWebhookContent

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .delivery_attempt import DeliveryAttemptParam

    WebhookDeliveryInstanceParam = TypedDict(
        "WebhookDeliveryInstanceParam",
        {
            "id": Required[str],
            "type": Required[str],
            "webhook_content": Required[Union[Mapping[str, Any], WebhookDeliveryInstanceWebhookContent]],
            "status": Required[WebhookDeliveryStatus],
            "delivery_attempts": Required[Sequence[Union[DeliveryAttemptParam, DeliveryAttempt]]],
            "dual_signed": Required[bool],
            "created_at": Required[datetime.datetime],
        },
        total=False,
    )
