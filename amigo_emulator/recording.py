"""Recording real traffic safely: a vcrpy configuration that keeps every credential out of cassettes.

Contract: :func:`vcr_config` returns the keyword arguments of ``vcr.VCR`` (and of
pytest-recording's ``vcr_config`` fixture): every request and response passes through one
:class:`~amigo_emulator.redact.Redactor` before it is written, so no API key, key id, bearer token,
``Sec-WebSocket-Protocol`` token or webhook secret reaches a cassette, in headers, query strings or
bodies. It knows the values of ``AMIGO_API_KEY`` and ``AMIGO_API_KEY_ID`` (and ``secrets``) from the
start, and learns each credential it meets (the ``x-api-key`` header, a bearer token, a sign-in
answer's ``id_token``, a webhook destination's ``secret``, a new API key) so that the same value is
replaced wherever else it appears. A sign-in answer also gets ``expires_at`` 2099, so that a
replay signs in once, as the recording did, however old the cassette.

Requests match the way the SDK sends them: method, scheme, host, port, path, query (credentials
redacted alike on both sides) and the body by meaning (``amigo_body``: JSON compared decoded, a
form by its fields, multipart by its parts whatever the boundary httpx chose); headers are not
compared (the bearer token differs on every run). Replaying needs no credentials: a client made
with placeholder settings replays a cassette, since the sign-in is replayed too.

With pytest-recording, the plugin (:mod:`amigo_emulator.pytest_plugin`) registers the matcher and
provides ``amigo_vcr_config``; opt in with::

    @pytest.fixture(scope="module")
    def vcr_config(amigo_vcr_config):
        return amigo_vcr_config

With vcrpy alone: ``with amigo_vcr(cassette_library_dir="cassettes").use_cassette("x.yaml"):``.
vcrpy is not a dependency of the testing extra: ``pip install vcrpy pytest-recording``.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import os
import urllib.parse
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from .redact import PLACEHOLDER, Redactor

__all__ = ["FAR_FUTURE", "MATCH_ON", "PLACEHOLDER", "amigo_vcr", "body_matcher", "register_matchers", "vcr_config"]

#: The ``expires_at`` a recorded sign-in answer gets, so that a replay never signs in again.
FAR_FUTURE = "2099-01-01T00:00:00Z"
#: How requests are matched (``amigo_body``: :func:`body_matcher`).
MATCH_ON = ("method", "scheme", "host", "port", "path", "query", "amigo_body")


def vcr_config(secrets: Iterable[str] = (), *, redactor: Optional[Redactor] = None) -> Dict[str, Any]:
    """``vcr.VCR`` settings that redact credentials and match requests as the SDK sends them."""
    known = [os.environ.get(name, "") for name in ("AMIGO_API_KEY", "AMIGO_API_KEY_ID")]
    scrub = redactor or Redactor([v for v in [*known, *secrets] if v])
    return {
        "before_record_request": _request_filter(scrub),
        "before_record_response": _response_filter(scrub),
        "match_on": list(MATCH_ON),
        "decode_compressed_response": True,
    }


def register_matchers(vcr: Any) -> None:
    """Register ``amigo_body`` on a ``vcr.VCR``."""
    vcr.register_matcher("amigo_body", body_matcher)


def amigo_vcr(secrets: Iterable[str] = (), **options: Any) -> Any:
    """A ``vcr.VCR`` with :func:`vcr_config` (``options`` override or add settings)."""
    try:
        import vcr
    except ImportError:
        raise ImportError("recording needs vcrpy: pip install vcrpy (and pytest-recording for its markers)") from None
    settings = vcr_config(secrets)
    settings.update(options)
    recorder = vcr.VCR(**settings)
    register_matchers(recorder)
    return recorder


# -- the filters ---------------------------------------------------------------------------------


def _request_filter(scrub: Redactor) -> Callable[[Any], Any]:
    def before_record_request(request: Any) -> Any:
        headers = request.headers
        pairs = [(name, str(value)) for name, value in list(headers.items())]
        for (name, _), (_, value) in zip(pairs, scrub.headers(pairs)):
            headers[name] = value
        request.uri = scrub.url(request.uri)
        body = request.body
        if body:
            raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
            cleaned = scrub.body(raw, _header(headers, "content-type"))
            if cleaned != raw:
                request.body = cleaned
        return request

    return before_record_request


def _response_filter(scrub: Redactor) -> Callable[[Dict[str, Any]], Dict[str, Any]]:
    def before_record_response(response: Dict[str, Any]) -> Dict[str, Any]:
        headers: Dict[str, List[str]] = response.get("headers") or {}
        for name in list(headers):
            values = headers[name] if isinstance(headers[name], list) else [headers[name]]
            headers[name] = [scrub.header(name, str(v)) for v in values]
        body = response.get("body") or {}
        raw = body.get("string")
        if raw:
            data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
            content_type = next((v[0] for k, v in headers.items() if k.lower() == "content-type" and v), "")
            cleaned = _far_future_sign_in(scrub.body(data, content_type), content_type)
            if cleaned != data:
                body["string"] = cleaned
        return response

    return before_record_response


def _far_future_sign_in(body: bytes, content_type: str) -> bytes:
    if "json" not in content_type.lower() or b'"id_token"' not in body:
        return body
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict) and "id_token" in data and "expires_at" in data:
        data["expires_at"] = FAR_FUTURE
        return json.dumps(data, separators=(",", ":")).encode("utf-8")
    return body


def _header(headers: Any, name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) and value else value)
    return ""


# -- matching ------------------------------------------------------------------------------------


def body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the bodies of two requests mean the same (raises ``AssertionError`` if not)."""
    a = _meaning(r1)
    b = _meaning(r2)
    if a != b:
        raise AssertionError(f"request bodies differ: {_short(a)} != {_short(b)}")


def _meaning(request: Any) -> Any:
    body = request.body or b""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    content_type = _header(request.headers, "content-type")
    media = content_type.split(";")[0].strip().lower()
    if not raw:
        return ("empty",)
    if media == "multipart/form-data":
        parts = _multipart(raw, content_type)
        if parts is not None:
            return ("multipart", parts)
    if media == "application/x-www-form-urlencoded":
        try:
            return ("form", sorted(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True)))
        except UnicodeDecodeError:
            pass
    if media in ("", "application/json") or media.endswith("+json"):
        try:
            return ("json", json.loads(raw))
        except ValueError:
            pass
    return ("bytes", raw)


def _multipart(raw: bytes, content_type: str) -> Optional[List[Tuple[str, Optional[str], str, bytes]]]:
    """``(name, filename, content type, data)`` of each part, or None if it does not parse."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + raw
    )
    if not message.is_multipart():
        return None
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        parts.append(
            (
                str(part.get_param("name", header="content-disposition") or ""),
                part.get_filename(),
                part.get_content_type(),
                payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "..."
