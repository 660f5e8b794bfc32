from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="DeliveryAttempt")


@_attrs_define
class DeliveryAttempt:
    """One try at delivering a webhook.

    Attributes:
        delivery_time (datetime.datetime): When this attempt was made (UTC).
        status_code (int): HTTP status returned by the destination.
    """

    delivery_time: datetime.datetime
    status_code: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_time = self.delivery_time.isoformat()

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_time": delivery_time,
                "status_code": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"DeliveryAttempt takes a mapping of its fields, not {type(src_dict).__name__}") from None
        _delivery_time_value = d.pop("delivery_time")
        try:
            delivery_time = isoparse(_delivery_time_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "delivery_time")
            raise

        status_code = d.pop("status_code")

        delivery_attempt = cls(
            delivery_time=delivery_time,
            status_code=status_code,
        )

        delivery_attempt.additional_properties = d
        return delivery_attempt

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

    DeliveryAttemptParam = TypedDict(
        "DeliveryAttemptParam",
        {
            "delivery_time": Required[datetime.datetime],
            "status_code": Required[int],
        },
        total=False,
    )
