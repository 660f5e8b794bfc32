"""The copies of the request and response an error keeps: credential headers redacted, the rest
kept, the body decoded once (no stale content-encoding), and which echoed secrets are removed.
Errors built from a request that never went through the SDK's auth flow (so nothing redacted its
headers in place first), as ``raise_for_status`` meets them in a caller's own httpx code."""

from __future__ import annotations

import datetime as dt
import gzip
from typing import Dict

import httpx
import pytest

from amigo_client import APIStatusError, BadRequestError, InternalServerError, RateLimitError
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


def test_the_response_copy_keeps_the_reason_phrase_and_http_version() -> None:
    response = httpx.Response(
        503,
        text="down",
        request=sent({}),
        extensions={"reason_phrase": b"Back Soon", "http_version": b"HTTP/2", "other": b"dropped"},
    )
    error = error_for_response(response)
    # HTTP/2, not httpx's default HTTP/1.1: the copy keeps what the answer said
    assert error.response.reason_phrase == "Back Soon" and error.response.http_version == "HTTP/2"
    assert "other" not in error.response.extensions
    assert str(error) == "HTTP 503 Back Soon from POST /v1/org/thing: down"


@pytest.mark.parametrize(
    ("content_type", "said"),
    [
        ("text/plain; charset=ascii", "text/plain; charset=utf-8"),
        ("text/plain;charset=ascii;format=flowed", "text/plain; format=flowed; charset=utf-8"),
        ("application/json; Charset=ASCII", "application/json; charset=utf-8"),
    ],
    ids=["charset-last", "charset-between-parameters", "charset-capitalised"],
)
def test_a_body_the_declared_charset_cannot_hold_again_is_kept_as_utf8_and_says_so(
    content_type: str, said: str
) -> None:
    """ascii cannot encode the replacement character that stands for the byte it could not
    decode: the copy holds UTF-8, its Content-Type names it, and its text is the error's body."""
    response = httpx.Response(
        500,
        headers={"Content-Type": content_type, "X-Request-Id": "req-7", "Retry-After": "30"},
        content=b"caf\xe9",
        request=sent({}),
    )
    error = error_for_response(response)
    assert error.body == "caf\ufffd"
    assert error.response.content == "caf\ufffd".encode("utf-8")
    assert error.response.headers["content-type"] == said
    # only the Content-Type changes: the other headers are copied as they came
    assert error.response.headers["x-request-id"] == "req-7" and error.response.headers["retry-after"] == "30"
    assert error.response.text == error.body


def test_a_charset_that_names_no_codec_reads_as_utf8_in_the_copy_too() -> None:
    text = "d\u00e9j\u00e0 vu"
    response = httpx.Response(
        502, headers={"Content-Type": "text/plain; charset=no-such-codec"}, content=text.encode(), request=sent({})
    )
    error = error_for_response(response)
    assert error.body == text and error.response.text == text


def test_a_body_its_charset_can_hold_keeps_that_charset_in_the_copy() -> None:
    text = "d\u00e9j\u00e0 vu"
    response = httpx.Response(
        502, headers={"Content-Type": "text/plain; charset=latin-1"}, content=text.encode("latin-1"), request=sent({})
    )
    error = error_for_response(response)
    assert error.response.content == text.encode("latin-1")
    assert error.response.headers["content-type"] == "text/plain; charset=latin-1"
    assert error.body == text and error.response.text == text


def test_a_response_decoded_with_an_encoding_set_on_it_is_read_the_same_way_in_the_copy() -> None:
    """The encoding a caller's response was read with (set on it, or its client's
    default_encoding) rather than the header's: the copy reads its text the same way."""
    text = "d\u00e9j\u00e0 vu"
    response = httpx.Response(409, content=text.encode("latin-1"), request=sent({}))
    response.encoding = "latin-1"
    error = error_for_response(response)
    assert error.body == text and error.response.text == text


def test_the_gzip_copy_states_its_own_length() -> None:
    text = "x" * 300
    response = httpx.Response(
        502, headers={"Content-Encoding": "gzip"}, content=gzip.compress(text.encode()), request=sent({})
    )
    error = error_for_response(response)
    assert error.response.headers["content-length"] == str(len(text))


def test_a_secret_echoed_in_another_request_header_is_scrubbed_from_the_copy() -> None:
    request = sent({"Authorization": f"Bearer {TOKEN}", "X-Echo": f"was {TOKEN}"})
    error = error_for_response(httpx.Response(400, text="no", request=request))
    assert error.response.request.headers["x-echo"] == f"was {REDACTED}"


