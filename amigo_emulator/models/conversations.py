"""Conversations, their turns and prompt logs: state and rules (the handlers are
:mod:`amigo_emulator.conversations`; the NDJSON wire format is :mod:`amigo_emulator.streaming`).

Rules, with the error each raises (the handler answers its status):

* :func:`start` (create): an unknown service or version set -> :class:`NotFound`; the user still
  has an unfinished conversation of the same service -> :class:`Refused` (400, "the conversation
  cannot start"). The conversation is stored *pending* and *busy* until its first turn commits.
* :func:`begin` (interact): an unknown conversation -> :class:`NotFound`; a finished one, or one
  whose create/interact stream is still running -> :class:`Conflict` (409). It marks the
  conversation busy.
* :func:`check_event_times`: external event timestamps in the future, before the conversation's
  last message, or out of order -> :class:`Refused`.
* :func:`finish`: finished or busy -> :class:`Conflict`; a conversation with no user input yet
  (only the agent's greeting) is deleted; else it is finished and its post-processing scheduled.

**Turns.** :func:`plan_turn` builds a :class:`Turn`: the events the scripted agent streams, in
order (``prefix`` such as ``conversation-created``; ``user-message-available`` for the announced
input; ``current-agent-action`` events when an action filter, the compiled
``current_agent_action_type`` regex matched with ``search`` against the action ``type``, is given
and matches; the reply's ``new-message`` pieces, sequence numbers from 0, one ``message_id``, an
empty first piece, ``stop`` on the last, text pieces with ``transcript_alignment: null`` and voice
pieces with base64 PCM16 audio and their alignment; ``interaction-complete``; ``end-session``
when the reply ends the conversation), and three callbacks:

* ``commit`` (the stream calls it right before ``interaction-complete``): the inputs and the agent
  message are appended, the interaction is recorded with its prompt log, a dynamic behavior
  invocation is logged if one triggered, and an ending turn finishes the conversation and
  schedules its post-processing;
* ``rollback`` (the stream ended any other way: error event, cut, client gone): nothing of the
  turn is kept, and a conversation whose first turn never committed is removed;
* ``release`` (always, at the end): the conversation is free for the next call.

**Prompt logs.** Every committed turn records one prompt log under the key
``{conversation id}/{interaction id}``: the rendered system prompt (service, state machine state,
triggered behavior) and the history (one ``sender: text`` prompt per message before the reply,
separated by ``---`` lines). :func:`prompt_logs` returns those whose key starts with a prefix,
oldest first.

Events and answers carry the contract's names because their values are computed here; the
streaming layer renders each event through the contract's schema for its type before it is sent.
The caller holds the store lock unless a function says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from .. import agent
from ..errors import Conflict, NotFound, Refused
from ..runtime import Runtime
from ..store import Conversation, Interaction, Message, Org, Service
from ..util import new_id, parse_datetime, utcnow
from .behaviors import record_invocation, triggered_behavior

__all__ = [
    "AGENT_NAME",
    "MAX_PROMPT_LOGS",
    "Turn",
    "begin",
    "check_event_times",
    "finish",
    "get",
    "interaction",
    "latest_interaction",
    "message",
    "plan_turn",
    "prompt_logs",
    "service_of",
    "start",
]

AGENT_NAME = "Amigo"
MAX_PROMPT_LOGS = 1000  # a prefix may match at most this many prompt logs


@dataclass
class Turn:
    """The events of one turn and what to do when it is kept, rolled back or over."""

    events: List[Dict[str, Any]]
    commit: Callable[[], None]
    rollback: Callable[[], None]
    release: Callable[[], None]


def get(org: Org, conversation_id: Optional[str]) -> Conversation:
    found = org.conversations.get(conversation_id or "")
    if found is None:
        raise NotFound("conversation")
    return found


def service_of(org: Org, service_id: Optional[str]) -> Service:
    found = org.services.get(service_id or "")
    if found is None:
        raise NotFound("service")
    return found


def start(org: Org, user_id: str, service_id: Optional[str], version_set: str, tags: Mapping[str, Any]) -> Conversation:
    """A new pending, busy conversation of ``user_id`` with the service."""
    service = service_of(org, service_id)
    if version_set not in service.version_sets:
        raise NotFound(f"version set {version_set!r} of this service")
    for other in org.conversations.values():
        if other.user_id == user_id and other.service_id == service.id and not other.is_finished:
            raise Refused(
                f"The user already has an unfinished conversation ({other.id}) for this service; "
                "finish it before starting another."
            )
    conversation = Conversation(
        id=new_id(),
        org_id=org.id,
        user_id=user_id,
        service_id=service.id,
        version_set_name=version_set,
        created_at=utcnow(),
        tags=dict(tags),
        busy=True,
        pending=True,
    )
    org.conversations[conversation.id] = conversation
    return conversation


def begin(
    org: Org, conversation_id: Optional[str], event_stamps: Sequence[str]
) -> Tuple[Conversation, Service, List[datetime]]:
    """Reserve the conversation for one interaction (see the module docstring): the conversation,
    its service and the external events' times (:func:`check_event_times`)."""
    conversation = get(org, conversation_id)
    _free(conversation)
    service = service_of(org, conversation.service_id)
    times = check_event_times(conversation, event_stamps)
    conversation.busy = True
    return conversation, service, times


