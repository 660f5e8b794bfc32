from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="DecisionStateTransitionLog")


@_attrs_define
class DecisionStateTransitionLog:
    """Leaving a decision state.

    Attributes:
        previous_state (str): State left.
        previous_service_hierarchical_state_machine_version_info (list[int | str]): (state machine ID, version) of the
            state left.
        next_state (str): State entered.
        next_service_hierarchical_state_machine_version_info (list[int | str]): (state machine ID, version) of the state
            entered.
        previous_state_exit_condition_description (str): Exit condition that triggered the change.
        tool_call_logs (list[list[ToolCallLog]]): Tool calls, per round, of the decision step in this state.
        type_ (Literal['decision'] | Unset): Always `decision`. Default: 'decision'.
    """

    previous_state: str
    previous_service_hierarchical_state_machine_version_info: list[int | str]
    next_state: str
    next_service_hierarchical_state_machine_version_info: list[int | str]
    previous_state_exit_condition_description: str
    tool_call_logs: list[list[ToolCallLog]]
    type_: Literal["decision"] | Unset = "decision"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_state = self.previous_state

        previous_service_hierarchical_state_machine_version_info = []
        for (
            previous_service_hierarchical_state_machine_version_info_item_data
        ) in self.previous_service_hierarchical_state_machine_version_info:
            previous_service_hierarchical_state_machine_version_info_item: int | str
            previous_service_hierarchical_state_machine_version_info_item = (
                previous_service_hierarchical_state_machine_version_info_item_data
            )
            previous_service_hierarchical_state_machine_version_info.append(
                previous_service_hierarchical_state_machine_version_info_item
            )

        next_state = self.next_state

        next_service_hierarchical_state_machine_version_info = []
        for (
            next_service_hierarchical_state_machine_version_info_item_data
        ) in self.next_service_hierarchical_state_machine_version_info:
            next_service_hierarchical_state_machine_version_info_item: int | str
            next_service_hierarchical_state_machine_version_info_item = (
                next_service_hierarchical_state_machine_version_info_item_data
            )
            next_service_hierarchical_state_machine_version_info.append(
                next_service_hierarchical_state_machine_version_info_item
            )

        previous_state_exit_condition_description = self.previous_state_exit_condition_description

        tool_call_logs = []
        for tool_call_logs_item_data in self.tool_call_logs:
            tool_call_logs_item = []
            for tool_call_logs_item_item_data in tool_call_logs_item_data:
                tool_call_logs_item_item = tool_call_logs_item_item_data.to_dict()
                tool_call_logs_item.append(tool_call_logs_item_item)

            tool_call_logs.append(tool_call_logs_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous_state": previous_state,
                "previous_service_hierarchical_state_machine_version_info": previous_service_hierarchical_state_machine_version_info,
                "next_state": next_state,
                "next_service_hierarchical_state_machine_version_info": next_service_hierarchical_state_machine_version_info,
                "previous_state_exit_condition_description": previous_state_exit_condition_description,
                "tool_call_logs": tool_call_logs,
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
                f"DecisionStateTransitionLog takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        previous_state = d.pop("previous_state")

        previous_service_hierarchical_state_machine_version_info: list[int | str] = []
        _previous_service_hierarchical_state_machine_version_info = d.pop(
            "previous_service_hierarchical_state_machine_version_info"
        )
        for (
            previous_service_hierarchical_state_machine_version_info_item_data
        ) in _previous_service_hierarchical_state_machine_version_info:
            try:

                def _parse_previous_service_hierarchical_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                previous_service_hierarchical_state_machine_version_info_item = (
                    _parse_previous_service_hierarchical_state_machine_version_info_item(
                        previous_service_hierarchical_state_machine_version_info_item_data
                    )
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(previous_service_hierarchical_state_machine_version_info))
                raise
            previous_service_hierarchical_state_machine_version_info.append(
                previous_service_hierarchical_state_machine_version_info_item
            )

        next_state = d.pop("next_state")

        next_service_hierarchical_state_machine_version_info: list[int | str] = []
        _next_service_hierarchical_state_machine_version_info = d.pop(
            "next_service_hierarchical_state_machine_version_info"
        )
        for (
            next_service_hierarchical_state_machine_version_info_item_data
        ) in _next_service_hierarchical_state_machine_version_info:
            try:

                def _parse_next_service_hierarchical_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                next_service_hierarchical_state_machine_version_info_item = (
                    _parse_next_service_hierarchical_state_machine_version_info_item(
                        next_service_hierarchical_state_machine_version_info_item_data
                    )
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(next_service_hierarchical_state_machine_version_info))
                raise
            next_service_hierarchical_state_machine_version_info.append(
                next_service_hierarchical_state_machine_version_info_item
            )

        previous_state_exit_condition_description = d.pop("previous_state_exit_condition_description")

        _tool_call_logs_value = d.pop("tool_call_logs")
        try:
            tool_call_logs: list[list[ToolCallLog]] = []
            _tool_call_logs = _tool_call_logs_value
            for tool_call_logs_item_data in _tool_call_logs:
                try:
                    tool_call_logs_item: list[ToolCallLog] = []
                    _tool_call_logs_item = tool_call_logs_item_data
                    for tool_call_logs_item_item_data in _tool_call_logs_item:
                        try:
                            tool_call_logs_item_item = ToolCallLog.from_dict(tool_call_logs_item_item_data)

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(tool_call_logs_item))
                            raise
                        tool_call_logs_item.append(tool_call_logs_item_item)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_call_logs))
                    raise
                tool_call_logs.append(tool_call_logs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_call_logs")
            raise

        type_ = cast("Literal['decision'] | Unset", d.pop("type", UNSET))
        if type_ != "decision" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'decision', got '{type_}'")

        decision_state_transition_log = cls(
            previous_state=previous_state,
            previous_service_hierarchical_state_machine_version_info=previous_service_hierarchical_state_machine_version_info,
            next_state=next_state,
            next_service_hierarchical_state_machine_version_info=next_service_hierarchical_state_machine_version_info,
            previous_state_exit_condition_description=previous_state_exit_condition_description,
            tool_call_logs=tool_call_logs,
            type_=type_,
        )

        decision_state_transition_log.additional_properties = d
        return decision_state_transition_log

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self,
                [
                    "previous_service_hierarchical_state_machine_version_info",
                    "next_service_hierarchical_state_machine_version_info",
                    "tool_call_logs",
                ],
            )

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
from ..models.tool_call_log import ToolCallLog

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .tool_call_log import ToolCallLogParam

    DecisionStateTransitionLogParam = TypedDict(
        "DecisionStateTransitionLogParam",
        {
            "previous_state": Required[str],
            "previous_service_hierarchical_state_machine_version_info": Required[List[Union[str, int]]],
            "next_state": Required[str],
            "next_service_hierarchical_state_machine_version_info": Required[List[Union[str, int]]],
            "previous_state_exit_condition_description": Required[str],
            "tool_call_logs": Required[Sequence[Sequence[Union[ToolCallLogParam, ToolCallLog]]]],
            "type": Literal["decision"],
        },
        total=False,
    )
