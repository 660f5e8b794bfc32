from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="SimulationConversationInvocationSource")


@_attrs_define
class SimulationConversationInvocationSource:
    """A tool call made in a simulated conversation of a unit test set run.

    Attributes:
        simulation_unit_test_set_run_id (None | str): The unit test set run the conversation belonged to.
        unit_test_id (None | str): The unit test being run.
        run_index (int | None): Which of the unit test's runs within the set run it was.
        invocation_metadata (EngageUserInvocationMetadata | StateTransitionInvocationMetadata |
            ToolCallStateInvocationMetadata): Where in the agent's state machine a tool was called; `type` tells which kind
            of step it was.
        type_ (Literal['simulation-conversation'] | Unset): Always `simulation-conversation`. Default: 'simulation-
            conversation'.
    """

    simulation_unit_test_set_run_id: None | str
    unit_test_id: None | str
    run_index: int | None
    invocation_metadata: (
        EngageUserInvocationMetadata | StateTransitionInvocationMetadata | ToolCallStateInvocationMetadata
    )
    type_: Literal["simulation-conversation"] | Unset = "simulation-conversation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_unit_test_set_run_id: None | str
        simulation_unit_test_set_run_id = self.simulation_unit_test_set_run_id

        unit_test_id: None | str
        unit_test_id = self.unit_test_id

        run_index: int | None
        run_index = self.run_index

        invocation_metadata: dict[str, Any]
        if isinstance(self.invocation_metadata, StateTransitionInvocationMetadata):
            invocation_metadata = self.invocation_metadata.to_dict()
        elif isinstance(self.invocation_metadata, EngageUserInvocationMetadata):
            invocation_metadata = self.invocation_metadata.to_dict()
        else:
            invocation_metadata = self.invocation_metadata.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
                "unit_test_id": unit_test_id,
                "run_index": run_index,
                "invocation_metadata": invocation_metadata,
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
                f"SimulationConversationInvocationSource takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_simulation_unit_test_set_run_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        simulation_unit_test_set_run_id = _parse_simulation_unit_test_set_run_id(
            d.pop("simulation_unit_test_set_run_id")
        )

        def _parse_unit_test_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        unit_test_id = _parse_unit_test_id(d.pop("unit_test_id"))

        def _parse_run_index(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        run_index = _parse_run_index(d.pop("run_index"))

        _invocation_metadata_value = d.pop("invocation_metadata")
        try:

            def _parse_invocation_metadata(
                data: object,
            ) -> EngageUserInvocationMetadata | StateTransitionInvocationMetadata | ToolCallStateInvocationMetadata:

                if isinstance(data, dict):
                    try:
                        componentsschemas_agent_framework_invocation_metadata_type_0 = (
                            StateTransitionInvocationMetadata.from_dict(data)
                        )

                        return componentsschemas_agent_framework_invocation_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_agent_framework_invocation_metadata_type_1 = (
                            EngageUserInvocationMetadata.from_dict(data)
                        )

                        return componentsschemas_agent_framework_invocation_metadata_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_framework_invocation_metadata_type_2 = (
                    ToolCallStateInvocationMetadata.from_dict(data)
                )

                return componentsschemas_agent_framework_invocation_metadata_type_2

            invocation_metadata = _parse_invocation_metadata(_invocation_metadata_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invocation_metadata")
            raise

        type_ = cast("Literal['simulation-conversation'] | Unset", d.pop("type", UNSET))
        if type_ != "simulation-conversation" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'simulation-conversation', got '{type_}'")

        simulation_conversation_invocation_source = cls(
            simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
            unit_test_id=unit_test_id,
            run_index=run_index,
            invocation_metadata=invocation_metadata,
            type_=type_,
        )

        simulation_conversation_invocation_source.additional_properties = d
        return simulation_conversation_invocation_source

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
from ..models.engage_user_invocation_metadata import EngageUserInvocationMetadata
from ..models.state_transition_invocation_metadata import StateTransitionInvocationMetadata
from ..models.tool_call_state_invocation_metadata import ToolCallStateInvocationMetadata

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .engage_user_invocation_metadata import EngageUserInvocationMetadataParam
    from .state_transition_invocation_metadata import StateTransitionInvocationMetadataParam
    from .tool_call_state_invocation_metadata import ToolCallStateInvocationMetadataParam

    SimulationConversationInvocationSourceParam = TypedDict(
        "SimulationConversationInvocationSourceParam",
        {
            "simulation_unit_test_set_run_id": Required[Union[str, None]],
            "unit_test_id": Required[Union[str, None]],
            "run_index": Required[Union[int, None]],
            "invocation_metadata": Required[
                Union[
                    Union[StateTransitionInvocationMetadataParam, StateTransitionInvocationMetadata],
                    Union[EngageUserInvocationMetadataParam, EngageUserInvocationMetadata],
                    Union[ToolCallStateInvocationMetadataParam, ToolCallStateInvocationMetadata],
                ]
            ],
            "type": Literal["simulation-conversation"],
        },
        total=False,
    )
