"""The real-time voice WebSocket: ``/v1/{organization}/conversation/converse_realtime``.

Not in ``openapi.yaml``: this follows the API documentation (``realtime-voice.md`` in the shared
docs), and where it is silent it makes a choice, says so here, and makes it configurable
(:mod:`amigo_emulator.realtime_switches`). It reuses the emulator's state and rules: the same
organizations, users and tokens (:func:`amigo_emulator.auth.authenticate`), the same conversations
(:mod:`amigo_emulator.realtime_conversations`), turns planned by the same scripted agent
(:func:`amigo_emulator.models.conversations.plan_turn`), so what a session says shows in the REST operations.

**Handshake.** In order: the ``refuse_handshake`` fault; an unknown organization -> 404
("Organization not found.", what REST says for a wrong region; choice); the token, taken from the
offered subprotocol ``bearer.authorization.amigo.ai.<token>`` (documented; with the
``accept_authorization_header`` setting also ``Authorization: Bearer``), checked by the REST rules
-> 401; the query: ``response_format`` ``text`` | ``voice`` (required), ``audio_format`` ``pcm`` |
``mp3`` (required with voice: 400, as REST says when voice has no audio format),
``current_agent_action_type`` (a regex, as on REST) -> 422 when invalid. A refusal is an HTTP
answer with ``{"detail"}``. Accepted, the server echoes the offered subprotocol (inferred: browsers
need it). Each handshake is counted in ``/_emulator/stats`` under ``converse-realtime``.

**Session.** The first message must be ``client.start-conversation`` (``service_id``,
``service_version_set_name`` default ``release``; with ``conversation_id``: continue that
unfinished conversation, the docs' "Option B", whose message is not documented: choice). The
server answers ``server.conversation-created``; a new conversation then gets the agent's greeting
as a turn (inferred from REST). Turns run one at a time, in the order their input arrived:

* ``client.new-text-message`` ``user-message``: a text turn. ``external-event``: kept (stamped with
  the time it arrived: choice) and attached to the next turn's input, as documented; events that
  arrive while a reply streams belong to the following turn; events alone start a turn after
  ``event_turn_after_ms`` without user input (documented that they can; the delay is a choice).
* ``client.new-audio-message``: base64 audio appended to the utterance; ``audio: null`` ends it and
  starts a voice turn (empty -> 4400). The user message is stored as voice (WAV-wrapped PCM) with
  the agent's scripted transcript.
* ``client.switch-vad-mode`` (``vad_enabled``: true/false; absent: toggle — the field is a choice)
  -> ``server.vad-mode-switched`` with ``vad_enabled``. In VAD mode each audio chunk is read as
  16-bit PCM at 16 kHz and its RMS compared with ``vad_threshold``: the first loud chunk sends
  ``server.vad-speech-started`` (and interrupts a reply that is streaming: barge-in),
  ``vad_silence_ms`` of quiet audio ends the speech with ``server.vad-speech-ended`` and a voice
  turn, or, when it lasted less than ``vad_min_speech_ms``, ``server.vad-speech-reset-zero`` (its
  meaning is not documented: here, a false start) and no turn. Durations are those of the audio
  received, not wall-clock time, so it is deterministic.
* ``client.extend-timeout``: pushes the idle deadline back by ``extend_timeout_ms``; any client
  message also resets it to ``idle_timeout_ms`` from now. Passed, the server closes with 4408.
* ``client.finish-conversation``: after the turns already queued, the REST finish rule (a
  conversation without user input is deleted). Nothing is answered (choice); later input -> 4409.
* ``client.close-connection``: the server closes with 1000 (a reply in progress is dropped).
* Anything else (not JSON, a binary frame, an unknown ``type``, a missing field) -> 4400.

**Replies.** The turn plan's REST events become ``server.<type>`` messages, paced ``pace_ms``
apart like the NDJSON streams: ``server.current-agent-action`` (with the query's filter),
``server.new-message`` and ``server.interaction-complete`` (REST parity, inferred);
``user-message-available`` and ``end-session`` are left out (not documented for the WebSocket;
the first can be turned on). Voice pieces are re-cut into ``audio_chunk_ms`` pieces of base64
PCM16 (16 kHz mono), the first piece empty as on REST. The turn is stored right before its
``server.interaction-complete``; a turn cut short is rolled back. A reply interrupted by speech is
kept as far as it was sent: its ``server.interaction-complete`` (every turn ends with one, as
documented) carries the text sent so far. A turn that ends the conversation (the user said goodbye)
is followed by a close with 1000 (choice).

Close codes are ``4000 + the status REST answers`` for the same failure (choice; configurable with
``close_codes``), with a reason of at most 123 bytes.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import math
import re
import socket
import struct
import sys
import time
from array import array
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from . import agent, auth
from .models.conversations import Turn, plan_turn
from .realtime_conversations import RealtimeRefusal, claim, finish, resume, service_of, start
from .realtime_switches import RealtimeSwitches, control_routes
from .registry import ApiError
from .runtime import Runtime
from .store import Conversation, Message, Org, Service
from .util import new_id, utcnow

__all__ = ["OPERATION", "PATH", "PROTOCOL_PREFIX", "realtime_routes"]

log = logging.getLogger("amigo_emulator")

PATH = "/v1/{organization}/conversation/converse_realtime"
#: The name the endpoint's handshakes are counted under in ``/_emulator/stats``.
OPERATION = "converse-realtime"
PROTOCOL_PREFIX = "bearer.authorization.amigo.ai."
SAMPLE_RATE = agent.SAMPLE_RATE
_OBJECT_ID = re.compile(r"^[a-f0-9]{24}$")
_REASON_BYTES = 123


def realtime_routes(rt: Runtime) -> List[BaseRoute]:
    """The WebSocket route, a 426 answer for plain HTTP on its path, and the control routes."""
    switches = RealtimeSwitches(rt)

    async def plain_http(request: Request) -> Response:
        return JSONResponse(
            {"detail": "This endpoint speaks WebSocket only: open it with an Upgrade: websocket request."},
            status_code=426,
            headers={"Upgrade": "websocket"},
        )

    return [
        WebSocketRoute(PATH, _Endpoint(rt, switches)),
        Route(PATH, plain_http, methods=["GET", "POST"]),
    ] + control_routes(switches)


def _reason(text: str) -> str:
    data = text.encode("utf-8")[:_REASON_BYTES]
    return data.decode("utf-8", "ignore")


class _Close(Exception):
    """End the session with a close frame (``code``, ``reason``)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class _Dropped(Exception):
    """The connection was reset on purpose (the ``drop`` fault)."""


