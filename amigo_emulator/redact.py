"""Secret redaction shared by the emulator's request log and the cassette recorder (one helper).

Contract: a :class:`Redactor` replaces every credential it finds with :data:`PLACEHOLDER`
(``<redacted>``) and remembers the values it has seen, so that the same value is also replaced
wherever else it shows up later (a token echoed in a body, a key id in a URL path):

* headers: ``Authorization`` / ``Proxy-Authorization`` keep their scheme (``Bearer <redacted>``);
  ``x-api-key``, ``x-api-key-id``, ``Cookie`` and ``Set-Cookie`` become the placeholder;
  ``Sec-WebSocket-Protocol`` keeps plain protocol names and the ``bearer.authorization.amigo.ai.``
  prefix, and loses the token after it (or any entry that is a token);
* query parameters named in :data:`SECRET_QUERY` (``api_key``, ``token``, ``signature``...);
* JSON fields named in :data:`SECRET_FIELDS` (``api_key``, ``api_key_id``, ``key_id``,
  ``id_token``, ``secret``, ``password``...) at any depth, the ``value`` of an object marked
  ``"is_secret": true`` (a tool's secret environment variable), and the secret query parameters of
  URLs in strings (a pre-signed URL);
* anywhere in text or bytes: JSON Web Tokens, ``whsec_`` webhook secrets, and every value learned
  so far (:meth:`Redactor.learn`; values shorter than :data:`MIN_SECRET_LENGTH` characters are not
  learned, so that a short key id cannot blank out unrelated text).

Bodies (:meth:`Redactor.body`) are redacted by their media type: JSON and NDJSON structurally
(re-serialized only when something changed), ``application/x-www-form-urlencoded`` by field,
anything else (multipart, text, audio) byte for byte with the patterns and learned values. The
redactor is deterministic: redacting an already redacted value changes nothing, so a recorded
request and a replayed one that carried different tokens compare equal after redaction.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

__all__ = [
    "MIN_SECRET_LENGTH",
    "PLACEHOLDER",
    "SECRET_FIELDS",
    "SECRET_HEADERS",
    "SECRET_QUERY",
    "Redactor",
]

PLACEHOLDER = "<redacted>"
#: Headers whose whole value is a credential (Authorization keeps its scheme word).
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "x-api-key-id", "cookie", "set-cookie"}
)
#: JSON fields (any depth, compared case-insensitively) whose string value is a credential.
SECRET_FIELDS = frozenset(
    {
        "api_key",
        "api_key_id",
        "key_id",
        "id_token",
        "access_token",
        "refresh_token",
        "secret",
        "previous_secret",
        "client_secret",
        "password",
    }
)
#: Query parameters (compared case-insensitively) whose value is a credential.
SECRET_QUERY = frozenset(
    {
        "api_key",
        "apikey",
        "api_key_id",
        "key",
        "token",
        "access_token",
        "id_token",
        "secret",
        "password",
        "signature",
        "sig",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
    }
)
MIN_SECRET_LENGTH = 8
WEBSOCKET_BEARER_PREFIX = "bearer.authorization.amigo.ai."

_PATTERNS = (
    r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*",  # a JSON Web Token
    r"whsec_[A-Za-z0-9_-]{8,}",  # a webhook signing secret
)
_TEXT = re.compile("|".join(_PATTERNS))
_BYTES = re.compile("|".join(_PATTERNS).encode("ascii"))
_PROTOCOL_NAME = re.compile(r"[a-z][a-z0-9.+_-]{0,31}")
_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>]+\?[^\s\"'<>]+")


class Redactor:
    """Redacts credentials and remembers the ones it saw (see the module docstring)."""

    def __init__(self, secrets: Iterable[str] = (), placeholder: str = PLACEHOLDER) -> None:
        self.placeholder = placeholder
        self._lock = threading.Lock()
        self._known: Set[str] = set()
        self._ordered: List[str] = []
        for value in secrets:
            self.learn(value)

    # -- what it knows -------------------------------------------------------------------------

    def learn(self, value: Any) -> None:
        """Remember ``value`` (a credential) so that it is replaced wherever it appears."""
        if not isinstance(value, str):
            return
        value = value.strip()
        if len(value) < MIN_SECRET_LENGTH or self.placeholder in value:
            return
        with self._lock:
            if value in self._known:
                return
            self._known.add(value)
            variants = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
            self._ordered = sorted(set(self._ordered) | variants, key=len, reverse=True)

    @property
    def known(self) -> Tuple[str, ...]:
        """The credentials learned so far (for tests of the redactor itself)."""
        with self._lock:
            return tuple(sorted(self._known))

    # -- text and bytes ------------------------------------------------------------------------

    def text(self, value: str) -> str:
        """``value`` with tokens, webhook secrets and learned credentials replaced."""
        value = _TEXT.sub(self.placeholder, value)
        for secret in self._ordered:
            if secret in value:
                value = value.replace(secret, self.placeholder)
        return _URL_IN_TEXT.sub(lambda m: self._url_query(m.group(0)), value)

    def data(self, value: bytes) -> bytes:
        """:meth:`text` for bytes (a multipart body, audio: binary parts are left as they are)."""
        placeholder = self.placeholder.encode("utf-8")
        value = _BYTES.sub(placeholder, value)
        for secret in self._ordered:
            encoded = secret.encode("utf-8")
            if encoded in value:
                value = value.replace(encoded, placeholder)
        return value

    # -- headers, URLs, JSON -------------------------------------------------------------------

    def header(self, name: str, value: str) -> str:
        """The value of header ``name`` as it may be shown."""
        lowered = name.lower()
        if lowered in ("authorization", "proxy-authorization"):
            scheme, _, credentials = value.strip().partition(" ")
            if not credentials:
                self.learn(scheme)
                return self.placeholder
            self.learn(credentials)
            return f"{scheme} {self.placeholder}"
        if lowered in SECRET_HEADERS:
            self.learn(value)
            return self.placeholder
        if lowered == "sec-websocket-protocol":
            return ", ".join(self._protocol(p.strip()) for p in value.split(",") if p.strip())
        return self.text(value)

    def headers(self, items: Iterable[Tuple[str, str]]) -> List[Tuple[str, str]]:
        """Each ``(name, value)`` with its value redacted (credentials learned first)."""
        pairs = list(items)
        for name, value in pairs:  # learn every credential before redacting any other header
            if name.lower() in SECRET_HEADERS or name.lower() == "sec-websocket-protocol":
                self.header(name, value)
        return [(name, self.header(name, value)) for name, value in pairs]

    def _protocol(self, entry: str) -> str:
        if entry.lower().startswith(WEBSOCKET_BEARER_PREFIX):
            self.learn(entry[len(WEBSOCKET_BEARER_PREFIX) :])
            return entry[: len(WEBSOCKET_BEARER_PREFIX)] + self.placeholder
        if _PROTOCOL_NAME.fullmatch(entry) and entry not in self._known:
            return entry
        self.learn(entry)
        return self.placeholder

    def query(self, pairs: Sequence[Tuple[str, str]]) -> List[Tuple[str, str]]:
        """Query parameters with credential values replaced."""
        out = []
        for name, value in pairs:
            if name.lower() in SECRET_QUERY:
                self.learn(value)
                out.append((name, self.placeholder))
            else:
                out.append((name, self.text(value)))
        return out

    def url(self, url: str) -> str:
        """``url`` with secret query parameters and learned credentials (also in its path) replaced."""
        parts = urllib.parse.urlsplit(url)
        pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        query = urllib.parse.urlencode(self.query(pairs)) if pairs else parts.query
        path = parts.path
        quoted_placeholder = urllib.parse.quote(self.placeholder, safe="")
        path = _TEXT.sub(quoted_placeholder, path)
        for secret in self._ordered:
            if secret in path:
                path = path.replace(secret, quoted_placeholder)
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))

    def _url_query(self, url: str) -> str:
        parts = urllib.parse.urlsplit(url)
        pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not any(name.lower() in SECRET_QUERY for name, _ in pairs):
            return url
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(self.query(pairs))))

    def json(self, value: Any) -> Any:
        """A copy of decoded JSON with credential fields and values replaced."""
        if isinstance(value, Mapping):
            secret_value = value.get("is_secret") is True
            out = {}
            for key, item in value.items():
                name = str(key).lower()
                if isinstance(item, str) and (name in SECRET_FIELDS or (secret_value and name == "value")):
                    self.learn(item)
                    out[key] = self.placeholder
                else:
                    out[key] = self.json(item)
            return out
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    # -- bodies --------------------------------------------------------------------------------

    def body(self, raw: bytes, content_type: Optional[str]) -> bytes:
        """``raw`` (a request or response body of ``content_type``) with credentials replaced."""
        if not raw:
            return raw
        media = (content_type or "").split(";")[0].strip().lower()
        if media == "application/x-ndjson" or media.endswith("+ndjson"):
            lines = raw.split(b"\n")
            return b"\n".join(self._json_bytes(line) if line.strip() else line for line in lines)
        if media == "application/json" or media.endswith("+json") or (not media and raw.lstrip()[:1] in b"{["):
            return self._json_bytes(raw)
        if media == "application/x-www-form-urlencoded":
            try:
                pairs = urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                return self.data(raw)
            redacted = self.query(pairs)
            return raw if redacted == pairs else urllib.parse.urlencode(redacted).encode("utf-8")
        return self.data(raw)

    def _json_bytes(self, raw: bytes) -> bytes:
        try:
            decoded = json.loads(raw)
        except ValueError:  # not JSON after all (or not UTF-8): byte-level redaction
            return self.data(raw)
        redacted = self.json(decoded)
        if redacted == decoded:
            return self.data(raw)  # keep the bytes as sent when nothing structural changed
        return json.dumps(redacted, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
