"""The runtime behind the generated resource namespaces (``client.<resource>.<action>(...)``).

Contract:

* :class:`Resource` is the base of every generated ``<Tag>Resource`` class in
  ``amigo_client.api.<tag>``. A generated method only passes its arguments on to
  :meth:`Resource._request`, which builds the request with the operation module's generated
  ``_get_kwargs``, sends it through :meth:`AmigoClient._send <amigo_client.AmigoClient>` (typed
  :class:`~amigo_client.AmigoError` subclasses for every non-2xx answer, retries, logging) and
  parses the 2xx answer with the generated ``_parse_response``.
* A request body is the generated model, a mapping of its fields (read with the model's
  ``from_dict``), or the model's fields as keyword arguments; a missing or unknown field is a
  :class:`~amigo_client.ConfigurationError` that names it.
* Per-request options on every method: ``timeout`` (seconds or ``httpx.Timeout``),
  ``extra_headers`` and ``extra_query`` (merged over what the method sends).
* A list operation that pages with ``has_more`` / ``continuation_token`` returns a :class:`Page`:
  ``page.data`` is the generated model, iterating the page yields every item of every page from
  there on, fetching the next page only when the previous one is used up.
* An operation whose 2xx answer is a file (neither JSON nor NDJSON) returns a
  :class:`~amigo_client._binary.BinaryResponse` as soon as the headers are in; the body is read
  or streamed through it.
* ``client.with_raw_response.<resource>.<action>(...)`` returns a :class:`RawResponse`: status,
  headers, request id and retries of the answer, and ``parse()`` for what the plain method
  returns.
* :func:`send` is what the generated module functions (``<operation>.sync(client=...)``) send
  through, so they raise the same typed errors.
* :func:`path_segment` is how every generated ``_get_kwargs`` puts a path parameter into the URL:
  the value becomes exactly one segment of the operation's own path, or a
  :class:`~amigo_client.ConfigurationError` naming the operation and the parameter is raised
  before anything is sent.
"""

from __future__ import annotations

import datetime as _dt
import re
import time
from types import ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Pattern,
    TypeVar,
    Union,
)
from urllib.parse import quote

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    UnexpectedResponseError,
    _request_id,
    error_for_response,
)
from ._options import check_request_options, timeout_option
from ._retry import RETRIES
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._client import AmigoClient
    from .client import AuthenticatedClient, Client

__all__ = [
    "NotAPageError",
    "Page",
    "RawResponse",
    "Resource",
    "RawResource",
    "Timeout",
    "TokenLoopGuard",
    "model_body",
    "not_a_page",
    "parse",
    "path_segment",
    "send",
]

T = TypeVar("T")
M = TypeVar("M")
I = TypeVar("I")  # noqa: E741

#: What ``timeout=`` accepts: seconds, or an ``httpx.Timeout``.
Timeout = Union[float, httpx.Timeout, None]
#: Response extension set by AmigoClient._send: seconds from sending to the status line.
ELAPSED = __name__.rpartition(".")[0] + ".elapsed"


