from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="VersionSetInfo")


@_attrs_define
class VersionSetInfo:
    """Which agent, state machine and models a conversation used.

    Attributes:
        name (str): Version set name (`unknown` for old conversations).
        agent_version_info (list[int | str]): (agent ID, version) pair.
        service_hierarchical_state_machine_version_info (list[int | str]): (state machine ID, version) pair.
        llm_model_preferences (VersionSetInfoLlmModelPreferences): LLM choice per use.
    """

    name: str
    agent_version_info: list[int | str]
    service_hierarchical_state_machine_version_info: list[int | str]
    llm_model_preferences: VersionSetInfoLlmModelPreferences = _attrs_field(
        factory=lambda: VersionSetInfoLlmModelPreferences()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        agent_version_info = []
        for agent_version_info_item_data in self.agent_version_info:
            agent_version_info_item: int | str
            agent_version_info_item = agent_version_info_item_data
            agent_version_info.append(agent_version_info_item)

        service_hierarchical_state_machine_version_info = []
        for (
            service_hierarchical_state_machine_version_info_item_data
        ) in self.service_hierarchical_state_machine_version_info:
            service_hierarchical_state_machine_version_info_item: int | str
            service_hierarchical_state_machine_version_info_item = (
                service_hierarchical_state_machine_version_info_item_data
            )
            service_hierarchical_state_machine_version_info.append(service_hierarchical_state_machine_version_info_item)

        llm_model_preferences = self.llm_model_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "agent_version_info": agent_version_info,
                "service_hierarchical_state_machine_version_info": service_hierarchical_state_machine_version_info,
                "llm_model_preferences": llm_model_preferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"VersionSetInfo takes a mapping of its fields, not {type(src_dict).__name__}") from None
        name = d.pop("name")

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

        _llm_model_preferences_value = d.pop("llm_model_preferences")
        try:
            llm_model_preferences = VersionSetInfoLlmModelPreferences.from_dict(_llm_model_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "llm_model_preferences")
            raise

        version_set_info = cls(
            name=name,
            agent_version_info=agent_version_info,
            service_hierarchical_state_machine_version_info=service_hierarchical_state_machine_version_info,
            llm_model_preferences=llm_model_preferences,
        )

        version_set_info.additional_properties = d
        return version_set_info

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["agent_version_info", "service_hierarchical_state_machine_version_info"])

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
from ..models.version_set_info_llm_model_preferences import VersionSetInfoLlmModelPreferences

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .llm_config_output import LLMConfigOutput, LLMConfigOutputParam

    VersionSetInfoParam = TypedDict(
        "VersionSetInfoParam",
        {
            "name": Required[str],
            "agent_version_info": Required[List[Union[str, int]]],
            "service_hierarchical_state_machine_version_info": Required[List[Union[str, int]]],
            "llm_model_preferences": Required[
                Union[Mapping[str, Union[LLMConfigOutputParam, LLMConfigOutput]], VersionSetInfoLlmModelPreferences]
            ],
        },
        total=False,
    )
