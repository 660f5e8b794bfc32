"""Building one conversation turn: the events the scripted agent streams and how it is stored.

Contract: :func:`plan_turn` takes the turn's inputs (external events and the user message or
external event that starts it, already validated) and returns a
:class:`~amigo_emulator.streaming.TurnPlan` whose events are, in order:

1. ``prefix`` (``conversation-created`` for a create stream);
2. ``user-message-available`` for the announced input, if any;
3. ``current-agent-action`` events, only when an action filter (the compiled
   ``current_agent_action_type`` regex, matched with ``search`` against the action ``type``) is
   given and matches;
4. ``new-message`` pieces of the reply, sequence numbers from 0, one ``message_id``, an empty
   first piece, ``stop`` true on the last; text pieces carry ``transcript_alignment: null``, voice
   pieces carry base64 PCM16 audio and their alignment;
5. ``interaction-complete`` (``message_id``, ``interaction_id``, ``full_message``,
   ``conversation_completed``), then ``end-session`` when the reply ends the conversation.

Nothing is stored until ``commit`` (called by the stream right before ``interaction-complete``):
then the inputs and the agent message are appended, the interaction is recorded, a dynamic
behavior invocation is logged if one triggered, and an ending turn finishes the conversation and
schedules its post-processing.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, List, Optional

from . import agent
from .behaviors import record_invocation, triggered_behavior
from .runtime import Runtime
from .store import Conversation, Interaction, Message, Org, Service
from .streaming import TurnPlan
from .util import new_id, utcnow

__all__ = ["AGENT_NAME", "plan_turn"]

AGENT_NAME = "Amigo"


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
) -> TurnPlan:
    """The events and commit/rollback/release callbacks of one turn (see the module docstring)."""
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
    behavior = triggered_behavior(org, service.id, source_text) if reply_kind == "user-message" else None

    events: List[Dict[str, Any]] = list(prefix)
    if announce is not None:
        events.append({"type": "user-message-available", "message_id": announce.id, "user_message": announce.message})
    if action_filter is not None:
        queries = [source_text] if source_text else []
        for action in agent.agent_actions(service.hsm_id, prev_state, next_state, queries, behavior):
            if action_filter.search(action["type"]):
                events.append({"type": "current-agent-action", "action": action})
    pieces = agent.split_pieces(reply)
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
                "message_id": agent_message_id,
            }
        )
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
            if behavior is not None and announce is not None:
                record_invocation(org, conversation, behavior, announce.id, agent_message_id)
            if ends:
                conversation.is_finished = True
                rt.webhooks.conversation_finished(org.id, conversation.id)

    def release() -> None:
        with rt.store.lock:
            conversation.busy = False

    return TurnPlan(events=events, commit=commit, rollback=on_rollback, release=release)
