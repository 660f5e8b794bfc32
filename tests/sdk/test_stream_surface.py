"""What a script needs from a stream and from a refused conversation is on the surface (issue 16
#8): ``help(EventStream)`` documents what the stream has seen, and the 400 for "this user already
has an unfinished conversation" carries that conversation's id as an attribute."""

from __future__ import annotations

import inspect
import json
import pydoc
from typing import Any, Dict, Optional

import httpx
import pytest

from amigo_client import AmigoClient, APIStatusError, BadRequestError, EventStream, NotFoundError
from amigo_emulator.testing import Emulator

#: What a script reads from a stream besides iterating it.
STREAM_SURFACE = {
    "conversation_id",
    "user_message",
    "completed",
    "connection_error",
    "events_seen",
    "text",
    "done",
    "closed",
    "conversation_ended",
    "voice",
    "response",
}
ID = "65f0000000000000000000b3"


def test_help_of_event_stream_documents_what_the_stream_has_seen() -> None:
    text = pydoc.render_doc(EventStream, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    for name in STREAM_SURFACE:
        attribute = inspect.getattr_static(EventStream, name)
        assert isinstance(attribute, property) and attribute.__doc__, name
        assert f"\n |  {name}\n |      " in text, name  # listed, with its docstring under it
    for method in ("until_done", "iter_audio", "close"):
        assert f" |  {method}(self" in text


def test_the_stream_attributes_are_read_only() -> None:
    stream = EventStream(httpx.Response(201, content=b""))
    for name in ("conversation_id", "completed", "connection_error", "events_seen"):
        with pytest.raises(AttributeError):
            setattr(stream, name, None)


def client_for(emu: Emulator) -> AmigoClient:
    return AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    )


@pytest.mark.operations("create-conversation", "finish-conversation", "get-user-model")
def test_the_unfinished_conversation_is_named_so_a_script_can_finish_it(emu: Emulator) -> None:
    with client_for(emu) as client:
        with client.create_conversation(emu.service_ids[0]) as first:
            first.until_done()
        with pytest.raises(BadRequestError) as refused:
            client.create_conversation(emu.service_ids[0])
        assert refused.value.unfinished_conversation_id == first.conversation_id
        with pytest.raises(BadRequestError) as again:  # the resource method raises the same error
            client.conversation.create_conversation(service_id=emu.service_ids[0], response_format="text")
        assert again.value.unfinished_conversation_id == first.conversation_id
        assert refused.value.unfinished_conversation_id is not None
        client.finish_conversation(refused.value.unfinished_conversation_id)
        with client.create_conversation(emu.service_ids[0]) as second:
            second.until_done()
        assert second.conversation_id not in (None, first.conversation_id)
        with pytest.raises(NotFoundError) as missing:
            client.user.get_user_model("65f0000000000000000000ff")
        assert missing.value.unfinished_conversation_id is None


def error_with(body: Any, status: int = 400) -> APIStatusError:
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    request = httpx.Request("POST", "https://api.amigo.ai/v1/org/conversation/")
    return BadRequestError(httpx.Response(status, content=content, request=request), content.decode())


@pytest.mark.parametrize(
    "body, expected",
    [
        ({"detail": f"The user already has an unfinished conversation ({ID}) for this service."}, ID),
        ({"detail": f"Attempting to start a conversation when other unfinished conversations exist: ['{ID}']"}, ID),
        ({"detail": f"conversation {ID} is still active"}, ID),
        ({"detail": f"An ongoing conversation exists (conversation_id={ID})"}, ID),
        ({"detail": {"message": "an unfinished conversation exists", "conversation_id": ID}}, ID),
        ({"existing_conversation_id": ID}, ID),
        ({"detail": [{"loc": ["body"], "msg": f"unfinished conversation {ID}", "type": "value_error"}]}, ID),
        (f"unfinished conversation {ID}", ID),  # not JSON
        (json.dumps(f"conversation {ID} is still active"), ID),  # JSON, but a string: read as text
        ("{unfinished conversation " + ID + " (cut short", ID),  # starts like JSON but is not
        ({"detail": {"detail": "an unfinished conversation exists", "conversation_id": ID}}, ID),
        ({"unfinished_conversation_id": ID}, ID),
        # JSON after a blank line is still JSON: the id is a field's, too far from the words for the text
        (
            "\n"
            + json.dumps({"detail": f"an unfinished conversation{' ' * 50}exists", "existing_conversation_id": ID}),
            ID,
        ),
        # about something else, or no id of a conversation: None
        ({"detail": "Attempting to start a conversation when other unfinished conversations exist."}, None),
        ({"detail": f"Another unfinished conversation exists for service {ID}"}, None),
        ({"detail": f"The preferred language of user {ID} does not support voice responses"}, None),
        ({"detail": {"message": "the conversation is finished", "conversation_id": ID}}, None),
        ({"detail": f"conversation {ID} is inactive"}, None),
        # the words are in no message field (a state, not what the error says)
        ({"detail": "the message is too long", "conversation_id": ID, "state": "active"}, None),
        ({"detail": f"unfinished conversation {ID}0"}, None),  # not an id: 25 characters
        ({"detail": ["not", "objects"]}, None),
        ("[" * 100_000, None),
        ("", None),
    ],
)
def test_the_unfinished_conversation_id_is_read_robustly(body: Any, expected: Optional[str]) -> None:
    assert error_with(body).unfinished_conversation_id == expected


def test_the_attribute_survives_pickling() -> None:
    import pickle

    error = error_with({"detail": f"The user already has an unfinished conversation ({ID})."})
    copy: Dict[str, Any] = {"error": pickle.loads(pickle.dumps(error))}
    assert copy["error"].unfinished_conversation_id == ID
