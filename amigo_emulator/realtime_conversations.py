"""Conversation rules the real-time endpoint needs beyond the REST handlers' (state only, no I/O).

The REST operations hold these rules inside their HTTP handlers (``conversations.py``); the
WebSocket applies the same ones to the same :class:`~amigo_emulator.store.Conversation` objects,
so a conversation held over the WebSocket is one REST sees (``get-conversation-messages``,
``finish-conversation``, the one-unfinished-conversation rule). Each function raises
:class:`RealtimeRefusal` with the status REST answers for the same case; the endpoint turns it
into a close code (``4000 + status``, see :mod:`amigo_emulator.realtime`).

* :func:`start` creates a conversation as ``create-conversation`` does: unknown service or
  version set -> 404; the user already has an unfinished conversation of the service -> 400. It
  is created busy and pending; the greeting turn commits or drops it.
* :func:`resume` takes an existing conversation (the inferred "continue" option): unknown, or
  another user's or service's -> 404; finished -> 409; busy with another operation -> 409.
* :func:`finish` is ``finish-conversation``: finished -> 409; busy -> 409; no user input yet ->
  the conversation is deleted; else it is finished and its post-processing scheduled.
* :func:`claim` marks a conversation busy for a turn (finished or busy -> 409).
"""

from __future__ import annotations

from typing import Optional

from .runtime import Runtime
from .store import Conversation, Org, Service
from .util import new_id, utcnow

__all__ = ["RealtimeRefusal", "claim", "finish", "resume", "start"]


class RealtimeRefusal(Exception):
    """A rule refused the request: ``status`` is what REST answers, ``reason`` says why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _service(org: Org, service_id: str, version_set: str) -> Service:
    service = org.services.get(service_id)
    if service is None:
        raise RealtimeRefusal(404, "Service not found.")
    if version_set not in service.version_sets:
        raise RealtimeRefusal(404, f"Version set {version_set!r} not found for this service.")
    return service


def start(rt: Runtime, org: Org, user_id: str, service_id: str, version_set: str) -> Conversation:
    """A new conversation of ``user_id`` with the service (see the module docstring)."""
    with rt.store.lock:
        service = _service(org, service_id, version_set)
        for other in org.conversations.values():
            if other.user_id == user_id and other.service_id == service.id and not other.is_finished:
                raise RealtimeRefusal(400, f"Another conversation of this service ({other.id}) is unfinished.")
        conversation = Conversation(
            id=new_id(),
            org_id=org.id,
            user_id=user_id,
            service_id=service.id,
            version_set_name=version_set,
            created_at=utcnow(),
            busy=True,
            pending=True,
        )
        org.conversations[conversation.id] = conversation
        return conversation


def resume(rt: Runtime, org: Org, user_id: str, service_id: str, conversation_id: str) -> Conversation:
    """The user's unfinished conversation ``conversation_id`` of the service."""
    with rt.store.lock:
        conversation = org.conversations.get(conversation_id)
        if conversation is None or conversation.user_id != user_id or conversation.service_id != service_id:
            raise RealtimeRefusal(404, "Conversation not found.")
        if conversation.is_finished:
            raise RealtimeRefusal(409, "The conversation is already finished.")
        if conversation.busy:
            raise RealtimeRefusal(409, "Another operation is in progress on this conversation.")
        return conversation


def service_of(org: Org, conversation: Conversation) -> Service:
    with_service: Optional[Service] = org.services.get(conversation.service_id)
    if with_service is None:
        raise RealtimeRefusal(404, "Service not found.")
    return with_service


def claim(rt: Runtime, conversation: Conversation) -> None:
    """Mark the conversation busy for one turn (the turn's release frees it)."""
    with rt.store.lock:
        if conversation.is_finished:
            raise RealtimeRefusal(409, "The conversation is already finished.")
        if conversation.busy:
            raise RealtimeRefusal(409, "Another operation is in progress on this conversation.")
        conversation.busy = True


def finish(rt: Runtime, org: Org, conversation: Conversation) -> bool:
    """Finish the conversation; False when it had no user input and was deleted instead."""
    with rt.store.lock:
        if conversation.is_finished:
            raise RealtimeRefusal(409, "The conversation is already finished.")
        if conversation.busy:
            raise RealtimeRefusal(409, "Another operation is in progress on this conversation.")
        if not conversation.has_user_input:
            org.conversations.pop(conversation.id, None)
            return False
        conversation.is_finished = True
    rt.webhooks.conversation_finished(org.id, conversation.id)
    return True
