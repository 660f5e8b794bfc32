from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="Metric")


@_attrs_define
class Metric:
    """A stored metric definition, as returned by search.

    Attributes:
        field_id (str): Metric ID.
        org_id (str): Owning organization.
        name (str): Metric name.
        description (str): What the metric measures.
        applied_to_services (list[str]): IDs of the services the metric applies to.
        additional_notes (None | str): Extra guidance for the evaluator.
        tags (list[Tag]): Tags on the metric.
        creator (MetricUserInfo): Reference to the user who created or changed a metric.
        updated_by (MetricUserInfo): Reference to the user who created or changed a metric.
        metric_value (BooleanMetricValue | CategoricalMetricValueOutput | NumericalMetricValue): What kind of value a
            metric measures (response form).
        is_deleted (bool): Whether the metric was deleted.
        created_at (datetime.datetime | Unset): When the metric was created.
        updated_at (datetime.datetime | Unset): When the metric last changed.
    """

    field_id: str
    org_id: str
    name: str
    description: str
    applied_to_services: list[str]
    additional_notes: None | str
    tags: list[Tag]
    creator: MetricUserInfo
    updated_by: MetricUserInfo
    metric_value: BooleanMetricValue | CategoricalMetricValueOutput | NumericalMetricValue
    is_deleted: bool
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        name = self.name

        description = self.description

        applied_to_services = self.applied_to_services

        additional_notes: None | str
        additional_notes = self.additional_notes

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        creator = self.creator.to_dict()

        updated_by = self.updated_by.to_dict()

        metric_value: dict[str, Any]
        if isinstance(self.metric_value, BooleanMetricValue):
            metric_value = self.metric_value.to_dict()
        elif isinstance(self.metric_value, NumericalMetricValue):
            metric_value = self.metric_value.to_dict()
        else:
            metric_value = self.metric_value.to_dict()

        is_deleted = self.is_deleted

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "org_id": org_id,
                "name": name,
                "description": description,
                "applied_to_services": applied_to_services,
                "additional_notes": additional_notes,
                "tags": tags,
                "creator": creator,
                "updated_by": updated_by,
                "metric_value": metric_value,
                "is_deleted": is_deleted,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"Metric takes a mapping of its fields, not {type(src_dict).__name__}") from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        name = d.pop("name")

        description = d.pop("description")

        applied_to_services = cast("list[str]", d.pop("applied_to_services"))

        def _parse_additional_notes(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        additional_notes = _parse_additional_notes(d.pop("additional_notes"))

        _tags_value = d.pop("tags")
        try:
            tags: list[Tag] = []
            _tags = _tags_value
            for tags_item_data in _tags:
                try:
                    tags_item = Tag.from_dict(tags_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tags))
                    raise
                tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = MetricUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = MetricUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
            raise

        _metric_value_value = d.pop("metric_value")
        try:

            def _parse_metric_value(
                data: object,
            ) -> BooleanMetricValue | CategoricalMetricValueOutput | NumericalMetricValue:
                if isinstance(data, dict) and "type" in data:
                    tag = data["type"]
                    if tag == "boolean":
                        return BooleanMetricValue.from_dict(data)
                    if tag == "numerical":
                        return NumericalMetricValue.from_dict(data)
                    if tag == "categorical":
                        return CategoricalMetricValueOutput.from_dict(data)
                    raise ValueError(
                        "type is "
                        + repr(tag)
                        + ", not one of "
                        + ", ".join(
                            repr(known)
                            for known in (
                                "boolean",
                                "numerical",
                                "categorical",
                            )
                        )
                    )

                if isinstance(data, dict):
                    try:
                        componentsschemas_metric_value_output_type_0 = BooleanMetricValue.from_dict(data)

                        return componentsschemas_metric_value_output_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_metric_value_output_type_1 = NumericalMetricValue.from_dict(data)

                        return componentsschemas_metric_value_output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metric_value_output_type_2 = CategoricalMetricValueOutput.from_dict(data)

                return componentsschemas_metric_value_output_type_2

            metric_value = _parse_metric_value(_metric_value_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "metric_value")
            raise

        is_deleted = d.pop("is_deleted")

        _created_at_value = d.pop("created_at", UNSET)
        try:
            _created_at = _created_at_value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = isoparse(_created_at)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _updated_at_value = d.pop("updated_at", UNSET)
        try:
            _updated_at = _updated_at_value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = isoparse(_updated_at)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_at")
            raise

        metric = cls(
            field_id=field_id,
            org_id=org_id,
            name=name,
            description=description,
            applied_to_services=applied_to_services,
            additional_notes=additional_notes,
            tags=tags,
            creator=creator,
            updated_by=updated_by,
            metric_value=metric_value,
            is_deleted=is_deleted,
            created_at=created_at,
            updated_at=updated_at,
        )

        metric.additional_properties = d
        return metric

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["applied_to_services", "tags"])

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
from ..models.boolean_metric_value import BooleanMetricValue
from ..models.categorical_metric_value_output import CategoricalMetricValueOutput
from ..models.metric_user_info import MetricUserInfo
from ..models.numerical_metric_value import NumericalMetricValue
from ..models.tag import Tag

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .boolean_metric_value import BooleanMetricValueParam
    from .categorical_metric_value_output import CategoricalMetricValueOutputParam
    from .metric_user_info import MetricUserInfoParam
    from .numerical_metric_value import NumericalMetricValueParam
    from .tag import TagParam

    MetricParam = TypedDict(
        "MetricParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "name": Required[str],
            "description": Required[str],
            "applied_to_services": Required[List[str]],
            "additional_notes": Required[Union[str, None]],
            "tags": Required[Sequence[Union[TagParam, Tag]]],
            "creator": Required[Union[MetricUserInfoParam, MetricUserInfo]],
            "updated_by": Required[Union[MetricUserInfoParam, MetricUserInfo]],
            "metric_value": Required[
                Union[
                    Union[BooleanMetricValueParam, BooleanMetricValue],
                    Union[NumericalMetricValueParam, NumericalMetricValue],
                    Union[CategoricalMetricValueOutputParam, CategoricalMetricValueOutput],
                ]
            ],
            "is_deleted": Required[bool],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
