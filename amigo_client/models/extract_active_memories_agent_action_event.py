from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ExtractActiveMemoriesAgentActionEvent")


@_attrs_define
class ExtractActiveMemoriesAgentActionEvent:
    """The agent looked up memories.

    Attributes:
        queries_and_responses (list[list[str]]): (query, answer) pairs.
        type_ (Literal['extract-active-memories-completed'] | Unset): Always `extract-active-memories-completed`.
            Default: 'extract-active-memories-completed'.
    """

    queries_and_responses: list[list[str]]
    type_: Literal["extract-active-memories-completed"] | Unset = "extract-active-memories-completed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queries_and_responses = []
        for queries_and_responses_item_data in self.queries_and_responses:
            queries_and_responses_item = []
            for queries_and_responses_item_item_data in queries_and_responses_item_data:
                queries_and_responses_item_item: str
                queries_and_responses_item_item = queries_and_responses_item_item_data
                queries_and_responses_item.append(queries_and_responses_item_item)

            queries_and_responses.append(queries_and_responses_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queries_and_responses": queries_and_responses,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ExtractActiveMemoriesAgentActionEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        queries_and_responses: list[list[str]] = []
        _queries_and_responses = d.pop("queries_and_responses")
        for queries_and_responses_item_data in _queries_and_responses:
            try:
                queries_and_responses_item: list[str] = []
                _queries_and_responses_item = queries_and_responses_item_data
                for queries_and_responses_item_item_data in _queries_and_responses_item:
                    try:

                        def _parse_queries_and_responses_item_item(data: object) -> str:

                            return cast("str", data)

                        queries_and_responses_item_item = _parse_queries_and_responses_item_item(
                            queries_and_responses_item_item_data
                        )

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(queries_and_responses_item))
                        raise
                    queries_and_responses_item.append(queries_and_responses_item_item)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(queries_and_responses))
                raise
            queries_and_responses.append(queries_and_responses_item)

        type_ = cast("Literal['extract-active-memories-completed'] | Unset", d.pop("type", UNSET))
        if type_ != "extract-active-memories-completed" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'extract-active-memories-completed', got '{type_}'")

        extract_active_memories_agent_action_event = cls(
            queries_and_responses=queries_and_responses,
            type_=type_,
        )

        extract_active_memories_agent_action_event.additional_properties = d
        return extract_active_memories_agent_action_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["queries_and_responses"])

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
    from typing import Any, List, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    ExtractActiveMemoriesAgentActionEventParam = TypedDict(
        "ExtractActiveMemoriesAgentActionEventParam",
        {
            "queries_and_responses": Required[List[List[Union[str]]]],
            "type": Literal["extract-active-memories-completed"],
        },
        total=False,
    )
