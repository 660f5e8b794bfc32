from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetMetricsResponseFilterValues")


@_attrs_define
class GetMetricsResponseFilterValues:
    """Values available for the dynamic filters of the metric list.

    Attributes:
        applied_to_services_ids (list[str]): Service IDs that have metrics applied.
        creators (list[MetricUserInfo]): Users who created the matching metrics.
        tags (list[str]): Tag keys present on the matching metrics.
        types (list[str]): Value types present among the matching metrics.
    """

    applied_to_services_ids: list[str]
    creators: list[MetricUserInfo]
    tags: list[str]
    types: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_to_services_ids = self.applied_to_services_ids

        creators = []
        for creators_item_data in self.creators:
            creators_item = creators_item_data.to_dict()
            creators.append(creators_item)

        tags = self.tags

        types = self.types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied_to_services_ids": applied_to_services_ids,
                "creators": creators,
                "tags": tags,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetMetricsResponseFilterValues takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        applied_to_services_ids = cast("list[str]", d.pop("applied_to_services_ids"))

        _creators_value = d.pop("creators")
        try:
            creators: list[MetricUserInfo] = []
            _creators = _creators_value
            for creators_item_data in _creators:
                try:
                    creators_item = MetricUserInfo.from_dict(creators_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(creators))
                    raise
                creators.append(creators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creators")
            raise

        tags = cast("list[str]", d.pop("tags"))

        types = cast("list[str]", d.pop("types"))

        get_metrics_response_filter_values = cls(
            applied_to_services_ids=applied_to_services_ids,
            creators=creators,
            tags=tags,
            types=types,
        )

        get_metrics_response_filter_values.additional_properties = d
        return get_metrics_response_filter_values

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["applied_to_services_ids", "creators", "tags", "types"])

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
from ..models.metric_user_info import MetricUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .metric_user_info import MetricUserInfoParam

    GetMetricsResponseFilterValuesParam = TypedDict(
        "GetMetricsResponseFilterValuesParam",
        {
            "applied_to_services_ids": Required[List[str]],
            "creators": Required[Sequence[Union[MetricUserInfoParam, MetricUserInfo]]],
            "tags": Required[List[str]],
            "types": Required[List[str]],
        },
        total=False,
    )