# -- path parameters -------------------------------------------------------------------
#
# A path parameter's value must reach the server as exactly one segment of the operation's own
# path, whatever it is, and never re-point the request (``delete_agent("..")`` must not become
# ``DELETE /organization/``). What the generated ``_get_kwargs`` does with each value:
#
# * The contract's rules for it (``pattern``, ``minLength``, ``maxLength``; scripts/generate.py
#   hands them to the templates) are checked first. A pattern is read as JSON Schema reads it
#   (it may match anywhere unless anchored) with ``$`` meaning the end of the value, as in
#   ECMA-262 and in the server's validator, not "before a final newline" as in Python's ``re``:
#   ``"65f0...a1\n"`` does not pass ``^[a-f0-9]{24}$``.
# * An empty value is refused: it cannot be a segment (``/agent//`` is another path, or is merged
#   into ``/agent/`` by many servers and proxies).
# * ``.`` and ``..`` are refused, pattern or not. Percent-encoded as ``%2E`` they would stay one
#   segment for httpx and for a server that follows RFC 3986 to the letter, but RFC 3986 (6.2.2.2)
#   makes ``%2E`` equivalent to ``.``, and proxies that normalize (nginx, most CDNs, WAFs) decode it
#   and then remove the dot segment, re-pointing the request after it has left the SDK. No
#   resource can be named ``.`` or ``..`` anyway: a URL cannot address it.
# * ``/`` and a backslash are refused. ``%2F`` keeps ``a/b`` one segment in RFC 3986 terms, but the
#   server's framework (Starlette) and many proxies route on the decoded path, where it is two
#   segments (``update_user_info("u1/variable")`` would reach modify-user-variables), and some
#   proxies (WHATWG URL parsers) read a backslash as a slash.
# * Everything else is percent-encoded (``quote(value, safe="")``: ``%``, ``?``, ``#``, spaces,
#   control and non-ASCII characters as UTF-8), so ``%2F`` is sent as ``%252F``: after the one
#   decoding a server does, it is the text ``%2F`` again, in one segment.

_PATH_REFUSED = re.compile(r"[/\\]")
_SHOWN_VALUE = 60
_COMPILED: Dict[str, Optional[Pattern[str]]] = {}


