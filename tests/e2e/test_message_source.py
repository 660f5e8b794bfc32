"""retrieve-message-source end to end: the SDK returns the typed link the contract declares
(``url``, ``content_type``, ``expires_at``; see the spec/overlay.yaml action for the evidence),
and the link serves the very audio the user sent. The ``emu`` fixture fails a test during which
the emulator answered outside the contract."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest

from amigo_client import AmigoClient, BadRequestError
from amigo_client.models.retrieve_message_source_response import RetrieveMessageSourceResponse
from amigo_emulator.testing import Emulator
from testaudio import wav_bytes

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations(
    "create-conversation", "get-conversation-messages", "interact-with-conversation", "retrieve-message-source"
)


def _client(emu: Emulator) -> AmigoClient:
    return AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    )


def test_the_source_of_a_voice_message_is_a_typed_link_to_its_audio(emu: Emulator) -> None:
    wav = wav_bytes(frames=4000, sample=b"\x20\x00")
    with _client(emu) as amigo:
        with amigo.create_conversation(emu.service_ids[0]) as greeting:
            greeting.until_done()
        conversation = greeting.conversation_id
        assert conversation is not None
        amigo.interact(conversation, audio=wav).until_done()
        messages = list(amigo.conversation.get_conversation_messages(conversation))
        voice = [m for m in messages if m.format_ == "voice"]
        text = [m for m in messages if m.format_ == "text"]
        assert len(voice) == 1 and text

        source = amigo.conversation.retrieve_message_source(conversation, voice[0].id)
        assert isinstance(source, RetrieveMessageSourceResponse)
        assert source.content_type == "audio/wav"
        now = datetime.now(timezone.utc)
        assert now < source.expires_at < now + timedelta(hours=1)
        long_lived = amigo.conversation.retrieve_message_source(conversation, voice[0].id, long_lived=True)
        assert now + timedelta(hours=11) < long_lived.expires_at < now + timedelta(hours=13)

        with pytest.raises(BadRequestError):
            amigo.conversation.retrieve_message_source(conversation, text[0].id)
    # The link needs no Amigo credentials and serves the bytes the user sent.
    fetched = httpx.get(source.url, trust_env=False, timeout=10)
    assert fetched.status_code == 200 and fetched.headers["content-type"] == "audio/wav"
    assert fetched.content == wav
