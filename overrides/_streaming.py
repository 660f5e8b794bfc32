"""NDJSON event streams of create-conversation and interact-with-conversation.

An :class:`EventStream` wraps a streamed ``httpx.Response`` and yields one typed event per line
as soon as the line arrives: the generated event models chosen by ``type``
(``ConversationCreatedEvent``, ``UserMessageAvailableEvent``, ``NewMessageEvent``,
``CurrentAgentActionEvent``, ``InteractionCompleteEvent``, ``EndSessionEvent``), or an
:class:`UnknownEvent` for a ``type`` this version does not know. It is a context manager, and
the response is closed when the block exits, when iteration ends, breaks or raises.

The contract of a turn, enforced while iterating:

* an ``error`` event before ``interaction-complete`` raises :class:`TurnRolledBackError` (the
  server rolled the turn back); after it, :class:`PostProcessingError` (the turn is saved);
* a stream that ends, or whose connection breaks, before ``interaction-complete`` or
  ``end-session`` raises :class:`IncompleteStreamError` instead of ending quietly;
* blank lines are skipped; lines split across chunks and UTF-8 characters split across chunks
  parse (lines are cut on the ``\\n`` byte, which never occurs inside a UTF-8 sequence).

What people write by hand around these streams is built in: :attr:`EventStream.conversation_id`,
:attr:`EventStream.text` (the agent's text of the turn so far), :attr:`EventStream.completed`,
:attr:`EventStream.conversation_ended`, :meth:`EventStream.until_done` and, for voice replies,
:meth:`EventStream.iter_audio` (decoded audio bytes).
"""

from __future__ import annotations

import base64
import importlib
import json
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

import httpx

