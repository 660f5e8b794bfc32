"""The conversation rules the real-time endpoint applies: the REST ones, from the backend.

The WebSocket holds the same :class:`~amigo_emulator.store.Conversation` objects as the REST
operations and applies their rules through :mod:`amigo_emulator.models.conversations` (one
unfinished conversation per user and service, finish, busy while a turn runs), so a conversation
held over the WebSocket is one REST sees. This module only adapts them: it takes the store lock
the backend expects its caller to hold, and turns the backend's :class:`~amigo_emulator.errors.RuleError`
into :class:`RealtimeRefusal`, whose ``status`` (what REST answers) the endpoint maps to a close
code (``4000 + status``, see :mod:`amigo_emulator.realtime`).

* :func:`start`: ``create-conversation``'s rule (unknown service or version set -> 404; another
  unfinished conversation of the service -> 400); created busy and pending, the greeting commits
  or drops it.
* :func:`resume`: the inferred "continue" option: the user's conversation of that service (else
  404), not finished and not busy (409), as the backend's ``begin`` checks.
* :func:`claim`: marks the conversation busy for one turn (the backend's ``begin``).
* :func:`finish`: ``finish-conversation``'s rule (a conversation without user input is deleted).
"""

from __future__ import annotations

from .errors import RuleError
from .models import conversations as backend
from .runtime import Runtime
from .store import Conversation, Org, Service

__all__ = ["RealtimeRefusal", "claim", "finish", "resume", "service_of", "start"]


class RealtimeRefusal(Exception):
    """A rule refused the request: ``status`` is what REST answers, ``reason`` says why."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class _Rules:
    """The store lock held, and a backend refusal turned into a :class:`RealtimeRefusal`."""

    def __init__(self, rt: Runtime) -> None:
        self._rt = rt

    def __enter__(self) -> None:
        self._rt.store.lock.acquire()

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        self._rt.store.lock.release()
        if isinstance(error, RuleError):
            raise RealtimeRefusal(error.status, str(error)) from None


def start(rt: Runtime, org: Org, user_id: str, service_id: str, version_set: str) -> Conversation:
    """A new conversation of ``user_id`` with the service (see the module docstring)."""
    with _Rules(rt):
        return backend.start(org, user_id, service_id, version_set, {})
    raise AssertionError("unreachable")  # pragma: no cover - mypy: the block returns or raises


def resume(rt: Runtime, org: Org, user_id: str, service_id: str, conversation_id: str) -> Conversation:
    """The user's unfinished, idle conversation ``conversation_id`` of the service."""
    with _Rules(rt):
        conversation = backend.get(org, conversation_id)
        if conversation.user_id != user_id or conversation.service_id != service_id:
            raise RealtimeRefusal(404, "Conversation not found.")
        backend.begin(org, conversation_id, [])  # the backend's finished / busy checks...
        conversation.busy = False  # ...and the reservation is per turn (claim), not per session
        return conversation
    raise AssertionError("unreachable")  # pragma: no cover


def service_of(rt: Runtime, org: Org, conversation: Conversation) -> Service:
    with _Rules(rt):
        return backend.service_of(org, conversation.service_id)
    raise AssertionError("unreachable")  # pragma: no cover


def claim(rt: Runtime, org: Org, conversation: Conversation) -> None:
    """Mark the conversation busy for one turn (the turn's release frees it)."""
    with _Rules(rt):
        backend.begin(org, conversation.id, [])


def finish(rt: Runtime, org: Org, conversation: Conversation) -> None:
    """Finish the conversation (or delete it, when it has no user input yet)."""
    with _Rules(rt):
        backend.finish(rt, org, conversation.id)
