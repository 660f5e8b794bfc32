"""Tests of amigo_sync.py written only with the testing kit's fixtures (amigo-client[testing]).

``amigo_env`` points the ``AMIGO_*`` variables at a local emulator (reset before each test), so
the code under test builds its ``AmigoClient()`` exactly as in production; ``amigo_emulator``
seeds data, arms faults for a block, and shows what the code sent and what was delivered.
"""

from __future__ import annotations

from typing import Iterator

import pytest
from amigo_sync import MemoryReceiver, Person, sync_users, transcript

from amigo_client import AmigoClient
from amigo_emulator.testing import Emulator

PEOPLE = [
    Person("ada@example.com", "Ada", "Lovelace", {"plan": "pro"}),
    Person("alan@example.com", "Alan", "Turing", {"plan": "free"}),
]


@pytest.fixture
def receiver(amigo_client: AmigoClient) -> Iterator[MemoryReceiver]:
    made = MemoryReceiver(client=amigo_client)
    yield made
    made.close()


def test_sync_creates_the_missing_users_once(amigo_env: Emulator) -> None:
    first = sync_users(PEOPLE)  # AmigoClient() from the AMIGO_* variables
    assert first.created == ["ada@example.com", "alan@example.com"] and not first.failed

    again = sync_users(PEOPLE)
    assert again.unchanged == ["ada@example.com", "alan@example.com"] and not again.created

    creates = amigo_env.requests(operation="create-invited-user")
    assert [r.body["email"] for r in creates] == ["ada@example.com", "alan@example.com"]
    assert creates[0].body["nonsensitive_user_variables"] == {"plan": "pro"}
    assert creates[0].headers["authorization"] == "Bearer <redacted>"  # the token is never shown


def test_sync_updates_the_variables_of_a_known_user(amigo_env: Emulator) -> None:
    amigo_env.seed.user(first_name="Ada", last_name="Lovelace", email="ada@example.com", variables={"plan": "free"})
    report = sync_users(PEOPLE[:1])
    assert report.updated == ["ada@example.com"]
    (update,) = amigo_env.requests(operation="modify-user-variables")
    assert update.body["upserts"] == [{"name": "plan", "value": "pro", "is_secret": False}]
    assert not amigo_env.requests(operation="create-invited-user")


def test_sync_rides_out_server_errors_on_reads(amigo_env: Emulator) -> None:
    with amigo_env.faults.server_errors("get-users", status=503, count=2):
        report = sync_users(PEOPLE[:1])
    assert report.created == ["ada@example.com"]  # the SDK retried the GET twice
    assert [r.status for r in amigo_env.requests(operation="get-users")] == [503, 503, 200]


def test_a_failed_create_is_reported_and_not_sent_twice(amigo_env: Emulator) -> None:
    with amigo_env.faults.server_errors("create-invited-user", status=500, count=1):
        report = sync_users(PEOPLE)
    assert list(report.failed) == ["ada@example.com"] and "500" in report.failed["ada@example.com"]
    assert report.created == ["alan@example.com"]
    assert len(amigo_env.requests(operation="create-invited-user")) == 2  # one each, no retry


def test_the_receiver_stores_the_memories_of_a_finished_conversation(
    amigo_emulator: Emulator, receiver: MemoryReceiver
) -> None:
    destination = amigo_emulator.seed.webhook_destination(receiver.url)
    receiver.secrets.append(destination.secret)
    conversation = amigo_emulator.seed.conversation(["Please remember that my order number is 4711."], finish=True)

    memories = receiver.wait_for(conversation.id)
    assert memories and any("4711" in m for m in memories)
    (delivery,) = amigo_emulator.wait_for_webhooks(1)
    assert delivery.url == receiver.url and delivery.payload["data"]["conversation_id"] == conversation.id


def test_the_receiver_refuses_a_delivery_it_cannot_verify(amigo_emulator: Emulator, receiver: MemoryReceiver) -> None:
    amigo_emulator.seed.webhook_destination(receiver.url)
    receiver.secrets.append("whsec_not_the_destination_secret")
    conversation = amigo_emulator.seed.conversation(finish=True)

    (delivery,) = amigo_emulator.wait_for_webhooks(1, status="failed")
    assert delivery.payload["data"]["conversation_id"] == conversation.id
    assert delivery.attempts[0]["status_code"] == 401 and receiver.rejected >= 1
    assert not receiver.memories


def test_transcript_reads_a_conversation_back(amigo_client: AmigoClient, amigo_emulator: Emulator) -> None:
    seeded = amigo_emulator.seed.conversation(["Where is my order?", "Thanks!"])
    expected = [(m["role"], m["text"]) for m in seeded.messages]
    assert transcript(amigo_client, seeded.id) == expected


def test_another_organization_is_isolated(amigo_emulator: Emulator) -> None:
    other = amigo_emulator.seed.organization("other-org")
    with other.client() as client:
        assert sync_users(PEOPLE[:1], client=client).created == ["ada@example.com"]
    with amigo_emulator.client() as client:
        assert list(client.user.get_users(email=["ada@example.com"])) == []
