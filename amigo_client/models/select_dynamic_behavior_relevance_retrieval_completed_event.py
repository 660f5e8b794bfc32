from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectDynamicBehaviorRelevanceRetrievalCompletedEvent")


@_attrs_define
class SelectDynamicBehaviorRelevanceRetrievalCompletedEvent:
    """Candidate dynamic behaviors have been retrieved.

    Attributes:
        type_ (Literal['select-dynamic-behavior-relevance-retrieval-completed'] | Unset): Always `select-dynamic-
            behavior-relevance-retrieval-completed`. Default: 'select-dynamic-behavior-relevance-retrieval-completed'.
    """

    type_: Literal["select-dynamic-behavior-relevance-retrieval-completed"] | Unset = (
        "select-dynamic-behavior-relevance-retrieval-completed"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SelectDynamicBehaviorRelevanceRetrievalCompletedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['select-dynamic-behavior-relevance-retrieval-completed'] | Unset", d.pop("type", UNSET))
        if type_ != "select-dynamic-behavior-relevance-retrieval-completed" and not isinstance(type_, Unset):
            raise ValueError(
                f"type must match const 'select-dynamic-behavior-relevance-retrieval-completed', got '{type_}'"
            )

        select_dynamic_behavior_relevance_retrieval_completed_event = cls(
            type_=type_,
        )

        select_dynamic_behavior_relevance_retrieval_completed_event.additional_properties = d
        return select_dynamic_behavior_relevance_retrieval_completed_event

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
    from typing import Any, Literal, Mapping

    from typing_extensions import TypedDict

    SelectDynamicBehaviorRelevanceRetrievalCompletedEventParam = TypedDict(
        "SelectDynamicBehaviorRelevanceRetrievalCompletedEventParam",
        {
            "type": Literal["select-dynamic-behavior-relevance-retrieval-completed"],
        },
        total=False,
    )
