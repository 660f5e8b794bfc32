from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_type import LLMType, check_llm_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMConfigInput")


@_attrs_define
class LLMConfigInput:
    """Which model to use, plus model-specific settings (request form).

    Attributes:
        llm_name (LLMType): Identifier of a supported language model.
        params (LLMConfigInputParams | Unset): Extra settings passed to the model.
    """

    llm_name: LLMType
    params: LLMConfigInputParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_name: str = self.llm_name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm_name": llm_name,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        llm_name = check_llm_type(d.pop("llm_name"))

        _params = d.pop("params", UNSET)
        params: LLMConfigInputParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = LLMConfigInputParams.from_dict(_params)

        llm_config_input = cls(
            llm_name=llm_name,
            params=params,
        )

        llm_config_input.additional_properties = d
        return llm_config_input

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
from ..models.llm_config_input_params import LLMConfigInputParams
