"""Scenarios recorded from the emulator by ``make cassettes`` and replayed by test_recorded.py.

Each takes a signed-in-capable AmigoClient and a service id, drives the SDK through one
documented pattern, and returns what the replay test checks. The recorder
(scripts/record_cassettes.py) and the test run the very same functions.
"""

from __future__ import annotations

from typing import Any, Callable, Dict

from amigo_client import AmigoClient
from amigo_client.api.service import get_services
from testaudio import wav_bytes


def conversation_lifecycle(client: AmigoClient, service_id: str) -> Dict[str, Any]:
    with client.create_conversation(service_id) as greeting:
        greeting.until_done()
    conversation = greeting.conversation_id
    assert conversation is not None
    turns = [client.interact(conversation, text).until_done() for text in ("Where is my order?", "Thanks!")]
    client.finish_conversation(conversation)
    return {
        "conversation_id": conversation,
        "greeting": greeting.text,
        "replies": [t.text for t in turns],
        "user_messages": [t.user_message.user_message if t.user_message else None for t in turns],
    }


def services_paging(client: AmigoClient, service_id: str) -> Dict[str, Any]:
    pages = list(client.paginate(get_services, limit=1))
    return {"pages": len(pages), "ids": [s.id for page in pages for s in page.services]}


def voice_turn(client: AmigoClient, service_id: str) -> Dict[str, Any]:
    wav = wav_bytes(frames=4000, sample=b"\x10\x00")
    with client.create_conversation(service_id) as greeting:
        greeting.until_done()
    assert greeting.conversation_id is not None
    reply = client.interact(greeting.conversation_id, audio=wav, response_format="voice")
    audio = b"".join(reply.iter_audio())
    client.finish_conversation(greeting.conversation_id)
    return {"audio_bytes": len(audio), "transcript": reply.text}


SCENARIOS: Dict[str, Callable[[AmigoClient, str], Dict[str, Any]]] = {
    "conversation_lifecycle": conversation_lifecycle,
    "services_paging": services_paging,
    "voice_turn": voice_turn,
}
