"""The one redaction helper (amigo_emulator.redact) that the request log and the recorder share."""

from __future__ import annotations

import json

from amigo_emulator.redact import PLACEHOLDER, Redactor

KEY = "sk-live-9f2c41d0b7e64a35"
KEY_ID = "kid-3c9e2a71d4f0"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI2NWYwIn0.c2lnbmF0dXJlLWJ5dGVz"
WEBHOOK_SECRET = "whsec_0123456789abcdef0123"


def test_credential_headers_keep_only_their_scheme() -> None:
    scrub = Redactor()
    headers = dict(
        scrub.headers(
            [
                ("Authorization", f"Bearer {JWT}"),
                ("x-api-key", KEY),
                ("X-API-Key-Id", KEY_ID),
                ("Sec-WebSocket-Protocol", f"bearer.authorization.amigo.ai.{JWT}"),
                ("user-agent", f"app/1 (key {KEY})"),
                ("x-user-id", "65f000000000000000000001"),
            ]
        )
    )
    assert headers["Authorization"] == f"Bearer {PLACEHOLDER}"
    assert headers["x-api-key"] == headers["X-API-Key-Id"] == PLACEHOLDER
    assert headers["Sec-WebSocket-Protocol"] == f"bearer.authorization.amigo.ai.{PLACEHOLDER}"
    assert headers["user-agent"] == f"app/1 (key {PLACEHOLDER})"  # learned from x-api-key
    assert headers["x-user-id"] == "65f000000000000000000001"  # not a credential


def test_websocket_protocol_lists_keep_plain_names_and_lose_tokens() -> None:
    scrub = Redactor()
    assert scrub.header("sec-websocket-protocol", f"auth, {JWT}") == f"auth, {PLACEHOLDER}"
    assert scrub.header("sec-websocket-protocol", "auth, opaque_Token-1234567890") == f"auth, {PLACEHOLDER}"


def test_query_path_and_presigned_urls() -> None:
    scrub = Redactor([KEY_ID])
    url = scrub.url(f"https://api.example/v1/org/organization/api_key/{KEY_ID}/?api_key={KEY}&limit=5")
    assert KEY_ID not in url and KEY not in url and "limit=5" in url
    assert "/api_key/%3Credacted%3E/" in url  # as the SDK would send a placeholder id
    text = scrub.text("see https://bucket.example/a.zip?X-Amz-Signature=abcdef0123&part=1 now")
    assert "abcdef0123" not in text and "part=1" in text


def test_json_fields_at_any_depth_and_learned_values_elsewhere() -> None:
    scrub = Redactor()
    body = {
        "id_token": JWT,
        "expires_at": "2030-01-01T00:00:00Z",
        "destinations": [{"secret": WEBHOOK_SECRET, "url": "https://x.example/hook"}],
        "created": {"api_key": KEY, "api_key_id": KEY_ID},
        "variables": [{"name": "db", "value": "p4ssw0rd-value", "is_secret": True}, {"name": "a", "value": "b"}],
    }
    out = scrub.json(body)
    assert out["id_token"] == out["destinations"][0]["secret"] == PLACEHOLDER
    assert out["created"] == {"api_key": PLACEHOLDER, "api_key_id": PLACEHOLDER}
    assert out["variables"] == [{"name": "db", "value": PLACEHOLDER, "is_secret": True}, {"name": "a", "value": "b"}]
    # a value seen once is replaced wherever it shows up later, in any form of body
    later = scrub.body(f"note {KEY} and {KEY_ID}".encode(), "text/plain")
    assert KEY.encode() not in later and KEY_ID.encode() not in later


def test_bodies_by_media_type() -> None:
    scrub = Redactor([KEY])
    ndjson = scrub.body(
        f'{{"type":"x","token":"{JWT}"}}\n{{"secret":"{WEBHOOK_SECRET}"}}\n'.encode(), "application/x-ndjson"
    )
    assert JWT.encode() not in ndjson and WEBHOOK_SECRET.encode() not in ndjson and ndjson.endswith(b"\n")
    form = scrub.body(f"api_key={KEY}&name=x".encode(), "application/x-www-form-urlencoded")
    assert form == b"api_key=%3Credacted%3E&name=x"
    multipart = f'--b\r\nContent-Disposition: form-data; name="k"\r\n\r\n{KEY}\r\n--b--\r\n'.encode()
    assert KEY.encode() not in scrub.body(multipart, "multipart/form-data; boundary=b")
    unchanged = json.dumps({"a": 1}, indent=2).encode()
    assert scrub.body(unchanged, "application/json") == unchanged  # kept byte for byte


def test_redaction_is_idempotent_and_short_values_are_not_learned() -> None:
    scrub = Redactor(["short"])
    assert scrub.known == ()
    once = scrub.json({"secret": WEBHOOK_SECRET, "text": f"token {JWT}"})
    assert scrub.json(once) == once
