from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NavigateStateMachineAnnotationStateAnnotationRetrievedEvent")


@_attrs_define
class NavigateStateMachineAnnotationStateAnnotationRetrievedEvent:
    """The annotation of an annotation state was loaded.

    Attributes:
        annotation (str): The annotation text.
        type_ (Literal['navigate-state-machine-annotation-state-annotation-retrieved'] | Unset): Always `navigate-state-
            machine-annotation-state-annotation-retrieved`. Default: 'navigate-state-machine-annotation-state-annotation-
            retrieved'.
    """

    annotation: str
    type_: Literal["navigate-state-machine-annotation-state-annotation-retrieved"] | Unset = (
        "navigate-state-machine-annotation-state-annotation-retrieved"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation = self.annotation

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation": annotation,
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
                f"NavigateStateMachineAnnotationStateAnnotationRetrievedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        annotation = d.pop("annotation")

        type_ = cast(
            "Literal['navigate-state-machine-annotation-state-annotation-retrieved'] | Unset", d.pop("type", UNSET)
        )
        if type_ != "navigate-state-machine-annotation-state-annotation-retrieved" and not isinstance(type_, Unset):
            raise ValueError(
                f"type must match const 'navigate-state-machine-annotation-state-annotation-retrieved', got '{type_}'"
            )

        navigate_state_machine_annotation_state_annotation_retrieved_event = cls(
            annotation=annotation,
            type_=type_,
        )

        navigate_state_machine_annotation_state_annotation_retrieved_event.additional_properties = d
        return navigate_state_machine_annotation_state_annotation_retrieved_event

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
    from typing import Any, Literal, Mapping

    from typing_extensions import Required, TypedDict

    NavigateStateMachineAnnotationStateAnnotationRetrievedEventParam = TypedDict(
        "NavigateStateMachineAnnotationStateAnnotationRetrievedEventParam",
        {
            "annotation": Required[str],
            "type": Literal["navigate-state-machine-annotation-state-annotation-retrieved"],
        },
        total=False,
    )
