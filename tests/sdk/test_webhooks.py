"""The webhook receiver helper: verify before parse, every signature and secret, tolerance."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Dict, List, Optional, Tuple

import pytest

from amigo_client.webhooks import (
    ConversationPostProcessingComplete,
    WebhookEvent,
    WebhookVerificationError,
    compute_signature,
    construct_event,
)

NOW = 1_790_000_000.0
SECRET = "whsec_new"
OLD = "whsec_old"
BODY = json.dumps(
    {
        "type": "conversation-post-processing-complete",
        "id": "evt_1",
        "timestamp": int(NOW * 1000),
        "data": {"conversation_id": "67d871c23eb91293ecfae8b0", "service_id": "s", "user_id": "u"},
    }
).encode()


def sign(secret: str, ts: str, body: bytes) -> str:
    """Independent of the module under test: the documented recipe."""
    return hmac.new(secret.encode(), f"v1:{ts}:".encode() + body, hashlib.sha256).hexdigest()


def headers(
    body: bytes = BODY, *, secrets: Tuple[str, ...] = (SECRET,), ts: Optional[str] = None, key: str = "idem-1"
) -> Dict[str, str]:
    stamp = ts if ts is not None else str(int(NOW * 1000))
    return {
        "x-amigo-request-timestamp": stamp,
        "x-amigo-request-signature": ",".join(sign(s, stamp, body) for s in secrets),
        "x-amigo-idempotent-key": key,
    }


def test_valid_delivery_is_parsed_into_a_typed_event() -> None:
    event = construct_event(BODY, headers(), SECRET, now=NOW)
    assert isinstance(event, ConversationPostProcessingComplete)
    assert event.conversation_id == "67d871c23eb91293ecfae8b0"
    assert event.idempotent_key == "idem-1" and event.id == "evt_1"
    assert compute_signature(SECRET, str(int(NOW * 1000)), BODY) == sign(SECRET, str(int(NOW * 1000)), BODY)


def test_header_names_are_case_insensitive_and_body_may_be_text() -> None:
    upper = {k.upper(): v for k, v in headers().items()}
    assert construct_event(BODY.decode(), upper, SECRET, now=NOW).type == "conversation-post-processing-complete"


@pytest.mark.parametrize("given", [[SECRET], [OLD, SECRET], [SECRET, OLD]])
def test_rotation_window_two_signatures_any_secret_matches(given: List[str]) -> None:
    both = headers(secrets=(SECRET, OLD))
    assert construct_event(BODY, both, given, now=NOW).type
    assert construct_event(BODY, both, [OLD], now=NOW).type  # a receiver not yet updated


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda h, b: (h, b + b" "), "no signature"),
        (lambda h, b: ({**h, "x-amigo-request-signature": "00" * 32}, b), "no signature"),
        (
            lambda h, b: ({k: v for k, v in h.items() if k != "x-amigo-request-signature"}, b),
            "missing x-amigo-request-signature",
        ),
        (
            lambda h, b: ({k: v for k, v in h.items() if k != "x-amigo-request-timestamp"}, b),
            "missing x-amigo-request-timestamp",
        ),
        (lambda h, b: ({**h, "x-amigo-request-timestamp": "yesterday"}, b), "not a Unix timestamp in milliseconds"),
    ],
)
def test_tampering_is_rejected_with_the_reason(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    h, b = mutate(headers(), BODY)
    with pytest.raises(WebhookVerificationError, match=message):
        construct_event(b, h, SECRET, now=NOW)


def test_wrong_secret_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="matches the body"):
        construct_event(BODY, headers(), "whsec_other", now=NOW)


@pytest.mark.parametrize(("offset", "ok"), [(-299, True), (299, True), (-301, False), (301, False), (-86400, False)])
def test_timestamp_tolerance_both_directions(offset: int, ok: bool) -> None:
    ts = str(int((NOW + offset) * 1000))
    h = headers(ts=ts)
    if ok:
        construct_event(BODY, h, SECRET, now=NOW, tolerance=300)
    else:
        direction = "future" if offset > 0 else "past"
        with pytest.raises(WebhookVerificationError, match=f"in the {direction}, outside the tolerance"):
            construct_event(BODY, h, SECRET, now=NOW, tolerance=300)


def test_verification_happens_before_parsing() -> None:
    junk = b"{not json"
    with pytest.raises(WebhookVerificationError, match="no signature"):
        construct_event(junk, headers(BODY), SECRET, now=NOW)  # signature of another body
    with pytest.raises(WebhookVerificationError, match="not JSON"):
        construct_event(junk, headers(junk), SECRET, now=NOW)


def test_unknown_type_is_an_event_not_an_error() -> None:
    body = json.dumps({"type": "agent-framework-resource-updated", "data": {"x": 1}}).encode()
    event = construct_event(body, headers(body), SECRET, now=NOW)
    assert type(event) is WebhookEvent and event.type == "agent-framework-resource-updated"
    assert event.data == {"x": 1}


def test_no_secret_given_is_a_clear_error() -> None:
    with pytest.raises(WebhookVerificationError, match="no webhook secret given"):
        construct_event(BODY, headers(), [], now=NOW)


@pytest.mark.parametrize(
    "stamp",
    [
        "\u0661\u0667\u0669\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660",  # Arabic-Indic digits
        "\uff11\uff17\uff19" + "0" * 10,  # fullwidth digits
        "1790000000000\u00b2",  # a superscript digit
        "+1790000000000",
        "1_790_000_000_000",
        "9" * 400,  # int() takes it; as milliseconds it does not fit a float
    ],
)
def test_a_timestamp_that_is_not_ascii_digits_is_a_verification_error(stamp: str) -> None:
    # int() accepts other scripts' digits, but the signed message is ASCII: this used to raise
    # UnicodeEncodeError (or OverflowError), so a receiver answered 500 instead of 401.
    given = {
        "x-amigo-request-timestamp": stamp,
        "x-amigo-request-signature": "0" * 64,
        "x-amigo-idempotent-key": "idem-1",
    }
    with pytest.raises(WebhookVerificationError, match="not a Unix timestamp in milliseconds"):
        construct_event(BODY, given, SECRET, now=NOW)


def test_a_body_that_cannot_be_encoded_is_a_verification_error() -> None:
    with pytest.raises(WebhookVerificationError, match="cannot be encoded"):
        construct_event(BODY.decode() + "\ud800", headers(), SECRET, now=NOW)


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_deeply_nested_json_with_a_valid_signature_is_a_typed_error(opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    body = (opener * 100_000 + "1" + closer * 100_000).encode()
    with pytest.raises(WebhookVerificationError, match="nested too deeply"):
        construct_event(body, headers(body), SECRET, now=NOW)


def test_headers_given_as_bytes_are_verified() -> None:
    # Raw ASGI headers are bytes; a bytes timestamp used to fail outside the error hierarchy.
    raw = {k.encode(): v.encode() for k, v in headers().items()}
    assert construct_event(BODY, raw, SECRET, now=NOW).id == "evt_1"  # type: ignore[arg-type]
    raw[b"x-amigo-request-timestamp"] = "\u0661\u0667".encode()
    with pytest.raises(WebhookVerificationError, match="not a Unix timestamp"):
        construct_event(BODY, raw, SECRET, now=NOW)  # type: ignore[arg-type]


def event_of(payload: Dict[str, object]) -> WebhookEvent:
    body = json.dumps(payload).encode()
    return construct_event(body, headers(body), SECRET, now=NOW)


def test_id_and_timestamp_are_typed_text_and_milliseconds() -> None:
    event = event_of({"type": "x-new-type", "id": 42, "timestamp": "1790000000000", "data": {}})
    assert (event.id, event.timestamp) == ("42", 1_790_000_000_000)
    odd = event_of({"type": "x-new-type", "id": True, "timestamp": 1.5e12})
    assert (odd.id, odd.timestamp) == (None, None)
    assert (event_of({"type": "x-new-type"}).id, event_of({"type": "x-new-type"}).timestamp) == (None, None)


@pytest.mark.parametrize("missing", ["conversation_id", "user_id"])
def test_a_post_processing_event_always_names_its_conversation_and_user(missing: str) -> None:
    data = {"conversation_id": "67d871c23eb91293ecfae8b0", "service_id": "s", "user_id": "u"}
    del data[missing]
    with pytest.raises(WebhookVerificationError, match=f"has no {missing}"):
        event_of({"type": "conversation-post-processing-complete", "id": "evt_2", "data": data})
    complete = event_of({"type": "conversation-post-processing-complete", "data": {**data, missing: "v"}})
    assert isinstance(complete, ConversationPostProcessingComplete) and getattr(complete, missing) == "v"