class _Endpoint:
    """The ASGI app of the WebSocket route (a class, so it gets the raw ``send`` it needs to
    reach the connection for the ``drop`` fault)."""

    def __init__(self, rt: Runtime, switches: RealtimeSwitches) -> None:
        self.rt = rt
        self.switches = switches

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rt, switches = self.rt, self.switches
        websocket = WebSocket(scope, receive, send)
        rt.count_request(OPERATION)
        try:
            org, user_id, protocol, options = self._handshake(websocket)
        except ApiError as exc:
            await self._refuse(websocket, exc)
            return
        await websocket.accept(subprotocol=protocol)
        rt.count_response(OPERATION, 101)
        switches.count("handshakes", "101")
        switches.count("sessions_opened")
        switches.count("sessions_active")
        session = _Session(rt, switches, websocket, send, org, user_id, options)
        try:
            await session.run()
        finally:
            switches.count("sessions_active", delta=-1)

    def _handshake(self, websocket: WebSocket) -> Tuple[Org, str, Optional[str], "_Options"]:
        rt, switches = self.rt, self.switches
        refusal = switches.take("refuse_handshake")
        if refusal is not None:
            raise ApiError(int(refusal.params["status"]), str(refusal.params["detail"]))
        org = rt.store.org(websocket.path_params["organization"])
        if org is None:
            raise ApiError(404, "Organization not found.")
        offered = [p.strip() for p in websocket.scope.get("subprotocols") or []]
        protocol = next((p for p in offered if p.startswith(PROTOCOL_PREFIX)), None)
        token = protocol[len(PROTOCOL_PREFIX) :] if protocol is not None else ""
        if not token and switches.setting("accept_authorization_header"):
            scheme, _, value = websocket.headers.get("authorization", "").partition(" ")
            token = value.strip() if scheme.lower() == "bearer" else ""
        if not token:
            raise ApiError(401, f"Missing bearer token: offer the subprotocol {PROTOCOL_PREFIX}<token>.")
        request = Request({"type": "http", "headers": [(b"authorization", f"Bearer {token}".encode("latin-1"))]})
        user_id = auth.authenticate(rt, org, request)
        return org, user_id, protocol, _options(websocket)

    async def _refuse(self, websocket: WebSocket, exc: ApiError) -> None:
        self.rt.count_response(OPERATION, exc.status)
        self.switches.count("handshakes", str(exc.status))
        response = JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)
        if "websocket.http.response" in websocket.scope.get("extensions", {}):
            await websocket.send_denial_response(response)
        else:  # pragma: no cover - uvicorn's WebSocket protocols all offer the extension
            await websocket.close(code=1008, reason=_reason(str(exc.detail)))


