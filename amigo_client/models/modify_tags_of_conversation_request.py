from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ModifyTagsOfConversationRequest")


@_attrs_define
class ModifyTagsOfConversationRequest:
    """Tag changes to apply to a conversation.

    Attributes:
        updates (ModifyTagsOfConversationRequestUpdates | Unset): Tags to add or overwrite; tags not listed stay as they
            are.
        deletes (list[str] | Unset): Tag keys to remove.
    """

    updates: ModifyTagsOfConversationRequestUpdates | Unset = UNSET
    deletes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = self.updates.to_dict()

        deletes: list[str] | Unset = UNSET
        if not isinstance(self.deletes, Unset):
            deletes = self.deletes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updates is not UNSET:
            field_dict["updates"] = updates
        if deletes is not UNSET:
            field_dict["deletes"] = deletes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ModifyTagsOfConversationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _updates_value = d.pop("updates", UNSET)
        try:
            _updates = _updates_value
            updates: ModifyTagsOfConversationRequestUpdates | Unset
            if isinstance(_updates, Unset):
                updates = UNSET
            else:
                updates = ModifyTagsOfConversationRequestUpdates.from_dict(_updates)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updates")
            raise

        deletes = cast("list[str]", d.pop("deletes", UNSET))

        modify_tags_of_conversation_request = cls(
            updates=updates,
            deletes=deletes,
        )

        modify_tags_of_conversation_request.additional_properties = d
        return modify_tags_of_conversation_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["deletes"])

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
from ..models.modify_tags_of_conversation_request_updates import ModifyTagsOfConversationRequestUpdates

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    ModifyTagsOfConversationRequestParam = TypedDict(
        "ModifyTagsOfConversationRequestParam",
        {
            "updates": Union[Mapping[str, Union[str, None]], ModifyTagsOfConversationRequestUpdates],
            "deletes": List[str],
        },
        total=False,
    )
