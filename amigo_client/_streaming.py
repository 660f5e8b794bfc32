"""NDJSON event streams of create-conversation and interact-with-conversation.

An :class:`EventStream` wraps a streamed ``httpx.Response`` and yields one typed event per line
as soon as the line arrives: the generated event models chosen by ``type``
(``ConversationCreatedEvent``, ``UserMessageAvailableEvent``, ``NewMessageEvent``,
``CurrentAgentActionEvent``, ``InteractionCompleteEvent``, ``EndSessionEvent``), or an
:class:`UnknownEvent` for a ``type`` this version does not know. It is a context manager, and
the response is closed when the block exits, when iteration ends, breaks or raises, when
:meth:`EventStream.close` is called, and when a stream that nobody iterated is garbage-collected.
It is one pass over the reply: iterating it again once it has ended, broken off or been closed
yields nothing more.

Two layers, as in httpx's line decoder and openai-python's SSE decoder vs. its ``Stream``:
:class:`_LineDecoder` frames bytes into lines and decodes each line's JSON object (blank lines
skipped; lines and UTF-8 characters split across chunks are joined, since lines are cut on the
``\\n`` byte, which never occurs inside a UTF-8 sequence); :class:`EventStream` turns each object
into a typed event and enforces the contract of a turn:

* an ``error`` event before ``interaction-complete`` raises :class:`TurnRolledBackError` (the
  server rolled the turn back); after it, :class:`PostProcessingError` (the turn is saved);
* a stream that ends, or whose connection breaks, before ``interaction-complete`` or
  ``end-session`` raises :class:`IncompleteStreamError`; once one of them has arrived the turn is
  complete (saved): a connection that breaks afterwards ends the iteration normally, and the
  error is kept in :attr:`EventStream.connection_error` (events the server would have sent after
  it, such as ``end-session`` or a post-processing ``error``, are lost; ``conversation_completed``
  of ``interaction-complete`` still says whether the conversation ended);
* a line that is not one JSON object (invalid UTF-8 or JSON, nested too deeply, not an object,
  longer than ``max_line_bytes``: see :mod:`amigo_client._limits`) raises
  :class:`StreamDecodeError`; so does an event of a known type whose fields do not have the
  types of the generated model (``sequence_number: "1"``, ``stop: "no"``, ``message: null``):
  a field holds what the model declares, or the stream stops with an error naming the field.
  Fields the model does not declare (``message_metadata`` of the documented transcripts, fields
  of later API versions) are kept in the model's ``additional_properties``, as ``from_dict``
  keeps them. Informational ``current-agent-action`` events this version cannot parse are
  yielded as :class:`UnknownEvent` instead.

What people write by hand around these streams is built in: :attr:`EventStream.conversation_id`,
:attr:`EventStream.text` (the agent's text of the turn so far), :attr:`EventStream.completed`,
:attr:`EventStream.conversation_ended`, :meth:`EventStream.until_done` and, for voice replies,
:meth:`EventStream.iter_audio` (decoded audio bytes).
"""

from __future__ import annotations

import base64
import collections
import gc
import importlib
import itertools
import json
import socket
import threading
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Deque,
    Dict,
    Iterable,
    Iterator,
    List,
    NoReturn,
    Optional,
    Sequence,
    Tuple,
    Union,
)

import httpx

from ._errors import (
    IncompleteStreamError,
    PostProcessingError,
    StreamDecodeError,
    StreamError,
    TurnRolledBackError,
)
from ._limits import DEFAULT_MAX_LINE_BYTES, MAX_LINE

if TYPE_CHECKING:
    from .models.conversation_created_event import ConversationCreatedEvent
    from .models.current_agent_action_event import CurrentAgentActionEvent
    from .models.end_session_event import EndSessionEvent
    from .models.interaction_complete_event import InteractionCompleteEvent
    from .models.new_message_event import NewMessageEvent
    from .models.user_message_available_event import UserMessageAvailableEvent

    Event = Union[
        ConversationCreatedEvent,
        UserMessageAvailableEvent,
        NewMessageEvent,
        CurrentAgentActionEvent,
        InteractionCompleteEvent,
        EndSessionEvent,
        "UnknownEvent",
    ]

