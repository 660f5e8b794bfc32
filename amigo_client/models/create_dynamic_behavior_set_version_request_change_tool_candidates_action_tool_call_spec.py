from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_persistence import ResultPersistence, check_result_persistence

T = TypeVar("T", bound="CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec")


@_attrs_define
class CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec:
    """A tool offered by a dynamic behavior set, as sent in a new version.

    Attributes:
        tool_id (str): ID of the tool.
        version_constraint (str): Which tool versions may be used, written as a Python packaging version specifier (for
            example `>=1.2,<2`).
        additional_instruction (str): Extra guidance for the model, on top of the tool's own description.
        audio_fillers (list[str]): Phrases spoken in voice mode while a slow tool call runs.
        audio_filler_triggered_after (float): Seconds of waiting before a filler phrase is spoken.
        result_persistence (ResultPersistence): How long a tool result stays visible to later LLM calls.
        tool_name (str): Label of the tool shown in the set's description; the tool's name, possibly with a hint about
            this behavior.
    """

    tool_id: str
    version_constraint: str
    additional_instruction: str
    audio_fillers: list[str]
    audio_filler_triggered_after: float
    result_persistence: ResultPersistence
    tool_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        version_constraint = self.version_constraint

        additional_instruction = self.additional_instruction

        audio_fillers = self.audio_fillers

        audio_filler_triggered_after = self.audio_filler_triggered_after

        result_persistence: str = self.result_persistence

        tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "version_constraint": version_constraint,
                "additional_instruction": additional_instruction,
                "audio_fillers": audio_fillers,
                "audio_filler_triggered_after": audio_filler_triggered_after,
                "result_persistence": result_persistence,
                "tool_name": tool_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        tool_id = d.pop("tool_id")

        version_constraint = d.pop("version_constraint")

        additional_instruction = d.pop("additional_instruction")

        audio_fillers = cast("list[str]", d.pop("audio_fillers"))

        audio_filler_triggered_after = d.pop("audio_filler_triggered_after")

        result_persistence = check_result_persistence(d.pop("result_persistence"))

        tool_name = d.pop("tool_name")

        create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec = cls(
            tool_id=tool_id,
            version_constraint=version_constraint,
            additional_instruction=additional_instruction,
            audio_fillers=audio_fillers,
            audio_filler_triggered_after=audio_filler_triggered_after,
            result_persistence=result_persistence,
            tool_name=tool_name,
        )

        create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec.additional_properties = d
        return create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["audio_fillers"])

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
    from typing import Any, List, Mapping

    from typing_extensions import Required, TypedDict

    CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpecParam = TypedDict(
        "CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpecParam",
        {
            "tool_id": Required[str],
            "version_constraint": Required[str],
            "additional_instruction": Required[str],
            "audio_fillers": Required[List[str]],
            "audio_filler_triggered_after": Required[float],
            "result_persistence": Required[ResultPersistence],
            "tool_name": Required[str],
        },
        total=False,
    )
