"""The conversation shortcuts of ``AmigoClient``: ``create_conversation``, ``interact``,
``finish_conversation``.

Contract:

* Each builds its request with the generated operation's ``_get_kwargs`` and parses with the
  generated models, as ``client.conversation.<operation>(...)`` does; what it adds is checking
  before anything is sent: ids must be object ids (24 lowercase hexadecimal characters), a turn
  carries exactly one of text or audio (or nothing for ``skip``), external events need
  timezone-aware timestamps. A mistake is a :class:`~amigo_client.ConfigurationError` naming it.
* ``create_conversation`` and ``interact`` return the reply's
  :class:`~amigo_client.EventStream` (``Accept: application/x-ndjson``; a voice reply when
  ``response_format="voice"``). Audio is bytes, a path or a binary file object
  (:mod:`amigo_client._audio`); its ``request_audio_config`` is read from a WAV header unless
  ``audio_config`` is given.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Tuple

import httpx

from ._errors import ConfigurationError
from ._streaming import EventStream
from .api import operation
from .types import UNSET

if TYPE_CHECKING:
    from ._audio import AudioSource  # imported on first use: only voice turns need it

__all__ = ["Conversations", "ExternalEvent"]

_OBJECT_ID = re.compile(r"^[a-f0-9]{24}$")

#: An external event of a turn: its content and when it happened (timezone-aware).
ExternalEvent = Tuple[str, _dt.datetime]


def _check_id(name: str, value: str) -> str:
    # The whole value: match() with "$" would let a trailing newline through (sent as %0A).
    if not isinstance(value, str) or not _OBJECT_ID.fullmatch(value):
        raise ConfigurationError(f"invalid {name} {value!r}: expected 24 lowercase hexadecimal characters")
    return value


class Conversations:
    """The conversation shortcuts of :class:`~amigo_client.AmigoClient` (a mixin over its
    ``_send``)."""

    __slots__ = ()

    if TYPE_CHECKING:

        def _send(self, kwargs: Dict[str, Any], *, stream: bool = False) -> httpx.Response: ...

    def create_conversation(
        self,
        service_id: str,
        *,
        initial_message: Optional[str] = None,
        initial_message_type: Optional[str] = None,
        service_version_set_name: Optional[str] = None,
        tags: Optional[Mapping[str, Optional[str]]] = None,
        response_format: str = "text",
        current_agent_action_type: Optional[str] = None,
    ) -> EventStream:
        """Create a conversation and return its event stream (use it in a ``with`` block).

        Without ``initial_message`` the agent speaks first; with it the user (``user-message``,
        the default) or an ``external-event`` does."""
        create_conversation = operation("create-conversation")
        from .models.create_conversation_request import CreateConversationRequest

        _check_id("service_id", service_id)
        if initial_message_type is not None and initial_message is None:
            raise ConfigurationError("initial_message_type needs an initial_message")
        body: Dict[str, Any] = {"service_id": service_id}
        if service_version_set_name is not None:
            body["service_version_set_name"] = service_version_set_name
        if initial_message is not None:
            body["initial_message"] = initial_message
            body["initial_message_type"] = initial_message_type or "user-message"
        if tags is not None:
            if not isinstance(tags, Mapping) or not all(isinstance(key, str) for key in tags):
                raise ConfigurationError(f"tags must be a mapping of tag names to values, got {type(tags).__name__}")
            body["tags"] = dict(tags)
        try:
            request = CreateConversationRequest.from_dict(body)
        except (TypeError, ValueError, KeyError) as exc:  # a value the contract does not allow (an enum)
            raise ConfigurationError(f"create_conversation: {exc}") from None
        kwargs = create_conversation._get_kwargs(
            body=request,
            response_format=response_format,
            current_agent_action_type=UNSET if current_agent_action_type is None else current_agent_action_type,
        )
        return self._stream(kwargs, voice=response_format == "voice")

    def interact(
        self,
        conversation_id: str,
        text: Optional[str] = None,
        *,
        audio: Optional[AudioSource] = None,
        audio_content_type: Optional[str] = None,
        audio_config: Optional[Mapping[str, Any]] = None,
        message_type: str = "user-message",
        external_events: Iterable[ExternalEvent] = (),
        response_format: str = "text",
        current_agent_action_type: Optional[str] = None,
    ) -> EventStream:
        """Send one turn (text, or ``audio`` as bytes / path / binary file) and return the reply's
        event stream. ``message_type`` is ``user-message`` (default), ``external-event`` or
        ``skip`` (no message: let the agent speak again). ``external_events`` are
        ``(content, timestamp)`` pairs inserted before the message."""
        interact_with_conversation = operation("interact-with-conversation")
        from .models.interact_with_conversation_request import InteractWithConversationRequest

        _check_id("conversation_id", conversation_id)
        if message_type not in ("user-message", "external-event", "skip"):
            raise ConfigurationError(
                f"invalid message_type {message_type!r}: use 'user-message', 'external-event' or 'skip'"
            )
        events = _external_events(external_events)
        if text is not None and not isinstance(text, str):
            raise ConfigurationError(f"text must be a string, not {type(text).__name__} (audio goes in audio=)")
        if message_type == "skip":
            if text or audio is not None or events:
                raise ConfigurationError("a 'skip' turn carries no text, audio or external events")
        elif (text is None) == (audio is None):
            raise ConfigurationError("pass exactly one of text= or audio=")
        elif text is not None and not text:
            raise ConfigurationError("text is empty")
        part = None
        if audio is not None:
            from ._audio import open_audio

            part = open_audio(audio, audio_content_type)
        try:
            config = (
                _audio_config(audio_config) if audio_config is not None else (part.audio_config() if part else None)
            )
            if part is not None and config is None:
                raise ConfigurationError(
                    "cannot read the WAV header to describe the audio; pass audio_config="
                    "{'type': 'pcm', 'frame_rate': ..., 'n_channels': 1, 'sample_width': 2}"
                )
            body = InteractWithConversationRequest(
                initial_message_type=message_type,  # type: ignore[arg-type]
                recorded_message=text or "",
                external_event_message_content=[content for content, _ in events],
                external_event_message_timestamp=[when for _, when in events],
            )
            kwargs = interact_with_conversation._get_kwargs(
                conversation_id,
                body=body,
                request_format="voice" if part is not None else "text",
                response_format=response_format,
                current_agent_action_type=UNSET if current_agent_action_type is None else current_agent_action_type,
                request_audio_config=_audio_config_model(config) if config is not None else UNSET,
            )
            if part is not None:
                kwargs["files"] = [
                    ("recorded_message", part.file_tuple()) if name == "recorded_message" else (name, value)
                    for name, value in kwargs["files"]
                ]
            return self._stream(kwargs, voice=response_format == "voice")
        finally:
            if part is not None:
                part.close()

    def finish_conversation(self, conversation_id: str) -> None:
        """Finish a conversation (its post-processing starts on the server)."""
        finish_conversation = operation("finish-conversation")

        self._send(finish_conversation._get_kwargs(_check_id("conversation_id", conversation_id))).close()

    def _stream(self, kwargs: Dict[str, Any], *, voice: bool) -> EventStream:
        headers = dict(kwargs.get("headers") or {})
        headers["Accept"] = "application/x-ndjson"
        kwargs["headers"] = headers
        return EventStream(self._send(kwargs, stream=True), voice=voice)


def _external_events(events: Any) -> List[ExternalEvent]:
    """``external_events`` as a list of (content, timezone-aware timestamp) pairs, else a
    ConfigurationError saying what is wrong."""
    try:
        pairs = list(events)
    except TypeError:
        raise ConfigurationError(
            f"external_events must be an iterable of (content, timestamp) pairs, not {type(events).__name__}"
        ) from None
    for index, pair in enumerate(pairs):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise ConfigurationError(f"external_events[{index}] must be a (content, timestamp) pair")
        content, when = pair
        if not isinstance(content, str):
            raise ConfigurationError(f"external_events[{index}]: the content must be a string")
        if not isinstance(when, _dt.datetime) or when.tzinfo is None:
            raise ConfigurationError(f"external event {content!r}: timestamp must be a timezone-aware datetime")
    return pairs


#: The fields of each audio config type (besides ``type``), and what each must be.
_AUDIO_FIELDS = {"mp3": {}, "pcm": {"frame_rate": int, "n_channels": int, "sample_width": int}}


def _audio_config(config: Any) -> Dict[str, Any]:
    """A checked copy of ``audio_config``."""
    if not isinstance(config, Mapping):
        raise ConfigurationError(f"audio_config must be a mapping, not {type(config).__name__}")
    kind = config.get("type")
    fields = _AUDIO_FIELDS.get(kind) if isinstance(kind, str) else None
    if fields is None:
        raise ConfigurationError(f"audio_config type must be 'pcm' or 'mp3', got {kind!r}")
    unknown = sorted(str(key) for key in config if key != "type" and key not in fields)
    if unknown:
        raise ConfigurationError(f"audio_config: unknown field(s) {', '.join(unknown)} for type {kind!r}")
    for name, kind_of in fields.items():
        value = config.get(name)
        if isinstance(value, bool) or not isinstance(value, kind_of) or value <= 0:
            raise ConfigurationError(
                f"audio_config: {name} must be a whole number > 0 for type {kind!r}, got {value!r}"
            )
    return dict(config)


def _audio_config_model(config: Mapping[str, Any]) -> Any:
    from .models.mp3_user_message_audio_config import MP3UserMessageAudioConfig
    from .models.pcm_user_message_audio_config import PCMUserMessageAudioConfig

    kind = config.get("type")
    if kind == "mp3":
        return MP3UserMessageAudioConfig.from_dict(dict(config))
    if kind == "pcm":
        if config.get("n_channels") != 1 or config.get("sample_width") not in (2, 4):
            raise ConfigurationError(f"PCM voice audio must be mono with 2- or 4-byte samples, got {dict(config)!r}")
        return PCMUserMessageAudioConfig.from_dict(dict(config))
    raise ConfigurationError(f"audio_config type must be 'pcm' or 'mp3', got {kind!r}")
