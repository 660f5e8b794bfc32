from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateMetricRequest")


@_attrs_define
class CreateMetricRequest:
    """Body for creating a metric.

    Attributes:
        name (str): Metric name, unique in the organization.
        description (str): What the metric measures.
        applied_to_services (list[str]): IDs of the services the metric applies to.
        additional_notes (None | str): Extra guidance for the evaluator.
        tags (CreateMetricRequestTags): Tags to attach, as a key-to-value map.
        metric_value (BooleanMetricValue | CategoricalMetricValueInput | NumericalMetricValue): What kind of value a
            metric measures (request form).
    """

    name: str
    description: str
    applied_to_services: list[str]
    additional_notes: None | str
    metric_value: BooleanMetricValue | CategoricalMetricValueInput | NumericalMetricValue
    tags: CreateMetricRequestTags = _attrs_field(factory=lambda: CreateMetricRequestTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        applied_to_services = self.applied_to_services

        additional_notes: None | str
        additional_notes = self.additional_notes

        tags = self.tags.to_dict()

        metric_value: dict[str, Any]
        if isinstance(self.metric_value, NumericalMetricValue):
            metric_value = self.metric_value.to_dict()
        elif isinstance(self.metric_value, CategoricalMetricValueInput):
            metric_value = self.metric_value.to_dict()
        else:
            metric_value = self.metric_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "applied_to_services": applied_to_services,
                "additional_notes": additional_notes,
                "tags": tags,
                "metric_value": metric_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateMetricRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
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
            tags = CreateMetricRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _metric_value_value = d.pop("metric_value")
        try:

            def _parse_metric_value(
                data: object,
            ) -> BooleanMetricValue | CategoricalMetricValueInput | NumericalMetricValue:
                if isinstance(data, dict) and "type" in data:
                    tag = data["type"]
                    if tag == "numerical":
                        return NumericalMetricValue.from_dict(data)
                    if tag == "categorical":
                        return CategoricalMetricValueInput.from_dict(data)
                    if tag == "boolean":
                        return BooleanMetricValue.from_dict(data)
                    raise ValueError(
                        "type is "
                        + repr(tag)
                        + ", not one of "
                        + ", ".join(
                            repr(known)
                            for known in (
                                "numerical",
                                "categorical",
                                "boolean",
                            )
                        )
                    )

                if isinstance(data, dict):
                    try:
                        componentsschemas_metric_value_input_type_0 = NumericalMetricValue.from_dict(data)

                        return componentsschemas_metric_value_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_metric_value_input_type_1 = CategoricalMetricValueInput.from_dict(data)

                        return componentsschemas_metric_value_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metric_value_input_type_2 = BooleanMetricValue.from_dict(data)

                return componentsschemas_metric_value_input_type_2

            metric_value = _parse_metric_value(_metric_value_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "metric_value")
            raise

        create_metric_request = cls(
            name=name,
            description=description,
            applied_to_services=applied_to_services,
            additional_notes=additional_notes,
            tags=tags,
            metric_value=metric_value,
        )

        create_metric_request.additional_properties = d
        return create_metric_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["applied_to_services"])

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
from ..models.categorical_metric_value_input import CategoricalMetricValueInput
from ..models.create_metric_request_tags import CreateMetricRequestTags
from ..models.numerical_metric_value import NumericalMetricValue

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .boolean_metric_value import BooleanMetricValueParam
    from .categorical_metric_value_input import CategoricalMetricValueInputParam
    from .numerical_metric_value import NumericalMetricValueParam

    CreateMetricRequestParam = TypedDict(
        "CreateMetricRequestParam",
        {
            "name": Required[str],
            "description": Required[str],
            "applied_to_services": Required[List[str]],
            "additional_notes": Required[Union[str, None]],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateMetricRequestTags]],
            "metric_value": Required[
                Union[
                    Union[NumericalMetricValueParam, NumericalMetricValue],
                    Union[CategoricalMetricValueInputParam, CategoricalMetricValueInput],
                    Union[BooleanMetricValueParam, BooleanMetricValue],
                ]
            ],
        },
        total=False,
    )
