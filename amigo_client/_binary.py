"""Binary answers: a file the server sends (zip, gzip, octet-stream, audio, CSV, PDF, ...).

Contract:

* Every operation whose 2xx answer is neither JSON nor an NDJSON stream returns one
  :class:`BinaryResponse`, whatever the content type (the endpoint templates decide it from the
  contract; no list of operations is kept). ``client.tool.get_tool_scaffold_release()`` and
  ``client.admin.get_prompt_logs(...)`` are two.
* The resource method returns as soon as the status line and headers are in: the body is not
  read yet. Read it whole (:meth:`BinaryResponse.read`, :attr:`~BinaryResponse.content`), or
  stream it without holding it in memory (:meth:`~BinaryResponse.iter_bytes`,
  :meth:`~BinaryResponse.write_to`). The connection is given back when the body has been read,
  when :meth:`~BinaryResponse.close` is called or the ``with`` block exits, and when an unread
  response is garbage-collected. A streamed body can be read once; :meth:`~BinaryResponse.read`
  keeps it, after which it can be read again from memory.
* :attr:`~BinaryResponse.content_type` is the media type the server sent;
  :attr:`~BinaryResponse.filename` the file name of its ``Content-Disposition`` (RFC 6266:
  ``filename*`` in RFC 8187/5987 form over ``filename``), reduced to a plain file name that
  cannot leave a directory (``../../etc/passwd`` is ``passwd``); None when the server gives none.
* :meth:`~BinaryResponse.write_to` writes to a file path (replaced only once the whole body has
  arrived) or into a directory under :attr:`~BinaryResponse.filename` (or a name made from the
  operation and the content type), never replacing a file there (``name (1).zip``).
* A connection that breaks while the body is read raises
  :class:`~amigo_client.IncompleteStreamError`; a body read twice, a
  :class:`~amigo_client.StreamError`.
"""

from __future__ import annotations

import mimetypes
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Dict, Iterator, Optional, Tuple, Union
from urllib.parse import unquote

import httpx

from ._errors import IncompleteStreamError, StreamError, _request_id
from ._limits import MAX_RESPONSE, read_body  # amigo_client._limits: read() under max_response_bytes

__all__ = ["BinaryResponse", "disposition_filename", "safe_filename"]

