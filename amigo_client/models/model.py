from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """One language model the platform offers.

    Attributes:
        name (str): Name of the model.
        params_model_schema (ModelParamsModelSchema): Schema of the parameters the model accepts.
    """

    name: str
    params_model_schema: ModelParamsModelSchema = _attrs_field(factory=lambda: ModelParamsModelSchema())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        params_model_schema = self.params_model_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "params_model_schema": params_model_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"Model takes a mapping of its fields, not {type(src_dict).__name__}") from None
        name = d.pop("name")

        _params_model_schema_value = d.pop("params_model_schema")
        try:
            params_model_schema = ModelParamsModelSchema.from_dict(_params_model_schema_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "params_model_schema")
            raise

        model = cls(
            name=name,
            params_model_schema=params_model_schema,
        )

        model.additional_properties = d
        return model

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
from ..models.model_params_model_schema import ModelParamsModelSchema

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    ModelParam = TypedDict(
        "ModelParam",
        {
            "name": Required[str],
            "params_model_schema": Required[Union[Mapping[str, Any], ModelParamsModelSchema]],
        },
        total=False,
    )
