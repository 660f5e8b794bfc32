"""Pattern 3, webhook-driven memory sync: verified webhooks copy new memories to your own store.

A small receiver (the standard library's HTTP server) accepts Amigo's webhook deliveries. Each
delivery is verified with :func:`amigo_client.webhooks.construct_event` (HMAC-SHA256 over
``v1:{timestamp}:{body}``, constant-time, timestamp within five minutes, both signatures accepted
during a secret rotation) before anything else happens; a delivery that fails is answered 401.
A verified one is answered 200 at once and handed to a worker thread, which skips repeats (the
``x-amigo-idempotent-key`` header is the same for every redelivery), fetches the memories of the
finished conversation (``client.user.get_memories``) and stores them in SQLite, standing in for
your external system.

By default the example also registers the receiver as a webhook destination, holds a short
conversation so that an event comes, waits until its memories are stored, and deletes the
destination again. With ``--serve`` it keeps receiving until interrupted (Ctrl-C).

Settings:

    AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID   (required)
    AMIGO_BASE_URL              default https://api.amigo.ai
    AMIGO_SERVICE_ID            the service of the demo conversation (default: the first active one)
    AMIGO_WEBHOOK_PORT          the local port to listen on (default: any free port)
    AMIGO_WEBHOOK_PUBLIC_URL    the URL Amigo can reach the receiver at (for the real API, e.g. a
                                tunnel to the local port); default http://127.0.0.1:<port>/amigo
    AMIGO_MEMORY_DB             the SQLite file memories go to (default: memories.sqlite3 in a
                                temporary directory)
    AMIGO_EXAMPLE_WAIT          seconds to wait for the event (default: 300)

The documentation's receiver checks ``event_type == "conversation.interaction.completed"``; the
contract's webhook type is ``conversation-post-processing-complete`` (README: "Where the
documentation and the contract differ").
"""

from __future__ import annotations

import os
import queue
import sqlite3
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, List, Optional

from amigo_client import AmigoClient, AmigoError
from amigo_client.webhooks import ConversationPostProcessingComplete, WebhookEvent, construct_event


class MemoryStore:
    """The external system: memories by id, and the deliveries already handled."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.lock = threading.Lock()
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS deliveries (key TEXT PRIMARY KEY)")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS memories (id TEXT PRIMARY KEY, user_id TEXT, conversation_id TEXT,"
                " created_at TEXT, content TEXT)"
            )

    def first_time(self, key: str) -> bool:
        """Record the delivery ``key``; False when it was handled before (a redelivery)."""
        with self.lock, self.db:
            return self.db.execute("INSERT OR IGNORE INTO deliveries VALUES (?)", (key,)).rowcount == 1

    def save(self, user_id: str, conversation_id: str, memory: Any) -> None:
        with self.lock, self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO memories VALUES (?, ?, ?, ?, ?)",
                (memory.id, user_id, conversation_id, memory.created_at.isoformat(), memory.content),
            )

    def count(self, conversation_id: str) -> int:
        with self.lock:
            row = self.db.execute("SELECT COUNT(*) FROM memories WHERE conversation_id = ?", (conversation_id,))
            return int(row.fetchone()[0])


class Receiver:
    """Verifies each delivery, answers at once, and queues verified events for the worker."""

    def __init__(self, port: int, secrets: List[str]) -> None:
        self.secrets = secrets  # filled in once the destination exists; a list, for rotations
        self.events: "queue.Queue[WebhookEvent]" = queue.Queue()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                try:
                    event = construct_event(body, dict(self.headers.items()), outer.secrets)
                except AmigoError as exc:  # WebhookVerificationError: not from Amigo, or stale
                    print(f"rejected a delivery: {exc}", file=sys.stderr)
                    self.send_response(401)
                else:
                    outer.events.put(event)
                    self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.local_url = f"http://127.0.0.1:{self.server.server_address[1]}/amigo"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def sync(client: AmigoClient, store: MemoryStore, event: WebhookEvent) -> Optional[str]:
    """Copy the memories of a finished conversation; return its id (None for other events)."""
    if not isinstance(event, ConversationPostProcessingComplete) or not event.conversation_id or not event.user_id:
        return None
    if not store.first_time(event.idempotent_key or f"{event.type}:{event.id}"):
        return None  # a redelivery of an event already handled
    for memory in client.user.get_memories(event.user_id, conversation_id=[event.conversation_id]):
        store.save(event.user_id, event.conversation_id, memory)
    print(f"synced {store.count(event.conversation_id)} memories of conversation {event.conversation_id}")
    return event.conversation_id


def demo_conversation(client: AmigoClient) -> str:
    service_id = os.environ.get("AMIGO_SERVICE_ID") or next(iter(client.service.get_services(is_active=True))).id
    with client.create_conversation(service_id) as greeting:
        greeting.until_done()
    conversation_id = greeting.conversation_id
    assert conversation_id is not None
    try:
        client.interact(conversation_id, "Please remember that my order number is 4711.").until_done()
    finally:
        client.conversation.finish_conversation(conversation_id)
    return conversation_id


def main(argv: List[str]) -> int:
    serve = "--serve" in argv
    wait = float(os.environ.get("AMIGO_EXAMPLE_WAIT", "300"))
    db = os.environ.get("AMIGO_MEMORY_DB") or os.path.join(
        tempfile.mkdtemp(prefix="amigo-memories-"), "memories.sqlite3"
    )
    store = MemoryStore(Path(db))
    receiver = Receiver(int(os.environ.get("AMIGO_WEBHOOK_PORT", "0")), [])
    url = os.environ.get("AMIGO_WEBHOOK_PUBLIC_URL") or receiver.local_url
    try:
        with AmigoClient() as client:
            destination = client.webhook_destination.create_webhook_destination(
                url=url, accepted_types=["conversation-post-processing-complete"]
            )
            receiver.secrets.append(destination.secret)
            print(f"webhook destination {destination.webhook_destination_id} -> {url}; store {store.path}")
            try:
                expected = None if serve else demo_conversation(client)
                while True:
                    try:
                        event = receiver.events.get(timeout=None if serve else wait)
                    except queue.Empty:
                        print(f"no webhook for conversation {expected} within {wait:.0f} s", file=sys.stderr)
                        return 1
                    if sync(client, store, event) == expected and expected is not None:
                        return 0 if store.count(expected) else 1
            finally:
                client.webhook_destination.delete_webhook_destination(destination.webhook_destination_id)
                print(f"deleted webhook destination {destination.webhook_destination_id}")
    except KeyboardInterrupt:
        return 0
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        receiver.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
