from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="NewMessageEvent")


@_attrs_define
class NewMessageEvent:
    """Another chunk of the agent's reply.

    Attributes:
        message (str): Text chunk, or base64-encoded PCM16 audio for voice replies.
        transcript_alignment (list[list[int | str]] | None): For audio, (milliseconds from start, character) pairs
            timing the transcript; null for text or when already sent with an earlier chunk.
        stop (bool): Whether this is the reply's last chunk.
        sequence_number (int): Position of the chunk in the reply.
        message_id (str): ID of the agent message.
        type_ (Literal['new-message'] | Unset): Always `new-message`. Default: 'new-message'.
    """

    message: str
    transcript_alignment: list[list[int | str]] | None
    stop: bool
    sequence_number: int
    message_id: str
    type_: Literal["new-message"] | Unset = "new-message"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        transcript_alignment: list[list[int | str]] | None
        if isinstance(self.transcript_alignment, list):
            transcript_alignment = []
            for transcript_alignment_type_0_item_data in self.transcript_alignment:
                transcript_alignment_type_0_item = []
                for transcript_alignment_type_0_item_item_data in transcript_alignment_type_0_item_data:
                    transcript_alignment_type_0_item_item: int | str
                    transcript_alignment_type_0_item_item = transcript_alignment_type_0_item_item_data
                    transcript_alignment_type_0_item.append(transcript_alignment_type_0_item_item)

                transcript_alignment.append(transcript_alignment_type_0_item)

        else:
            transcript_alignment = self.transcript_alignment

        stop = self.stop

        sequence_number = self.sequence_number

        message_id = self.message_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "transcript_alignment": transcript_alignment,
                "stop": stop,
                "sequence_number": sequence_number,
                "message_id": message_id,
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
            raise TypeError(f"NewMessageEvent takes a mapping of its fields, not {type(src_dict).__name__}") from None
        message = d.pop("message")

        def _parse_transcript_alignment(data: object) -> list[list[int | str]] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    transcript_alignment_type_0: list[list[int | str]] = []
                    _transcript_alignment_type_0 = data
                    for transcript_alignment_type_0_item_data in _transcript_alignment_type_0:
                        try:
                            transcript_alignment_type_0_item: list[int | str] = []
                            _transcript_alignment_type_0_item = transcript_alignment_type_0_item_data
                            for transcript_alignment_type_0_item_item_data in _transcript_alignment_type_0_item:
                                try:

                                    def _parse_transcript_alignment_type_0_item_item(data: object) -> int | str:

                                        return cast("int | str", data)

                                    transcript_alignment_type_0_item_item = (
                                        _parse_transcript_alignment_type_0_item_item(
                                            transcript_alignment_type_0_item_item_data
                                        )
                                    )

                                except (KeyError, TypeError, ValueError, AttributeError) as error:
                                    located(error, len(transcript_alignment_type_0_item))
                                    raise
                                transcript_alignment_type_0_item.append(transcript_alignment_type_0_item_item)

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(transcript_alignment_type_0))
                            raise
                        transcript_alignment_type_0.append(transcript_alignment_type_0_item)

                    return transcript_alignment_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[list[int | str]] | None", data)

        transcript_alignment = _parse_transcript_alignment(d.pop("transcript_alignment"))

        stop = d.pop("stop")

        sequence_number = d.pop("sequence_number")

        message_id = d.pop("message_id")

        type_ = cast("Literal['new-message'] | Unset", d.pop("type", UNSET))
        if type_ != "new-message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'new-message', got '{type_}'")

        new_message_event = cls(
            message=message,
            transcript_alignment=transcript_alignment,
            stop=stop,
            sequence_number=sequence_number,
            message_id=message_id,
            type_=type_,
        )

        new_message_event.additional_properties = d
        return new_message_event

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
    from typing import Any, List, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    NewMessageEventParam = TypedDict(
        "NewMessageEventParam",
        {
            "message": Required[str],
            "transcript_alignment": Required[Union[List[List[Union[int, str]]], None]],
            "stop": Required[bool],
            "sequence_number": Required[int],
            "message_id": Required[str],
            "type": Literal["new-message"],
        },
        total=False,
    )