def _json_schema_pattern(pattern: str) -> Optional[Pattern[str]]:
    """``pattern`` compiled with ``$`` (outside character classes) as the end of the value; None
    when Python's ``re`` cannot compile it (the value is then sent without the check)."""
    found = _COMPILED.get(pattern, False)
    if found is not False:
        return found  # type: ignore[return-value]
    out: List[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            for literal in ("^", "]"):  # "[^]...]" / "[]...]": a first "]" is a literal
                if pattern.startswith(literal, i):
                    out.append(literal)
                    i += 1
            continue
        elif ch == "$":
            out.append(r"\Z")
            i += 1
            continue
        out.append(ch)
        i += 1
    try:
        compiled: Optional[Pattern[str]] = re.compile("".join(out))
    except (re.error, RecursionError, OverflowError):
        compiled = None
    _COMPILED[pattern] = compiled
    return compiled


def _shown(value: str) -> str:
    return repr(value if len(value) <= _SHOWN_VALUE else value[:_SHOWN_VALUE] + "...")


def path_segment(
    value: Any,
    name: str,
    operation: str,
    pattern: Optional[str] = None,
    min_length: Optional[int] = None,
    max_length: Optional[int] = None,
) -> str:
    """``value`` of path parameter ``name`` of ``operation`` as one percent-encoded path segment,
    after the contract's rules for it; a :class:`~amigo_client.ConfigurationError` naming the
    operation and the parameter otherwise (see the comment above for what is refused and why).
    The value is shown in the message (ids, names: path parameters carry no secrets)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ConfigurationError(f"{operation}: {name} must be a string, got {type(value).__name__}")
    text = value if isinstance(value, str) else str(value)
    if pattern is not None:
        compiled = _json_schema_pattern(pattern)
        if compiled is not None and compiled.search(text) is None:
            raise ConfigurationError(
                f"{operation}: {name} {_shown(text)} does not match {pattern}, the pattern the contract gives for it"
            )
    if min_length is not None and len(text) < min_length:
        raise ConfigurationError(f"{operation}: {name} {_shown(text)} is shorter than {min_length} characters")
    if max_length is not None and len(text) > max_length:
        raise ConfigurationError(f"{operation}: {name} {_shown(text)} is longer than {max_length} characters")
    if not text:
        raise ConfigurationError(f"{operation}: {name} is empty; a path parameter needs a value")
    if text in (".", ".."):
        raise ConfigurationError(
            f"{operation}: {name} cannot be {text!r}: URL normalization removes a {text!r} path segment, "
            "which would send the request to another path"
        )
    if _PATH_REFUSED.search(text):
        raise ConfigurationError(
            f"{operation}: {name} {_shown(text)} holds '/' or '\\': it must be one segment of the path, and "
            "servers that decode %2F read it as two"
        )
    return quote(text, safe="")


class NotAPageError(ConfigurationError, TypeError):
    """A model that is not a :class:`Page` was iterated (``for role in client.role.get_roles()``).
    A ``TypeError`` too, as iterating any other non-iterable object raises."""


def not_a_page(model: Any, list_fields: List[str]) -> NotAPageError:
    """The error of iterating ``model`` (generated models' ``__iter__``), saying what to iterate."""
    name = type(model).__name__
    if len(list_fields) == 1:
        hint = f"iterate .{list_fields[0]}"
    elif list_fields:
        hint = "iterate one of its lists: " + ", ".join(f".{field}" for field in list_fields)
    else:
        hint = "it is one object: read its fields"
    return NotAPageError(f"{name} is not a page and cannot be iterated; {hint}")


class RawResponse(Generic[T]):
    """A successful answer before parsing: ``status_code``, ``headers``, ``request_id``,
    ``retries`` (times the request was sent again), ``elapsed`` (seconds), ``http_response``
    (the ``httpx.Response``) and :meth:`parse` (what the plain method returns)."""

    __slots__ = ("http_response", "_parse", "_parsed")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: Any = UNSET

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
    def retries(self) -> int:
        return int(self.http_response.extensions.get(RETRIES, 0))

    @property
    def elapsed(self) -> Optional[float]:
        value = self.http_response.extensions.get(ELAPSED)
        return float(value) if value is not None else None

    def parse(self) -> T:
        """The parsed answer (parsed once; later calls return the same object)."""
        if isinstance(self._parsed, Unset):
            self._parsed = self._parse()
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code} request_id={self.request_id!r}>"


class TokenLoopGuard:
    """Stops a walk through pages when the server's continuation tokens go round in a loop, in
    constant memory (a server answering ``has_more`` with ever new 48 KiB tokens must not grow a
    set of every token seen).

    Two remembered tokens, whatever the length of the walk: the previous one, so the same token
    twice in a row is refused at once (before it is used), and an *anchor* for Brent's cycle
    detection, moved forward at steps 1, 2, 4, 8, ..., so any loop A, B, ..., A of length L after
    P pages is refused within about ``2 * max(P, L) + L`` pages: a server whose page for a token
    is always the same ends up in such a loop and is stopped. What it cannot
    catch, and what no bounded check can, is a server that keeps sending new tokens: that is an
    endless list, followed like any endless iterator, with memory flat (a walk keeps only the
    current page). Tokens are the same when they have the same type and compare equal.
    """

    __slots__ = ("_anchor", "_last", "_power", "_steps", "_count")

    def __init__(self) -> None:
        self._anchor: Any = None
        self._last: Any = None
        self._power = 1
        self._steps = 0
        self._count = 0

    def copy(self) -> TokenLoopGuard:
        twin = TokenLoopGuard()
        twin._anchor, twin._last, twin._power = self._anchor, self._last, self._power
        twin._steps, twin._count = self._steps, self._count
        return twin

    def check(self, token: Any, operation: str) -> None:
        """Record ``token``; an :class:`~amigo_client.UnexpectedResponseError` naming
        ``operation`` if the tokens so far go round in a loop."""
        if self._count and (_same_token(token, self._last) or _same_token(token, self._anchor)):
            shown = repr(token) if len(repr(token)) <= 80 else f"{repr(token)[:77]}..."
            raise UnexpectedResponseError(
                f"{operation}: the server sent continuation_token {shown} twice in one walk through the "
                "pages (a loop); stopping instead of fetching the same pages again"
            )
        self._count += 1
        self._last = token
        self._steps += 1
        if self._count == 1 or self._steps == self._power:
            self._anchor = token
            self._power *= 2
            self._steps = 0


def _same_token(a: Any, b: Any) -> bool:
    return type(a) is type(b) and bool(a == b)


class Page(Generic[M, I]):
    """One page of a list operation, and an iterator over every item from it on.

    ``data`` is the page as the generated model; ``items`` the items of this page;
    ``has_more`` whether the server has more. ``for item in page`` yields the items of this page,
    then of each following page, requesting a page only when the previous one is used up.
    :meth:`iter_pages` yields the pages (generated models) instead; :meth:`next_page` fetches one.

    Iterating again (``for`` a second time, ``list(page)`` twice, :meth:`iter_pages` again) works
    and *fetches the following pages again*: this page's items come from memory (it is the
    answer you hold), every later page is requested anew. A page keeps no reference to the
    pages after it, so a walk through a very long list holds one page at a time whatever its
    length, and a second walk shows the list as the server has it now (items added or removed
    in between), as a new call would; keep ``list(page)`` yourself to replay a walk. Each walk
    has its own loop guard (:class:`TokenLoopGuard`), so walking twice is never mistaken for a
    server repeating its tokens.
    """

    __slots__ = ("data", "_field", "_fetch", "_operation", "_guard")

    def __init__(
        self,
        data: M,
        field: str,
        fetch: Callable[[Any], Page[M, I]],
        operation: str = "",
        guard: Optional[TokenLoopGuard] = None,
    ) -> None:
        self.data = data
        self._field = field
        self._fetch = fetch
        self._operation = operation or type(data).__name__
        self._guard = guard  # the guard of a next_page() chain (see next_page)

    @property
    def items(self) -> List[I]:
        values = getattr(self.data, self._field)
        return list(values) if isinstance(values, list) else []

    @property
    def has_more(self) -> bool:
        return bool(getattr(self.data, "has_more", False))

    def _token(self) -> Any:
        token = getattr(self.data, "continuation_token", None)
        if token is None or isinstance(token, Unset):
            raise UnexpectedResponseError(f"{self._operation}: the server said has_more but sent no continuation_token")
        return token

    def _following(self, guard: TokenLoopGuard) -> Optional[Page[M, I]]:
        if not self.has_more:
            return None
        token = self._token()
        guard.check(token, self._operation)
        return self._fetch(token)

    def next_page(self) -> Optional[Page[M, I]]:
        """The following page, or None when this is the last one. A chain of ``next_page()``
        calls carries its own loop guard (a copy per page, constant size), so a hand-written
        ``while page: ...; page = page.next_page()`` stops on a looping server too."""
        guard = self._guard.copy() if self._guard is not None else TokenLoopGuard()
        page = self._following(guard)
        if page is not None:
            page._guard = guard
        return page

    def iter_pages(self) -> Iterator[M]:
        """This page's model, then each following page's, fetched lazily (again on each call)."""
        guard = TokenLoopGuard()
        page: Optional[Page[M, I]] = self
        while page is not None:
            yield page.data
            page = page._following(guard)

    def __iter__(self) -> Iterator[I]:
        guard = TokenLoopGuard()
        page: Optional[Page[M, I]] = self
        while page is not None:
            yield from page.items
            page = page._following(guard)

    def __repr__(self) -> str:
        return f"<Page of {type(self.data).__name__}: {len(self.items)} items, has_more={self.has_more}>"

    if not TYPE_CHECKING:
        # Untyped convenience: page.users is page.data.users (type checkers see only .data).
        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return getattr(self.data, name)


def _options(
    kwargs: Dict[str, Any], timeout: Timeout, extra_headers: Optional[Mapping[str, str]], extra_query: Any
) -> Dict[str, Any]:
    check_request_options(timeout, extra_headers, extra_query)  # amigo_client._options: typed errors, nothing sent
    if extra_headers:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **extra_headers}
    if extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **extra_query}
    if timeout is not None:
        kwargs["timeout"] = timeout_option(timeout, "")  # seconds: connecting capped at 5 s, as for the client
    return kwargs


