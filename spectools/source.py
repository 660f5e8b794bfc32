"""Read an upstream OpenAPI document (a path or an http(s) URL, JSON or YAML) within limits.

Contract: the upstream document is third-party input, as untrusted as a server's answer.
:func:`read_source` returns its bytes and parsed content, or raises :class:`SourceError`, a
``ValueError`` whose message is one line naming what is wrong (never a traceback, never the
query string or credentials of a URL). The limits:

* **Size**: at most :data:`MAX_BYTES` bytes, from a file or a URL (a body that grows past it is
  cut off and refused, whatever ``Content-Length`` said; a compressed body counts decompressed).
* **Time** (URLs): the whole download, redirects included, ends within :data:`DEADLINE` seconds.
* **Redirects** (URLs): at most :data:`MAX_REDIRECTS`, only to ``http``/``https`` (never
  ``file:``, ``ftp:`` or anything else), and never from ``https`` down to ``http``.
* **Structure**: nesting deeper than :data:`MAX_NESTING` levels is refused, as is a YAML
  document whose aliases expand to more than :data:`MAX_NODES` nodes (a "billion laughs") or
  refer to a node that contains them (``&a [*a]``); only the safe YAML tags are read (a
  ``!!python/...`` tag is refused); numbers must be finite (no ``NaN``, ``.inf``).

:func:`public_source` is what may be recorded and printed of a source: a URL without its user
information, query string and fragment (a signed URL's token never reaches ``openapi.yaml``), a
path's file name.
"""

from __future__ import annotations

import json
import math
import re
import time
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple
from urllib.parse import urlsplit, urlunsplit

import yaml

__all__ = [
    "DEADLINE",
    "MAX_BYTES",
    "MAX_NESTING",
    "MAX_NODES",
    "MAX_REDIRECTS",
    "SourceError",
    "check_structure",
    "fetch",
    "is_url",
    "parse_document",
    "public_source",
    "read_source",
]

#: The largest upstream document read (bytes; today's is about 1.1 MB).
MAX_BYTES = 32 * 1024 * 1024
#: Seconds a URL source may take in all (connection, redirects, body).
DEADLINE = 60.0
#: Redirects a URL source may follow.
MAX_REDIRECTS = 5
#: The deepest nesting of mappings and lists accepted (today's document: 13).
MAX_NESTING = 64
#: Nodes a document may hold once its YAML aliases are expanded (today's: about 60,000).
MAX_NODES = 2_000_000

_URL = re.compile(r"^https?://", re.IGNORECASE)


class SourceError(ValueError):
    """An upstream document that cannot or may not be read; the message is one line."""


def is_url(src: str) -> bool:
    """Whether ``src`` names an http(s) URL (any case) rather than a file."""
    return bool(_URL.match(src))


def public_source(src: str) -> str:
    """What may be recorded of ``src``: a URL without user information, query and fragment; a
    path's file name."""
    if not is_url(src):
        return Path(src).name
    parts = urlsplit(src)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"{host}:{port}" if port is not None else host
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, "", ""))


# --------------------------------------------------------------------------- fetching


