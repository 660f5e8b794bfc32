from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluateMetricsRequest")


@_attrs_define
class EvaluateMetricsRequest:
    """Body for evaluating metrics on a conversation.

    Attributes:
        metric_ids (list[str]): Metrics to compute.
        conversation_id (str): Conversation to evaluate.
        evaluate_to_interaction_id (None | str | Unset): Stop at this interaction (inclusive); omit to use the whole
            conversation.
    """

    metric_ids: list[str]
    conversation_id: str
    evaluate_to_interaction_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_ids = self.metric_ids

        conversation_id = self.conversation_id

        evaluate_to_interaction_id: None | str | Unset
        if isinstance(self.evaluate_to_interaction_id, Unset):
            evaluate_to_interaction_id = UNSET
        else:
            evaluate_to_interaction_id = self.evaluate_to_interaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_ids": metric_ids,
                "conversation_id": conversation_id,
            }
        )
        if evaluate_to_interaction_id is not UNSET:
            field_dict["evaluate_to_interaction_id"] = evaluate_to_interaction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"EvaluateMetricsRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        metric_ids = cast("list[str]", d.pop("metric_ids"))

        conversation_id = d.pop("conversation_id")

        def _parse_evaluate_to_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        evaluate_to_interaction_id = _parse_evaluate_to_interaction_id(d.pop("evaluate_to_interaction_id", UNSET))

        evaluate_metrics_request = cls(
            metric_ids=metric_ids,
            conversation_id=conversation_id,
            evaluate_to_interaction_id=evaluate_to_interaction_id,
        )

        evaluate_metrics_request.additional_properties = d
        return evaluate_metrics_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["metric_ids"])

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

    from typing_extensions import Required, TypedDict

    EvaluateMetricsRequestParam = TypedDict(
        "EvaluateMetricsRequestParam",
        {
            "metric_ids": Required[List[str]],
            "conversation_id": Required[str],
            "evaluate_to_interaction_id": Union[str, None],
        },
        total=False,
    )
