"""The request log: what the emulator received, secrets redacted, for tests to assert on.

Contract: :func:`log_for` gives the one :class:`RequestLog` of a runtime. The app calls
:meth:`RequestLog.watch` first thing for every HTTP request and WebSocket handshake (one line in
:mod:`amigo_emulator.app`); it wraps ``receive`` and ``send`` to see the body and the status, and
changes nothing of either. Control paths (``/_emulator/...``) are not logged; neither are the
in-process calls of the seeding route (they never reach the app). ``GET /_emulator/requests``
shows the log, ``DELETE /_emulator/requests`` and ``POST /_emulator/reset`` clear it.

Each entry (:meth:`RequestLog.entries`, oldest first, at most :data:`LIMIT` kept) is JSON::

    {"seq": 7, "time": 1733472000.123, "kind": "http" | "websocket",
     "method": "POST", "path": "/v1/demo-org/conversation/65f.../interact",
     "organization": "demo-org", "operation": "interact-with-conversation" (null: no operation),
     "query": {"response_format": "text"}, "headers": {"content-type": "...", ...},
     "content_type": "multipart/form-data", "body": ..., "body_size": 123,
     "body_complete": true, "status": 200}

``body`` is the decoded JSON for a JSON body; for ``multipart/form-data`` a list of parts
``{"name", "filename", "content_type", "size", "text"}`` (``text`` only for a part that is
UTF-8 text without a filename); for a form the fields; other text as a string; anything else
``{"size", "sha256"}``; ``null`` when there was none, or when the emulator answered before reading
it (``body_complete`` false: a fault, a rate limit). Headers and query are lists of values where
repeated (header names as sent, in lower case). Everything passes through :class:`amigo_emulator.redact.Redactor`, which also knows the
seeded API keys and key ids: ``Authorization: Bearer <redacted>``, ``x-api-key: <redacted>``...
``status`` is the HTTP status once the answer started, 101 for an accepted WebSocket (403 for one
closed before it was accepted), ``null`` while there is none (or the connection was dropped).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.parse
import weakref
from collections import deque
from typing import Any, Callable, Deque, Dict, Iterable, List, Optional, Tuple

from starlette.types import Message, Receive, Scope, Send

from .redact import Redactor

__all__ = ["LIMIT", "MAX_BODY", "RequestLog", "log_for"]

#: Entries kept (the oldest are dropped first).
LIMIT = 10_000
#: Body bytes kept per request; a longer body is summarized by its size only.
MAX_BODY = 2 * 1024 * 1024
_MAX_TEXT_PART = 64 * 1024

Matcher = Callable[[str, str], Optional[Tuple[Any, str]]]

_LOGS: "weakref.WeakKeyDictionary[Any, RequestLog]" = weakref.WeakKeyDictionary()
_LOGS_LOCK = threading.Lock()


def log_for(rt: Any) -> "RequestLog":
    """The request log of the runtime ``rt`` (made on first use, with its seeded credentials)."""
    with _LOGS_LOCK:
        log = _LOGS.get(rt)
        if log is None:
            secrets = [
                value for org in rt.config.organizations for key in org.api_keys for value in (key.key, key.key_id)
            ]
            log = _LOGS[rt] = RequestLog(secrets)
        return log


class _Entry:
    __slots__ = ("data", "chunks", "size", "complete", "content_type")

    def __init__(self, data: Dict[str, Any], content_type: str) -> None:
        self.data = data
        self.chunks: List[bytes] = []
        self.size = 0
        self.complete = False
        self.content_type = content_type


class RequestLog:
    """The requests one emulator received (see the module docstring)."""

    def __init__(self, secrets: Iterable[str] = (), limit: int = LIMIT) -> None:
        self._secrets = list(secrets)
        self._lock = threading.Lock()
        self._entries: Deque[_Entry] = deque(maxlen=limit)
        self._seq = 0
        self._redactor = Redactor(self._secrets)

    def add_secrets(self, values: Iterable[str]) -> None:
        """Credentials to redact from now on (an organization added at run time brings its keys)."""
        more = list(values)
        self._secrets.extend(more)
        for value in more:
            self._redactor.learn(value)

    def clear(self) -> None:
        """Forget every entry (and every credential learned from them)."""
        with self._lock:
            self._entries.clear()
            self._redactor = Redactor(self._secrets)

    def entries(self) -> List[Dict[str, Any]]:
        """Every entry, oldest first, as JSON (bodies decoded and redacted)."""
        with self._lock:
            entries = list(self._entries)
        return [self._render(entry) for entry in entries]

    # -- the hook ------------------------------------------------------------------------------

    def watch(self, scope: Scope, receive: Receive, send: Send, match: Matcher) -> Tuple[Receive, Send]:
        """``receive`` and ``send`` wrapped to log the request of ``scope`` (unchanged otherwise)."""
        kind = scope.get("type")
        path: str = scope.get("path", "")
        if kind not in ("http", "websocket") or path.startswith("/_emulator"):
            return receive, send
        method = scope.get("method", "GET") if kind == "http" else "GET"
        matched = match(method, path) if path.startswith("/v1/") else None
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
        query = urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        redactor = self._redactor
        data: Dict[str, Any] = {
            "seq": 0,
            "time": round(time.time(), 6),
            "kind": kind,
            "method": method,
            "path": redactor.url(path),
            "organization": matched[1] if matched else _organization(path),
            "operation": matched[0].operation_id if matched else None,
            "headers": _multi(redactor.headers(headers)),
            "query": _multi(redactor.query(query)),
            "content_type": content_type.split(";")[0].strip().lower() or None,
            "status": None,
        }
        entry = _Entry(data, content_type)
        if kind == "websocket":
            entry.complete = True
        with self._lock:
            self._seq += 1
            data["seq"] = self._seq
            self._entries.append(entry)

        async def logged_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request" and not entry.complete:
                body = message.get("body", b"")
                entry.size += len(body)
                if entry.size <= MAX_BODY:
                    entry.chunks.append(body)
                if not message.get("more_body", False):
                    entry.complete = True
            return message

        async def logged_send(message: Message) -> None:
            kind_of = message["type"]
            if data["status"] is None:
                if kind_of in ("http.response.start", "websocket.http.response.start"):
                    data["status"] = int(message["status"])
                elif kind_of == "websocket.accept":
                    data["status"] = 101
                elif kind_of == "websocket.close":
                    data["status"] = 403
            await send(message)

        # The app finds the server's connection (to drop it for a fault) as ``send.__self__``.
        connection = getattr(send, "__self__", None)
        if connection is not None:
            logged_send.__self__ = connection  # type: ignore[attr-defined]
        return logged_receive, logged_send

    # -- rendering -----------------------------------------------------------------------------

    def _render(self, entry: _Entry) -> Dict[str, Any]:
        out = dict(entry.data)
        out["body_size"] = entry.size
        out["body_complete"] = entry.complete
        if entry.data["kind"] == "websocket" or (entry.size == 0 and entry.complete):
            out["body"] = None
        elif not entry.complete:
            out["body"] = None
        elif entry.size > MAX_BODY:
            out["body"] = {"size": entry.size, "sha256": None}
        else:
            out["body"] = self._body(b"".join(entry.chunks), entry.content_type)
        return out

    def _body(self, raw: bytes, content_type: str) -> Any:
        redactor = self._redactor
        media = content_type.split(";")[0].strip().lower()
        if media == "multipart/form-data":
            from .multipart import MultipartError, parse_multipart

            try:
                parts = parse_multipart(raw, content_type)
            except MultipartError:
                return _opaque(raw)
            rendered = []
            for part in parts:
                item: Dict[str, Any] = {
                    "name": part.name,
                    "filename": part.filename,
                    "content_type": part.content_type,
                    "size": len(part.data),
                }
                if part.filename is None and len(part.data) <= _MAX_TEXT_PART:
                    try:
                        item["text"] = redactor.text(part.data.decode("utf-8"))
                    except UnicodeDecodeError:
                        item["sha256"] = hashlib.sha256(part.data).hexdigest()
                else:
                    item["sha256"] = hashlib.sha256(part.data).hexdigest()
                rendered.append(item)
            return rendered
        if media == "application/x-www-form-urlencoded":
            try:
                pairs = urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                return _opaque(raw)
            return _multi(redactor.query(pairs))
        if media in ("", "application/json") or media.endswith("+json"):
            try:
                return redactor.json(json.loads(raw))
            except ValueError:
                pass
        if media.startswith("text/") or media in ("", "application/json") or media.endswith("+json"):
            try:
                return redactor.text(raw.decode("utf-8"))
            except UnicodeDecodeError:
                pass
        return _opaque(raw)


def _opaque(raw: bytes) -> Dict[str, Any]:
    return {"size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}


def _multi(pairs: Iterable[Tuple[str, str]]) -> Dict[str, Any]:
    """``{name: value}``, or ``{name: [values]}`` for a name given more than once."""
    out: Dict[str, Any] = {}
    for name, value in pairs:
        if name in out:
            existing = out[name]
            out[name] = (existing if isinstance(existing, list) else [existing]) + [value]
        else:
            out[name] = value
    return out


def _organization(path: str) -> Optional[str]:
    if not path.startswith("/v1/"):
        return None
    org = path[len("/v1/") :].split("/", 1)[0]
    return org or None
