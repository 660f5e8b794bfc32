from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pcm_user_message_audio_config_sample_width import (
    PCMUserMessageAudioConfigSampleWidth,
    check_pcm_user_message_audio_config_sample_width,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PCMUserMessageAudioConfig")


@_attrs_define
class PCMUserMessageAudioConfig:
    """The voice message is raw mono PCM audio.

    Attributes:
        frame_rate (int): Samples per second.
        n_channels (Literal[1]): Channel count (mono only).
        sample_width (PCMUserMessageAudioConfigSampleWidth): Bytes per sample.
        type_ (Literal['pcm'] | Unset): Always `pcm`. Default: 'pcm'.
    """

    frame_rate: int
    n_channels: Literal[1]
    sample_width: PCMUserMessageAudioConfigSampleWidth
    type_: Literal["pcm"] | Unset = "pcm"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_rate = self.frame_rate

        n_channels = self.n_channels

        sample_width: int = self.sample_width

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frame_rate": frame_rate,
                "n_channels": n_channels,
                "sample_width": sample_width,
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
                f"PCMUserMessageAudioConfig takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        frame_rate = d.pop("frame_rate")

        n_channels = cast("Literal[1]", d.pop("n_channels"))
        if n_channels != 1:
            raise ValueError(f"n_channels must match const 1, got '{n_channels}'")

        sample_width = check_pcm_user_message_audio_config_sample_width(d.pop("sample_width"))

        type_ = cast("Literal['pcm'] | Unset", d.pop("type", UNSET))
        if type_ != "pcm" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'pcm', got '{type_}'")

        pcm_user_message_audio_config = cls(
            frame_rate=frame_rate,
            n_channels=n_channels,
            sample_width=sample_width,
            type_=type_,
        )

        pcm_user_message_audio_config.additional_properties = d
        return pcm_user_message_audio_config

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

    PCMUserMessageAudioConfigParam = TypedDict(
        "PCMUserMessageAudioConfigParam",
        {
            "frame_rate": Required[int],
            "n_channels": Required[Literal[1]],
            "sample_width": Required[PCMUserMessageAudioConfigSampleWidth],
            "type": Literal["pcm"],
        },
        total=False,
    )
