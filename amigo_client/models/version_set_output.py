from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="VersionSetOutput")


@_attrs_define
class VersionSetOutput:
    """Pins agent, state machine and model choices for a service (response form).

    Attributes:
        agent_version_number (int | None): Agent version in use; null means the newest.
        service_hierarchical_state_machine_version_number (int | None): State machine version in use; null means the
            newest.
        llm_model_preferences (VersionSetOutputLlmModelPreferences): Preferred model per LLM interaction name; unlisted
            interactions use their default.
    """

    agent_version_number: int | None
    service_hierarchical_state_machine_version_number: int | None
    llm_model_preferences: VersionSetOutputLlmModelPreferences = _attrs_field(
        factory=lambda: VersionSetOutputLlmModelPreferences()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_version_number: int | None
        agent_version_number = self.agent_version_number

        service_hierarchical_state_machine_version_number: int | None
        service_hierarchical_state_machine_version_number = self.service_hierarchical_state_machine_version_number

        llm_model_preferences = self.llm_model_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_version_number": agent_version_number,
                "service_hierarchical_state_machine_version_number": service_hierarchical_state_machine_version_number,
                "llm_model_preferences": llm_model_preferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"VersionSetOutput takes a mapping of its fields, not {type(src_dict).__name__}") from None

        def _parse_agent_version_number(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        agent_version_number = _parse_agent_version_number(d.pop("agent_version_number"))

        def _parse_service_hierarchical_state_machine_version_number(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        service_hierarchical_state_machine_version_number = _parse_service_hierarchical_state_machine_version_number(
            d.pop("service_hierarchical_state_machine_version_number")
        )

        _llm_model_preferences_value = d.pop("llm_model_preferences")
        try:
            llm_model_preferences = VersionSetOutputLlmModelPreferences.from_dict(_llm_model_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "llm_model_preferences")
            raise

        version_set_output = cls(
            agent_version_number=agent_version_number,
            service_hierarchical_state_machine_version_number=service_hierarchical_state_machine_version_number,
            llm_model_preferences=llm_model_preferences,
        )

        version_set_output.additional_properties = d
        return version_set_output

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
from ..models.version_set_output_llm_model_preferences import VersionSetOutputLlmModelPreferences

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .llm_config_output import LLMConfigOutput, LLMConfigOutputParam

    VersionSetOutputParam = TypedDict(
        "VersionSetOutputParam",
        {
            "agent_version_number": Required[Union[int, None]],
            "service_hierarchical_state_machine_version_number": Required[Union[int, None]],
            "llm_model_preferences": Required[
                Union[Mapping[str, Union[LLMConfigOutputParam, LLMConfigOutput]], VersionSetOutputLlmModelPreferences]
            ],
        },
        total=False,
    )
