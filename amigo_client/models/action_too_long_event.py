from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionTooLongEvent")


@_attrs_define
class ActionTooLongEvent:
    """An earlier agent step is running long; carries filler to show or play meanwhile.

    Attributes:
        filler (str): Filler text, or base64 mono 16-bit 16 kHz PCM WAV audio when an audio filler exists.
        previously_started_event (Any): The earlier event whose step is taking long.
        type_ (Literal['action-too-long'] | Unset): Always `action-too-long`. Default: 'action-too-long'.
    """

    filler: str
    previously_started_event: Any
    type_: Literal["action-too-long"] | Unset = "action-too-long"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filler = self.filler

        previously_started_event = self.previously_started_event

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filler": filler,
                "previously_started_event": previously_started_event,
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
                f"ActionTooLongEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        filler = d.pop("filler")

        previously_started_event = d.pop("previously_started_event")

        type_ = cast("Literal['action-too-long'] | Unset", d.pop("type", UNSET))
        if type_ != "action-too-long" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'action-too-long', got '{type_}'")

        action_too_long_event = cls(
            filler=filler,
            previously_started_event=previously_started_event,
            type_=type_,
        )

        action_too_long_event.additional_properties = d
        return action_too_long_event

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

    ActionTooLongEventParam = TypedDict(
        "ActionTooLongEventParam",
        {
            "filler": Required[str],
            "previously_started_event": Required[Any],
            "type": Literal["action-too-long"],
        },
        total=False,
    )
