from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="VersionSetInputLlmModelPreferences")


@_attrs_define
class VersionSetInputLlmModelPreferences:
    """Preferred model per LLM interaction name."""

    additional_properties: dict[str, LLMConfigInput] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"VersionSetInputLlmModelPreferences takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        version_set_input_llm_model_preferences = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = LLMConfigInput.from_dict(prop_dict)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, prop_name)
                raise
            additional_properties[prop_name] = additional_property

        version_set_input_llm_model_preferences.additional_properties = additional_properties
        return version_set_input_llm_model_preferences

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

    def __getitem__(self, key: str) -> LLMConfigInput:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LLMConfigInput) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.llm_config_input import LLMConfigInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from .llm_config_input import LLMConfigInputParam

    VersionSetInputLlmModelPreferencesParam = Mapping[str, Union[LLMConfigInputParam, LLMConfigInput]]