__all__ = ["EventStream", "UnknownEvent", "EVENT_MODELS", "TEXT_LIMIT"]

#: How many characters of a text reply :attr:`EventStream.text` keeps (see there).
TEXT_LIMIT = 1_000_000
#: Text pieces are joined into one string every this many pieces.
_TEXT_BATCH = 1024
#: How much of a line an error message shows.
_SHOWN = 200
#: At most this many decoded lines are handed from the framing to the typing at a time.
_BATCH = 64

#: Event ``type`` -> (module under ``models``, class) of the generated model that parses it.
EVENT_MODELS: Dict[str, Tuple[str, str]] = {
    "conversation-created": ("conversation_created_event", "ConversationCreatedEvent"),
    "user-message-available": ("user_message_available_event", "UserMessageAvailableEvent"),
    "new-message": ("new_message_event", "NewMessageEvent"),
    "current-agent-action": ("current_agent_action_event", "CurrentAgentActionEvent"),
    "interaction-complete": ("interaction_complete_event", "InteractionCompleteEvent"),
    "end-session": ("end_session_event", "EndSessionEvent"),
}

#: Events whose payload is the point: a missing field is an error, not a None.
_STRICT = frozenset({"new-message", "conversation-created"})
#: Informational events: one this version cannot parse (a new action shape) is yielded as an
#: UnknownEvent instead of failing the turn.
_INFORMATIONAL = frozenset({"current-agent-action"})
#: What a generated ``from_dict`` (and the checks here) raise on a line that breaks the contract.
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError, RecursionError)


# -- framing: bytes -> one decoded JSON object per line ---------------------------------

