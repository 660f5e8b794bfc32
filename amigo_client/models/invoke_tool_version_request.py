from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="InvokeToolVersionRequest")


@_attrs_define
class InvokeToolVersionRequest:
    """Body for running a published tool version.

    Attributes:
        inputs (list[Input]): One to ten input sets; the tool runs once for each.
    """

    inputs: list[Input]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"InvokeToolVersionRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _inputs_value = d.pop("inputs")
        try:
            inputs: list[Input] = []
            _inputs = _inputs_value
            for inputs_item_data in _inputs:
                try:
                    inputs_item = Input.from_dict(inputs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(inputs))
                    raise
                inputs.append(inputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "inputs")
            raise

        invoke_tool_version_request = cls(
            inputs=inputs,
        )

        invoke_tool_version_request.additional_properties = d
        return invoke_tool_version_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["inputs"])

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
from ..models.input_ import Input

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .input_ import InputParam

    InvokeToolVersionRequestParam = TypedDict(
        "InvokeToolVersionRequestParam",
        {
            "inputs": Required[Sequence[Union[InputParam, Input]]],
        },
        total=False,
    )
