from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ReflectionStateOutput")


@_attrs_define
class ReflectionStateOutput:
    """A pass-through state where the agent thinks about the conversation, records that as an inner thought, and moves on.

    Attributes:
        type_ (Literal['reflection']): Always `reflection`.
        name (str): Name of the state.
        problem (str): Question the agent thinks about.
        word_limit (int): Most words the resulting inner thought may have.
        next_state (list[str] | str): Where to go next; see `ExitConditionOutput.next_state` for the two forms.
        tool_call_specs (list[ServiceHierarchicalStateMachineToolCallSpec]): Tools the agent may call while reflecting.
        audio_fillers (list[str]): Phrases spoken in voice mode while the reflection takes long.
        audio_filler_triggered_after (float): Seconds of waiting before a filler phrase is spoken.
    """

    type_: Literal["reflection"]
    name: str
    problem: str
    word_limit: int
    next_state: list[str] | str
    tool_call_specs: list[ServiceHierarchicalStateMachineToolCallSpec]
    audio_fillers: list[str]
    audio_filler_triggered_after: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        problem = self.problem

        word_limit = self.word_limit

        next_state: list[str] | str
        if isinstance(self.next_state, list):
            next_state = []
            for next_state_type_1_item_data in self.next_state:
                next_state_type_1_item: str
                next_state_type_1_item = next_state_type_1_item_data
                next_state.append(next_state_type_1_item)

        else:
            next_state = self.next_state

        tool_call_specs = []
        for tool_call_specs_item_data in self.tool_call_specs:
            tool_call_specs_item = tool_call_specs_item_data.to_dict()
            tool_call_specs.append(tool_call_specs_item)

        audio_fillers = self.audio_fillers

        audio_filler_triggered_after = self.audio_filler_triggered_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "problem": problem,
                "word_limit": word_limit,
                "next_state": next_state,
                "tool_call_specs": tool_call_specs,
                "audio_fillers": audio_fillers,
                "audio_filler_triggered_after": audio_filler_triggered_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ReflectionStateOutput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['reflection']", d.pop("type"))
        if type_ != "reflection":
            raise ValueError(f"type must match const 'reflection', got '{type_}'")

        name = d.pop("name")

        problem = d.pop("problem")

        word_limit = d.pop("word_limit")

        def _parse_next_state(data: object) -> list[str] | str:

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    next_state_type_1: list[str] = []
                    _next_state_type_1 = data
                    for next_state_type_1_item_data in _next_state_type_1:
                        try:

                            def _parse_next_state_type_1_item(data: object) -> str:

                                return cast("str", data)

                            next_state_type_1_item = _parse_next_state_type_1_item(next_state_type_1_item_data)

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(next_state_type_1))
                            raise
                        next_state_type_1.append(next_state_type_1_item)

                    return next_state_type_1
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None and not isinstance(data, (str,)):
                raise failure
            return cast("list[str] | str", data)

        next_state = _parse_next_state(d.pop("next_state"))

        _tool_call_specs_value = d.pop("tool_call_specs")
        try:
            tool_call_specs: list[ServiceHierarchicalStateMachineToolCallSpec] = []
            _tool_call_specs = _tool_call_specs_value
            for tool_call_specs_item_data in _tool_call_specs:
                try:
                    tool_call_specs_item = ServiceHierarchicalStateMachineToolCallSpec.from_dict(
                        tool_call_specs_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_call_specs))
                    raise
                tool_call_specs.append(tool_call_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_call_specs")
            raise

        audio_fillers = cast("list[str]", d.pop("audio_fillers"))

        audio_filler_triggered_after = d.pop("audio_filler_triggered_after")

        reflection_state_output = cls(
            type_=type_,
            name=name,
            problem=problem,
            word_limit=word_limit,
            next_state=next_state,
            tool_call_specs=tool_call_specs,
            audio_fillers=audio_fillers,
            audio_filler_triggered_after=audio_filler_triggered_after,
        )

        reflection_state_output.additional_properties = d
        return reflection_state_output

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["tool_call_specs", "audio_fillers"])

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
from ..models.service_hierarchical_state_machine_tool_call_spec import ServiceHierarchicalStateMachineToolCallSpec

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .service_hierarchical_state_machine_tool_call_spec import ServiceHierarchicalStateMachineToolCallSpecParam

    ReflectionStateOutputParam = TypedDict(
        "ReflectionStateOutputParam",
        {
            "type": Required[Literal["reflection"]],
            "name": Required[str],
            "problem": Required[str],
            "word_limit": Required[int],
            "next_state": Required[Union[str, List[Union[str]]]],
            "tool_call_specs": Required[
                Sequence[
                    Union[ServiceHierarchicalStateMachineToolCallSpecParam, ServiceHierarchicalStateMachineToolCallSpec]
                ]
            ],
            "audio_fillers": Required[List[str]],
            "audio_filler_triggered_after": Required[float],
        },
        total=False,
    )
