"""Typed messages of the real-time voice WebSocket (``converse_realtime``), server to client.

The WebSocket is not in ``openapi.yaml`` (upstream publishes no schema for it), so these classes
are hand-written from the API documentation, and they are built for a protocol that is only
partly documented:

* Every message keeps what arrived: :attr:`ServerMessage.data` is the decoded JSON object, whole,
  and :attr:`ServerMessage.additional_properties` the fields this SDK version does not declare for
  its type. A ``type`` this version does not know becomes an :class:`UnknownMessage` (a binary
  frame too, with its bytes in :attr:`UnknownMessage.raw`): kept and yielded, never dropped and
  never an error.
* Only the fields the documentation shows are required: ``conversation_id`` of
  ``server.conversation-created`` and ``message`` of ``server.new-message``. A message of those
  types without them, or with a value of another type, is a :class:`StreamDecodeError` naming the
  field. Every other declared field is *inferred* (copied from the matching NDJSON event of the
  REST API): absent, ``null`` or of an unexpected type, it reads as ``None`` on the model and
  stays, as sent, in ``data``.
* A text frame that is not one JSON object is a :class:`StreamDecodeError`.

:func:`parse_message` turns one frame into its message. ``MESSAGE_TYPES`` maps each wire type
to its class.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Dict, List, Optional, Tuple, Type, Union

from ._errors import StreamDecodeError

__all__ = [
    "MESSAGE_TYPES",
    "ConversationCreated",
    "CurrentAgentAction",
    "InteractionComplete",
    "NewMessage",
    "ServerError",
    "ServerMessage",
    "UnknownMessage",
    "UserMessageAvailable",
    "VadModeSwitched",
    "VadSpeechEnded",
    "VadSpeechResetZero",
    "VadSpeechStarted",
    "parse_message",
]

#: How much of an undecodable frame an error message shows.
_SHOWN = 200


class ServerMessage:
    """A message from the server. ``type`` is its wire type (``"server.new-message"``), ``data``
    the decoded JSON object as it arrived (every field, known or not)."""

    #: The fields the subclass declares (besides ``type``), for :attr:`additional_properties`.
    FIELDS: Tuple[str, ...] = ()

    __slots__ = ("type", "data")

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        self.type = kind
        self.data = data

    @property
    def additional_properties(self) -> Dict[str, Any]:
        """The fields of :attr:`data` this SDK version does not declare for this message type."""
        return {k: v for k, v in self.data.items() if k != "type" and k not in self.FIELDS}

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={_short(getattr(self, name))}" for name in self.FIELDS)
        extra = sorted(self.additional_properties)
        more = f", additional_properties={extra!r}" if extra else ""
        return f"{type(self).__name__}({shown}{more})"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"<{len(text)} characters>"


def _optional(data: Dict[str, Any], name: str, kind: Union[type, Tuple[type, ...]]) -> Any:
    """An inferred field: its value when it has the expected type, else None (kept in data)."""
    value = data.get(name)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    return None


def _required_str(data: Dict[str, Any], name: str, message_type: str) -> str:
    value = data.get(name)
    if isinstance(value, str):
        return value
    found = "missing" if name not in data else f"{type(value).__name__} {_short(value)}"
    raise StreamDecodeError(f"a {message_type} message whose {name!r} is {found}, not a string")


class ConversationCreated(ServerMessage):
    """``server.conversation-created``: the conversation exists (documented: ``conversation_id``)."""

    FIELDS = ("conversation_id",)
    __slots__ = ("conversation_id",)

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        super().__init__(kind, data)
        self.conversation_id: str = _required_str(data, "conversation_id", "server.conversation-created")


class NewMessage(ServerMessage):
    """``server.new-message``: a piece of the agent's reply. ``message`` (documented) is text, or
    base64 audio for ``response_format=voice`` (it may be empty). The other fields are inferred
    from the REST event: ``message_id``, ``sequence_number``, ``stop`` (last piece),
    ``transcript_alignment`` (``[milliseconds, character]`` pairs)."""

    FIELDS = ("message", "message_id", "sequence_number", "stop", "transcript_alignment")
    __slots__ = FIELDS

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        # ServerMessage.__init__ and the checks of _required_str / _optional written out: most of
        # a reply is these messages.
        self.type = kind
        self.data = data
        get = data.get
        message = get("message")
        self.message: str = message if type(message) is str else _required_str(data, "message", "server.new-message")
        value = get("message_id")
        self.message_id: Optional[str] = value if type(value) is str else None
        value = get("sequence_number")
        self.sequence_number: Optional[int] = value if type(value) is int else None
        value = get("stop")
        self.stop: Optional[bool] = value if type(value) is bool else None
        value = get("transcript_alignment")
        self.transcript_alignment: Optional[List[Any]] = value if type(value) is list else None

    def audio(self) -> bytes:
        """The piece's audio bytes (``message`` base64-decoded; b"" for an empty piece).

        Not base64: :class:`StreamDecodeError`."""
        if not self.message:
            return b""
        try:
            return base64.b64decode(self.message, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise StreamDecodeError(
                f"server.new-message {self.sequence_number}: message is not base64 audio ({exc})"
            ) from None


class InteractionComplete(ServerMessage):
    """``server.interaction-complete``: the end of an agent turn (documented). Its fields are
    inferred from the REST event: ``message_id``, ``interaction_id``, ``full_message`` (the text,
    or the transcript of audio) and ``conversation_completed``."""

    FIELDS = ("message_id", "interaction_id", "full_message", "conversation_completed")
    __slots__ = FIELDS

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        super().__init__(kind, data)
        self.message_id: Optional[str] = _optional(data, "message_id", str)
        self.interaction_id: Optional[str] = _optional(data, "interaction_id", str)
        self.full_message: Optional[str] = _optional(data, "full_message", str)
        self.conversation_completed: Optional[bool] = _optional(data, "conversation_completed", bool)


class CurrentAgentAction(ServerMessage):
    """``server.current-agent-action``: what the agent is doing (``action``, inferred from REST)."""

    FIELDS = ("action",)
    __slots__ = FIELDS

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        super().__init__(kind, data)
        self.action: Optional[Dict[str, Any]] = _optional(data, "action", dict)


class VadSpeechStarted(ServerMessage):
    """``server.vad-speech-started``: the user started speaking (VAD mode). Stop playing the
    agent's audio: a reply in progress is being interrupted (barge-in)."""

    __slots__ = ()