#: Bytes per chunk when streaming a body to a file.
CHUNK_SIZE = 64 * 1024
#: Names Windows reserves whatever the extension (a file named so cannot be created there).
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
#: Characters no file name keeps: path separators, and those Windows refuses (":" would open an
#: alternate data stream on NTFS).
_UNSAFE = re.compile(r'[/\\<>:"|?*]')
_MAX_NAME_BYTES = 255
_PARAM = re.compile(r';\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


def safe_filename(name: Optional[str]) -> Optional[str]:
    """``name`` reduced to a file name that stays in the directory it is written to: its last
    path component (``/`` and ``\\`` both separate), control characters dropped, characters
    Windows refuses replaced by ``_``, leading dots and surrounding spaces removed (no hidden or
    dot-segment names), Windows device names prefixed with ``_``, at most 255 UTF-8 bytes (the
    extension kept). None when nothing usable is left."""
    if not name:
        return None
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ")
    if not name:
        return None
    if name.partition(".")[0].upper() in _RESERVED:
        name = "_" + name
    if len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        stem, extension = os.path.splitext(name)
        extension = extension if len(extension.encode("utf-8")) <= 32 else ""
        room = _MAX_NAME_BYTES - len(extension.encode("utf-8"))
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore")
        name = stem + extension
    return name or None


def disposition_filename(value: Optional[str]) -> Optional[str]:
    """The file name a ``Content-Disposition`` header value gives (RFC 6266): ``filename*``
    (``charset'language'percent-encoded``, RFC 8187) when it decodes, else ``filename`` (a token
    or a quoted string), made safe with :func:`safe_filename`."""
    if not value:
        return None
    params: Dict[str, str] = {}
    params_text = (";" + value.split(";", 1)[1]) if ";" in value else ""
    for found in _PARAM.finditer(params_text):
        key, raw = found.group(1).lower(), found.group(2).strip()
        if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params.setdefault(key, raw)
    extended = params.get("filename*")
    if extended and extended.count("'") >= 2:
        charset, _language, encoded = extended.split("'", 2)
        if charset.strip().lower() in ("utf-8", "iso-8859-1"):
            try:
                name = unquote(encoded, encoding=charset.strip(), errors="strict")
            except (LookupError, UnicodeDecodeError):
                name = ""
            if safe_filename(name):
                return safe_filename(name)
    return safe_filename(params.get("filename"))


class BinaryResponse:
    """A file the server sent: a binary answer (see the module docstring).

    Attributes: ``content_type`` (the media type, without parameters; None if not sent),
    ``filename`` (from ``Content-Disposition``, safe to join to a directory; None if not sent),
    ``content_length`` (bytes announced, or None), ``operation`` (the operation's name),
    ``status_code``, ``headers``, ``request_id``, ``http_response`` (the ``httpx.Response``).

    ``with client.admin.get_prompt_logs(prompt_log_prefix="x") as logs: logs.write_to("out/")``
    """

    __slots__ = ("http_response", "operation", "_content", "_consumed", "_released", "__weakref__")

    def __init__(self, response: httpx.Response, operation: str = "") -> None:
        self.http_response = response
        self.operation = operation or "download"
        self._content: Optional[bytes] = None
        self._consumed = False
        self._released = False
        try:
            self._content = response.content  # already read (the generated sync() reads it whole)
            self._released = True
        except httpx.ResponseNotRead:
            pass

    # -- what the server said ---------------------------------------------------------------

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> Optional[str]:
        return _request_id(self.http_response)

    @property
    def content_type(self) -> Optional[str]:
        value = self.http_response.headers.get("content-type")
        return value.split(";", 1)[0].strip().lower() or None if value else None

    @property
    def filename(self) -> Optional[str]:
        return disposition_filename(self.http_response.headers.get("content-disposition"))

    @property
    def content_length(self) -> Optional[int]:
        value = self.http_response.headers.get("content-length", "")
        return int(value) if value.isdigit() else None

    @property
    def closed(self) -> bool:
        """Whether the connection has been given back (body read, or closed)."""
        return self._released

    # -- the body ---------------------------------------------------------------------------

    def read(self) -> bytes:
        """The whole body (read once, then kept: later calls and :meth:`iter_bytes` use it)."""
        if self._content is not None:
            return self._content
        self._start()
        try:
            content = read_body(self.http_response, self.http_response.request.extensions.get(MAX_RESPONSE))
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._broken(exc) from exc
        finally:
            self._release()
        self._content = content
        return content

    @property
    def content(self) -> bytes:
        """The whole body (:meth:`read`)."""
        return self.read()

    @property
    def text(self) -> str:
        """The body as text (the charset the server names, else guessed), for ``text/*`` files."""
        self.read()
        return self.http_response.text

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        """The body in chunks as they arrive, without holding it in memory (the connection is
        given back when the iteration ends, breaks or raises). Once only, unless :meth:`read`
        kept the body."""
        if self._content is not None:
            step = chunk_size or CHUNK_SIZE
            content = self._content
            return iter([content[i : i + step] for i in range(0, len(content), step)])
        self._start()
        return self._stream(chunk_size)

    def _stream(self, chunk_size: Optional[int]) -> Iterator[bytes]:
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except (httpx.HTTPError, httpx.StreamError) as exc:
            raise self._broken(exc) from exc
        finally:
            self._release()

    def write_to(self, path: Union[str, "os.PathLike[str]"], *, chunk_size: int = CHUNK_SIZE) -> Path:
        """Stream the body to ``path`` and return the file written, holding one chunk in memory.

        ``path`` is a file: it is written under a temporary name beside it and renamed into
        place once the whole body has arrived (an existing file is replaced only then). ``path``
        is an existing directory: the file goes into it, named :attr:`filename` (or after the
        operation and the content type), never replacing a file there (``name (1).zip``)."""
        target = Path(path)
        if target.is_dir():
            return self._write_new(target)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=str(target.parent))
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in self.iter_bytes(chunk_size):
                    out.write(chunk)
            os.replace(temporary, target)
        except BaseException:
            _remove(temporary)
            raise
        return target

    def _write_new(self, directory: Path) -> Path:
        name = self.filename or self._fallback_name()
        stem, extension = _split_name(name)
        for attempt in range(10_000):
            candidate = directory / (name if attempt == 0 else f"{stem} ({attempt}){extension}")
            try:
                out = open(candidate, "xb")  # noqa: SIM115 - closed below, removed on failure
            except FileExistsError:
                continue
            try:
                with out:
                    for chunk in self.iter_bytes(CHUNK_SIZE):
                        out.write(chunk)
            except BaseException:
                _remove(str(candidate))
                raise
            return candidate
        raise FileExistsError(f"{directory}: no free name for {name!r}")

    def _fallback_name(self) -> str:
        """A name when the server gives none: the last segment of the request path if it looks
        like a file name (``amigo_tool_scaffold.tar.gz``), else the operation and an extension
        from the content type (``get_prompt_logs.zip``)."""
        last = self.http_response.request.url.path.rstrip("/").rsplit("/", 1)[-1]
        if "." in last.strip("."):
            safe = safe_filename(unquote(last))
            if safe:
                return safe
        extension = _EXTENSIONS.get(self.content_type or "") or mimetypes.guess_extension(self.content_type or "")
        return f"{self.operation}{extension or '.bin'}"

    # -- lifetime ---------------------------------------------------------------------------

    def _start(self) -> None:
        if self._consumed:
            raise StreamError(
                f"{self.operation}: the body was already streamed (iter_bytes, write_to) or the response "
                "closed; call read() first to keep the body in memory, or request the file again"
            )
        self._consumed = True

    def _broken(self, exc: BaseException) -> IncompleteStreamError:
        received = self.http_response.num_bytes_downloaded
        expected = f" of {self.content_length}" if self.content_length is not None else ""
        return IncompleteStreamError(
            f"{self.operation}: the connection broke after {received} bytes{expected} of the body; "
            f"the file is incomplete: {exc!r}"
        )

    def _release(self) -> None:
        if self._released:
            return
        self._released = True
        from ._streaming import _close_response

        _close_response(self.http_response)

    def close(self) -> None:
        """Give the connection back without reading the rest of the body (idempotent)."""
        if not self._released and self._content is None:
            self._consumed = True
        self._release()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        # Dropped unread: give the pooled connection back (see EventStream.__del__).
        if not getattr(self, "_released", True):
            self._released = True
            try:
                from ._streaming import _close_response

                _close_response(self.http_response)
            except Exception:  # noqa: BLE001 - a finalizer must not raise
                pass

    def __repr__(self) -> str:
        size = f", {self.content_length} bytes" if self.content_length is not None else ""
        name = f", filename={self.filename!r}" if self.filename else ""
        return f"<BinaryResponse of {self.operation}: {self.content_type}{name}{size}>"


#: Extensions mimetypes does not know, or gives another for, on some systems.
_EXTENSIONS = {
    "application/zip": ".zip",
    "application/gzip": ".gz",
    "application/x-gzip": ".gz",
    "application/octet-stream": ".bin",
    "text/csv": ".csv",
    "application/pdf": ".pdf",
}


def _split_name(name: str) -> Tuple[str, str]:
    for compound in (".tar.gz", ".tar.bz2", ".tar.xz"):
        if name.lower().endswith(compound) and len(name) > len(compound):
            return name[: -len(compound)], name[-len(compound) :]
    stem, extension = os.path.splitext(name)
    return stem, extension


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
