"""The webhook receiver helper: verify before parse, every signature and secret, tolerance."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Dict, List, Optional, Tuple

import pytest

from amigo_client.webhooks import (
    ConversationPostProcessingComplete,
    WebhookEvent,
    WebhookVerificationError,
    compute_signature,
    construct_event,
    verify_signature,
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


OTHER = "whsec_other"
#: Which secrets signed a delivery (in the order of the header's signatures): before a rotation
#: (or a redelivery of an event signed then) only one; during the rotation window new, then old.
SIGNED_WITH = {
    "old-only": (OLD,),
    "new-only": (SECRET,),
    "new-then-old": (SECRET, OLD),
    "old-then-new": (OLD, SECRET),
}
#: The secrets a receiver is given (in that order).
GIVEN = {
    "new": (SECRET,),
    "old": (OLD,),
    "new-and-old": (SECRET, OLD),
    "old-and-new": (OLD, SECRET),
    "other": (OTHER,),
    "other-and-new": (OTHER, SECRET),
    "other-and-old": (OTHER, OLD),
}


@pytest.mark.parametrize("given", list(GIVEN))
@pytest.mark.parametrize("signed", list(SIGNED_WITH))
def test_a_signature_made_with_any_of_the_secrets_given_is_accepted(signed: str, given: str) -> None:
    """Accepted exactly when one secret given made one of the signatures sent, whatever their
    positions: a receiver holding [new, old] keeps accepting deliveries signed with the old
    secret only, and one still holding [old] accepts the rotation window's dual signatures."""
    h = headers(secrets=SIGNED_WITH[signed])
    secrets = list(GIVEN[given])
    if set(SIGNED_WITH[signed]) & set(secrets):
        assert construct_event(BODY, h, secrets, now=NOW).id == "evt_1"
        verify_signature(BODY, h, tuple(secrets), now=NOW)
        verify_signature(BODY, h, iter(secrets), now=NOW)
    else:
        with pytest.raises(WebhookVerificationError, match="no signature .* matches the body"):
            construct_event(BODY, h, secrets, now=NOW)
        with pytest.raises(WebhookVerificationError, match="no signature .* matches the body"):
            verify_signature(BODY, h, iter(secrets), now=NOW)


def test_a_single_secret_given_as_a_string_is_one_secret_not_its_characters() -> None:
    h = headers(secrets=(OLD,))
    assert construct_event(BODY, h, OLD, now=NOW).id == "evt_1"
    with pytest.raises(WebhookVerificationError, match="1 secret"):
        construct_event(BODY, h, SECRET, now=NOW)


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


@pytest.mark.parametrize(("offset", "ok"), [(-299, True), (299, True), (-301, False), (301, False)])
def test_the_default_tolerance_is_five_minutes_both_ways(offset: int, ok: bool) -> None:
    """Without ``tolerance=``: the documented default, five minutes too old or too far ahead."""
    h = headers(ts=str(int((NOW + offset) * 1000)))
    if ok:
        assert construct_event(BODY, h, SECRET, now=NOW).id == "evt_1"
        verify_signature(BODY, h, SECRET, now=NOW)
    else:
        direction = "future" if offset > 0 else "past"
        message = f"301 s in the {direction}, outside the tolerance of 300 s"
        with pytest.raises(WebhookVerificationError, match=message):
            construct_event(BODY, h, SECRET, now=NOW)
        with pytest.raises(WebhookVerificationError, match=message):
            verify_signature(BODY, h, SECRET, now=NOW)


@pytest.mark.parametrize(("offset", "ok"), [(-240, True), (240, True), (-360, False), (360, False)])
def test_the_default_tolerance_against_this_machines_clock(offset: int, ok: bool) -> None:
    """Neither ``tolerance=`` nor ``now=``: the receiver compares with the clock. The offsets
    stay a minute away from the limit, so a slow run cannot change the outcome."""
    h = headers(ts=str(int((time.time() + offset) * 1000)))
    if ok:
        assert construct_event(BODY, h, SECRET).id == "evt_1"
    else:
        with pytest.raises(WebhookVerificationError, match="outside the tolerance of 300 s"):
            construct_event(BODY, h, SECRET)


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


# -- what mutation testing found untested (make mutation, webhooks) ------------------------------


@pytest.mark.parametrize(
    ("tolerance", "offset", "ok"), [(60, 61, False), (60, -61, False), (600, 400, True), (600, -400, True)]
)
def test_a_tolerance_given_to_construct_event_is_the_one_applied(tolerance: int, offset: int, ok: bool) -> None:
    h = headers(ts=str(int((NOW + offset) * 1000)))
    if ok:
        assert construct_event(BODY, h, SECRET, now=NOW, tolerance=tolerance).id == "evt_1"
    else:
        with pytest.raises(WebhookVerificationError, match=f"outside the tolerance of {tolerance} s"):
            construct_event(BODY, h, SECRET, now=NOW, tolerance=tolerance)


