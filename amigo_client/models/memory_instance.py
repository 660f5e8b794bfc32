from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="MemoryInstance")


@_attrs_define
class MemoryInstance:
    """Something the agent remembered about a user from a conversation.

    Attributes:
        id (str): Memory identifier.
        created_at (datetime.datetime): When the memory was recorded.
        conversation_id (str): Conversation the memory came from.
        references (list[str]): IDs of the messages the memory is based on.
        content (str): What was remembered.
        context (str): Surrounding context for the memory.
    """

    id: str
    created_at: datetime.datetime
    conversation_id: str
    references: list[str]
    content: str
    context: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        conversation_id = self.conversation_id

        references = self.references

        content = self.content

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "conversation_id": conversation_id,
                "references": references,
                "content": content,
                "context": context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"MemoryInstance takes a mapping of its fields, not {type(src_dict).__name__}") from None
        id = d.pop("id")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        conversation_id = d.pop("conversation_id")

        references = cast("list[str]", d.pop("references"))

        content = d.pop("content")

        context = d.pop("context")

        memory_instance = cls(
            id=id,
            created_at=created_at,
            conversation_id=conversation_id,
            references=references,
            content=content,
            context=context,
        )

        memory_instance.additional_properties = d
        return memory_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["references"])

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
    import datetime
    from typing import Any, List, Mapping

    from typing_extensions import Required, TypedDict

    MemoryInstanceParam = TypedDict(
        "MemoryInstanceParam",
        {
            "id": Required[str],
            "created_at": Required[datetime.datetime],
            "conversation_id": Required[str],
            "references": Required[List[str]],
            "content": Required[str],
            "context": Required[str],
        },
        total=False,
    )