class VadSpeechEnded(ServerMessage):
    """``server.vad-speech-ended``: the user stopped speaking (VAD mode); the reply follows."""

    __slots__ = ()


class VadSpeechResetZero(ServerMessage):
    """``server.vad-speech-reset-zero`` (VAD mode; its meaning is not documented)."""

    __slots__ = ()


class VadModeSwitched(ServerMessage):
    """``server.vad-mode-switched``: the server confirms ``client.switch-vad-mode``.
    ``vad_enabled`` is inferred (the emulator's field); None when the server does not say."""

    FIELDS = ("vad_enabled",)
    __slots__ = FIELDS

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        super().__init__(kind, data)
        self.vad_enabled: Optional[bool] = _optional(data, "vad_enabled", bool)


class UserMessageAvailable(ServerMessage):
    """``server.user-message-available`` (not documented for the WebSocket; the REST event's
    ``message_id`` and ``user_message``, the transcript of voice input)."""

    FIELDS = ("message_id", "user_message")
    __slots__ = FIELDS

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        super().__init__(kind, data)
        self.message_id: Optional[str] = _optional(data, "message_id", str)
        self.user_message: Optional[str] = _optional(data, "user_message", str)


class ServerError(ServerMessage):
    """``server.error`` (or ``error``): not documented for the WebSocket; read with the REST
    event's fields (``http_error_code``, ``error_description``, or the docs' ``code`` /
    ``message``). Iterating a session yields it; :meth:`RealtimeSession.until_done` raises
    :class:`~amigo_client.TurnRolledBackError` for it."""

    FIELDS = ("http_error_code", "error_description")
    __slots__ = ("code", "description")

    def __init__(self, kind: Optional[str], data: Dict[str, Any]) -> None:
        super().__init__(kind, data)
        code = data.get("http_error_code", data.get("code"))
        text = data.get("error_description", data.get("message"))
        self.code: Optional[int] = code if isinstance(code, int) and not isinstance(code, bool) else None
        self.description: str = text if isinstance(text, str) and text else "no description"

    @property
    def additional_properties(self) -> Dict[str, Any]:
        known = set(self.FIELDS) | {"code", "message"}
        return {k: v for k, v in self.data.items() if k != "type" and k not in known}

    def __repr__(self) -> str:
        return f"ServerError(code={self.code!r}, description={_short(self.description)})"


class UnknownMessage(ServerMessage):
    """A message whose ``type`` this SDK version does not know (or that has none), kept whole in
    ``data``; for a binary frame ``data`` is empty and ``raw`` holds its bytes."""

    __slots__ = ("raw",)

    def __init__(self, kind: Optional[str], data: Dict[str, Any], raw: Optional[bytes] = None) -> None:
        super().__init__(kind, data)
        self.raw = raw

    def __repr__(self) -> str:
        if self.raw is not None:
            return f"UnknownMessage(binary frame of {len(self.raw)} bytes)"
        return f"UnknownMessage(type={self.type!r}, keys={sorted(self.data)!r})"


#: Wire type -> message class.
MESSAGE_TYPES: Dict[str, Type[ServerMessage]] = {
    "server.conversation-created": ConversationCreated,
    "server.new-message": NewMessage,
    "server.interaction-complete": InteractionComplete,
    "server.current-agent-action": CurrentAgentAction,
    "server.vad-speech-started": VadSpeechStarted,
    "server.vad-speech-ended": VadSpeechEnded,
    "server.vad-speech-reset-zero": VadSpeechResetZero,
    "server.vad-mode-switched": VadModeSwitched,
    "server.user-message-available": UserMessageAvailable,
    "server.error": ServerError,
    "error": ServerError,
}


def parse_message(frame: Union[str, bytes]) -> ServerMessage:
    """The typed message of one WebSocket frame (see the module docstring)."""
    if type(frame) is not str:
        if isinstance(frame, (bytes, bytearray, memoryview)):
            return UnknownMessage(None, {}, bytes(frame))
        raise StreamDecodeError(f"a server frame of type {type(frame).__name__}")
    try:
        data = json.loads(frame)
    except RecursionError:
        raise StreamDecodeError("a server message nested too deeply to decode") from None
    except ValueError as exc:
        raise StreamDecodeError(f"a server message that is not JSON ({exc}): {frame[:_SHOWN]!r}") from None
    if type(data) is not dict:
        raise StreamDecodeError(f"a server message that is not a JSON object: {frame[:_SHOWN]!r}")
    kind = data.get("type")
    cls = MESSAGE_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        return UnknownMessage(kind if isinstance(kind, str) else None, data)
    return cls(kind, data)