@pytest.mark.parametrize("offset", [-300, 300])
def test_a_timestamp_exactly_five_minutes_away_is_still_accepted(offset: int) -> None:
    assert construct_event(BODY, headers(ts=str(int((NOW + offset) * 1000))), SECRET, now=NOW).id == "evt_1"


@pytest.mark.parametrize(("skew", "direction"), [(0.5, "past"), (-0.5, "future")])
def test_the_direction_of_a_small_skew_is_named(skew: float, direction: str) -> None:
    h = headers(ts=str(int((NOW - skew) * 1000)))
    with pytest.raises(WebhookVerificationError, match=f"in the {direction}, outside the tolerance of 0 s"):
        construct_event(BODY, h, SECRET, now=NOW, tolerance=0)


def test_a_signature_written_as_v1_equals_hex_is_accepted() -> None:
    h = headers(secrets=(OLD, SECRET))
    h["x-amigo-request-signature"] = ",".join("v1=" + s for s in h["x-amigo-request-signature"].split(","))
    assert construct_event(BODY, h, [SECRET], now=NOW).id == "evt_1"
    assert construct_event(BODY, h, [OLD], now=NOW).id == "evt_1"


@pytest.mark.parametrize("signature", ["\u00e9" * 64, "v1=" + "\u2603" * 64, "\udcff"])
def test_a_signature_that_is_not_ascii_is_a_verification_error(signature: str) -> None:
    h = {**headers(), "x-amigo-request-signature": signature}
    with pytest.raises(WebhookVerificationError, match="no signature .* matches the body"):
        construct_event(BODY, h, SECRET, now=NOW)


@pytest.mark.parametrize("secret", [[b"whsec_new"], [SECRET, None], [""], [SECRET, 7]])
def test_a_secret_that_is_not_a_non_empty_string_is_a_verification_error(secret: List[object]) -> None:
    with pytest.raises(WebhookVerificationError, match="no webhook secret given"):
        construct_event(BODY, headers(), secret, now=NOW)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["x-amigo-request-timestamp", "x-amigo-request-signature"])
def test_a_header_that_is_not_text_is_named(name: str) -> None:
    h: Dict[str, object] = {**headers(), name: 1790000000000}
    with pytest.raises(WebhookVerificationError, match=f"^{name} header is a int, not text$"):
        construct_event(BODY, h, SECRET, now=NOW)  # type: ignore[arg-type]


def test_a_timestamp_that_is_not_digits_is_shown_cut_to_40_characters() -> None:
    h = {**headers(), "x-amigo-request-timestamp": "y" * 100}
    with pytest.raises(WebhookVerificationError) as caught:
        construct_event(BODY, h, SECRET, now=NOW)
    assert str(caught.value).endswith(repr("y" * 40))


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"null", b"3"])
def test_a_verified_body_that_is_not_an_object_is_named(body: bytes) -> None:
    with pytest.raises(WebhookVerificationError, match="^the verified body is not a JSON object$"):
        construct_event(body, headers(body), SECRET, now=NOW)


def test_an_event_keeps_every_field_of_the_payload() -> None:
    event = construct_event(BODY, headers(), SECRET, now=NOW)
    assert event.raw == json.loads(BODY)
    assert event.timestamp == int(NOW * 1000)
    assert event.data == json.loads(BODY)["data"]
    assert isinstance(event, ConversationPostProcessingComplete)
    assert (event.service_id, event.user_id) == ("s", "u")
    assert (
        repr(event)
        == "ConversationPostProcessingComplete(type='conversation-post-processing-complete', id='evt_1', idempotent_key='idem-1')"
    )


def test_an_event_named_by_event_type_is_typed_like_one_named_by_type() -> None:
    payload = json.loads(BODY)
    payload["event_type"] = payload.pop("type")
    body = json.dumps(payload).encode()
    event = construct_event(body, headers(body), SECRET, now=NOW)
    assert isinstance(event, ConversationPostProcessingComplete)
    assert event.type == "conversation-post-processing-complete"


@pytest.mark.parametrize("payload", [{"id": "evt_2"}, {"type": "", "event_type": None, "data": [1]}])
def test_an_event_without_a_type_or_a_data_object(payload: Dict[str, object]) -> None:
    body = json.dumps(payload).encode()
    event = construct_event(body, headers(body), SECRET, now=NOW)
    assert type(event) is WebhookEvent
    assert event.type == "" and event.timestamp is None
    assert event.data == payload  # no data object: the whole payload
    assert repr(event).startswith("WebhookEvent(type='', ")


@pytest.mark.parametrize("value, kind", [("", "str"), (123, "int"), ({"id": "c1"}, "dict"), (None, "NoneType")])
def test_a_post_processing_event_whose_id_is_empty_or_not_text_is_refused_naming_what_it_got(
    value: object, kind: str
) -> None:
    data = {"conversation_id": value, "user_id": "u1"}
    with pytest.raises(WebhookVerificationError, match=f"has no conversation_id \\(got {kind}\\)"):
        event_of({"type": "conversation-post-processing-complete", "id": "evt_3", "data": data})
