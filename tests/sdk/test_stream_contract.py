"""Stream behaviour that `make mutation` found no test pinning: what an error event carries, which
field of a new-message event is wrong, the invalid-UTF-8 route of the framing, the text kept past
a thousand pieces, and the stream's repr."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest
from test_streaming import Chunked, complete, create, ndjson, piece

from amigo_client import (
    EventStream,
    PostProcessingError,
    StreamDecodeError,
    TurnRolledBackError,
)
from amigo_client._streaming import UnknownEvent
from amigo_client.models.error_event import ErrorEvent
from amigo_client.models.new_message_event import NewMessageEvent
from sdkutil import CONVERSATION_ID

# -- error events -----------------------------------------------------------------------------


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize(
    ("fields", "code", "message"),
    [
        ({"http_error_code": 503, "error_description": "overloaded"}, 503, "overloaded"),
        ({"code": 422, "message": "Request format mismatch"}, 422, "Request format mismatch"),
        ({"http_error_code": "500", "error_description": "x"}, None, "x"),  # a code that is not an int
        ({"http_error_code": 500}, 500, "no description"),
        ({"http_error_code": 500, "error_description": ["a", "b"]}, 500, "(a non-text description: list)"),
    ],
)
@pytest.mark.parametrize("after_complete", [False, True], ids=["rolled-back", "post-processing"])
def test_an_error_event_carries_its_code_message_and_event(
    fields: Dict[str, Any], code: Any, message: str, after_complete: bool
) -> None:
    error = {"type": "error", **fields}
    events = [piece("Hi", 0)] + ([complete("Hi")] if after_complete else []) + [error]
    stream = create(Chunked([ndjson(*events)]))
    expected = PostProcessingError if after_complete else TurnRolledBackError
    with pytest.raises(expected) as caught:
        stream.until_done()
    err = caught.value
    assert type(err) is expected
    assert (err.code, err.message) == (code, message)
    assert err.event is not None
    if isinstance(err.event, UnknownEvent):  # an error event the generated model cannot parse
        assert err.event.type == "error" and err.event.data == error
    else:
        assert isinstance(err.event, ErrorEvent)
    if isinstance(err, PostProcessingError):
        assert err.completed is stream.completed and err.completed is not None


@pytest.mark.operations("create-conversation")
def test_an_error_event_the_model_parses_is_an_error_event() -> None:
    error = {"type": "error", "http_error_code": 500, "error_description": "agent crashed"}
    with pytest.raises(TurnRolledBackError) as caught:
        create(Chunked([ndjson(error)])).until_done()
    assert isinstance(caught.value.event, ErrorEvent)
    assert caught.value.event.to_dict()["error_description"] == "agent crashed"


# -- new-message fields -----------------------------------------------------------------------

FIELDS = ["message", "transcript_alignment", "stop", "sequence_number", "message_id"]
#: A value of the wrong type for each field, and how the error names it.
WRONG = {
    "message": (7, "'message' is 7, not a string"),
    "transcript_alignment": ("none", "'transcript_alignment' is 'none', not null or a list"),
    "stop": ("no", "'stop' is 'no', not true or false"),
    "sequence_number": ("1", "'sequence_number' is '1', not an integer"),
    "message_id": (None, "'message_id' is None, not a string"),
}


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize("field", FIELDS)
def test_a_missing_new_message_field_is_named_missing(field: str) -> None:
    event = piece("Hello", 0)
    del event[field]
    with pytest.raises(StreamDecodeError) as caught:
        create(Chunked([ndjson(event, complete("Hello"))])).until_done()
    assert f"'{field}' is missing" in str(caught.value)
    assert "line 1" in str(caught.value)


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize("field", FIELDS)
def test_each_new_message_field_of_the_wrong_type_is_named(field: str) -> None:
    """One field wrong, the others right: the check must look at every field on its own."""
    value, words = WRONG[field]
    event = {**piece("Hello", 0), field: value}
    with pytest.raises(StreamDecodeError) as caught:
        create(Chunked([ndjson(event, complete("Hello"))])).until_done()
    assert words in str(caught.value)


@pytest.mark.operations("create-conversation")
def test_a_new_message_event_is_typed_with_its_fields_and_extras() -> None:
    event = {**piece("Hello", 3, stop=True), "message_metadata": [], "later_field": 1}
    with create(Chunked([ndjson(event, complete("Hello"))])) as stream:
        first = next(iter(stream))
    assert isinstance(first, NewMessageEvent)
    assert (first.type_, first.message, first.stop, first.sequence_number) == ("new-message", "Hello", True, 3)
    assert first.additional_properties == {"message_metadata": [], "later_field": 1}


# -- framing: a chunk that is not UTF-8 as a whole ---------------------------------------------


@pytest.mark.operations("create-conversation")
def test_a_line_that_is_not_utf8_after_good_lines_of_the_same_chunk() -> None:
    """The chunk cannot be decoded whole, so its lines go one by one: the good ones before the
    bad line are yielded (blank ones skipped), then the bad line is named."""
    chunk = ndjson(piece("Hel", 0)) + b"\n  \n" + ndjson(piece("lo", 1)) + b'{"type": "\xff"}\n' + ndjson(complete("x"))
    stream = create(Chunked([chunk]))
    seen: List[Any] = []
    with pytest.raises(StreamDecodeError, match=r"stream line 3 is not UTF-8") as caught:
        for event in stream:
            seen.append(event)
    assert [e.message for e in seen] == ["Hel", "lo"]
    assert "\\xff" in str(caught.value)
    assert stream.text == "Hello"


@pytest.mark.operations("create-conversation")
def test_a_chunk_that_is_not_utf8_but_whose_lines_are_fine_is_not_an_error() -> None:
    """A chunk cut inside a character ends in an incomplete sequence: only its whole lines are
    decoded, and the character is completed by the next chunk."""
    word = "caf\u00e9"
    body = b"".join(json.dumps(e, ensure_ascii=False).encode() + b"\n" for e in (piece(word, 0), complete(word)))
    cut = body.index("\u00e9".encode()) + 1  # inside the two-byte character
    stream = create(Chunked([body[:cut], body[cut:]])).until_done()
    assert stream.text == word


# -- the text kept ----------------------------------------------------------------------------


@pytest.mark.operations("create-conversation")
def test_the_text_of_more_pieces_than_one_batch_is_joined_without_separators() -> None:
    words = [f"w{i} " for i in range(2500)]  # more than two batches of 1024 pieces
    events = [piece(w, i) for i, w in enumerate(words)]
    stream = create(Chunked([ndjson(*events, complete("".join(words)))])).until_done()
    assert stream.text == "".join(words)


# -- repr -------------------------------------------------------------------------------------


@pytest.mark.operations("create-conversation")
def test_the_repr_says_the_state_and_the_conversation() -> None:
    created = {"type": "conversation-created", "conversation_id": CONVERSATION_ID}
    stream: EventStream = create(Chunked([ndjson(created, piece("Hi", 0), complete("Hi"))]))
    assert repr(stream) == "EventStream(open, events_seen=0, conversation_id=None)"
    iterator = iter(stream)
    next(iterator)
    assert repr(stream) == f"EventStream(open, events_seen=1, conversation_id='{CONVERSATION_ID}')"
    stream.close()
    assert repr(stream) == f"EventStream(closed, events_seen=1, conversation_id='{CONVERSATION_ID}')"
    done = create(Chunked([ndjson(created, complete("Hi"))])).until_done()
    assert repr(done) == f"EventStream(done, events_seen=2, conversation_id='{CONVERSATION_ID}')"


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize(("extra", "shown"), [(18, 20), (19, 20)], ids=["20-keys", "21-keys"])
def test_an_event_that_breaks_the_contract_is_described_by_its_first_20_keys(extra: int, shown: int) -> None:
    event: Dict[str, Any] = {"type": "conversation-created", "conversation_id": 42}
    event.update({f"k{i:02d}": i for i in range(extra)})
    keys = sorted(event)
    with pytest.raises(StreamDecodeError) as caught:
        create(Chunked([ndjson(event)])).until_done()
    text = str(caught.value)
    more = ", ..." if len(keys) > 20 else ""
    assert text.endswith("an object with keys " + ", ".join(keys[:shown]) + more)
    assert "42" not in text.split("an object with keys")[1]  # keys, never values


@pytest.mark.operations("create-conversation")
def test_a_text_of_exactly_the_limit_is_kept_whole() -> None:
    """TEXT_LIMIT characters are kept (one more and the full_message replaces them)."""
    from amigo_client._streaming import _TEXT_BATCH, TEXT_LIMIT

    size, rest = divmod(TEXT_LIMIT, _TEXT_BATCH - 1)
    words = ["x" * size] * (_TEXT_BATCH - 1) + ["y" * rest]
    assert sum(map(len, words)) == TEXT_LIMIT and len(words) == _TEXT_BATCH
    events = [piece(w, i) for i, w in enumerate(words)]
    stream = create(Chunked([ndjson(*events, complete("the full message"))])).until_done()
    assert len(stream.text) == TEXT_LIMIT and stream.text.endswith("y" * rest)
