"""Finishing conversations, listing them and paging through conversations and messages."""

from __future__ import annotations

import time
from typing import Any, Dict

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .support import BILLING, SERVICE, assert_schema, interact, start


@pytest.mark.operations("create-conversation", "finish-conversation", "get-conversations", "interact-with-conversation")
def test_finish_is_204_then_409(client: httpx.Client) -> None:
    conversation = start(client)
    interact(client, conversation, "Hello")
    assert client.post(f"/conversation/{conversation}/finish/").status_code == 204
    again = client.post(f"/conversation/{conversation}/finish/")
    assert again.status_code == 409 and "finished" in again.json()["detail"]
    listed = client.get("/conversation/", params={"id": conversation}).json()
    assert listed["conversations"][0]["is_finished"] is True


@pytest.mark.operations("create-conversation", "finish-conversation", "get-conversation-messages", "get-conversations")
def test_finishing_a_conversation_without_user_messages_deletes_it(client: httpx.Client) -> None:
    conversation = start(client)
    assert client.post(f"/conversation/{conversation}/finish/").status_code == 204
    assert client.get(f"/conversation/{conversation}/messages/").status_code == 404
    assert client.get("/conversation/", params={"id": conversation}).json()["conversations"] == []
    assert client.post(f"/conversation/{conversation}/finish/").status_code == 404


@pytest.mark.operations("finish-conversation", "get-conversation-messages")
def test_unknown_and_malformed_ids(client: httpx.Client) -> None:
    assert client.post("/conversation/65f0000000000000000000ff/finish/").status_code == 404
    assert client.post("/conversation/XYZ/finish/").status_code == 422
    assert client.get("/conversation/65f0000000000000000000ff/messages/").status_code == 404
    assert client.get("/conversation/65F0000000000000000000FF/messages/").status_code == 422


@pytest.mark.operations(
    "create-conversation",
    "finish-conversation",
    "get-conversations",
    "get-memories",
    "get-user-model",
    "interact-with-conversation",
)
def test_post_processing_marks_the_conversation_analyzed(client: httpx.Client) -> None:
    conversation = start(client)
    interact(client, conversation, "I like hiking")
    client.post(f"/conversation/{conversation}/finish/")
    # Post-processing runs in the background 20 ms after the finish (the emulator's setting): a
    # wait on its outcome, with a deadline only a stuck emulator reaches.
    deadline = time.monotonic() + 30
    while True:
        listed = client.get("/conversation/", params={"id": conversation}).json()["conversations"][0]
        if listed["is_analyzed"] or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert listed["is_analyzed"] is True
    assert listed["completed_post_processings"] == ["generate-user-models", "extract-memories", "compute-metrics"]
    user_id = listed["user_id"]
    memories = client.get(f"/user/{user_id}/memory").json()["memories"]
    assert memories and memories[0]["conversation_id"] == conversation
    assert client.get(f"/user/{user_id}/user_model").json()["user_models"]


@pytest.mark.operations("create-conversation", "finish-conversation", "get-conversations", "interact-with-conversation")
def test_conversation_list_filters_and_pages(client: httpx.Client) -> None:
    ids = []
    for _ in range(3):
        conversation = start(client)
        interact(client, conversation, "hi")
        client.post(f"/conversation/{conversation}/finish/")
        ids.append(conversation)
    open_one = start(client, BILLING)
    everything = client.get("/conversation/").json()
    assert [c["id"] for c in everything["conversations"]] == [open_one] + ids[::-1], "newest first"
    assert everything["has_more"] is False and everything["continuation_token"] is None
    for item in everything["conversations"]:
        assert_schema("ConversationInstance", item)
    seen = []
    token = None
    while True:
        params: Dict[str, Any] = {"limit": 2, "service_id": SERVICE}
        if token is not None:
            params["continuation_token"] = token
        page = client.get("/conversation/", params=params).json()
        seen += [c["id"] for c in page["conversations"]]
        if not page["has_more"]:
            assert page["continuation_token"] is None
            break
        token = page["continuation_token"]
    assert seen == ids[::-1]
    unfinished = client.get("/conversation/", params={"is_finished": "false"}).json()["conversations"]
    assert [c["id"] for c in unfinished] == [open_one]
    oldest_first = client.get("/conversation/", params={"sort_by": "+created_at", "limit": 1}).json()
    assert oldest_first["conversations"][0]["id"] == ids[0] and oldest_first["has_more"] is True
    assert client.get("/conversation/", params={"limit": 0}).status_code == 422
    assert client.get("/conversation/", params={"limit": 151}).status_code == 422


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
def test_messages_page_in_order(client: httpx.Client) -> None:
    conversation = start(client)
    for text in ("one", "two", "three"):
        interact(client, conversation, text)
    first = client.get(f"/conversation/{conversation}/messages/", params={"limit": 4}).json()
    assert first["has_more"] is True and first["continuation_token"] == 4
    rest = client.get(f"/conversation/{conversation}/messages/", params={"limit": 4, "continuation_token": 4}).json()
    assert rest["has_more"] is False
    messages = first["messages"] + rest["messages"]
    assert [m["message"] for m in messages if m["message_type"] == "user-message"] == ["one", "two", "three"]
    assert len(messages) == 7
    users_only = client.get(f"/conversation/{conversation}/messages/", params={"message_type": "user-message"}).json()
    assert len(users_only["messages"]) == 3
    newest = client.get(f"/conversation/{conversation}/messages/", params={"sort_by": "-created_at", "limit": 1}).json()
    assert newest["messages"][0]["id"] == messages[-1]["id"]


@pytest.mark.operations(
    "create-conversation",
    "generate-conversation-starter",
    "get-conversations",
    "get-interaction-insights",
    "interact-with-conversation",
    "modify-tags-of-conversation",
    "recommend-responses-for-interaction",
)
def test_insights_recommendations_and_tags(client: httpx.Client, emu: Emulator) -> None:
    conversation = start(client)
    _, events = interact(client, conversation, "hello")
    interaction = events[-1]["interaction_id"]
    insights = client.get(f"/conversation/{conversation}/interaction/{interaction}/insights")
    assert insights.status_code == 200 and insights.json()["current_state_name"] == "assist"
    missing = client.get(f"/conversation/{conversation}/interaction/65f0000000000000000000ff/insights")
    assert missing.status_code == 404
    recommended = client.post(f"/conversation/{conversation}/interaction/{interaction}/recommend_responses", json={})
    assert len(recommended.json()["recommended_responses"]) == 3
    assert (
        client.post(f"/conversation/{conversation}/tags/", json={"updates": {"topic": "greeting"}}).status_code == 204
    )
    listed = client.get("/conversation/", params={"tag": "topic:*"}).json()["conversations"]
    assert [c["id"] for c in listed] == [conversation] and listed[0]["tags"] == {"topic": "greeting"}
    too_many = {"updates": {f"k{i}": "v" for i in range(21)}}
    assert client.post(f"/conversation/{conversation}/tags/", json=too_many).status_code == 422
    starters = client.post(
        "/conversation/conversation_starter",
        json={
            "service_id": SERVICE,
            "facets": ["billing"],
            "min_count": 2,
            "max_count": 3,
            "generation_instructions": "x",
        },
    )
    assert len(starters.json()["prompts"]) == 2