@dataclass
class _Options:
    voice: bool
    audio_format: Optional[str]
    action_filter: Optional["re.Pattern[str]"]


def _options(websocket: WebSocket) -> _Options:
    query = websocket.query_params
    response_format = query.get("response_format")
    if response_format not in ("text", "voice"):
        raise ApiError(422, "response_format is required: 'text' or 'voice'.")
    audio_format = query.get("audio_format")
    if audio_format is not None and audio_format not in ("pcm", "mp3"):
        raise ApiError(422, "audio_format must be 'pcm' or 'mp3'.")
    if response_format == "voice" and audio_format is None:
        raise ApiError(400, "Set audio_format ('pcm' or 'mp3') when response_format is voice.")
    action_filter = None
    if "current_agent_action_type" in query:
        try:
            action_filter = re.compile(query["current_agent_action_type"])
        except re.error as exc:
            raise ApiError(422, f"current_agent_action_type is not a valid regular expression: {exc}") from None
    return _Options(response_format == "voice", audio_format if response_format == "voice" else None, action_filter)


@dataclass
class _Turn:
    """A turn waiting to run: its inputs (external events first), the input it answers, its kind."""

    inputs: List[Message]
    announce: Optional[Message]
    kind: str  # greeting | user-message | external-event
    greeting: bool = False


@dataclass
class _Vad:
    speaking: bool = False
    speech_ms: float = 0.0
    silence_ms: float = 0.0
    audio: bytearray = field(default_factory=bytearray)


_FINISH = object()


