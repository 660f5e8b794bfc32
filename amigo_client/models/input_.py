from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_invocation_mode import InputInvocationMode, check_input_invocation_mode
from ..types import located

T = TypeVar("T", bound="Input")


@_attrs_define
class Input:
    """One set of inputs for a single run of a tool.

    Attributes:
        input_parameters (InputInputParameters): Arguments for the tool, checked against its input schema.
        invocation_mode (InputInvocationMode): Mode to invoke the tool in; `regular`, or `conversation-simulation` as
            during simulations.
        nonsensitive_user_variables (InputNonsensitiveUserVariables): Ordinary user variables the tool receives for this
            run.
        sensitive_user_variables (InputSensitiveUserVariables): Sensitive user variables the tool receives for this run.
    """

    invocation_mode: InputInvocationMode
    input_parameters: InputInputParameters = _attrs_field(factory=lambda: InputInputParameters())
    nonsensitive_user_variables: InputNonsensitiveUserVariables = _attrs_field(
        factory=lambda: InputNonsensitiveUserVariables()
    )
    sensitive_user_variables: InputSensitiveUserVariables = _attrs_field(factory=lambda: InputSensitiveUserVariables())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_parameters = self.input_parameters.to_dict()

        invocation_mode: str = self.invocation_mode

        nonsensitive_user_variables = self.nonsensitive_user_variables.to_dict()

        sensitive_user_variables = self.sensitive_user_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_parameters": input_parameters,
                "invocation_mode": invocation_mode,
                "nonsensitive_user_variables": nonsensitive_user_variables,
                "sensitive_user_variables": sensitive_user_variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"Input takes a mapping of its fields, not {type(src_dict).__name__}") from None
        _input_parameters_value = d.pop("input_parameters")
        try:
            input_parameters = InputInputParameters.from_dict(_input_parameters_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "input_parameters")
            raise

        invocation_mode = check_input_invocation_mode(d.pop("invocation_mode"))

        _nonsensitive_user_variables_value = d.pop("nonsensitive_user_variables")
        try:
            nonsensitive_user_variables = InputNonsensitiveUserVariables.from_dict(_nonsensitive_user_variables_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "nonsensitive_user_variables")
            raise

        _sensitive_user_variables_value = d.pop("sensitive_user_variables")
        try:
            sensitive_user_variables = InputSensitiveUserVariables.from_dict(_sensitive_user_variables_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "sensitive_user_variables")
            raise

        input_ = cls(
            input_parameters=input_parameters,
            invocation_mode=invocation_mode,
            nonsensitive_user_variables=nonsensitive_user_variables,
            sensitive_user_variables=sensitive_user_variables,
        )

        input_.additional_properties = d
        return input_

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
from ..models.input_input_parameters import InputInputParameters
from ..models.input_nonsensitive_user_variables import InputNonsensitiveUserVariables
from ..models.input_sensitive_user_variables import InputSensitiveUserVariables

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    InputParam = TypedDict(
        "InputParam",
        {
            "input_parameters": Required[Union[Mapping[str, Any], InputInputParameters]],
            "invocation_mode": Required[InputInvocationMode],
            "nonsensitive_user_variables": Required[Union[Mapping[str, str], InputNonsensitiveUserVariables]],
            "sensitive_user_variables": Required[Union[Mapping[str, str], InputSensitiveUserVariables]],
        },
        total=False,
    )
