"""The streaming iterator's fast path (chunks decoded once, lines scanned in place, new-message
events built by their constructor) must give exactly what a plain per-line parse gives, however
the bytes are cut and whatever the shape of the events (the contract's six fields, the documented
transcripts' message_metadata, fields no version knows, any key order, voice alignments); and
EventStream.text keeps a bounded amount of text."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import amigo_client._streaming as streaming
from amigo_client import IncompleteStreamError, StreamError
from amigo_client.models.new_message_event import NewMessageEvent
from sdkutil import SERVICE_ID, SignedIn, make_client

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-conversation")

MSG = "67d871c23eb91293ecfae8b2"


class Cut(httpx.SyncByteStream):
    def __init__(self, chunks: List[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.chunks)


def run(chunks: List[bytes]) -> Any:
    client = make_client(SignedIn(lambda r: httpx.Response(201, stream=Cut(chunks))))
    return client.create_conversation(SERVICE_ID)


def piece(text: str, seq: int, **extra: Any) -> Dict[str, Any]:
    return {
        "type": "new-message",
        "message": text,
        "transcript_alignment": None,
        "stop": False,
        "sequence_number": seq,
        "message_id": MSG,
        **extra,
    }


def as_dicts(events: List[Any]) -> List[Dict[str, Any]]:
    out = []
    for event in events:
        data = event.to_dict() if hasattr(event, "to_dict") else {"unknown": event.data}
        out.append(data)
    return out


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
#: Fields of a new-message event besides the contract's: none, the documented transcripts'
#: message_metadata, or that and fields no version knows.
extras = st.one_of(
    st.just({}),
    st.just({"message_metadata": []}),
    st.dictionaries(st.sampled_from(["message_metadata", "emotion", "x-trace", "voice_id"]), json_values, min_size=1),
)
alignments = st.none() | st.lists(st.tuples(st.integers(0, 10**6), texts).map(list), max_size=4)


@st.composite
def new_message(draw: Any, word: str, seq: int) -> Dict[str, Any]:
    event = {**piece(word, seq, **draw(extras)), "transcript_alignment": draw(alignments)}
    if draw(st.booleans()):  # any key order
        keys = draw(st.permutations(sorted(event)))
        event = {key: event[key] for key in keys}
    return event


@settings(max_examples=200, deadline=None)
@given(
    data=st.data(),
    words=st.lists(texts, min_size=1, max_size=12),
    cuts=st.lists(st.integers(min_value=1, max_value=40), max_size=30),
    crlf=st.booleans(),
)
def test_any_chunking_gives_the_per_line_result(data: Any, words: List[str], cuts: List[int], crlf: bool) -> None:
    events = [data.draw(new_message(w, i)) for i, w in enumerate(words)]
    events.append(
        {
            "type": "interaction-complete",
            "message_id": MSG,
            "interaction_id": "i",
            "full_message": "".join(words),
            "conversation_completed": False,
        }
    )
    newline = b"\r\n" if crlf else b"\n"
    raw = b"".join(json.dumps(e, ensure_ascii=False).encode() + newline for e in events)
    chunks, at = [], 0
    for size in cuts:
        if at >= len(raw):
            break
        chunks.append(raw[at : at + size])
        at += size
    chunks.append(raw[at:])

    reference = run([raw]).until_done()  # one chunk
    stream = run(chunks)
    got = list(stream)
    expected = [NewMessageEvent.from_dict(e) for e in events[:-1]]
    assert as_dicts(got[:-1]) == as_dicts(expected)
    assert [e.additional_properties for e in got[:-1]] == [e.additional_properties for e in expected]
    assert stream.text == reference.text == "".join(words)
    assert stream.events_seen == len(events)


def test_text_is_capped_and_falls_back_to_full_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streaming, "TEXT_LIMIT", 50)
    monkeypatch.setattr(streaming, "_TEXT_BATCH", 4)
    pieces = [piece("x" * 10, i) for i in range(20)]
    raw = b"".join(json.dumps(e).encode() + b"\n" for e in pieces)
    done = b'{"type":"interaction-complete","message_id":"m","interaction_id":"i","full_message":"FULL","conversation_completed":false}\n'

    stream = run([raw])
    with pytest.raises(IncompleteStreamError):
        stream.until_done()  # no completion
    with pytest.raises(StreamError, match="more than EventStream keeps"):
        _ = stream.text

    complete = run([raw + done]).until_done()
    assert complete.text == "FULL"

    short = run([b"".join(json.dumps(e).encode() + b"\n" for e in pieces[:3]) + done]).until_done()
    assert short.text == "x" * 30