def _model_fields(cls: type) -> List[str]:
    import attrs

    return [f.alias or f.name for f in attrs.fields(cls) if f.init]


# -- bodies: models, mappings, and both mixed at any depth -------------------------------
#
# Wherever a model is taken, a mapping of its fields is taken too, at every depth: a body, a
# field given as a keyword argument, an item of a list of models, a member of a union, the value
# of a map-like model, or a mapping inside a model built by hand. The generated code does the
# work: what the caller gave is turned into the wire form (a model's own ``to_dict``, a mapping's
# items, dates as ISO text) and read back with the model's ``from_dict``, which converts every
# nested mapping into its model and, when something does not fit, says where (types.located):
# ``create_metric: metric_value.lower_bound: a required field is missing``.


class _Wire(Dict[str, Any]):
    """A mapping already in wire form where the generated code expects a model: its ``to_dict``
    is the mapping (a model's ``to_dict`` calls its fields' ``to_dict``)."""

    __slots__ = ()

    def to_dict(self) -> Dict[str, Any]:
        return dict(self)


def _is_model(value: Any) -> bool:
    return hasattr(type(value), "__attrs_attrs__") and hasattr(value, "to_dict")


def _to_wire(value: Any) -> Any:
    """``value`` as JSON-ready data, the form ``from_dict`` reads: models by their ``to_dict``
    (rebuilt first if they hold mappings), mappings item by item (UNSET items left out), lists
    and tuples as lists, dates and times as ISO 8601 text."""
    if isinstance(value, Mapping):
        return {str(key): _to_wire(item) for key, item in value.items() if not isinstance(item, Unset)}
    if isinstance(value, (list, tuple)):
        return [_to_wire(item) for item in value]
    if _is_model(value):
        try:
            return value.to_dict()
        except (AttributeError, TypeError):
            return _rebuilt_wire(value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return value


def _wrap(value: Any) -> Any:
    """A field value ready for a model's constructor and ``to_dict``: mappings and models become
    :class:`_Wire`, lists are wrapped item by item; anything else is left as it is."""
    if isinstance(value, Mapping) or _is_model(value):
        return _Wire(_to_wire(value))
    if isinstance(value, (list, tuple)):
        return [_wrap(item) for item in value]
    return value


def _has_mapping(value: Any) -> bool:
    if isinstance(value, Mapping):
        return True
    if isinstance(value, (list, tuple)):
        return any(_has_mapping(item) for item in value)
    return False


def _rebuilt_wire(model: Any) -> Dict[str, Any]:
    """The wire form of a model whose fields hold mappings (``CreateMetricRequest(metric_value={...})``,
    built by hand): the model made again with those wrapped, then its ``to_dict``."""
    import attrs

    cls = type(model)
    fields = {f.alias or f.name: _wrap(getattr(model, f.name)) for f in attrs.fields(cls) if f.init}
    clone = cls(**fields)
    extra = getattr(model, "additional_properties", None)
    if isinstance(extra, dict):
        clone.additional_properties = {key: _to_wire(item) for key, item in extra.items()}
    return clone.to_dict()  # type: ignore[no-any-return]


def _step(step: Any) -> str:
    return f"[{step}]" if isinstance(step, int) else f".{step}"


def _where(exc: BaseException) -> List[Any]:
    path = exc.__dict__.get("amigo_path")
    return list(path) if isinstance(path, list) else []


def _path_text(path: List[Any]) -> str:
    return "".join(_step(step) for step in path).lstrip(".")


def _misfit(name: str, model: str, exc: BaseException) -> ConfigurationError:
    """The error for a body that ``from_dict`` could not read, naming the path of the field."""
    path = _where(exc)
    if isinstance(exc, KeyError) and exc.args:
        if not path:
            return ConfigurationError(f"{name}: body is missing the required field {exc.args[0]!r} of {model}")
        return ConfigurationError(f"{name}: {_path_text(path + [exc.args[0]])}: a required field is missing")
    reason = str(exc) or type(exc).__name__
    if path:
        return ConfigurationError(f"{name}: {_path_text(path)}: {reason}")
    return ConfigurationError(f"{name}: body does not fit {model}: {reason}")


def _read(cls: Any, wire: Any, name: str) -> Any:
    try:
        return cls.from_dict(wire)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _misfit(name, cls.__name__, exc) from None


def model_body(body: Any, cls: Any, name: str) -> Any:
    """What a generated ``_get_kwargs`` sends as the body of operation ``name``: ``body`` if it is
    a ``cls`` (or UNSET), the ``cls`` read from a mapping of its fields (nested mappings and
    models mixed at any depth), else a :class:`~amigo_client.ConfigurationError` saying what is
    wrong and where (``create_metric: metric_value.lower_bound: ...``)."""
    if isinstance(body, Unset):
        return body
    model = cls.__name__
    if isinstance(body, cls):
        try:
            wire = body.to_dict()
        except (AttributeError, TypeError):
            # A model built by hand with mappings in its fields: read it again through from_dict.
            return _read(cls, _wire_of(lambda: _rebuilt_wire(body), name, model), name)
        # Sent as it is; the wire form computed here is what the generated code sends (a
        # multipart body needs the model itself).
        return body if hasattr(cls, "to_multipart") else _Wire(wire)
    if isinstance(body, Mapping):
        return _read(cls, _wire_of(lambda: _to_wire(body), name, model), name)
    raise ConfigurationError(f"{name}: body must be a {model} or a mapping of its fields, got {type(body).__name__}")


def _wire_of(convert: Callable[[], Any], name: str, model: str) -> Any:
    """``convert()``, or a ConfigurationError when a value in the body is not what its field takes
    (a number where a model is expected: only mypy can name the field before this point)."""
    try:
        return convert()
    except (AttributeError, TypeError, ValueError) as exc:
        raise ConfigurationError(f"{name}: a field of {model} holds a value it cannot send: {exc}") from None


def _body(op: ModuleType, model: str, required: bool, body: Any, fields: Dict[str, Any]) -> Any:
    name = op.__name__.rsplit(".", 1)[-1]
    cls = getattr(op, model)
    if fields:
        if not isinstance(body, Unset):
            raise ConfigurationError(f"{name}: pass either body= or the fields of {model}, not both")
        known = _model_fields(cls)
        unknown = sorted(set(fields) - set(known))
        if unknown:
            raise ConfigurationError(
                f"{name}: unknown argument(s) {', '.join(unknown)}; the fields of {model} are {', '.join(known)}"
            )
    if isinstance(body, Unset):
        if not fields and not required:
            return UNSET
        mixed = any(_has_mapping(value) for value in fields.values())
        given = _wire_of(lambda: {key: _wrap(value) for key, value in fields.items()}, name, model) if mixed else fields
        try:
            instance = cls(**given)
        except TypeError as exc:
            raise ConfigurationError(f"{name}: {model} is incomplete: {exc}") from None
        if not mixed:
            return instance
        # Nested mappings: to the wire form and back, so each becomes its model (or names where
        # it does not fit); the defaults of fields not given are kept.
        return _read(cls, _wire_of(instance.to_dict, name, model), name)
    return model_body(body, cls, name)


class Resource:
    """Base of the generated resource classes: holds the client the methods send through."""

    __slots__ = ("_client",)

    def __init__(self, client: AmigoClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def __dir__(self) -> List[str]:
        return sorted(name for name in dir(type(self)) if not name.startswith("_"))

    def _prepare(
        self,
        op: ModuleType,
        params: Dict[str, Any],
        body: Any,
        fields: Dict[str, Any],
        model: Optional[str],
        required: bool,
        timeout: Timeout,
        extra_headers: Optional[Mapping[str, str]],
        extra_query: Any,
    ) -> Dict[str, Any]:
        if model is not None:
            params["body"] = _body(op, model, required, body, fields)
        elif fields:
            name = op.__name__.rsplit(".", 1)[-1]
            raise ConfigurationError(f"{name}: unknown argument(s) {', '.join(sorted(fields))}")
        return _options(op._get_kwargs(**params), timeout, extra_headers, extra_query)

    def _request(
        self,
        op: ModuleType,
        params: Dict[str, Any],
        body: Any = UNSET,
        fields: Optional[Dict[str, Any]] = None,
        *,
        model: Optional[str] = None,
        required: bool = False,
        stream: bool = False,
        binary: bool = False,
        items: Optional[str] = None,
        timeout: Timeout = None,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Any = None,
    ) -> Any:
        kwargs = self._prepare(op, params, body, fields or {}, model, required, timeout, extra_headers, extra_query)
        client = self._client
        if stream:
            from ._streaming import EventStream

            kwargs["headers"] = {**(kwargs.get("headers") or {}), "Accept": "application/x-ndjson"}
            response = client._send(kwargs, stream=True)
            voice = params.get("response_format") == "voice"
            return self._result(response, lambda: EventStream(response, voice=voice))
        if binary:
            # Returned once the headers are in; the body is read (or streamed to a file) by the
            # caller through the BinaryResponse, which gives the connection back.
            from ._binary import BinaryResponse

            response = client._send(kwargs, stream=True)
            name = op.__name__.rsplit(".", 1)[-1]
            return self._result(response, lambda: BinaryResponse(response, name))
        response = client._send(kwargs)
        if items is None:
            return self._result(response, lambda: parse(op, client, response))
        field = items
        name = op.__name__.rsplit(".", 1)[-1]

        def fetch(token: Any) -> Page[Any, Any]:
            again = dict(params, continuation_token=token)
            try:
                following = client._send(_options(op._get_kwargs(**again), timeout, extra_headers, extra_query))
            except (httpx.InvalidURL, ConfigurationError) as exc:
                # The one thing that differs from the first request is the server's token.
                raise UnexpectedResponseError(
                    f"{name}: the next page cannot be requested with the continuation_token the server sent "
                    f"({len(str(token))} characters): {exc}"
                ) from None
            return Page(parse(op, client, following), field, fetch, name)

        return self._result(response, lambda: Page(parse(op, client, response), field, fetch, name))

    def _result(self, response: httpx.Response, parse: Callable[[], Any]) -> Any:
        return parse()


class RawResource(Resource):
    """The ``with_raw_response`` twin of a resource: methods return :class:`RawResponse`."""

    __slots__ = ()

    def _result(self, response: httpx.Response, parse: Callable[[], Any]) -> Any:
        return RawResponse(response, parse)


def parse(op: ModuleType, client: Any, response: httpx.Response) -> Any:
    """``op``'s generated ``_parse_response`` of a 2xx answer; an answer that does not fit the
    operation's model is an :class:`~amigo_client.UnexpectedResponseError` naming what is wrong."""
    try:
        return op._parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        name = op.__name__.rsplit(".", 1)[-1]
        what = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        where = _path_text(_where(exc))
        what = f"{where}: {what}" if where else what
        raise UnexpectedResponseError(
            f"{name}: the {response.status_code} answer does not fit the contract ({what})"
        ) from exc


def send(client: Union[AmigoClient, AuthenticatedClient, Client], kwargs: Dict[str, Any]) -> httpx.Response:
    """Send a request built by a generated ``_get_kwargs`` through ``client``: an
    :class:`~amigo_client.AmigoClient` sends it its own way; any other generated client through
    its httpx client. Either way a non-2xx answer raises its typed ``APIStatusError``."""
    own = getattr(client, "_send", None)
    if own is not None:
        return own(kwargs)  # type: ignore[no-any-return]
    started = time.perf_counter()
    try:
        response = client.get_httpx_client().request(**kwargs)  # type: ignore[union-attr]  # not an AmigoClient
    except httpx.TimeoutException as exc:
        raise APITimeoutError(f"{kwargs.get('method', '').upper()} {kwargs.get('url')} timed out: {exc!r}") from exc
    except httpx.TransportError as exc:
        raise APIConnectionError(
            f"{kwargs.get('method', '').upper()} {kwargs.get('url')} failed before an HTTP answer: {exc!r}"
        ) from exc
    response.extensions = {**response.extensions, ELAPSED: time.perf_counter() - started}
    if not 200 <= response.status_code < 300:
        raise error_for_response(response)
    return response
