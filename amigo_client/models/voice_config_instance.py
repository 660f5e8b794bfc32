from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceConfigInstance")


@_attrs_define
class VoiceConfigInstance:
    """Voice settings of a stored agent version.

    Attributes:
        voice_id (str): ID of the Cartesia voice.
        stability (float | Unset): Voice stability setting. Default: 0.0.
        similarity_boost (float | Unset): Voice similarity boost setting. Default: 0.0.
        style (float | Unset): Voice style setting. Default: 0.0.
    """

    voice_id: str
    stability: float | Unset = 0.0
    similarity_boost: float | Unset = 0.0
    style: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        stability = self.stability

        similarity_boost = self.similarity_boost

        style = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
            }
        )
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"VoiceConfigInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        voice_id = d.pop("voice_id")

        stability = d.pop("stability", UNSET)

        similarity_boost = d.pop("similarity_boost", UNSET)

        style = d.pop("style", UNSET)

        voice_config_instance = cls(
            voice_id=voice_id,
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
        )

        voice_config_instance.additional_properties = d
        return voice_config_instance

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

    VoiceConfigInstanceParam = TypedDict(
        "VoiceConfigInstanceParam",
        {
            "voice_id": Required[str],
            "stability": float,
            "similarity_boost": float,
            "style": float,
        },
        total=False,
    )
