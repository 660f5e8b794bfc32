from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="UnitTestRunSpec")


@_attrs_define
class UnitTestRunSpec:
    """The frozen configuration one unit test of a run executes with.

    Attributes:
        unit_test_id (str): ID of the unit test to run.
        run_count (int): How many times to repeat the unit test.
        service_hierarchical_state_machine_version_info (list[int | str]): Pair of (state machine ID, version) the test
            runs on.
        agent_version_info (list[int | str]): Pair of (agent ID, version) the test runs on.
        scenario_version_info (list[int | str] | None): Pair of (scenario ID, version); null without the permission to
            read unit tests.
        persona_version_info (list[int | str] | None): Pair of (persona ID, version); null without the permission to
            read unit tests.
        llm_model_preferences (UnitTestRunSpecLlmModelPreferences): LLM choices for the run, keyed by use.
        max_interactions (int): Interaction budget after which the test counts as failed.
        metrics_to_evaluate (list[MetricToEvaluate]): Metrics checked after the run; empty without the permission to
            read unit tests.
    """

    unit_test_id: str
    run_count: int
    service_hierarchical_state_machine_version_info: list[int | str]
    agent_version_info: list[int | str]
    scenario_version_info: list[int | str] | None
    persona_version_info: list[int | str] | None
    max_interactions: int
    metrics_to_evaluate: list[MetricToEvaluate]
    llm_model_preferences: UnitTestRunSpecLlmModelPreferences = _attrs_field(
        factory=lambda: UnitTestRunSpecLlmModelPreferences()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_test_id = self.unit_test_id

        run_count = self.run_count

        service_hierarchical_state_machine_version_info = []
        for (
            service_hierarchical_state_machine_version_info_item_data
        ) in self.service_hierarchical_state_machine_version_info:
            service_hierarchical_state_machine_version_info_item: int | str
            service_hierarchical_state_machine_version_info_item = (
                service_hierarchical_state_machine_version_info_item_data
            )
            service_hierarchical_state_machine_version_info.append(service_hierarchical_state_machine_version_info_item)

        agent_version_info = []
        for agent_version_info_item_data in self.agent_version_info:
            agent_version_info_item: int | str
            agent_version_info_item = agent_version_info_item_data
            agent_version_info.append(agent_version_info_item)

        scenario_version_info: list[int | str] | None
        if isinstance(self.scenario_version_info, list):
            scenario_version_info = []
            for scenario_version_info_type_0_item_data in self.scenario_version_info:
                scenario_version_info_type_0_item: int | str
                scenario_version_info_type_0_item = scenario_version_info_type_0_item_data
                scenario_version_info.append(scenario_version_info_type_0_item)

        else:
            scenario_version_info = self.scenario_version_info

        persona_version_info: list[int | str] | None
        if isinstance(self.persona_version_info, list):
            persona_version_info = []
            for persona_version_info_type_0_item_data in self.persona_version_info:
                persona_version_info_type_0_item: int | str
                persona_version_info_type_0_item = persona_version_info_type_0_item_data
                persona_version_info.append(persona_version_info_type_0_item)

        else:
            persona_version_info = self.persona_version_info

        llm_model_preferences = self.llm_model_preferences.to_dict()

        max_interactions = self.max_interactions

        metrics_to_evaluate = []
        for metrics_to_evaluate_item_data in self.metrics_to_evaluate:
            metrics_to_evaluate_item = metrics_to_evaluate_item_data.to_dict()
            metrics_to_evaluate.append(metrics_to_evaluate_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_test_id": unit_test_id,
                "run_count": run_count,
                "service_hierarchical_state_machine_version_info": service_hierarchical_state_machine_version_info,
                "agent_version_info": agent_version_info,
                "scenario_version_info": scenario_version_info,
                "persona_version_info": persona_version_info,
                "llm_model_preferences": llm_model_preferences,
                "max_interactions": max_interactions,
                "metrics_to_evaluate": metrics_to_evaluate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"UnitTestRunSpec takes a mapping of its fields, not {type(src_dict).__name__}") from None
        unit_test_id = d.pop("unit_test_id")

        run_count = d.pop("run_count")

        service_hierarchical_state_machine_version_info: list[int | str] = []
        _service_hierarchical_state_machine_version_info = d.pop("service_hierarchical_state_machine_version_info")
        for (
            service_hierarchical_state_machine_version_info_item_data
        ) in _service_hierarchical_state_machine_version_info:
            try:

                def _parse_service_hierarchical_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                service_hierarchical_state_machine_version_info_item = (
                    _parse_service_hierarchical_state_machine_version_info_item(
                        service_hierarchical_state_machine_version_info_item_data
                    )
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(service_hierarchical_state_machine_version_info))
                raise
            service_hierarchical_state_machine_version_info.append(service_hierarchical_state_machine_version_info_item)

        agent_version_info: list[int | str] = []
        _agent_version_info = d.pop("agent_version_info")
        for agent_version_info_item_data in _agent_version_info:
            try:

                def _parse_agent_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                agent_version_info_item = _parse_agent_version_info_item(agent_version_info_item_data)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(agent_version_info))
                raise
            agent_version_info.append(agent_version_info_item)

        def _parse_scenario_version_info(data: object) -> list[int | str] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    scenario_version_info_type_0: list[int | str] = []
                    _scenario_version_info_type_0 = data
                    for scenario_version_info_type_0_item_data in _scenario_version_info_type_0:
                        try:

                            def _parse_scenario_version_info_type_0_item(data: object) -> int | str:

                                return cast("int | str", data)

                            scenario_version_info_type_0_item = _parse_scenario_version_info_type_0_item(
                                scenario_version_info_type_0_item_data
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(scenario_version_info_type_0))
                            raise
                        scenario_version_info_type_0.append(scenario_version_info_type_0_item)

                    return scenario_version_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[int | str] | None", data)

        scenario_version_info = _parse_scenario_version_info(d.pop("scenario_version_info"))

        def _parse_persona_version_info(data: object) -> list[int | str] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    persona_version_info_type_0: list[int | str] = []
                    _persona_version_info_type_0 = data
                    for persona_version_info_type_0_item_data in _persona_version_info_type_0:
                        try:

                            def _parse_persona_version_info_type_0_item(data: object) -> int | str:

                                return cast("int | str", data)

                            persona_version_info_type_0_item = _parse_persona_version_info_type_0_item(
                                persona_version_info_type_0_item_data
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(persona_version_info_type_0))
                            raise
                        persona_version_info_type_0.append(persona_version_info_type_0_item)

                    return persona_version_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[int | str] | None", data)

        persona_version_info = _parse_persona_version_info(d.pop("persona_version_info"))

        _llm_model_preferences_value = d.pop("llm_model_preferences")
        try:
            llm_model_preferences = UnitTestRunSpecLlmModelPreferences.from_dict(_llm_model_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "llm_model_preferences")
            raise

        max_interactions = d.pop("max_interactions")

        _metrics_to_evaluate_value = d.pop("metrics_to_evaluate")
        try:
            metrics_to_evaluate: list[MetricToEvaluate] = []
            _metrics_to_evaluate = _metrics_to_evaluate_value
            for metrics_to_evaluate_item_data in _metrics_to_evaluate:
                try:
                    metrics_to_evaluate_item = MetricToEvaluate.from_dict(metrics_to_evaluate_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(metrics_to_evaluate))
                    raise
                metrics_to_evaluate.append(metrics_to_evaluate_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "metrics_to_evaluate")
            raise

        unit_test_run_spec = cls(
            unit_test_id=unit_test_id,
            run_count=run_count,
            service_hierarchical_state_machine_version_info=service_hierarchical_state_machine_version_info,
            agent_version_info=agent_version_info,
            scenario_version_info=scenario_version_info,
            persona_version_info=persona_version_info,
            llm_model_preferences=llm_model_preferences,
            max_interactions=max_interactions,
            metrics_to_evaluate=metrics_to_evaluate,
        )

        unit_test_run_spec.additional_properties = d
        return unit_test_run_spec

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self, ["service_hierarchical_state_machine_version_info", "agent_version_info", "metrics_to_evaluate"]
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
from ..models.metric_to_evaluate import MetricToEvaluate
from ..models.unit_test_run_spec_llm_model_preferences import UnitTestRunSpecLlmModelPreferences

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .llm_config_output import LLMConfigOutput, LLMConfigOutputParam
    from .metric_to_evaluate import MetricToEvaluateParam

    UnitTestRunSpecParam = TypedDict(
        "UnitTestRunSpecParam",
        {
            "unit_test_id": Required[str],
            "run_count": Required[int],
            "service_hierarchical_state_machine_version_info": Required[List[Union[str, int]]],
            "agent_version_info": Required[List[Union[str, int]]],
            "scenario_version_info": Required[Union[List[Union[str, int]], None]],
            "persona_version_info": Required[Union[List[Union[str, int]], None]],
            "llm_model_preferences": Required[
                Union[Mapping[str, Union[LLMConfigOutputParam, LLMConfigOutput]], UnitTestRunSpecLlmModelPreferences]
            ],
            "max_interactions": Required[int],
            "metrics_to_evaluate": Required[Sequence[Union[MetricToEvaluateParam, MetricToEvaluate]]],
        },
        total=False,
    )
