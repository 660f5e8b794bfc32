from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RelationshipToDeveloperOutput")


@_attrs_define
class RelationshipToDeveloperOutput:
    """How an agent sees its relation to the organization that built it.

    Attributes:
        ownership (str): Whom the agent believes it belongs to.
        type_ (str): What kind of entity the agent takes itself to be.
        conversation_visibility (str): Whether the agent believes its owner can read its conversations.
        thought_visibility (str): Whether the agent believes its owner can read its inner thoughts.
    """

    ownership: str
    type_: str
    conversation_visibility: str
    thought_visibility: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ownership = self.ownership

        type_ = self.type_

        conversation_visibility = self.conversation_visibility

        thought_visibility = self.thought_visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ownership": ownership,
                "type": type_,
                "conversation_visibility": conversation_visibility,
                "thought_visibility": thought_visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"RelationshipToDeveloperOutput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        ownership = d.pop("ownership")

        type_ = d.pop("type")

        conversation_visibility = d.pop("conversation_visibility")

        thought_visibility = d.pop("thought_visibility")

        relationship_to_developer_output = cls(
            ownership=ownership,
            type_=type_,
            conversation_visibility=conversation_visibility,
            thought_visibility=thought_visibility,
        )

        relationship_to_developer_output.additional_properties = d
        return relationship_to_developer_output

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    RelationshipToDeveloperOutputParam = TypedDict(
        "RelationshipToDeveloperOutputParam",
        {
            "ownership": Required[str],
            "type": Required[str],
            "conversation_visibility": Required[str],
            "thought_visibility": Required[str],
        },
        total=False,
    )
