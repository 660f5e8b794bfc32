from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckIfActiveMemoryNeededAgentActionEvent")


@_attrs_define
class CheckIfActiveMemoryNeededAgentActionEvent:
    """The agent decided which memory lookups it needs.

    Attributes:
        queries (list[str]): Memory queries to run.
        type_ (Literal['check-if-active-memory-needed-completed'] | Unset): Always `check-if-active-memory-needed-
            completed`. Default: 'check-if-active-memory-needed-completed'.
    """

    queries: list[str]
    type_: Literal["check-if-active-memory-needed-completed"] | Unset = "check-if-active-memory-needed-completed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queries = self.queries

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queries": queries,
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
                f"CheckIfActiveMemoryNeededAgentActionEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        queries = cast("list[str]", d.pop("queries"))

        type_ = cast("Literal['check-if-active-memory-needed-completed'] | Unset", d.pop("type", UNSET))
        if type_ != "check-if-active-memory-needed-completed" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'check-if-active-memory-needed-completed', got '{type_}'")

        check_if_active_memory_needed_agent_action_event = cls(
            queries=queries,
            type_=type_,
        )

        check_if_active_memory_needed_agent_action_event.additional_properties = d
        return check_if_active_memory_needed_agent_action_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["queries"])

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

    CheckIfActiveMemoryNeededAgentActionEventParam = TypedDict(
        "CheckIfActiveMemoryNeededAgentActionEventParam",
        {
            "queries": Required[List[str]],
            "type": Literal["check-if-active-memory-needed-completed"],
        },
        total=False,
    )
