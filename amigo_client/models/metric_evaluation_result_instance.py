from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="MetricEvaluationResultInstance")


@_attrs_define
class MetricEvaluationResultInstance:
    """A stored metric evaluation result.

    Attributes:
        id (str): Result ID.
        org_id (str): Owning organization.
        metric_id (str): The metric that was evaluated.
        result (bool | float | None | str): Computed value; null when the metric did not apply.
        justification (str): Why this value was chosen.
        source (ManualEvaluationSource | PostSessionEvaluationSource | SimulationEvaluationSource): Where a stored
            metric evaluation result came from.
        created_at (datetime.datetime | Unset): When the result was recorded.
        updated_at (datetime.datetime | Unset): When the result last changed.
    """

    id: str
    org_id: str
    metric_id: str
    result: bool | float | None | str
    justification: str
    source: ManualEvaluationSource | PostSessionEvaluationSource | SimulationEvaluationSource
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        metric_id = self.metric_id

        result: bool | float | None | str
        result = self.result

        justification = self.justification

        source: dict[str, Any]
        if isinstance(self.source, PostSessionEvaluationSource):
            source = self.source.to_dict()
        elif isinstance(self.source, ManualEvaluationSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

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
                "id": id,
                "org_id": org_id,
                "metric_id": metric_id,
                "result": result,
                "justification": justification,
                "source": source,
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
            raise TypeError(
                f"MetricEvaluationResultInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        metric_id = d.pop("metric_id")

        def _parse_result(data: object) -> bool | float | None | str:
            if data is None:
                return data

            return cast("bool | float | None | str", data)

        result = _parse_result(d.pop("result"))

        justification = d.pop("justification")

        _source_value = d.pop("source")
        try:

            def _parse_source(
                data: object,
            ) -> ManualEvaluationSource | PostSessionEvaluationSource | SimulationEvaluationSource:

                if isinstance(data, dict):
                    try:
                        componentsschemas_evaluation_source_type_0 = PostSessionEvaluationSource.from_dict(data)

                        return componentsschemas_evaluation_source_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_evaluation_source_type_1 = ManualEvaluationSource.from_dict(data)

                        return componentsschemas_evaluation_source_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_evaluation_source_type_2 = SimulationEvaluationSource.from_dict(data)

                return componentsschemas_evaluation_source_type_2

            source = _parse_source(_source_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "source")
            raise

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

        metric_evaluation_result_instance = cls(
            id=id,
            org_id=org_id,
            metric_id=metric_id,
            result=result,
            justification=justification,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
        )

        metric_evaluation_result_instance.additional_properties = d
        return metric_evaluation_result_instance

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


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.manual_evaluation_source import ManualEvaluationSource
from ..models.post_session_evaluation_source import PostSessionEvaluationSource
from ..models.simulation_evaluation_source import SimulationEvaluationSource

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .manual_evaluation_source import ManualEvaluationSourceParam
    from .post_session_evaluation_source import PostSessionEvaluationSourceParam
    from .simulation_evaluation_source import SimulationEvaluationSourceParam

    MetricEvaluationResultInstanceParam = TypedDict(
        "MetricEvaluationResultInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "metric_id": Required[str],
            "result": Required[Union[float, bool, str, None]],
            "justification": Required[str],
            "source": Required[
                Union[
                    Union[PostSessionEvaluationSourceParam, PostSessionEvaluationSource],
                    Union[ManualEvaluationSourceParam, ManualEvaluationSource],
                    Union[SimulationEvaluationSourceParam, SimulationEvaluationSource],
                ]
            ],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
