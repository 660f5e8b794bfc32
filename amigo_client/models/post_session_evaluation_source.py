from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostSessionEvaluationSource")


@_attrs_define
class PostSessionEvaluationSource:
    """Evaluation run automatically after a conversation ended.

    Attributes:
        conversation_id (str): ID of the finished conversation that was evaluated.
        references (list[str]): Messages the result was based on.
        type_ (Literal['post-session'] | Unset): Always `post-session`. Default: 'post-session'.
    """

    conversation_id: str
    references: list[str]
    type_: Literal["post-session"] | Unset = "post-session"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        references = self.references

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "references": references,
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
                f"PostSessionEvaluationSource takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        conversation_id = d.pop("conversation_id")

        references = cast("list[str]", d.pop("references"))

        type_ = cast("Literal['post-session'] | Unset", d.pop("type", UNSET))
        if type_ != "post-session" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'post-session', got '{type_}'")

        post_session_evaluation_source = cls(
            conversation_id=conversation_id,
            references=references,
            type_=type_,
        )

        post_session_evaluation_source.additional_properties = d
        return post_session_evaluation_source

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
    from typing import Any, List, Literal, Mapping

    from typing_extensions import Required, TypedDict

    PostSessionEvaluationSourceParam = TypedDict(
        "PostSessionEvaluationSourceParam",
        {
            "conversation_id": Required[str],
            "references": Required[List[str]],
            "type": Literal["post-session"],
        },
        total=False,
    )