from ._errors import (
    IncompleteStreamError,
    PostProcessingError,
    StreamDecodeError,
    StreamError,
    TurnRolledBackError,
)

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
#: The json module's scanner: one value at a position of a string, and where it ends.
_SCAN: Callable[[str, int], Tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
#: NewMessageEvent's constructor, once checked (False: its fields are not the expected ones).
_NEW_MESSAGE: Any = None
_NEW_MESSAGE_FIELDS = ("message", "transcript_alignment", "stop", "sequence_number", "message_id", "type_")

#: Event ``type`` -> (module under ``models``, class) of the generated model that parses it.
EVENT_MODELS: Dict[str, Tuple[str, str]] = {
    "conversation-created": ("conversation_created_event", "ConversationCreatedEvent"),
    "user-message-available": ("user_message_available_event", "UserMessageAvailableEvent"),
    "new-message": ("new_message_event", "NewMessageEvent"),
    "current-agent-action": ("current_agent_action_event", "CurrentAgentActionEvent"),
    "interaction-complete": ("interaction_complete_event", "InteractionCompleteEvent"),
    "end-session": ("end_session_event", "EndSessionEvent"),
}

_PARSERS: Dict[str, Callable[[Dict[str, Any]], Any]] = {}
#: Events whose payload is the point: a missing field is an error, not a None.
_STRICT = frozenset({"new-message", "conversation-created"})
#: Informational events: one this version cannot parse (a new action shape) is yielded as an
#: UnknownEvent instead of failing the turn.
_INFORMATIONAL = frozenset({"current-agent-action"})


def _parser(event_type: str) -> Optional[Callable[[Dict[str, Any]], Any]]:
    """The generated ``from_dict`` for an event type, imported on first use."""
    parser = _PARSERS.get(event_type)
    if parser is None:
        target = EVENT_MODELS.get(event_type)
        if target is None:
            return None
        module = importlib.import_module(f"{__package__}.models.{target[0]}")
        parser = getattr(module, target[1]).from_dict
        if event_type not in _STRICT:
            parser = _lenient(parser)
        _PARSERS[event_type] = parser
    return parser


def _new_message_builder() -> Optional[Callable[..., Any]]:
    """``NewMessageEvent`` itself (its positional constructor), for the fast path of a plain
    new-message line, when its fields are exactly those the fast path passes, in that order (a
    contract change that alters them turns the fast path off rather than misplacing a value)."""
    global _NEW_MESSAGE
    if _NEW_MESSAGE is None:
        import attrs

        from .models.new_message_event import NewMessageEvent

        names = tuple(f.name for f in attrs.fields(NewMessageEvent) if f.init)
        _NEW_MESSAGE = NewMessageEvent if names == _NEW_MESSAGE_FIELDS else False
    return _NEW_MESSAGE or None


def _show(line: Union[bytes, str]) -> str:
    """A line for an error message: at most 200 characters, as bytes (how it came off the wire)."""
    if isinstance(line, str):
        line = line.encode("utf-8")
    return repr(line[:200])


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


class UnknownEvent:
    """An event whose ``type`` this SDK version does not know; ``data`` is the decoded line."""

    __slots__ = ("type", "data")

    def __init__(self, type: str, data: Dict[str, Any]) -> None:  # noqa: A002 - mirrors the wire
        self.type = type
        self.data = data

    def __repr__(self) -> str:
        return f"UnknownEvent(type={self.type!r}, keys={sorted(self.data)!r})"


class EventStream:
    """An iterator of typed events over one streamed NDJSON response (see the module docstring).

    Iterate it once. Use it as a context manager, or iterate it to the end, so the connection
    goes back to the pool.
    """

    def __init__(self, response: httpx.Response, *, voice: bool = False) -> None:
        self.response = response
        self.voice = voice
        #: The conversation id, once ``conversation-created`` has been seen.
        self.conversation_id: Optional[str] = None
        #: The ``interaction-complete`` event, once seen.
        self.completed: Optional[InteractionCompleteEvent] = None
        #: The ``user-message-available`` event, once seen.
        self.user_message: Optional[UserMessageAvailableEvent] = None
        self._ended = False
        self._parts: List[str] = []
        self._text_chunks: List[str] = []
        self._text_size = 0
        self._text_dropped = False
        self._started = False
        self._closed = False
        self.events_seen = 0

    # -- results ----------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The agent's text of this turn so far (the new-message pieces joined; for a voice reply,
        the transcript from interaction-complete once it has arrived).

        At most :data:`TEXT_LIMIT` characters are kept, so a very long stream does not grow
        memory without bound: past that, ``text`` is interaction-complete's ``full_message``, and
        before it has arrived (or when it has none) reading ``text`` raises :class:`StreamError`."""
        if self.voice:
            return self.completed.full_message if self.completed is not None else ""
        if self._text_dropped:
            full = self.completed.full_message if self.completed is not None else None
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
        return self._ended or bool(self.completed is not None and self.completed.conversation_completed)

    @property
    def done(self) -> bool:
        """Whether the turn's final event (interaction-complete or end-session) has arrived."""
        return self.completed is not None or self._ended

    def until_done(self) -> EventStream:
        """Consume the rest of the stream (raising as iteration would) and return ``self``."""
        for _ in self:
            pass
        return self

    def iter_audio(self) -> Iterator[bytes]:
        """For a voice reply: the decoded audio bytes of each new-message piece, in order."""
        from .models.new_message_event import NewMessageEvent

        for event in self:
            if isinstance(event, NewMessageEvent) and event.message:
                yield base64.b64decode(event.message)

    # -- iteration --------------------------------------------------------------------

    def __iter__(self) -> Iterator[Event]:
        if self._started:
            raise RuntimeError("an EventStream can be iterated only once")
        self._started = True
        return self._iterate()

    def _iterate(self) -> Iterator[Event]:
        # The per-event path is kept short (it is most of the work on a long stream): a chunk is
        # cut after its last newline and decoded once; each line is scanned in place with the
        # json module's scanner, which also gives where the value ends, so a line is accepted only
        # when it holds exactly one JSON object; a plain new-message event is built by its
        # constructor, without from_dict's copies. Anything else (blank or CRLF lines, invalid
        # UTF-8 or JSON, other event types) takes the general path, _handle / _event.
        scan = _SCAN
        build = _new_message_builder()
        keep_text = not self.voice
        parts = self._parts
        pending = b""
        try:
            try:
                for chunk in self.response.iter_bytes():
                    if pending:
                        chunk = pending + chunk
                    end = chunk.rfind(b"\n") + 1
                    if not end:
                        pending = chunk
                        continue
                    pending = chunk[end:]
                    block = chunk[:end]
                    try:
                        text = block.decode("utf-8")
                    except UnicodeDecodeError:
                        for line in block.split(b"\n"):
                            if line and not line.isspace():
                                yield self._handle(line)
                        continue
                    pos = 0
                    size = len(text)
                    while pos < size:
                        try:
                            data, stop = scan(text, pos)
                        except (StopIteration, ValueError):
                            data, stop = None, -1
                        if stop < 0 or text[stop] != "\n" or type(data) is not dict:
                            cut = text.index("\n", pos)
                            odd = text[pos:cut]
                            pos = cut + 1
                            if odd and not odd.isspace():
                                yield self._handle(odd.encode("utf-8"))
                            continue
                        start, pos = pos, stop + 1
                        if build is not None and len(data) == 6 and data.get("type") == "new-message":
                            try:
                                event = build(
                                    data["message"],
                                    data["transcript_alignment"],
                                    data["stop"],
                                    data["sequence_number"],
                                    data["message_id"],
                                    "new-message",
                                )
                            except KeyError:  # another set of six keys: the strict parser names what is wrong
                                event = self._event(data, text[start:stop])
                            else:
                                self.events_seen += 1
                                if keep_text:
                                    parts.append(event.message)
                                    if len(parts) >= _TEXT_BATCH:
                                        keep_text = self._compact_text()
                        else:
                            event = self._event(data, text[start:stop])
                        yield event
            except httpx.TransportError as exc:
                raise IncompleteStreamError(
                    f"the connection broke after {self.events_seen} event(s), before the turn completed: {exc!r}"
                ) from exc
            if pending and not pending.isspace():
                yield self._handle(pending)
            if not self.done:
                raise IncompleteStreamError(
                    f"the stream ended after {self.events_seen} event(s) without "
                    "interaction-complete or end-session: the turn may not have been saved"
                )
        finally:
            self.close()

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

    def _handle(self, line: bytes) -> Event:
        try:
            data = json.loads(line)
        except ValueError as exc:
            raise StreamDecodeError(f"stream line {self.events_seen + 1} is not JSON: {line[:200]!r}") from exc
        if not isinstance(data, dict):
            raise StreamDecodeError(f"stream line {self.events_seen + 1} is not a JSON object: {line[:200]!r}")
        return self._event(data, line)

    def _event(self, data: Dict[str, Any], line: Union[bytes, str]) -> Event:
        """The typed event of one decoded line (``line`` only names it in errors)."""
        self.events_seen += 1
        event_type = data.get("type")
        if event_type == "new-message":
            try:
                event = _parser("new-message")(data)  # type: ignore[misc]
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise StreamDecodeError(
                    f"stream line {self.events_seen}: a new-message event that does not match the contract "
                    f"({exc!r}): {_show(line)}"
                ) from exc
            if not self.voice and not self._text_dropped:
                self._parts.append(event.message)
                if len(self._parts) >= _TEXT_BATCH:
                    self._compact_text()
            return event  # type: ignore[no-any-return]
        if event_type == "error":
            self._raise_error(data)
        parser = _parser(event_type) if isinstance(event_type, str) else None
        if parser is None:
            return UnknownEvent(str(event_type), data)
        try:
            event = parser(data)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            if event_type in _INFORMATIONAL:
                return UnknownEvent(event_type, data)
            raise StreamDecodeError(
                f"stream line {self.events_seen}: a {event_type!r} event that does not match the contract "
                f"({exc!r}): {_show(line)}"
            ) from exc
        if event_type == "conversation-created":
            self.conversation_id = event.conversation_id
        elif event_type == "interaction-complete":
            self.completed = event
        elif event_type == "end-session":
            self._ended = True
        elif event_type == "user-message-available":
            self.user_message = event
        return event  # type: ignore[no-any-return]

    def _raise_error(self, data: Dict[str, Any]) -> None:
        # The contract names the fields http_error_code / error_description; the docs' examples
        # show code / message. Accept both.
        code = data.get("http_error_code", data.get("code"))
        message = data.get("error_description", data.get("message")) or "no description"
        try:
            from .models.error_event import ErrorEvent

            event: Any = ErrorEvent.from_dict(data)
        except (KeyError, ValueError, TypeError):
            event = UnknownEvent("error", data)
        code = code if isinstance(code, int) else None
        if self.completed is not None:
            raise PostProcessingError(code, str(message), event, self.completed)
        raise TurnRolledBackError(code, str(message), event)

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the response (idempotent). Unread events are discarded."""
        if not self._closed:
            self._closed = True
            self.response.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "done" if self.done else ("closed" if self._closed else "open")
        return f"EventStream({state}, events_seen={self.events_seen}, conversation_id={self.conversation_id!r})"
