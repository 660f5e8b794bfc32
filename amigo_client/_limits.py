"""What the client holds in memory for an answer, and the limits on it.

Contract:

* **An NDJSON stream** (create-conversation, interact) is read as it arrives, one line at a
  time: the client holds the line being received (plus one network chunk), then the typed event.
  A line longer than ``max_line_bytes`` (:data:`DEFAULT_MAX_LINE_BYTES`, 16 MiB; an
  ``AmigoClient`` setting) is a :class:`~amigo_client.StreamDecodeError` as soon as that many
  bytes have arrived without a newline, so a server that never sends one cannot grow the
  client's memory. The longest event of the documented streams is a voice piece of about 10 KB.
* **A JSON answer** is read whole, then parsed: the client holds the body's bytes and the parsed
  models (several times the body's size). By default the size is not limited.
  ``max_response_bytes`` (an ``AmigoClient`` setting) refuses a larger body with a
  :class:`ResponseTooLargeError`: at once when its ``Content-Length`` says so, otherwise as soon
  as that many bytes have arrived; the bytes counted are the decoded ones, so a compressed answer
  cannot expand past the limit. The connection is closed, not read to its end. Error answers
  (4xx / 5xx) are read under the same limit.
* **A file download** (a :class:`~amigo_client.BinaryResponse`) streams: ``iter_bytes()`` and
  ``write_to()`` hold one chunk at a time, whatever its size; ``read()`` holds it whole and
  honours ``max_response_bytes``.

:func:`read_body` reads a body under a limit; ``AmigoClient._send``, the retry transport's
read-ahead and ``BinaryResponse.read`` call it (they find the limit in the request extension
:data:`MAX_RESPONSE`).
EventStream finds the line limit in the response extension :data:`MAX_LINE`.
"""

from __future__ import annotations

import zlib
from typing import Any, Iterator, List, Optional

import httpx

from ._errors import ConfigurationError, ResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "MAX_LINE",
    "MAX_RESPONSE",
    "check_limit",
    "read_body",
]

#: The longest NDJSON line a stream accepts by default: 16 MiB.
DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

_PACKAGE = __name__.rpartition(".")[0]
#: Request extension: the largest body (bytes) the client accepts for this request's answer.
MAX_RESPONSE = _PACKAGE + ".max_response_bytes"
#: Response extension: the longest line (bytes) an EventStream over this response accepts.
MAX_LINE = _PACKAGE + ".max_line_bytes"


def check_limit(value: Any, name: str, optional: bool) -> Optional[int]:
    """``value`` if it is a byte count > 0 (or None when ``optional``), else a ConfigurationError."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        allowed = " (or None for no limit)" if optional else ""
        raise ConfigurationError(f"{name} must be a number of bytes > 0{allowed}, got {value!r}")
    return int(value)


def _too_large(
    response: httpx.Response, request: Optional[httpx.Request], limit: int, size: Optional[int]
) -> ResponseTooLargeError:
    response.close()
    method, path = (request.method, request.url.path) if request is not None else ("", "")
    return ResponseTooLargeError(response.status_code, limit, size, method=method, path=path)


def read_body(response: httpx.Response, limit: Optional[int], request: Optional[httpx.Request] = None) -> bytes:
    """The whole body of ``response`` (what ``response.read()`` returns, and afterwards
    ``response.content``), refusing one longer than ``limit`` bytes (None: no limit) with a
    :class:`ResponseTooLargeError` after closing the response. ``request``: the request it answers
    (for the message; a transport's response does not know it yet)."""
    if limit is None:
        return response.read()
    if response.is_stream_consumed:  # read already (by the retry transport, under this limit)
        content = response.content
        if len(content) > limit:
            raise _too_large(response, request, limit, len(content))
        return content
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise _too_large(response, request, limit, int(declared))
    chunks: List[bytes] = []
    total = 0
    for chunk in _decoded(response, limit):
        total += len(chunk)
        if total > limit:
            raise _too_large(response, request, limit, None)
        chunks.append(chunk)
    body = b"".join(chunks)
    # What Response.read() stores: .content, .text and .json() read it, and a later read()
    # returns it instead of reading the (consumed) stream again.
    response._content = body
    return body


def _decoded(response: httpx.Response, limit: int) -> Iterator[bytes]:
    """The decoded body in pieces that never expand past ``limit + 1`` bytes at once: identity
    as it arrives; gzip and deflate through zlib with a bound on each step's output (httpx's own
    decoders inflate a whole network chunk at once: a few KiB of a compression bomb become
    gigabytes). Other encodings are refused under a limit (the client asks only for these)."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        yield from response.iter_raw()
        return
    if encoding not in ("gzip", "x-gzip", "deflate"):
        response.close()
        raise httpx.DecodingError(f"Content-Encoding {encoding!r} cannot be read under max_response_bytes")
    wbits = zlib.MAX_WBITS | 16 if encoding != "deflate" else zlib.MAX_WBITS
    inflate = zlib.decompressobj(wbits)
    first = True
    try:
        for raw in response.iter_raw():
            if first and encoding == "deflate":
                first = False
                try:
                    data = inflate.decompress(raw, limit + 1)
                except zlib.error:  # a raw deflate stream without the zlib header (as httpx allows)
                    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    data = inflate.decompress(raw, limit + 1)
            else:
                data = inflate.decompress(raw, limit + 1)
            yield data
            while inflate.unconsumed_tail:
                yield inflate.decompress(inflate.unconsumed_tail, limit + 1)
        yield inflate.flush()
    except zlib.error as exc:
        response.close()
        raise httpx.DecodingError(f"the {encoding} body cannot be decoded: {exc}") from None