#: The json module's scanner: the value at a position of a string, and where it ends.
_SCAN: Callable[[str, int], Tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


class _Undecodable:
    """A non-blank line that is not one JSON object, and why."""

    __slots__ = ("line", "reason")

    def __init__(self, line: bytes, reason: str) -> None:
        self.line = line
        self.reason = reason


def _decode_line(line: bytes) -> Union[Dict[str, Any], _Undecodable]:
    """One line (blank lines excluded) by the general route: strict UTF-8, then ``json.loads``
    (which allows the surrounding whitespace, e.g. a CRLF line's ``\\r``)."""
    try:
        value = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return _Undecodable(line, "is not UTF-8")
    except RecursionError:
        return _Undecodable(line, "is nested too deeply to decode")
    except ValueError as exc:
        return _Undecodable(line, f"is not JSON ({exc})")
    if type(value) is not dict:
        return _Undecodable(line, "is not a JSON object")
    return value


class _LineDecoder:
    """NDJSON framing: :meth:`decode` takes the body's chunks and yields the JSON objects of its
    lines, in order, in lists of at most :data:`_BATCH`. At the first line that is not one JSON
    object it stops and keeps that line in :attr:`bad`. The end of the body also ends a last line
    that has no newline. A line longer than ``max_line_bytes`` is such a line too, found as soon
    as that many bytes have arrived without a newline: at most that much (plus one chunk) is ever
    held.

    A chunk is cut after its last newline and decoded once; its lines are scanned in place with
    the json module's scanner, which also says where a value ends, so a line is taken on this
    route only when it holds exactly one JSON object and nothing else. Any other line (blank, CRLF,
    invalid UTF-8 or JSON, not an object) goes through :func:`_decode_line`.
    """

    __slots__ = ("bad", "_limit")

    def __init__(self, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES) -> None:
        #: The first line that is not one JSON object, once met (nothing after it is decoded).
        self.bad: Optional[_Undecodable] = None
        self._limit = max_line_bytes

    def decode(self, chunks: Iterable[bytes]) -> Iterator[List[Dict[str, Any]]]:
        pending: List[bytes] = []
        held = 0  # bytes in pending: the start of a line whose newline has not arrived
        limit = self._limit
        for chunk in itertools.chain(chunks, (b"\n",)):
            end = chunk.rfind(b"\n") + 1
            if not end:
                pending.append(chunk)  # a long line is joined once, when its newline arrives
                held += len(chunk)
                if held > limit:
                    self._too_long(pending[0])
                    return
                continue
            if pending:
                if held + chunk.index(b"\n") > limit:
                    self._too_long(pending[0])
                    return
                pending.append(chunk[:end])
                block = b"".join(pending)
                pending.clear()
            else:
                block = chunk[:end]
            if len(block) > limit and self._longest(block) > limit:  # one chunk larger than a line may be
                self._too_long(block)
                return
            held = len(chunk) - end
            if held:
                if held > limit:
                    self._too_long(chunk[end:])
                    return
                pending.append(chunk[end:])
            yield from self._block(block)
            if self.bad is not None:
                return

    def _too_long(self, start: bytes) -> None:
        self.bad = _Undecodable(
            start[:_SHOWN],
            f"is longer than max_line_bytes ({self._limit:,} bytes) with no newline; it is not read further "
            "(AmigoClient(max_line_bytes=...) allows longer lines)",
        )

    @staticmethod
    def _longest(block: bytes) -> int:
        """The length of the longest line of ``block`` (which ends with a newline)."""
        longest = pos = 0
        while pos < len(block):
            cut = block.index(b"\n", pos)
            longest = max(longest, cut - pos)
            pos = cut + 1
        return longest

    def _block(self, block: bytes) -> Iterator[List[Dict[str, Any]]]:
        """The objects of the lines of ``block`` (which ends with a newline)."""
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            yield self._lines(block.split(b"\n"))
            return
        scan = _SCAN
        objects: List[Dict[str, Any]] = []
        append = objects.append
        pos, size = 0, len(text)
        while pos < size:
            try:
                value, stop = scan(text, pos)
            except (StopIteration, ValueError, RecursionError):
                stop = -1
            if stop > 0 and text[stop] == "\n" and type(value) is dict:
                append(value)
                pos = stop + 1
            else:
                cut = text.index("\n", pos)
                line = text[pos:cut]
                pos = cut + 1
                if line and not line.isspace():
                    decoded = _decode_line(line.encode("utf-8"))
                    if isinstance(decoded, _Undecodable):
                        self.bad = decoded
                        break
                    append(decoded)
            if len(objects) >= _BATCH:
                # Handed over in small lists: a whole chunk of objects alive at once would make
                # the garbage collector run (and walk them) over and over.
                yield objects
                objects = []
                append = objects.append
        if objects:
            yield objects

    def _lines(self, lines: Sequence[bytes]) -> List[Dict[str, Any]]:
        """The objects of lines of a block that is not valid UTF-8 as a whole, one by one."""
        objects: List[Dict[str, Any]] = []
        for line in lines:
            if line and not line.isspace():
                decoded = _decode_line(line)
                if isinstance(decoded, _Undecodable):
                    self.bad = decoded
                    break
                objects.append(decoded)
        return objects


# -- typing: decoded object -> event model ---------------------------------------------


class _Mismatch(ValueError):
    """A field whose value is not what the generated model declares (the message names it)."""


_MISSING: Any = object()
#: Contract fields of a new-message event besides ``type``, in NewMessageEvent's argument order.
_NEW_MESSAGE_FIELDS = ("message", "transcript_alignment", "stop", "sequence_number", "message_id")
#: The type of each of them (transcript_alignment: a list, or None).
_NEW_MESSAGE_TYPES = {
    "message": str,
    "transcript_alignment": list,
    "stop": bool,
    "sequence_number": int,
    "message_id": str,
}
#: What a value of a type is, in words, for error messages.
_KIND_WORDS = {str: "a string", bool: "true or false", int: "an integer", list: "null or a list"}


def _problem(name: str, value: Any, wanted: str) -> str:
    """A field that does not hold what the model declares, for an error message."""
    if value is _MISSING:
        return f"{name!r} is missing"
    shown = repr(value) if isinstance(value, (str, int, float, bool, type(None))) else type(value).__name__
    return f"{name!r} is {shown[:_SHOWN]}, not {wanted}"


def _new_message_problem(values: Sequence[Any]) -> str:
    """What is wrong with a new-message event's fields (``values`` in the order of
    :data:`_NEW_MESSAGE_FIELDS`), once the quick check in the parser has failed."""
    for name, value in zip(_NEW_MESSAGE_FIELDS, values):
        kind = _NEW_MESSAGE_TYPES[name]
        if type(value) is not kind and not (kind is list and value is None):
            return _problem(name, value, _KIND_WORDS[kind])
    raise AssertionError("the quick check and _new_message_problem disagree")


def _new_message_parser(cls: Any) -> Callable[[Dict[str, Any]], Any]:
    """The parser of new-message events, built for ``NewMessageEvent``: the event's fields are
    taken out of the decoded object, checked against the model's types and passed to its
    constructor; what is left besides ``type`` becomes ``additional_properties`` (what
    ``from_dict`` gives, without its copies). The object is taken apart.

    ``transcript_alignment`` must be null or a list; its ``[milliseconds, character]`` pairs are
    not checked (``from_dict`` does not check them either): the SDK does not read them, and a
    voice piece carries one per character, which would cost more to check than the rest of the
    event to parse."""

    def parse(data: Dict[str, Any]) -> Any:
        pop = data.pop
        message = pop("message", _MISSING)
        alignment = pop("transcript_alignment", _MISSING)
        stop = pop("stop", _MISSING)
        sequence_number = pop("sequence_number", _MISSING)
        message_id = pop("message_id", _MISSING)
        if (
            type(message) is not str
            or type(stop) is not bool
            or type(sequence_number) is not int
            or type(message_id) is not str
            or (alignment is not None and type(alignment) is not list)
        ):
            raise _Mismatch(_new_message_problem((message, alignment, stop, sequence_number, message_id)))
        del data["type"]
        event = cls(message, alignment, stop, sequence_number, message_id, "new-message")
        if data:
            event.additional_properties = data
        return event

    return parse


#: Event type -> its parser (see :func:`_parser`), once built.
_PARSERS: Dict[str, Callable[[Dict[str, Any]], Any]] = {}
#: Simple field annotations of the generated models (strings under postponed evaluation) -> the
#: type their value must have.
_SIMPLE_TYPES: Dict[Any, type] = {"str": str, "bool": bool, "int": int, str: str, bool: bool, int: int}


def _parser(event_type: str) -> Optional[Callable[[Dict[str, Any]], Any]]:
    """The parser of an event type (None for a type this version does not know), built on
    first use from the generated model: for new-message, :func:`_new_message_parser` when the
    model's constructor takes the fields it passes, in that order (a contract change that alters
    them turns it off rather than misplacing a value); otherwise ``from_dict`` (tolerant of
    missing fields unless the type is strict, see :func:`_lenient`), whose result is checked
    against the model's simple field types (``str``, ``bool``, ``int``)."""
    parser = _PARSERS.get(event_type)
    if parser is not None:
        return parser
    target = EVENT_MODELS.get(event_type)
    if target is None:
        return None
    import attrs

    cls = getattr(importlib.import_module(f"{__package__}.models.{target[0]}"), target[1])
    fields = [f for f in attrs.fields(cls) if f.init]
    if event_type == "new-message" and tuple(f.name for f in fields) == _NEW_MESSAGE_FIELDS + ("type_",):
        parser = _new_message_parser(cls)
    else:
        checks = tuple((f.name, _SIMPLE_TYPES[f.type]) for f in fields if f.type in _SIMPLE_TYPES)
        strict = event_type in _STRICT
        parser = _checked(cls.from_dict if strict else _lenient(cls.from_dict), checks, none_allowed=not strict)
    _PARSERS[event_type] = parser
    return parser


def _checked(
    from_dict: Callable[[Dict[str, Any]], Any], checks: Sequence[Tuple[str, type]], none_allowed: bool
) -> Callable[[Dict[str, Any]], Any]:
    """``from_dict`` whose result has each of ``checks``' fields of its type (or None, if
    ``none_allowed``: a field the lenient parse filled in)."""

    def parse(data: Dict[str, Any]) -> Any:
        event = from_dict(data)
        for name, kind in checks:
            value = getattr(event, name)
            if type(value) is not kind and not (none_allowed and value is None):
                raise _Mismatch(_problem(name, value, _KIND_WORDS[kind]))
        return event

    return parse


def _lenient(from_dict: Callable[[Dict[str, Any]], Any]) -> Callable[[Dict[str, Any]], Any]:
    """``from_dict`` that tolerates fields the contract requires but older servers omit.

    The documented transcripts end a turn with a bare ``{"type":"interaction-complete"}``; the
    contract adds required ids. A field missing on the wire becomes ``None`` on the model
    rather than failing the whole turn."""

    def parse(data: Dict[str, Any]) -> Any:
        try:
            return from_dict(data)
        except KeyError:
            pass
        filled = dict(data)
        for _ in range(32):
            try:
                return from_dict(filled)
            except KeyError as exc:
                if exc.args[0] in filled:
                    raise
                filled[exc.args[0]] = None
        return from_dict(filled)

    return parse


def _describe(data: Dict[str, Any]) -> str:
    """A decoded object for an error message: its keys (never its values, which can be large
    or nested as deep as the decoder allows)."""
    keys = sorted(str(key) for key in data)
    shown = ", ".join(keys[:20]) + (", ..." if len(keys) > 20 else "")
    return f"an object with keys {shown}"[:_SHOWN]


class UnknownEvent:
    """An event whose ``type`` this SDK version does not know; ``data`` is the decoded line."""

    __slots__ = ("type", "data")

    def __init__(self, type: str, data: Dict[str, Any]) -> None:  # noqa: A002 - mirrors the wire
        self.type = type
        self.data = data

    def __repr__(self) -> str:
        return f"UnknownEvent(type={self.type!r}, keys={sorted(self.data)!r})"


# -- giving connections back -------------------------------------------------------------

#: Responses dropped while the garbage collector ran, closed at the next safe point.
_DROPPED: Deque[httpx.Response] = collections.deque()
_collecting = False


def _note_collection(phase: str, info: Dict[str, Any]) -> None:
    global _collecting
    _collecting = phase == "start"


gc.callbacks.append(_note_collection)


def _close_response(response: httpx.Response) -> None:
    """Close ``response``, giving its connection back to the pool (or closing it).

    Not while the garbage collector runs: it may have interrupted httpcore holding its pool's
    lock (not reentrant) in this very thread, and closing takes that lock. Such a response waits
    in :data:`_DROPPED` (``deque.append`` takes no lock) until the next stream is created or
    closed."""
    if _collecting:
        _DROPPED.append(response)
        return
    response.close()
    if _DROPPED:
        _close_dropped()


def _close_dropped() -> None:
    """Close the responses in :data:`_DROPPED` (outside a garbage collection)."""
    while _DROPPED and not _collecting:
        try:
            dropped = _DROPPED.popleft()
        except IndexError:  # another thread took the last one
            return
        try:
            dropped.close()
        except Exception:  # noqa: BLE001 - nobody is left to tell; the pool still gets its slot back
            pass


class EventStream:
    """An iterator of typed events over one streamed NDJSON response (see the module docstring).

    It is one pass over the reply. Use it as a context manager, or iterate it to the end, so the
    connection goes back to the pool at once; a stream that is dropped without either gives its
    connection back when it is garbage-collected. A ``for`` loop that breaks out ends the
    stream (the rest of the reply is discarded with its connection); iterating a stream that has
    ended, broken off or been closed again yields nothing more (like an exhausted iterator), so
    :meth:`until_done` after a loop returns at once. To read some events, do something else and
    continue, keep one iterator: ``events = iter(stream)``.

    What the stream has seen so far: :attr:`conversation_id`, :attr:`user_message`,
    :attr:`completed`, :attr:`text`, :attr:`done`, :attr:`conversation_ended`,
    :attr:`connection_error`, :attr:`events_seen`, :attr:`closed`.
    """

    def __init__(self, response: httpx.Response, *, voice: bool = False, max_line_bytes: Optional[int] = None) -> None:
        self._response = response
        self._voice = voice
        self._max_line_bytes = (
            max_line_bytes if max_line_bytes is not None else response.extensions.get(MAX_LINE, DEFAULT_MAX_LINE_BYTES)
        )
        self._conversation_id: Optional[str] = None
        self._completed: Optional[InteractionCompleteEvent] = None
        self._user_message: Optional[UserMessageAvailableEvent] = None
        self._connection_error: Optional[Exception] = None
        self._events_seen = 0
        self._ended = False
        self._parts: List[str] = []
        self._text_chunks: List[str] = []
        self._text_size = 0
        self._text_dropped = False
        self._started = False
        # close() and the iterating thread: see close().
        self._lock = threading.Lock()
        self._close_requested = False
        self._reading = False
        self._released = False
        if _DROPPED:
            _close_dropped()

    # -- what the stream has seen ---------------------------------------------------------

    @property
    def response(self) -> httpx.Response:
        """The streamed ``httpx.Response`` (status, headers; its body is what this stream reads)."""
        return self._response

    @property
    def voice(self) -> bool:
        """Whether this is a voice reply (new-message pieces carry base64 audio; see :meth:`iter_audio`)."""
        return self._voice

    @property
    def conversation_id(self) -> Optional[str]:
        """The conversation's id, once ``conversation-created`` has arrived (create-conversation's
        stream); None before, and in an interact stream."""
        return self._conversation_id

    @property
    def user_message(self) -> Optional[UserMessageAvailableEvent]:
        """The ``user-message-available`` event (the user's turn as the server recorded it, e.g. a
        voice turn's transcript), once it has arrived; else None."""
        return self._user_message

    @property
    def completed(self) -> Optional[InteractionCompleteEvent]:
        """The ``interaction-complete`` event once it has arrived (the turn is saved: its
        ``message_id``, ``full_message``, ``conversation_completed``); else None."""
        return self._completed

    @property
    def connection_error(self) -> Optional[Exception]:
        """The transport error that broke the connection after the turn completed (the
        iteration then ended normally: the turn is saved, do not send it again), or None."""
        return self._connection_error

    @property
    def events_seen(self) -> int:
        """How many events (lines) have been read so far."""
        return self._events_seen

    # -- results ----------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The agent's text of this turn so far (the new-message pieces joined; for a voice reply,
        the transcript from interaction-complete once it has arrived).

        At most :data:`TEXT_LIMIT` characters are kept, so a very long stream does not grow
        memory without bound: past that, ``text`` is interaction-complete's ``full_message``, and
        before it has arrived (or when it has none) reading ``text`` raises :class:`StreamError`."""
        if self._voice:
            full = self._completed.full_message if self._completed is not None else None
            return full if isinstance(full, str) else ""
        if self._text_dropped:
            full = self._completed.full_message if self._completed is not None else None
            if isinstance(full, str):
                return full
            raise StreamError(
                f"the reply's text passed {TEXT_LIMIT:,} characters, more than EventStream keeps, and no "
                "interaction-complete full_message has replaced it: collect event.message while iterating"
            )
        return "".join(self._text_chunks) + "".join(self._parts)

    @property
    def conversation_ended(self) -> bool:
        """Whether the conversation finished with this turn (end-session, or
        interaction-complete saying ``conversation_completed``)."""
        return self._ended or bool(self._completed is not None and self._completed.conversation_completed)

    @property
    def done(self) -> bool:
        """Whether the turn's final event (interaction-complete or end-session) has arrived."""
        return self._completed is not None or self._ended

    @property
    def closed(self) -> bool:
        """Whether the stream is closed (or being closed): no more events will come."""
        return self._close_requested

    def until_done(self) -> EventStream:
        """Consume the rest of the stream (raising as iteration would) and return ``self``."""
        for _ in self:
            pass
        return self

    def iter_audio(self) -> Iterator[bytes]:
        """For a voice reply: the decoded audio bytes of each new-message piece, in order.

        A piece that is not base64 raises :class:`StreamDecodeError` (and closes the stream)."""
        from .models.new_message_event import NewMessageEvent

        for event in self:
            if isinstance(event, NewMessageEvent) and event.message:
                try:
                    audio = base64.b64decode(event.message, validate=True)
                except ValueError as exc:  # binascii.Error, or a character outside ASCII
                    self.close()
                    raise StreamDecodeError(
                        f"new-message {event.sequence_number}: message is not base64 audio ({exc})"
                    ) from None
                yield audio

    # -- iteration --------------------------------------------------------------------

    def __iter__(self) -> Iterator[Event]:
        if self._started:
            # One pass (see the class docstring): the first iteration ended, broke off or was
            # closed, and closed the response; a new one has nothing more to read.
            return iter(())
        self._started = True
        return self._iterate()

    def _iterate(self) -> Iterator[Event]:
        # The per-event path is kept short (it is most of the work on a long stream): framing is
        # _LineDecoder's; a new-message event, most of a stream, goes to its own parser and its
        # text is collected here; everything else goes through _event.
        decoder = _LineDecoder(self._max_line_bytes)
        parse_new_message = _parser("new-message")
        assert parse_new_message is not None
        keep_text = not self._voice
        parts = self._parts
        try:
            try:
                for objects in decoder.decode(self._read()):
                    for data in objects:
                        if data.get("type") == "new-message":
                            try:
                                event: Any = parse_new_message(data)
                            except _PARSE_ERRORS as exc:
                                raise StreamDecodeError(
                                    f"stream line {self._events_seen + 1}: a new-message event that does not match "
                                    f"the contract: {exc if isinstance(exc, _Mismatch) else repr(exc)}"
                                ) from None
                            self._events_seen += 1
                            if keep_text:
                                parts.append(event.message)
                                if len(parts) >= _TEXT_BATCH:
                                    keep_text = self._compact_text()
                        else:
                            event = self._event(data)
                        yield event
                        if self._close_requested:
                            return
                if decoder.bad is not None:
                    bad = decoder.bad
                    raise StreamDecodeError(f"stream line {self._events_seen + 1} {bad.reason}: {bad.line[:_SHOWN]!r}")
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._close_requested:
                    return  # close() cut the read short (see close)
                if self.done:
                    self._connection_error = exc
                    return
                raise IncompleteStreamError(
                    f"the connection broke after {self._events_seen} event(s), before the turn completed "
                    f"(it may not have been saved): {exc!r}"
                ) from exc
            if not self.done and not self._close_requested:
                raise IncompleteStreamError(
                    f"the stream ended after {self._events_seen} event(s) without "
                    "interaction-complete or end-session: the turn may not have been saved"
                )
        finally:
            self._finish()

    def _read(self) -> Iterator[bytes]:
        """The body's chunks; nothing more once :meth:`close` has been called. ``_reading`` is
        set while a read may block (see :meth:`close`)."""
        chunks = self._response.iter_bytes()
        while True:
            self._reading = True
            try:
                if self._close_requested:
                    return
                chunk = next(chunks, None)
            finally:
                self._reading = False
            if chunk is None:
                return
            yield chunk

    def _compact_text(self) -> bool:
        """Join the kept text pieces into one string (a list of small strings costs several times
        their size); past :data:`TEXT_LIMIT` characters stop keeping them. Returns whether to keep
        collecting."""
        joined = "".join(self._parts)
        self._parts.clear()
        self._text_size += len(joined)
        if self._text_size > TEXT_LIMIT:
            self._text_chunks.clear()
            self._text_dropped = True
            return False
        self._text_chunks.append(joined)
        return True

    def _event(self, data: Dict[str, Any]) -> Event:
        """The typed event of one decoded line other than new-message."""
        self._events_seen += 1
        event_type = data.get("type")
        if event_type == "error":
            self._raise_error(data)
        parser = _parser(event_type) if isinstance(event_type, str) else None
        if parser is None:
            return UnknownEvent(str(event_type), data)
        try:
            event = parser(data)
        except _PARSE_ERRORS as exc:
            if event_type in _INFORMATIONAL:
                return UnknownEvent(event_type, data)
            reason = exc if isinstance(exc, _Mismatch) else repr(exc)
            raise StreamDecodeError(
                f"stream line {self._events_seen}: a {event_type!r} event that does not match the contract "
                f"({reason}): {_describe(data)}"
            ) from None
        if event_type == "conversation-created":
            self._conversation_id = event.conversation_id
        elif event_type == "interaction-complete":
            self._completed = event
        elif event_type == "end-session":
            self._ended = True
        elif event_type == "user-message-available":
            self._user_message = event
        return event  # type: ignore[no-any-return]

    def _raise_error(self, data: Dict[str, Any]) -> NoReturn:
        # The contract names the fields http_error_code / error_description; the docs' examples
        # show code / message. Accept both.
        code = data.get("http_error_code", data.get("code"))
        message = data.get("error_description", data.get("message")) or "no description"
        try:
            from .models.error_event import ErrorEvent

            event: Any = ErrorEvent.from_dict(data)
        except _PARSE_ERRORS:
            event = UnknownEvent("error", data)
        code = code if type(code) is int else None
        message = message if isinstance(message, str) else f"(a non-text description: {type(message).__name__})"
        if self._completed is not None:
            raise PostProcessingError(code, message, event, self._completed)
        raise TurnRolledBackError(code, message, event)

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the stream (idempotent; any thread). Unread events are discarded.

        The iteration ends: it yields nothing more and ends without an error (as ``break``
        would), whether it runs in this thread or in another one blocked reading the next
        chunk, which returns at once (its connection is shut down so the read wakes up). After
        it, :attr:`closed` is True, and :attr:`done` says whether the turn completed before it.
        """
        with self._lock:
            if self._close_requested:
                return
            self._close_requested = True
            reading = self._reading
        # A read in progress (another thread's) is woken up; that thread then closes the
        # response. Otherwise no read starts any more (_read checks _close_requested after
        # setting _reading) and the response is closed here.
        if not (reading and self._interrupt()):
            self._release()

    def _interrupt(self) -> bool:
        """Shut the connection down under a read blocked on it; False when that is not possible
        (no socket: another transport; HTTP/2: the socket carries other streams too)."""
        if self._response.http_version != "HTTP/1.1":
            return False
        network = self._response.extensions.get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
        if not isinstance(sock, socket.socket):
            return False
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, even under TLS
        except OSError:
            return False
        return True

    def _finish(self) -> None:
        """The iteration is over (it ended, broke, raised or was dropped): release the response."""
        self._close_requested = True
        self._release()

    def _release(self) -> None:
        with self._lock:
            if self._released:
                return
            self._released = True
        _close_response(self._response)

    def __del__(self) -> None:
        # A stream dropped unread still holds a pooled connection: give it back. (Nothing else
        # can reference the stream now, so no lock is needed; an iteration in progress would.)
        if not getattr(self, "_released", True):
            self._released = True
            try:
                _close_response(self._response)
            except Exception:  # noqa: BLE001 - a finalizer must not raise
                pass

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "done" if self.done else ("closed" if self._close_requested else "open")
        return f"EventStream({state}, events_seen={self._events_seen}, conversation_id={self.conversation_id!r})"