def test_the_message_of_an_error_without_reason_request_id_or_body() -> None:
    error = error_for_response(httpx.Response(599, request=httpx.Request("GET", "http://amigo.test/x")))
    assert str(error) == "HTTP 599  from GET /x: <empty body>"
    bare = APIStatusError(httpx.Response(500), "")
    assert (bare.method, bare.url) == ("", "")


@pytest.mark.parametrize(("size", "cut"), [(500, False), (501, True)])
def test_a_body_of_500_characters_is_shown_whole(size: int, cut: bool) -> None:
    error = error_for_response(httpx.Response(400, text="b" * size, request=sent({})))
    assert str(error).endswith("b" * 500 + ("..." if cut else ""))


def test_a_rate_limit_error_keeps_why_its_body_is_unreadable_and_hides_secrets() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b"partial"
            raise httpx.ReadError("reset")

    broken = httpx.Response(429, headers={"Retry-After": "3"}, stream=Broken(), request=sent({}))
    error = error_for_response(broken)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 3.0 and error.unreadable is not None and "reset" in error.unreadable
    echoed = httpx.Response(429, text="key my-api-key-value", request=sent({}))
    assert "my-api-key-value" not in error_for_response(echoed, secrets=("my-api-key-value",)).body


def test_a_connection_error_without_a_request_names_the_callers_request() -> None:
    from amigo_client._errors import connection_error

    request = sent({"Authorization": f"Bearer {TOKEN}"})
    error = connection_error(httpx.ConnectError(f"refused {TOKEN}"), request)
    assert str(error).startswith("POST /v1/org/thing failed before an HTTP answer")
    assert TOKEN not in str(error) and error.request is not None
    assert error.request.headers["authorization"] == REDACTED


def test_a_request_of_the_caller_carrying_an_api_key_is_not_blamed_on_sign_in() -> None:
    from amigo_client._errors import connection_error

    request = sent({"X-Api-Key": "key-Zq7s3cr3t"})
    error = connection_error(httpx.ConnectError("refused", request=request), request)
    assert str(error).startswith("POST /v1/org/thing failed before an HTTP answer") and "sign-in" not in str(error)


def test_an_http_date_without_a_zone_is_read_as_utc() -> None:
    from amigo_client._errors import parse_retry_after

    now = dt.datetime(2030, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)
    assert parse_retry_after("Tue, 01 Jan 2030 00:00:30 -0000", now=now) == 30.0


@pytest.mark.parametrize("header", ["Authorization", "X-Api-Key", "Cookie", "Proxy-Authorization"])
def test_a_credential_header_too_short_to_be_scrubbed_from_text_is_still_redacted_in_the_copy(header: str) -> None:
    """Values under four characters are not removed from the body (they would eat ordinary
    words), but a credential header's value is replaced whole whatever its length."""
    error = error_for_response(httpx.Response(400, text="no", request=sent({header: "k1"})))
    assert error.response.request.headers[header] == REDACTED


@pytest.mark.parametrize(
    "value",
    [f"Bearer {TOKEN}", f"bearer {TOKEN}", f"Basic {TOKEN}", f"BASIC {TOKEN}", f"Token {TOKEN}", f"Bearer  {TOKEN}"],
    ids=["bearer", "bearer-lower-case", "basic", "basic-upper-case", "token", "two-spaces"],
)
def test_the_credential_of_an_authorization_scheme_echoed_alone_is_removed_from_the_body(value: str) -> None:
    """A server that echoes the credential without its scheme word: the part after the scheme
    is a secret of its own, for each scheme that carries one, whatever the spacing."""
    request = sent({"Authorization": value})
    error = error_for_response(httpx.Response(401, text=f"unknown credential {TOKEN}", request=request))
    assert TOKEN not in error.body and error.body == f"unknown credential {REDACTED}"


def test_only_the_credential_of_a_header_is_a_secret_not_the_words_after_a_space() -> None:
    """A cookie holding several values is a secret whole; the text after its first space is not
    a credential (no auth scheme precedes it), so the same words elsewhere in the body stay."""
    request = sent({"Cookie": "session=Zq7s3cr3t; lang=en-GB"})
    error = error_for_response(
        httpx.Response(
            400, text="cookie session=Zq7s3cr3t; lang=en-GB refused; lang=en-GB unsupported", request=request
        )
    )
    assert error.body == f"cookie {REDACTED} refused; lang=en-GB unsupported"


def test_a_connection_error_scrubs_a_secret_echoed_in_another_header_of_its_request_copy() -> None:
    from amigo_client._errors import connection_error

    request = sent({"Authorization": f"Bearer {TOKEN}", "X-Echo": f"was {TOKEN}"})
    error = connection_error(httpx.ConnectError("refused", request=request), request)
    assert error.request is not None
    assert error.request.headers["authorization"] == REDACTED
    assert error.request.headers["x-echo"] == f"was {REDACTED}"
