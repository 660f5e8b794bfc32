from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent")


@_attrs_define
class NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent:
    """The agent wrote memory queries in a recall state.

    Attributes:
        dynamic_queries (list[str]): Generated queries.
        requested_information (str): What the agent wants to find out.
        type_ (Literal['navigate-state-machine-recall-state-dynamic-queries-generated'] | Unset): Always `navigate-
            state-machine-recall-state-dynamic-queries-generated`. Default: 'navigate-state-machine-recall-state-dynamic-
            queries-generated'.
    """

    dynamic_queries: list[str]
    requested_information: str
    type_: Literal["navigate-state-machine-recall-state-dynamic-queries-generated"] | Unset = (
        "navigate-state-machine-recall-state-dynamic-queries-generated"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_queries = self.dynamic_queries

        requested_information = self.requested_information

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dynamic_queries": dynamic_queries,
                "requested_information": requested_information,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        dynamic_queries = cast("list[str]", d.pop("dynamic_queries"))

        requested_information = d.pop("requested_information")

        type_ = cast(
            "Literal['navigate-state-machine-recall-state-dynamic-queries-generated'] | Unset", d.pop("type", UNSET)
        )
        if type_ != "navigate-state-machine-recall-state-dynamic-queries-generated" and not isinstance(type_, Unset):
            raise ValueError(
                f"type must match const 'navigate-state-machine-recall-state-dynamic-queries-generated', got '{type_}'"
            )

        navigate_state_machine_recall_state_dynamic_queries_generated_event = cls(
            dynamic_queries=dynamic_queries,
            requested_information=requested_information,
            type_=type_,
        )

        navigate_state_machine_recall_state_dynamic_queries_generated_event.additional_properties = d
        return navigate_state_machine_recall_state_dynamic_queries_generated_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["dynamic_queries"])

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
    from typing import Any, List, Literal, Mapping

    from typing_extensions import Required, TypedDict

    NavigateStateMachineRecallStateDynamicQueriesGeneratedEventParam = TypedDict(
        "NavigateStateMachineRecallStateDynamicQueriesGeneratedEventParam",
        {
            "dynamic_queries": Required[List[str]],
            "requested_information": Required[str],
            "type": Literal["navigate-state-machine-recall-state-dynamic-queries-generated"],
        },
        total=False,
    )
