"""The code under test of the example project: a user sync, a webhook receiver, a transcript reader.

Nothing here knows about tests: it uses amigo-client as any application would, and builds its
client from the ``AMIGO_*`` environment variables unless it is given one.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Tuple

from amigo_client import AmigoClient, AmigoError
from amigo_client.models.create_invited_user_request_nonsensitive_user_variables import (
    CreateInvitedUserRequestNonsensitiveUserVariables as UserVariables,
)
from amigo_client.models.upsert_request import UpsertRequest
from amigo_client.webhooks import ConversationPostProcessingComplete, WebhookVerificationError, construct_event

__all__ = ["MemoryReceiver", "Person", "SyncReport", "sync_users", "transcript"]


@dataclass(frozen=True)
class Person:
    """One person of your own system, as the sync wants them in Amigo."""

    email: str
    first_name: str
    last_name: str
    variables: Mapping[str, str] = field(default_factory=dict)


@dataclass
class SyncReport:
    created: List[str] = field(default_factory=list)
    updated: List[str] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    failed: Dict[str, str] = field(default_factory=dict)


def sync_users(people: Iterable[Person], client: Optional[AmigoClient] = None) -> SyncReport:
    """Create the people Amigo does not have yet (by email) and update the variables of the others.

    A person whose call fails is reported in ``failed`` and the sync goes on with the next one; a
    create is never sent twice (the SDK does not retry a POST the server may have processed).
    """
    report = SyncReport()
    amigo = client or AmigoClient()
    try:
        for person in people:
            try:
                found = list(amigo.user.get_users(email=[person.email]))
                if not found:
                    amigo.user.create_invited_user(
                        first_name=person.first_name,
                        last_name=person.last_name,
                        email=person.email,
                        role_name="DefaultUserRole",
                        nonsensitive_user_variables=UserVariables.from_dict(dict(person.variables)),
                    )
                    report.created.append(person.email)
                    continue
                current = found[0].nonsensitive_variables.to_dict()
                if all(current.get(k) == v for k, v in person.variables.items()):
                    report.unchanged.append(person.email)
                    continue
                upserts = [UpsertRequest(name=k, value=v, is_secret=False) for k, v in person.variables.items()]
                amigo.user.modify_user_variables(found[0].user_id, upserts=upserts)
                report.updated.append(person.email)
            except AmigoError as exc:
                report.failed[person.email] = f"{type(exc).__name__}: {exc}"
    finally:
        if client is None:
            amigo.close()
    return report


def transcript(client: AmigoClient, conversation_id: str) -> List[Tuple[str, str]]:
    """The conversation's user and agent messages, oldest first, as ``("user" | "agent", text)``."""
    kinds = {"user-message": "user", "agent-message": "agent"}
    messages = sorted(client.conversation.get_conversation_messages(conversation_id), key=lambda m: m.created_at)
    return [(kinds[str(m.message_type)], m.message) for m in messages if str(m.message_type) in kinds]


class MemoryReceiver:
    """A webhook receiver: verifies every delivery, then stores the memories of the finished
    conversation (``memories[conversation_id]``). Redeliveries of one event are handled once."""

    def __init__(self, secrets: Iterable[str] = (), client: Optional[AmigoClient] = None) -> None:
        self.secrets = list(secrets)
        self.memories: Dict[str, List[str]] = {}
        self.rejected = 0
        self._client = client
        self._seen: Set[str] = set()
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                status = receiver.handle(body, dict(self.headers.items()))
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/amigo-webhooks"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def handle(self, body: bytes, headers: Mapping[str, str]) -> int:
        """Answer one delivery: 401 if it is not signed by Amigo, else 200 (after storing)."""
        try:
            event = construct_event(body, headers, self.secrets)
        except WebhookVerificationError:
            with self._lock:
                self.rejected += 1
            return 401
        if not isinstance(event, ConversationPostProcessingComplete) or not event.user_id or not event.conversation_id:
            return 200
        key = event.idempotent_key or json.loads(body).get("id", "")
        with self._lock:
            if key in self._seen:
                return 200
            self._seen.add(key)
        client = self._client or AmigoClient()
        try:
            found = [
                m.content for m in client.user.get_memories(event.user_id, conversation_id=[event.conversation_id])
            ]
        finally:
            if self._client is None:
                client.close()
        with self._done:
            self.memories[event.conversation_id] = found
            self._done.notify_all()
        return 200

    def wait_for(self, conversation_id: str, timeout: float = 10.0) -> List[str]:
        """The memories stored for ``conversation_id`` (``TimeoutError`` if none came in time)."""
        with self._done:
            if not self._done.wait_for(lambda: conversation_id in self.memories, timeout):
                raise TimeoutError(f"no delivery for conversation {conversation_id} within {timeout} s")
            return self.memories[conversation_id]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
