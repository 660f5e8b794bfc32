"""Pattern 2, user model enrichment: create a user, let them talk, read what the API learned.

Steps: invite a user (``client.user.create_invited_user``), hold one conversation as that user
(the same API key signs in as them), finish it, then wait for post-processing to enrich the
user model (``client.user.get_user_model``) and list the memories it recorded
(``client.user.get_memories``). The user is deleted at the end unless ``--keep`` is given.

Settings (the real API, or the emulator that `make test` starts):

    AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID   (required)
    AMIGO_BASE_URL          default https://api.amigo.ai
    AMIGO_SERVICE_ID        the service to talk to (default: the first active one)
    AMIGO_EXAMPLE_EMAIL     the new user's email (default: a unique address at example.com)
    AMIGO_EXAMPLE_ROLE      the new user's role (default: DefaultUserRole)
    AMIGO_EXAMPLE_WAIT      seconds to wait for the user model (default: 300)

The documentation's version passes ``user_name`` / ``display_name`` and reads ``user.user_id``;
the contract has ``first_name``, ``last_name``, ``email`` and ``role_name``, and answers with
``user_id`` (README: "Where the documentation and the contract differ").
"""

from __future__ import annotations

import os
import sys
import time
import uuid

from amigo_client import AmigoClient, AmigoError, ConflictError
from amigo_client.models.get_user_model_response import GetUserModelResponse

TURNS = ["I mostly shop for running shoes.", "I prefer email over phone calls."]


def first_service(client: AmigoClient) -> str:
    chosen = os.environ.get("AMIGO_SERVICE_ID")
    if chosen:
        return chosen
    for service in client.service.get_services(is_active=True):
        return service.id
    raise SystemExit("no active service in this organization; set AMIGO_SERVICE_ID")


def converse_as(user_id: str, service_id: str) -> str:
    """One short conversation signed in as ``user_id``; returns its id (finished)."""
    with AmigoClient(user_id=user_id) as as_user:
        with as_user.create_conversation(service_id) as greeting:
            greeting.until_done()
        conversation_id = greeting.conversation_id
        assert conversation_id is not None
        try:
            for text in TURNS:
                if as_user.interact(conversation_id, text).until_done().conversation_ended:
                    return conversation_id
        finally:
            as_user.conversation.finish_conversation(conversation_id)
    return conversation_id


def wait_for_model(client: AmigoClient, user_id: str, deadline: float) -> GetUserModelResponse:
    delay = 0.2
    while True:
        model = client.user.get_user_model(user_id)
        if model.user_models or time.monotonic() > deadline:
            return model
        time.sleep(delay)
        delay = min(delay * 2, 10.0)


def main(argv: list[str]) -> int:
    keep = "--keep" in argv
    email = os.environ.get("AMIGO_EXAMPLE_EMAIL") or f"jane.doe+{uuid.uuid4().hex[:12]}@example.com"
    wait = float(os.environ.get("AMIGO_EXAMPLE_WAIT", "300"))
    try:
        with AmigoClient() as client:
            service_id = first_service(client)
            try:
                created = client.user.create_invited_user(
                    first_name="Jane",
                    last_name="Doe",
                    email=email,
                    role_name=os.environ.get("AMIGO_EXAMPLE_ROLE", "DefaultUserRole"),
                )
            except ConflictError:
                print(f"a user with the email {email} exists already; set AMIGO_EXAMPLE_EMAIL", file=sys.stderr)
                return 1
            user_id = created.user_id
            print(f"created user {user_id} ({email})")
            try:
                conversation_id = converse_as(user_id, service_id)
                print(f"conversation {conversation_id} finished; waiting for post-processing")
                model = wait_for_model(client, user_id, time.monotonic() + wait)
                if not model.user_models:
                    print(f"no user model after {wait:.0f} s", file=sys.stderr)
                    return 1
                for user_model in model.user_models:
                    print(f"user model: {user_model.content}")
                    for dimension in user_model.dimensions:
                        print(f"  {dimension.description}: {', '.join(dimension.tags)}")
                for memory in client.user.get_memories(user_id, conversation_id=[conversation_id]):
                    print(f"memory {memory.id}: {memory.content}")
            finally:
                if not keep:
                    client.user.delete_user(user_id)
                    print(f"deleted user {user_id}")
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
