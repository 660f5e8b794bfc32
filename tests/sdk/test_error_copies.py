"""The copies of the request and response an error keeps: credential headers redacted, the rest
kept, the body decoded once (no stale content-encoding), and which echoed secrets are removed.
Errors built from a request that never went through the SDK's auth flow (so nothing redacted its
headers in place first), as ``raise_for_status`` meets them in a caller's own httpx code."""

from __future__ import annotations

import gzip
from typing import Dict

import httpx
import pytest

from amigo_client import APIStatusError, BadRequestError, InternalServerError
from amigo_client._errors import REDACTED, error_for_response, raise_for_status

TOKEN = "tok-Zq7s3cr3t"


def sent(headers: Dict[str, str]) -> httpx.Request:
    return httpx.Request("POST", "http://amigo.test/v1/org/thing?x=1", headers=headers)


def test_the_request_copy_redacts_every_credential_header_and_keeps_the_others() -> None:
    request = sent(
        {
            "Authorization": f"Bearer {TOKEN}",
            "X-Api-Key": "key-Zq7s3cr3t",
            "Cookie": "session=Zq7s3cr3t",
            "Proxy-Authorization": "Basic Zq7s3cr3t",
            "X-Trace": "keep-me",
        }
    )
    error = error_for_response(httpx.Response(400, text="no", request=request))
    assert isinstance(error, BadRequestError)
    for copy in (error.response.request,):
        assert copy.headers["authorization"] == REDACTED
        assert copy.headers["x-api-key"] == REDACTED
        assert copy.headers["cookie"] == REDACTED
        assert copy.headers["proxy-authorization"] == REDACTED
        assert copy.headers["x-trace"] == "keep-me"
        assert (copy.method, str(copy.url)) == ("POST", "http://amigo.test/v1/org/thing?x=1")
    assert (error.method, error.url) == ("POST", "http://amigo.test/v1/org/thing?x=1")


def test_the_response_copy_is_decoded_once_and_keeps_its_other_headers() -> None:
    text = '{"detail": "the service is down"}'
    response = httpx.Response(
        503,
        headers={"Content-Encoding": "gzip", "X-Request-Id": "req-9", "Content-Type": "application/json"},
        content=gzip.compress(text.encode()),
        request=sent({}),
    )
    error = error_for_response(response)
    assert isinstance(error, InternalServerError)
    assert error.body == text and error.response.text == text
    assert "content-encoding" not in error.response.headers
    assert error.response.headers["x-request-id"] == "req-9" and error.request_id == "req-9"
    assert error.response.headers["content-type"] == "application/json"


def test_a_chunked_error_answer_copy_has_no_transfer_encoding() -> None:
    response = httpx.Response(
        500, headers={"Transfer-Encoding": "chunked"}, stream=httpx.ByteStream(b"boom"), request=sent({})
    )
    error = error_for_response(response)
    assert error.response.text == "boom" and "transfer-encoding" not in error.response.headers
    assert error.response.headers["content-length"] == "4"


@pytest.mark.parametrize(
    ("secret", "hidden"),
    [("abcd", True), ("abc", False), ("wxyz1234", True)],
    ids=["four-characters", "three-characters", "longer"],
)
def test_secrets_of_four_characters_or_more_are_removed_from_the_body(secret: str, hidden: bool) -> None:
    response = httpx.Response(401, text=f"bad key {secret}!", request=sent({}))
    error = error_for_response(response, secrets=(secret,))
    assert (secret not in error.body) is hidden
    assert (REDACTED in error.body) is hidden


def test_a_bearer_credential_echoed_whole_is_replaced_whole() -> None:
    """Longest first: "Bearer <token>" goes as one, not as "Bearer <redacted>"."""
    request = sent({"Authorization": f"Bearer {TOKEN}"})
    error = error_for_response(httpx.Response(401, text=f"got Bearer {TOKEN}; token {TOKEN}", request=request))
    assert error.body == f"got {REDACTED}; token {REDACTED}"


def test_raise_for_status_passes_2xx_and_raises_the_typed_error() -> None:
    ok = httpx.Response(204, request=sent({}))
    assert raise_for_status(ok) is ok
    with pytest.raises(APIStatusError) as caught:
        raise_for_status(httpx.Response(418, text="teapot", request=sent({})))
    assert type(caught.value) is APIStatusError and caught.value.status_code == 418
