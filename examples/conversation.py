"""A whole conversation: sign in, stream the agent's greeting, two user turns, finish.

Runs against whatever the AMIGO_* variables point at: the real API, or the local emulator
(`make demo` starts one and sets them). Settings:

    AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID   (required)
    AMIGO_BASE_URL        default https://api.amigo.ai
    AMIGO_SERVICE_ID      the service to talk to (default: the first one the API lists)

Prints the agent's words as they stream in, and how long each turn took to show its first
word. Exits non-zero with the error's message if anything fails.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Optional

from amigo_client import AmigoClient, AmigoError, ConflictError, EventStream
from amigo_client.api.service import get_services
from amigo_client.models.new_message_event import NewMessageEvent

TURNS = ["Hi! I'd like to check on my order.", "Thanks, that's all I needed."]


def show(label: str, stream: EventStream) -> EventStream:
    """Print a turn's words as they arrive; return the finished stream."""
    started = time.perf_counter()
    first: Optional[float] = None
    print(f"{label}: ", end="", flush=True)
    with stream:
        for event in stream:
            if isinstance(event, NewMessageEvent) and event.message:
                if first is None:
                    first = time.perf_counter() - started
                print(event.message, end="", flush=True)
    wait = f"{first * 1000:.0f} ms to first word" if first is not None else "no words"
    print(f"   [{wait}]")
    return stream


def pick_service(client: AmigoClient) -> str:
    chosen = os.environ.get("AMIGO_SERVICE_ID")
    if chosen:
        return chosen
    for service in client.iter_items(get_services, items="services"):
        print(f"service: {service.name} ({service.id})")
        return str(service.id)
    raise SystemExit("no service in this organization; set AMIGO_SERVICE_ID")


def main() -> int:
    try:
        with AmigoClient() as client:
            service_id = pick_service(client)
            try:
                greeting = show("agent", client.create_conversation(service_id))
            except ConflictError as exc:
                print(f"an unfinished conversation already exists for this service: {exc}", file=sys.stderr)
                return 1
            conversation_id = greeting.conversation_id
            assert conversation_id is not None
            print(f"(conversation {conversation_id})")
            for text in TURNS:
                print(f"user: {text}")
                reply = show("agent", client.interact(conversation_id, text))
                if reply.conversation_ended:
                    print("(the agent ended the conversation)")
                    break
            else:
                client.finish_conversation(conversation_id)
                print("(conversation finished)")
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
