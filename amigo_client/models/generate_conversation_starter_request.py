from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateConversationStarterRequest")


@_attrs_define
class GenerateConversationStarterRequest:
    """What conversation starters to generate.

    Attributes:
        service_id (str): Service the starters are for.
        facets (list[str]): Topics the starters should cover.
        min_count (int): Fewest starters to return (inclusive).
        max_count (int): Most starters to return (inclusive).
        generation_instructions (str): Guidance for how the starters are written.
        service_version_set_name (str | Unset): Version set of the service to use. Default: 'release'.
    """

    service_id: str
    facets: list[str]
    min_count: int
    max_count: int
    generation_instructions: str
    service_version_set_name: str | Unset = "release"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        facets = self.facets

        min_count = self.min_count

        max_count = self.max_count

        generation_instructions = self.generation_instructions

        service_version_set_name = self.service_version_set_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "facets": facets,
                "min_count": min_count,
                "max_count": max_count,
                "generation_instructions": generation_instructions,
            }
        )
        if service_version_set_name is not UNSET:
            field_dict["service_version_set_name"] = service_version_set_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GenerateConversationStarterRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        service_id = d.pop("service_id")

        facets = cast("list[str]", d.pop("facets"))

        min_count = d.pop("min_count")

        max_count = d.pop("max_count")

        generation_instructions = d.pop("generation_instructions")

        service_version_set_name = d.pop("service_version_set_name", UNSET)

        generate_conversation_starter_request = cls(
            service_id=service_id,
            facets=facets,
            min_count=min_count,
            max_count=max_count,
            generation_instructions=generation_instructions,
            service_version_set_name=service_version_set_name,
        )

        generate_conversation_starter_request.additional_properties = d
        return generate_conversation_starter_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["facets"])

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping

    from typing_extensions import Required, TypedDict

    GenerateConversationStarterRequestParam = TypedDict(
        "GenerateConversationStarterRequestParam",
        {
            "service_id": Required[str],
            "facets": Required[List[str]],
            "min_count": Required[int],
            "max_count": Required[int],
            "generation_instructions": Required[str],
            "service_version_set_name": str,
        },
        total=False,
    )