def fetch(url: str, *, deadline: float = DEADLINE, max_bytes: int = MAX_BYTES, transport: Any = None) -> bytes:
    """The body of ``url`` (http or https), within the limits of the module docstring
    (``transport``: an httpx transport to fetch through instead of the network)."""
    import httpx  # a development dependency like the rest of spectools; imported when needed

    shown = public_source(url)
    started = time.monotonic()

    def remaining() -> float:
        left = deadline - (time.monotonic() - started)
        if left <= 0:
            raise SourceError(f"{shown}: not downloaded within {deadline:g} s")
        return left

    current = httpx.URL(url)
    try:
        with httpx.Client(follow_redirects=False, trust_env=True, transport=transport) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                left = remaining()
                timeout = httpx.Timeout(min(left, 10.0), connect=min(left, 10.0))
                with client.stream("GET", current, timeout=timeout) as response:
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        target = current.join(location)
                        if target.scheme not in ("http", "https"):
                            raise SourceError(
                                f"{shown}: redirected to a {target.scheme or 'relative'}: URL; only http(s) is followed"
                            )
                        if current.scheme == "https" and target.scheme == "http":
                            raise SourceError(f"{shown}: redirected from https to http; refused")
                        current = target
                        continue
                    if response.status_code != 200:
                        raise SourceError(f"{shown}: HTTP {response.status_code}")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise SourceError(f"{shown}: more than the {max_bytes} bytes accepted ({declared} declared)")
                    chunks: List[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise SourceError(f"{shown}: more than the {max_bytes} bytes accepted")
                        chunks.append(chunk)
                        remaining()
                    return b"".join(chunks)
            raise SourceError(f"{shown}: more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        raise SourceError(f"{shown}: timed out (the whole download may take {deadline:g} s)") from None
    except httpx.HTTPError as exc:
        raise SourceError(f"{shown}: {type(exc).__name__}: {_first_line(str(exc))}") from None


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0]


# --------------------------------------------------------------------------- parsing


class _Refused(yaml.YAMLError):
    pass


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing self-referencing aliases, deep nesting and alias expansion
    past :data:`MAX_NODES` before anything is constructed."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0
        self._open: Set[str] = set()

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102 (PyYAML's hook)
        event = self.peek_event()  # type: ignore[no-untyped-call]
        where = f"line {event.start_mark.line + 1}" if event.start_mark is not None else "somewhere"
        if isinstance(event, yaml.AliasEvent):
            if event.anchor in self._open:
                raise _Refused(f"{where}: the alias *{event.anchor} refers to a node that contains it")
            return super().compose_node(parent, index)
        anchor = getattr(event, "anchor", None)
        self._depth += 1
        if self._depth > MAX_NESTING:
            raise _Refused(f"{where}: nested deeper than {MAX_NESTING} levels")
        if anchor:
            self._open.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1
            if anchor:
                self._open.discard(anchor)

    def get_single_data(self) -> Any:  # noqa: D102 (PyYAML's hook)
        node = self.get_single_node()
        if node is None:
            return None
        _check_expansion(node)
        return self.construct_document(node)


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a node graph whose aliases expand past :data:`MAX_NODES` nodes or
    :data:`MAX_NESTING` levels (each shared node is measured once)."""
    sizes: Dict[int, Tuple[int, int]] = {}
    stack: List[Tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children: List[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                children.extend((key, value))
        if not done:
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        count = 1 + sum(sizes[id(c)][0] for c in children)
        depth = 1 + max((sizes[id(c)][1] for c in children), default=0)
        if count > MAX_NODES:
            raise _Refused(f"its aliases expand to more than {MAX_NODES} nodes")
        if depth > MAX_NESTING + 1:
            raise _Refused(f"its aliases nest it deeper than {MAX_NESTING} levels")
        sizes[id(node)] = (count, depth)


def _reject_constant(name: str) -> Any:
    raise SourceError(f"{name} is not a number JSON allows")


def check_structure(data: Any) -> None:
    """Refuse nesting deeper than :data:`MAX_NESTING`, more than :data:`MAX_NODES` nodes, and
    numbers that are not finite (``SourceError`` naming where)."""
    stack: List[Tuple[Any, int, str]] = [(data, 1, "")]
    count = 0
    while stack:
        node, depth, where = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise SourceError(f"more than {MAX_NODES} nodes")
        if isinstance(node, dict):
            if depth > MAX_NESTING:
                raise SourceError(f"nested deeper than {MAX_NESTING} levels (at {where or '/'})")
            for key, value in node.items():
                stack.append((value, depth + 1, f"{where}/{key}"))
        elif isinstance(node, list):
            if depth > MAX_NESTING:
                raise SourceError(f"nested deeper than {MAX_NESTING} levels (at {where or '/'})")
            for number, value in enumerate(node):
                stack.append((value, depth + 1, f"{where}/{number}"))
        elif isinstance(node, float) and not math.isfinite(node):
            raise SourceError(f"the number at {where or '/'} is not finite ({node})")


def parse_document(raw: bytes, name: str = "the document") -> Dict[str, Any]:
    """Parse ``raw`` (UTF-8 JSON or YAML) into a mapping, within the limits; ``SourceError``
    (one line) otherwise."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: not UTF-8 (byte {exc.start})") from None
    try:
        if text.lstrip().startswith("{"):
            data = json.loads(text, parse_constant=_reject_constant)
        else:
            data = yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 (a SafeLoader subclass)
    except SourceError as exc:
        raise SourceError(f"{name}: {exc}") from None
    except _Refused as exc:
        raise SourceError(f"{name}: YAML refused: {exc}") from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}: " if mark is not None else ""
        tag = re.search(r"for the tag '([^']*)'", str(exc.problem))
        if tag:
            raise SourceError(
                f"{name}: {where}the YAML tag {tag.group(1)} is refused (plain mappings, lists and scalars only)"
            ) from None
        raise SourceError(f"{name}: {where}{exc.problem}") from None
    except yaml.YAMLError as exc:
        raise SourceError(f"{name}: not valid YAML: {' '.join(str(exc).split())}") from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"{name}: not valid JSON: {exc}") from None
    except RecursionError:
        raise SourceError(f"{name}: nested too deeply to read") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise SourceError(f"{name}: {_first_line(str(exc))}") from None
    if not isinstance(data, dict):
        raise SourceError(f"{name}: not an OpenAPI document (a {type(data).__name__}, not a mapping)")
    try:
        check_structure(data)
    except SourceError as exc:
        raise SourceError(f"{name}: {exc}") from None
    return data


def read_source(src: str, *, deadline: float = DEADLINE, max_bytes: int = MAX_BYTES) -> Tuple[bytes, Dict[str, Any]]:
    """The raw bytes and the parsed document of a path or an http(s) URL (JSON or YAML)."""
    shown = public_source(src) if is_url(src) else src
    if is_url(src):
        raw = fetch(src, deadline=deadline, max_bytes=max_bytes)
    else:
        path = Path(src)
        try:
            with path.open("rb") as handle:
                raw = handle.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(f"{src}: {exc.strerror or exc}") from None
        if len(raw) > max_bytes:
            raise SourceError(f"{src}: more than the {max_bytes} bytes accepted")
    return raw, parse_document(raw, shown)
