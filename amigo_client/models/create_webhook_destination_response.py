from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateWebhookDestinationResponse")


@_attrs_define
class CreateWebhookDestinationResponse:
    """The new destination's ID and signing secret.

    Attributes:
        webhook_destination_id (str): ID of the new webhook destination.
        secret (str): Secret used to sign webhooks; it is returned only here.
    """

    webhook_destination_id: str
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_destination_id = self.webhook_destination_id

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_destination_id": webhook_destination_id,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateWebhookDestinationResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        webhook_destination_id = d.pop("webhook_destination_id")

        secret = d.pop("secret")

        create_webhook_destination_response = cls(
            webhook_destination_id=webhook_destination_id,
            secret=secret,
        )

        create_webhook_destination_response.additional_properties = d
        return create_webhook_destination_response

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
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    CreateWebhookDestinationResponseParam = TypedDict(
        "CreateWebhookDestinationResponseParam",
        {
            "webhook_destination_id": Required[str],
            "secret": Required[str],
        },
        total=False,
    )