def _free(conversation: Conversation) -> None:
    if conversation.is_finished:
        raise Conflict("The conversation is already finished.")
    if conversation.busy:
        raise Conflict("Another operation is in progress on this conversation; wait for it to finish.")


def check_event_times(conversation: Conversation, stamps: Sequence[str]) -> List[datetime]:
    now = utcnow()
    last = max((m.created_at for m in conversation.messages), default=conversation.created_at)
    times = [parse_datetime(stamp) for stamp in stamps]
    for index, when in enumerate(times):
        if when > now:
            raise Refused("External event timestamps must be in the past.")
        if when < last:
            raise Refused("External event timestamps must not be earlier than the conversation's last message.")
        if index and when < times[index - 1]:
            raise Refused("External events must be given oldest first.")
    return times


def finish(rt: Runtime, org: Org, conversation_id: Optional[str]) -> None:
    conversation = get(org, conversation_id)
    _free(conversation)
    if not conversation.has_user_input:
        del org.conversations[conversation.id]
        return
    conversation.is_finished = True
    rt.webhooks.conversation_finished(org.id, conversation.id)


def plan_turn(
    rt: Runtime,
    org: Org,
    conversation: Conversation,
    service: Service,
    *,
    prefix: List[Dict[str, Any]],
    inputs: List[Message],
    announce: Optional[Message],
    reply_kind: str,
    voice: bool,
    action_filter: Optional["re.Pattern[str]"],
    on_rollback: Callable[[], None] = lambda: None,
) -> Turn:
    """The events and commit/rollback/release callbacks of one turn (see the module docstring).
    Called without the store lock; its callbacks take it."""
    interaction_id = new_id()
    agent_message_id = new_id()
    for item in inputs:
        item.interaction_id = interaction_id
    source_text = announce.message if announce is not None else ""
    if reply_kind == "greeting":
        reply, ends = agent.GREETING, False
    else:
        reply, ends = agent.reply_to(source_text, reply_kind, service.name)
    prev_state = conversation.state
    next_state = "farewell" if ends else ("welcome" if reply_kind == "greeting" else "assist")
    with rt.store.lock:
        behavior = triggered_behavior(org, service.id, source_text) if reply_kind == "user-message" else None

    events: List[Dict[str, Any]] = list(prefix)
    if announce is not None:
        events.append({"type": "user-message-available", "message_id": announce.id, "user_message": announce.message})
    if action_filter is not None:
        queries = [source_text] if source_text else []
        for action in agent.agent_actions(service.hsm_id, prev_state, next_state, queries, behavior):
            if action_filter.search(action["type"]):
                events.append({"type": "current-agent-action", "action": action})
    events.extend(_reply_events(reply, voice, agent_message_id))
    events.append(
        {
            "type": "interaction-complete",
            "message_id": agent_message_id,
            "interaction_id": interaction_id,
            "full_message": reply,
            "conversation_completed": ends,
        }
    )
    if ends:
        events.append({"type": "end-session"})

    def commit() -> None:
        with rt.store.lock:
            now = utcnow()
            history = list(conversation.messages) + list(inputs)
            conversation.messages.extend(inputs)
            conversation.messages.append(
                Message(
                    id=agent_message_id,
                    interaction_id=interaction_id,
                    created_at=now,
                    sender=AGENT_NAME,
                    message=reply,
                    format="voice" if voice else "text",
                    message_type="agent-message",
                )
            )
            conversation.interactions.append(Interaction(interaction_id, now, prev_state, next_state, behavior))
            conversation.state = next_state
            conversation.pending = False
            _record_prompt_log(org, conversation, service, interaction_id, prev_state, behavior, history)
            if behavior is not None and announce is not None:
                record_invocation(org, conversation, behavior, announce.id, agent_message_id)
            if ends:
                conversation.is_finished = True
                rt.webhooks.conversation_finished(org.id, conversation.id)

    def release() -> None:
        with rt.store.lock:
            conversation.busy = False

    return Turn(events=events, commit=commit, rollback=on_rollback, release=release)