class _Session:
    """One accepted connection: a reader task, a turn runner task and an idle watch."""

    def __init__(
        self,
        rt: Runtime,
        switches: RealtimeSwitches,
        websocket: WebSocket,
        send: Send,
        org: Org,
        user_id: str,
        options: _Options,
    ) -> None:
        self.rt = rt
        self.switches = switches
        self.ws = websocket
        self.raw_send = send
        self.org = org
        self.user_id = user_id
        self.options = options
        self.conversation: Optional[Conversation] = None
        self.service: Optional[Service] = None
        self.vad_enabled = False
        self.vad = _Vad()
        self.utterance = bytearray()
        self.events: List[Message] = []
        self.queue: "asyncio.Queue[Any]" = asyncio.Queue()
        self.streaming = False
        self.busy_turns = 0  # queued or running
        self.finished = False
        self.interrupt = asyncio.Event()
        self.send_lock = asyncio.Lock()
        self.last_activity = time.monotonic()  # the last client message, or the end of a turn
        self.extended_until = 0.0  # client.extend-timeout's deadline (monotonic seconds)
        self.event_timer: Optional["asyncio.TimerHandle"] = None
        self.closed = False

    def _idle(self) -> float:
        return float(self.switches.setting("idle_timeout_ms")) / 1000.0

    # -- the session's life ---------------------------------------------------------------------

    async def run(self) -> None:
        tasks = [
            asyncio.ensure_future(self._read()),
            asyncio.ensure_future(self._run_turns()),
            asyncio.ensure_future(self._watch_idle()),
        ]
        close: Optional[_Close] = None
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                error = task.exception()
                if isinstance(error, _Close):
                    close = error
                elif isinstance(error, (_Dropped, WebSocketDisconnect, OSError)) or error is None:
                    pass  # the session ended, or the client left (uvicorn's ClientDisconnected is an OSError)
                else:
                    log.error("real-time session failed: %r", error)
                    close = _Close(self.switches.close_code("internal_error"), "internal emulator error")
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if self.event_timer is not None:
                self.event_timer.cancel()
        if close is not None:
            await self._close(close.code, close.reason)

    async def _close(self, code: int, reason: str) -> None:
        if self.closed:
            return
        self.closed = True
        self.switches.count("closes", str(code))
        if self.ws.application_state == WebSocketState.CONNECTED:
            try:
                await self.ws.close(code=code, reason=_reason(reason))
            except (RuntimeError, OSError):  # the client is already gone
                pass

    def _deadline(self) -> float:
        # Read each time: a change of idle_timeout_ms applies to open sessions at once.
        return max(self.last_activity + self._idle(), self.extended_until)

    async def _watch_idle(self) -> None:
        while True:
            remaining = self._deadline() - time.monotonic()
            if remaining <= 0:
                raise _Close(self.switches.close_code("idle_timeout"), "idle timeout: no client message in time")
            await asyncio.sleep(min(remaining, 0.5))

    # -- reading client messages ----------------------------------------------------------------

    async def _read(self) -> None:
        invalid = self.switches.close_code("invalid_message")
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            self.last_activity = time.monotonic()
            text = message.get("text")
            if text is None:
                raise _Close(invalid, "binary frames are not accepted: send JSON text messages")
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):
                raise _Close(invalid, "a message that is not JSON") from None
            if not isinstance(data, dict) or not isinstance(data.get("type"), str):
                raise _Close(invalid, "a message that is not a JSON object with a string type")
            await self._dispatch(data)

    async def _dispatch(self, data: Dict[str, Any]) -> None:
        kind = data["type"]
        invalid = self.switches.close_code("invalid_message")
        if self.conversation is None:
            if kind != "client.start-conversation":
                raise _Close(invalid, f"{kind} before client.start-conversation")
            await self._start(data)
            return
        if kind == "client.close-connection":
            raise _Close(self.switches.close_code("normal"), "closed at the client's request")
        if kind == "client.start-conversation":
            raise _Close(invalid, "the conversation has already started")
        handler = _HANDLERS.get(kind)
        if handler is None:
            raise _Close(invalid, f"unknown message type {kind[:60]!r}")
        await handler(self, data)

    async def _start(self, data: Dict[str, Any]) -> None:
        invalid = self.switches.close_code("invalid_message")
        service_id = data.get("service_id")
        if not isinstance(service_id, str) or not _OBJECT_ID.match(service_id):
            raise _Close(invalid, "service_id must be 24 lowercase hexadecimal characters")
        version_set = data.get("service_version_set_name", "release")
        if not isinstance(version_set, str) or not version_set:
            raise _Close(invalid, "service_version_set_name must be a non-empty string")
        existing = data.get("conversation_id")
        try:
            if existing is not None:
                if not isinstance(existing, str) or not _OBJECT_ID.match(existing):
                    raise _Close(invalid, "conversation_id must be 24 lowercase hexadecimal characters")
                conversation = resume(self.rt, self.org, self.user_id, service_id, existing)
            else:
                conversation = start(self.rt, self.org, self.user_id, service_id, version_set)
            self.service = service_of(self.rt, self.org, conversation)
        except RealtimeRefusal as exc:
            raise self._refusal(exc) from None
        self.conversation = conversation
        await self._send({"type": "server.conversation-created", "conversation_id": conversation.id})
        if self.switches.setting("future_fields"):
            await self._send({"type": "server.emulator-notice", "note": "a message type no client knows yet"})
        if existing is None:
            self.busy_turns += 1
            self.queue.put_nowait(_Turn([], None, "greeting", greeting=True))

    def _refusal(self, exc: RealtimeRefusal) -> _Close:
        kind = {404: "not_found", 409: "conflict"}.get(exc.status, "invalid_message")
        return _Close(self.switches.close_code(kind), exc.reason)

    async def _text_message(self, data: Dict[str, Any]) -> None:
        invalid = self.switches.close_code("invalid_message")
        message_type = data.get("message_type")
        text = data.get("text")
        if message_type not in ("user-message", "external-event"):
            raise _Close(invalid, "message_type must be user-message or external-event")
        if not isinstance(text, str) or not text.strip():
            raise _Close(invalid, "the message text is empty")
        self._check_open()
        if message_type == "external-event":
            self.events.append(self._message(text, "external-event", "External event"))
            self._arm_event_timer()
            return
        user = self._message(text, "user-message", self._user_name())
        self._queue_turn(user)

    async def _audio_message(self, data: Dict[str, Any]) -> None:
        invalid = self.switches.close_code("invalid_message")
        if "audio" not in data:
            raise _Close(invalid, "client.new-audio-message needs an audio field (base64, or null to end)")
        audio = data["audio"]
        self._check_open()
        if audio is None:
            if self.vad_enabled and self.vad.speaking:
                await self._end_speech()
                return
            if not self.utterance:
                raise _Close(invalid, "the user message is empty: no audio before its end")
            pcm = bytes(self.utterance)
            self.utterance.clear()
            self._queue_turn(self._voice_message(pcm))
            return
        if not isinstance(audio, str):
            raise _Close(invalid, "audio must be a base64 string or null")
        try:
            chunk = base64.b64decode(audio, validate=True)
        except (binascii.Error, ValueError):
            raise _Close(invalid, "audio is not base64") from None
        if self.vad_enabled:
            await self._vad_chunk(chunk)
        else:
            self.utterance += chunk

    async def _switch_vad(self, data: Dict[str, Any]) -> None:
        wanted = data.get("vad_enabled")
        if wanted is not None and not isinstance(wanted, bool):
            raise _Close(self.switches.close_code("invalid_message"), "vad_enabled must be true or false")
        self.vad_enabled = (not self.vad_enabled) if wanted is None else wanted
        if not self.vad_enabled and self.vad.speaking:
            self.vad = _Vad()
        await self._send({"type": "server.vad-mode-switched", "vad_enabled": self.vad_enabled})

    async def _extend(self, data: Dict[str, Any]) -> None:
        self.extended_until = self._deadline() + float(self.switches.setting("extend_timeout_ms")) / 1000.0
        self.switches.count("timeout_extensions")

    async def _finish(self, data: Dict[str, Any]) -> None:
        self._check_open()
        self.finished = True
        self.queue.put_nowait(_FINISH)

    def _check_open(self) -> None:
        if self.finished:
            raise _Close(self.switches.close_code("conflict"), "The conversation is already finished.")

    # -- inputs ---------------------------------------------------------------------------------

    def _user_name(self) -> str:
        user = self.org.users.get(self.user_id)
        return user.display_name if user else "User"

    def _message(self, text: str, kind: str, sender: str) -> Message:
        return Message(
            id=new_id(),
            interaction_id="",
            created_at=utcnow(),
            sender=sender,
            message=text,
            format="text",
            message_type=kind,
        )

    def _voice_message(self, audio: bytes) -> Message:
        stored, content_type = audio, "audio/mpeg"
        if self.options.audio_format != "mp3":
            content_type = "audio/wav"
            if not audio.startswith(b"RIFF"):
                stored = _wav(audio)
        message = self._message(agent.voice_transcript(audio), "user-message", self._user_name())
        message.format, message.audio, message.audio_content_type = "voice", stored, content_type
        return message

    def _queue_turn(self, announce: Message) -> None:
        inputs = self.events + [announce]
        self.events = []
        if self.event_timer is not None:
            self.event_timer.cancel()
            self.event_timer = None
        self.busy_turns += 1
        self.queue.put_nowait(_Turn(inputs, announce, "user-message"))

    def _arm_event_timer(self) -> None:
        """External events alone start a turn after ``event_turn_after_ms`` without user input."""
        delay = self.switches.setting("event_turn_after_ms")
        if delay is None or self.busy_turns or self.utterance or self.vad.speaking or self.event_timer is not None:
            return

        def fire() -> None:
            self.event_timer = None
            if self.events and not self.busy_turns and not self.utterance and not self.vad.speaking:
                events, self.events = self.events, []
                self.busy_turns += 1
                self.queue.put_nowait(_Turn(events, events[-1], "external-event"))

        self.event_timer = asyncio.get_running_loop().call_later(float(delay) / 1000.0, fire)

    # -- VAD ------------------------------------------------------------------------------------

    async def _vad_chunk(self, chunk: bytes) -> None:
        threshold = float(self.switches.setting("vad_threshold"))
        level, ms = _rms(chunk), len(chunk) / 2 / SAMPLE_RATE * 1000.0
        vad = self.vad
        if not vad.speaking:
            if level < threshold:
                return
            self.vad = vad = _Vad(speaking=True, speech_ms=ms, audio=bytearray(chunk))
            await self._send({"type": "server.vad-speech-started"})
            if self.streaming:
                self.interrupt.set()
            return
        vad.audio += chunk
        if level >= threshold:
            vad.speech_ms += ms
            vad.silence_ms = 0.0
            return
        vad.silence_ms += ms
        if vad.silence_ms >= float(self.switches.setting("vad_silence_ms")):
            await self._end_speech()

    async def _end_speech(self) -> None:
        vad, self.vad = self.vad, _Vad()
        if vad.speech_ms < float(self.switches.setting("vad_min_speech_ms")):
            await self._send({"type": "server.vad-speech-reset-zero"})
            return
        await self._send({"type": "server.vad-speech-ended"})
        self._queue_turn(self._voice_message(bytes(vad.audio)))

    # -- turns ----------------------------------------------------------------------------------

    async def _run_turns(self) -> None:
        while True:
            job = await self.queue.get()
            conversation = self.conversation
            assert conversation is not None
            if job is _FINISH:
                try:
                    finish(self.rt, self.org, conversation)
                except RealtimeRefusal as exc:
                    raise self._refusal(exc) from None
                continue
            try:
                await self._turn(job, conversation)
            finally:
                self.busy_turns -= 1
                self.last_activity = time.monotonic()
            if self.events:
                self._arm_event_timer()

    async def _turn(self, job: _Turn, conversation: Conversation) -> None:
        assert self.service is not None
        if not job.greeting:
            try:
                claim(self.rt, self.org, conversation)
            except RealtimeRefusal as exc:
                raise self._refusal(exc) from None
        org = self.org

        def drop() -> None:
            with self.rt.store.lock:
                org.conversations.pop(conversation.id, None)

        plan = plan_turn(
            self.rt,
            self.org,
            conversation,
            self.service,
            prefix=[],
            inputs=job.inputs,
            announce=job.announce,
            reply_kind=job.kind,
            voice=self.options.voice,
            action_filter=self.options.action_filter,
            on_rollback=drop if job.greeting else (lambda: None),
        )
        self.switches.count("turns")
        await self._stream(plan, conversation)

    async def _stream(self, plan: Turn, conversation: Conversation) -> None:
        """Send the plan's events (see the module docstring); commit before interaction-complete,
        roll back if cut short, release always."""
        close = self.switches.take("close")
        stall = self.switches.take("stall")
        drop = self.switches.take("drop")
        pace = self.rt.setting("pace_ms") / 1000.0
        messages = list(self._messages(plan.events))
        committed = False
        sent_text: List[str] = []
        self.interrupt.clear()
        self.streaming = True
        try:
            for index, (message, text) in enumerate(messages):
                kind = message["type"]
                if self.interrupt.is_set() and kind != "server.interaction-complete":
                    await self._interrupted(plan, conversation, messages, "".join(sent_text))
                    committed = True
                    return
                if drop is not None and index >= int(drop.params["after_messages"]):
                    self._drop()
                if close is not None and index >= int(close.params["after_messages"]):
                    raise _Close(int(close.params["code"]), str(close.params["reason"]))
                if stall is not None and index == int(stall.params["after_messages"]):
                    await self._wait_interrupt(float(stall.params["stall_ms"]) / 1000.0)
                    if self.interrupt.is_set() and kind != "server.interaction-complete":
                        await self._interrupted(plan, conversation, messages, "".join(sent_text))
                        committed = True
                        return
                if kind == "server.interaction-complete":
                    plan.commit()
                    committed = True
                await self._send(message)
                if text is not None:
                    sent_text.append(text)
                if kind == "server.interaction-complete" and message.get("conversation_completed"):
                    self.finished = True
                    raise _Close(self.switches.close_code("normal"), "the conversation is completed")
                if pace > 0 and index < len(messages) - 1:
                    await self._wait_interrupt(pace)
        finally:
            self.streaming = False
            if not committed:
                plan.rollback()
            plan.release()

    async def _wait_interrupt(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self.interrupt.wait(), timeout=seconds)
        except asyncio.TimeoutError:
            pass

    async def _interrupted(
        self,
        plan: Turn,
        conversation: Conversation,
        messages: List[Tuple[Dict[str, Any], Optional[str]]],
        text: str,
    ) -> None:
        """A reply cut by the user's speech: kept as far as it was sent, then its interaction-complete."""
        complete = next(m for m, _ in messages if m["type"] == "server.interaction-complete")
        plan.commit()
        with self.rt.store.lock:
            for stored in conversation.messages:
                if stored.id == complete.get("message_id"):
                    stored.message = text
            if complete.get("conversation_completed"):
                conversation.is_finished = False  # the farewell was cut: the conversation goes on
        self.switches.count("interrupted_turns")
        await self._send({**complete, "full_message": text, "conversation_completed": False})

    def _messages(self, events: List[Dict[str, Any]]) -> List[Tuple[Dict[str, Any], Optional[str]]]:
        """The plan's REST events as WebSocket messages, with the text each new-message carries."""
        out: List[Tuple[Dict[str, Any], Optional[str]]] = []
        pieces = agent.split_pieces(
            next((e["full_message"] for e in events if e["type"] == "interaction-complete"), "")
        )
        piece_index = 0
        sequence = 0
        chunk_bytes = max(2, int(SAMPLE_RATE * 2 * float(self.switches.setting("audio_chunk_ms")) / 1000.0) // 2 * 2)
        for event in events:
            kind = event["type"]
            if kind == "end-session" or (
                kind == "user-message-available" and not self.switches.setting("user_message_available")
            ):
                continue
            message = {**event, "type": "server." + kind}
            if kind != "new-message":
                out.append((message, None))
                continue
            text = pieces[piece_index] if piece_index < len(pieces) else ""
            piece_index += 1
            if not self.options.voice or not event["message"]:
                out.append(({**message, "sequence_number": sequence}, text))
                sequence += 1
                continue
            audio = base64.b64decode(event["message"])
            alignment = event.get("transcript_alignment") or []
            parts = [audio[i : i + chunk_bytes] for i in range(0, len(audio), chunk_bytes)]
            for number, part in enumerate(parts):
                last = number == len(parts) - 1
                out.append(
                    (
                        {
                            **message,
                            "message": base64.b64encode(part).decode("ascii"),
                            "transcript_alignment": alignment if number == 0 else [],
                            "stop": bool(event.get("stop")) and last,
                            "sequence_number": sequence,
                        },
                        text if number == 0 else None,
                    )
                )
                sequence += 1
        return out

    # -- sending --------------------------------------------------------------------------------

    async def _send(self, message: Dict[str, Any]) -> None:
        if self.switches.setting("future_fields"):
            message = {**message, "x_emulator_future_field": {"added_in": "a later version"}}
        data = json.dumps(message, separators=(",", ":"), ensure_ascii=False)
        async with self.send_lock:
            await self.ws.send_text(data)

    def _drop(self) -> None:
        """Reset the TCP connection (no close frame)."""
        connection = getattr(self.raw_send, "__self__", None)
        transport = getattr(connection, "transport", None)
        if transport is not None:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                try:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                except OSError:
                    pass
            transport.abort()
        self.closed = True
        self.switches.count("closes", "1006")
        raise _Dropped()


def _rms(chunk: bytes) -> float:
    """Root mean square of 16-bit little-endian samples."""
    usable = len(chunk) - len(chunk) % 2
    if not usable:
        return 0.0
    samples = array("h", chunk[:usable])
    if sys.byteorder == "big":
        samples.byteswap()
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def _wav(pcm: bytes) -> bytes:
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(pcm),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        SAMPLE_RATE,
        SAMPLE_RATE * 2,
        2,
        16,
        b"data",
        len(pcm),
    )
    return header + pcm


_HANDLERS = {
    "client.new-text-message": _Session._text_message,
    "client.new-audio-message": _Session._audio_message,
    "client.switch-vad-mode": _Session._switch_vad,
    "client.extend-timeout": _Session._extend,
    "client.finish-conversation": _Session._finish,
}
