"""Decoding server frames: typed messages, what is kept, and what is an error."""

from __future__ import annotations

import base64
import json

import pytest

from amigo_client import StreamDecodeError
from amigo_client._realtime_messages import (
    ConversationCreated,
    InteractionComplete,
    NewMessage,
    ServerError,
    UnknownMessage,
    parse_message,
)


def test_known_types_are_typed_and_inferred_fields_are_tolerant() -> None:
    message = parse_message(json.dumps({"type": "server.new-message", "message": "Hi", "sequence_number": "1"}))
    assert isinstance(message, NewMessage) and message.message == "Hi"
    # An inferred field of another type reads as None; the value stays, as sent, in data.
    assert message.sequence_number is None and message.data["sequence_number"] == "1"
    assert message.stop is None and message.message_id is None
    complete = parse_message('{"type":"server.interaction-complete"}')  # the docs' bare shape
    assert isinstance(complete, InteractionComplete) and complete.full_message is None
    assert complete.conversation_completed is None


def test_documented_fields_are_required() -> None:
    with pytest.raises(StreamDecodeError, match="'message' is missing"):
        parse_message('{"type":"server.new-message"}')
    with pytest.raises(StreamDecodeError, match="'conversation_id' is int"):
        parse_message('{"type":"server.conversation-created","conversation_id":5}')
    created = parse_message('{"type":"server.conversation-created","conversation_id":"abc","region":"eu"}')
    assert isinstance(created, ConversationCreated) and created.additional_properties == {"region": "eu"}


def test_unknown_types_and_frames_are_kept() -> None:
    unknown = parse_message('{"type":"server.something-new","x":[1,2]}')
    assert isinstance(unknown, UnknownMessage) and unknown.type == "server.something-new"
    assert unknown.data == {"type": "server.something-new", "x": [1, 2]}
    typeless = parse_message('{"hello":"there"}')
    assert isinstance(typeless, UnknownMessage) and typeless.type is None
    binary = parse_message(b"\x00\x01\x02")
    assert isinstance(binary, UnknownMessage) and binary.raw == b"\x00\x01\x02" and "3 bytes" in repr(binary)


def test_frames_that_are_not_json_objects_are_decode_errors() -> None:
    for frame in ("not json", "[1, 2]", '"text"', "[" * 100000):
        with pytest.raises(StreamDecodeError):
            parse_message(frame)


def test_audio_pieces_decode_or_say_why_not() -> None:
    audio = b"\x01\x02\x03\x04"
    piece = parse_message(json.dumps({"type": "server.new-message", "message": base64.b64encode(audio).decode()}))
    assert isinstance(piece, NewMessage) and piece.audio() == audio
    empty = parse_message('{"type":"server.new-message","message":""}')
    assert isinstance(empty, NewMessage) and empty.audio() == b""
    broken = parse_message('{"type":"server.new-message","message":"not base64!","sequence_number":3}')
    assert isinstance(broken, NewMessage)
    with pytest.raises(StreamDecodeError, match="new-message 3: message is not base64"):
        broken.audio()


def test_error_messages_read_both_field_spellings() -> None:
    rest = parse_message('{"type":"server.error","http_error_code":500,"error_description":"boom"}')
    docs = parse_message('{"type":"error","code":422,"message":"mismatch","extra":1}')
    assert isinstance(rest, ServerError) and (rest.code, rest.description) == (500, "boom")
    assert isinstance(docs, ServerError) and (docs.code, docs.description) == (422, "mismatch")
    assert docs.additional_properties == {"extra": 1}
