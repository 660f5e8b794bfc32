from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ManualEvaluationSource")


@_attrs_define
class ManualEvaluationSource:
    """Evaluation started by a user on demand.

    Attributes:
        conversation_id (str): ID of the evaluated conversation.
        evaluate_to_interaction_id (None | str): Last interaction included in the evaluation; null means the whole
            conversation.
        invoked_by (ManualEvaluationSourceUserInfo): Reference to the user who started a manual evaluation.
        references (list[str]): Messages the result was based on.
        type_ (Literal['manual'] | Unset): Always `manual`. Default: 'manual'.
    """

    conversation_id: str
    evaluate_to_interaction_id: None | str
    invoked_by: ManualEvaluationSourceUserInfo
    references: list[str]
    type_: Literal["manual"] | Unset = "manual"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        evaluate_to_interaction_id: None | str
        evaluate_to_interaction_id = self.evaluate_to_interaction_id

        invoked_by = self.invoked_by.to_dict()

        references = self.references

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "evaluate_to_interaction_id": evaluate_to_interaction_id,
                "invoked_by": invoked_by,
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
                f"ManualEvaluationSource takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        conversation_id = d.pop("conversation_id")

        def _parse_evaluate_to_interaction_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        evaluate_to_interaction_id = _parse_evaluate_to_interaction_id(d.pop("evaluate_to_interaction_id"))

        _invoked_by_value = d.pop("invoked_by")
        try:
            invoked_by = ManualEvaluationSourceUserInfo.from_dict(_invoked_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invoked_by")
            raise

        references = cast("list[str]", d.pop("references"))

        type_ = cast("Literal['manual'] | Unset", d.pop("type", UNSET))
        if type_ != "manual" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'manual', got '{type_}'")

        manual_evaluation_source = cls(
            conversation_id=conversation_id,
            evaluate_to_interaction_id=evaluate_to_interaction_id,
            invoked_by=invoked_by,
            references=references,
            type_=type_,
        )

        manual_evaluation_source.additional_properties = d
        return manual_evaluation_source

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


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.manual_evaluation_source_user_info import ManualEvaluationSourceUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .manual_evaluation_source_user_info import ManualEvaluationSourceUserInfoParam

    ManualEvaluationSourceParam = TypedDict(
        "ManualEvaluationSourceParam",
        {
            "conversation_id": Required[str],
            "evaluate_to_interaction_id": Required[Union[str, None]],
            "invoked_by": Required[Union[ManualEvaluationSourceUserInfoParam, ManualEvaluationSourceUserInfo]],
            "references": Required[List[str]],
            "type": Literal["manual"],
        },
        total=False,
    )
