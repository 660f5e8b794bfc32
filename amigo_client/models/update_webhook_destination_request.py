from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType, check_webhook_type
from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateWebhookDestinationRequest")


@_attrs_define
class UpdateWebhookDestinationRequest:
    """Fields of a webhook destination to change; omitted fields stay as they are.

    Attributes:
        retry_attempts (int | None | Unset): New retry count.
        accepted_types (list[WebhookType] | None | Unset): New list of webhook types to send.
    """

    retry_attempts: int | None | Unset = UNSET
    accepted_types: list[WebhookType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retry_attempts: int | None | Unset
        if isinstance(self.retry_attempts, Unset):
            retry_attempts = UNSET
        else:
            retry_attempts = self.retry_attempts

        accepted_types: list[str] | None | Unset
        if isinstance(self.accepted_types, Unset):
            accepted_types = UNSET
        elif isinstance(self.accepted_types, list):
            accepted_types = []
            for accepted_types_type_0_item_data in self.accepted_types:
                accepted_types_type_0_item: str = accepted_types_type_0_item_data
                accepted_types.append(accepted_types_type_0_item)

        else:
            accepted_types = self.accepted_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retry_attempts is not UNSET:
            field_dict["retry_attempts"] = retry_attempts
        if accepted_types is not UNSET:
            field_dict["accepted_types"] = accepted_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateWebhookDestinationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_retry_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("int | None | Unset", data)

        retry_attempts = _parse_retry_attempts(d.pop("retry_attempts", UNSET))

        def _parse_accepted_types(data: object) -> list[WebhookType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    accepted_types_type_0: list[WebhookType] = []
                    _accepted_types_type_0 = data
                    for accepted_types_type_0_item_data in _accepted_types_type_0:
                        try:
                            accepted_types_type_0_item = check_webhook_type(accepted_types_type_0_item_data)

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(accepted_types_type_0))
                            raise
                        accepted_types_type_0.append(accepted_types_type_0_item)

                    return accepted_types_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[WebhookType] | None | Unset", data)

        accepted_types = _parse_accepted_types(d.pop("accepted_types", UNSET))

        update_webhook_destination_request = cls(
            retry_attempts=retry_attempts,
            accepted_types=accepted_types,
        )

        update_webhook_destination_request.additional_properties = d
        return update_webhook_destination_request

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
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    UpdateWebhookDestinationRequestParam = TypedDict(
        "UpdateWebhookDestinationRequestParam",
        {
            "retry_attempts": Union[int, None],
            "accepted_types": Union[List[WebhookType], None],
        },
        total=False,
    )
