from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="LLMConfigOutput")


@_attrs_define
class LLMConfigOutput:
    """An LLM and its settings.

    Attributes:
        llm_name (str): Model name.
        params (LLMConfigOutputParams | Unset): Model-specific settings.
    """

    llm_name: str
    params: LLMConfigOutputParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_name = self.llm_name

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
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"LLMConfigOutput takes a mapping of its fields, not {type(src_dict).__name__}") from None
        llm_name = d.pop("llm_name")

        _params_value = d.pop("params", UNSET)
        try:
            _params = _params_value
            params: LLMConfigOutputParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = LLMConfigOutputParams.from_dict(_params)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "params")
            raise

        llm_config_output = cls(
            llm_name=llm_name,
            params=params,
        )

        llm_config_output.additional_properties = d
        return llm_config_output

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
from ..models.llm_config_output_params import LLMConfigOutputParams

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    LLMConfigOutputParam = TypedDict(
        "LLMConfigOutputParam",
        {
            "llm_name": Required[str],
            "params": Union[Mapping[str, Any], LLMConfigOutputParams],
        },
        total=False,
    )
