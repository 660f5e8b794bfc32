from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetConversationsResponse")


@_attrs_define
class GetConversationsResponse:
    """A page of conversations.

    Attributes:
        conversations (list[ConversationInstance]): Conversations matching the filters.
        has_more (bool): Whether another page exists.
        continuation_token (int | None): Pass this to get the next page; set only when `has_more` is true.
    """

    conversations: list[ConversationInstance]
    has_more: bool
    continuation_token: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversations = []
        for conversations_item_data in self.conversations:
            conversations_item = conversations_item_data.to_dict()
            conversations.append(conversations_item)

        has_more = self.has_more

        continuation_token: int | None
        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversations": conversations,
                "has_more": has_more,
                "continuation_token": continuation_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetConversationsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _conversations_value = d.pop("conversations")
        try:
            conversations: list[ConversationInstance] = []
            _conversations = _conversations_value
            for conversations_item_data in _conversations:
                try:
                    conversations_item = ConversationInstance.from_dict(conversations_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(conversations))
                    raise
                conversations.append(conversations_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "conversations")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        get_conversations_response = cls(
            conversations=conversations,
            has_more=has_more,
            continuation_token=continuation_token,
        )

        get_conversations_response.additional_properties = d
        return get_conversations_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["conversations"])

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
from ..models.conversation_instance import ConversationInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .conversation_instance import ConversationInstanceParam

    GetConversationsResponseParam = TypedDict(
        "GetConversationsResponseParam",
        {
            "conversations": Required[Sequence[Union[ConversationInstanceParam, ConversationInstance]]],
            "has_more": Required[bool],
            "continuation_token": Required[Union[int, None]],
        },
        total=False,
    )
