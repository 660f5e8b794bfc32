from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateSimulationPersonaRequest")


@_attrs_define
class CreateSimulationPersonaRequest:
    """Body for creating a simulation persona.

    Attributes:
        name (str): Display name of the persona.
        role (str): The part the persona plays, e.g. a kind of patient or customer.
        tags (CreateSimulationPersonaRequestTags): Labels for the persona; keys and values use letters, digits,
            underscores and spaces.
        initial_version (CreateSimulationPersonaRequestInitialVersion): Content of the first version of a new persona.
    """

    name: str
    role: str
    initial_version: CreateSimulationPersonaRequestInitialVersion
    tags: CreateSimulationPersonaRequestTags = _attrs_field(factory=lambda: CreateSimulationPersonaRequestTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        tags = self.tags.to_dict()

        initial_version = self.initial_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "role": role,
                "tags": tags,
                "initial_version": initial_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateSimulationPersonaRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        name = d.pop("name")

        role = d.pop("role")

        _tags_value = d.pop("tags")
        try:
            tags = CreateSimulationPersonaRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _initial_version_value = d.pop("initial_version")
        try:
            initial_version = CreateSimulationPersonaRequestInitialVersion.from_dict(_initial_version_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "initial_version")
            raise

        create_simulation_persona_request = cls(
            name=name,
            role=role,
            tags=tags,
            initial_version=initial_version,
        )

        create_simulation_persona_request.additional_properties = d
        return create_simulation_persona_request

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
from ..models.create_simulation_persona_request_initial_version import CreateSimulationPersonaRequestInitialVersion
from ..models.create_simulation_persona_request_tags import CreateSimulationPersonaRequestTags

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .create_simulation_persona_request_initial_version import CreateSimulationPersonaRequestInitialVersionParam

    CreateSimulationPersonaRequestParam = TypedDict(
        "CreateSimulationPersonaRequestParam",
        {
            "name": Required[str],
            "role": Required[str],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateSimulationPersonaRequestTags]],
            "initial_version": Required[
                Union[CreateSimulationPersonaRequestInitialVersionParam, CreateSimulationPersonaRequestInitialVersion]
            ],
        },
        total=False,
    )