def _reply_events(reply: str, voice: bool, message_id: str) -> List[Dict[str, Any]]:
    pieces = agent.split_pieces(reply)
    events = []
    offset_ms = 0
    for index, piece in enumerate(pieces):
        alignment: Optional[List[List[Any]]] = None
        message = piece
        if voice:
            message, alignment, duration = agent.voice_chunk(piece, index, offset_ms)
            offset_ms += duration
        events.append(
            {
                "type": "new-message",
                "message": message,
                "message_metadata": [],
                "transcript_alignment": alignment,
                "stop": index == len(pieces) - 1,
                "sequence_number": index,
                "message_id": message_id,
            }
        )
    return events


# -- prompt logs ----------------------------------------------------------------------------------


def _record_prompt_log(
    org: Org,
    conversation: Conversation,
    service: Service,
    interaction_id: str,
    state: str,
    behavior: Optional[List[Any]],
    history: Sequence[Message],
) -> None:
    system = (
        f"You are {AGENT_NAME}, the scripted agent of the service {service.name!r} ({service.id}).\n"
        f"State machine {service.hsm_id}, current state: {state}.\n"
        + (f"Dynamic behavior in force: {behavior[0]} version {behavior[1]}.\n" if behavior else "")
        + "Answer the user's last message."
    )
    prompts = [f"{m.sender}: {m.message}" for m in history]
    org.prompt_logs[f"{conversation.id}/{interaction_id}"] = (system, "\n---\n".join(prompts))


def prompt_logs(org: Org, prefix: str) -> List[Tuple[str, str, str]]:
    """``(log key, system prompt, history prompts)`` of the logs whose key starts with ``prefix``,
    oldest first; :class:`NotFound` when none does (the caller refuses more than
    :data:`MAX_PROMPT_LOGS`)."""
    found = [(key, system, history) for key, (system, history) in org.prompt_logs.items() if key.startswith(prefix)]
    if not found:
        raise NotFound("prompt log matching this prefix")
    return found


# -- lookups ----------------------------------------------------------------------------------------


def interaction(conversation: Conversation, interaction_id: Optional[str]) -> Interaction:
    found = [i for i in conversation.interactions if i.id == interaction_id]
    if not found:
        raise NotFound("interaction")
    return found[0]


def message(conversation: Conversation, message_id: Optional[str]) -> Message:
    found = [m for m in conversation.messages if m.id == message_id]
    if not found:
        raise NotFound("message")
    return found[0]


def latest_interaction(conversation: Conversation, interaction_id: Optional[str]) -> None:
    """Recommendations are for the latest completed interaction of an unfinished conversation."""
    if conversation.is_finished:
        raise Refused("The conversation has finished.")
    if not conversation.interactions or conversation.interactions[-1].id != interaction_id:
        raise Refused("The interaction is not the latest completed interaction of the conversation.")
