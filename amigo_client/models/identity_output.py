from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="IdentityOutput")


@_attrs_define
class IdentityOutput:
    """Identity of an agent.

    Attributes:
        name (str): Name the agent goes by.
        role (str): Job the agent has in the organization.
        developed_by (str): Name of the organization that built the agent.
        default_spoken_language (str): Main language of the agent, as an ISO 639-3 code.
        relationship_to_developer (RelationshipToDeveloperOutput): How an agent sees its relation to the organization
            that built it.
    """

    name: str
    role: str
    developed_by: str
    default_spoken_language: str
    relationship_to_developer: RelationshipToDeveloperOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        developed_by = self.developed_by

        default_spoken_language = self.default_spoken_language

        relationship_to_developer = self.relationship_to_developer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "role": role,
                "developed_by": developed_by,
                "default_spoken_language": default_spoken_language,
                "relationship_to_developer": relationship_to_developer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"IdentityOutput takes a mapping of its fields, not {type(src_dict).__name__}") from None
        name = d.pop("name")

        role = d.pop("role")

        developed_by = d.pop("developed_by")

        default_spoken_language = d.pop("default_spoken_language")

        _relationship_to_developer_value = d.pop("relationship_to_developer")
        try:
            relationship_to_developer = RelationshipToDeveloperOutput.from_dict(_relationship_to_developer_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "relationship_to_developer")
            raise

        identity_output = cls(
            name=name,
            role=role,
            developed_by=developed_by,
            default_spoken_language=default_spoken_language,
            relationship_to_developer=relationship_to_developer,
        )

        identity_output.additional_properties = d
        return identity_output

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
from ..models.relationship_to_developer_output import RelationshipToDeveloperOutput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .relationship_to_developer_output import RelationshipToDeveloperOutputParam

    IdentityOutputParam = TypedDict(
        "IdentityOutputParam",
        {
            "name": Required[str],
            "role": Required[str],
            "developed_by": Required[str],
            "default_spoken_language": Required[str],
            "relationship_to_developer": Required[
                Union[RelationshipToDeveloperOutputParam, RelationshipToDeveloperOutput]
            ],
        },
        total=False,
    )
