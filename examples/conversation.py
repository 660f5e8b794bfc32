"""Pattern 1, conversation lifecycle: sign in, stream the agent's greeting, two user turns, finish.

Runs against whatever the AMIGO_* variables point at: the real API, or the local emulator
(`make demo` starts one and prints them). Settings:

    AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID   (required)
    AMIGO_BASE_URL        default https://api.amigo.ai
    AMIGO_SERVICE_ID      the service to talk to (default: the first one the API lists)

Prints the agent's words as they stream in, and how long each turn took to show its first
word. The conversation is always finished, even when a turn fails. Exits non-zero with the
error's message if anything fails; when the user already has an unfinished conversation of the
service, the message names it (finish it, or continue it).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Optional

from amigo_client import AmigoClient, AmigoError, BadRequestError, EventStream
from amigo_client.models.new_message_event import NewMessageEvent

TURNS = ["Hi! I'd like to check on my order.", "Thanks, that's all I needed."]


def show(label: str, stream: EventStream) -> EventStream:
    """Print a turn's words as they arrive (event by event, nothing buffered); return the stream."""
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
    for service in client.service.get_services(is_active=True):  # every page, fetched as needed
        print(f"service: {service.name} ({service.id})")
        return service.id
    raise SystemExit("no active service in this organization; set AMIGO_SERVICE_ID")


def main() -> int:
    try:
        with AmigoClient() as client:
            service_id = pick_service(client)
            try:
                greeting = show("agent", client.create_conversation(service_id))  # the agent speaks first
            except BadRequestError as exc:
                # The API answers 400 when this user already has an unfinished conversation of
                # the service; the error names it (other 400s land here too).
                unfinished = exc.unfinished_conversation_id
                if unfinished is not None:
                    print(
                        f"the conversation cannot start: conversation {unfinished} of this service is unfinished; "
                        f"finish it (client.finish_conversation({unfinished!r})) or continue it",
                        file=sys.stderr,
                    )
                else:
                    print(f"the conversation cannot start: {exc}", file=sys.stderr)
                return 1
            conversation_id = greeting.conversation_id
            assert conversation_id is not None
            print(f"(conversation {conversation_id})")
            ended = False
            try:
                for text in TURNS:
                    print(f"user: {text}")
                    reply = show("agent", client.interact(conversation_id, text))
                    if reply.conversation_ended:
                        print("(the agent ended the conversation)")
                        ended = True
                        break
            finally:
                if not ended:
                    client.finish_conversation(conversation_id)
                    print("(conversation finished)")
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
