"""Ids the conversation methods put in a URL path or body are checked before anything is sent.

Each of ``create_conversation`` (``service_id``), ``interact`` and ``finish_conversation``
(``conversation_id``) refuses a value that is not exactly 24 lowercase hexadecimal characters
with a ConfigurationError naming the parameter, and nothing reaches the server, not even the
sign-in. The whole string must match: a valid id followed by a newline (what ``re.match`` with
``$`` lets through, and what a value read from a file ends with) would go out as ``%0A``; ``.``,
``..`` and ``/`` would move the request to another path.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List

import httpx
import pytest

from amigo_client import AmigoClient, ConfigurationError
from sdkutil import CONVERSATION_ID, ORG, SERVICE_ID, SignedIn, make_client

COMPLETE = (
    b'{"type":"conversation-created","conversation_id":"' + CONVERSATION_ID.encode() + b'"}\n'
    b'{"type":"interaction-complete","message_id":"m","interaction_id":"i","full_message":"ok",'
    b'"conversation_completed":false}\n'
)


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/finish/"):
        return httpx.Response(204)
    return httpx.Response(200, content=COMPLETE, headers={"content-type": "application/x-ndjson"})


#: The public method, the parameter it checks, and how to call it with an id.
CALLS: Dict[str, Callable[[AmigoClient, Any], Any]] = {
    "create_conversation": lambda client, value: client.create_conversation(value).until_done(),
    "interact": lambda client, value: client.interact(value, "hello").until_done(),
    "finish_conversation": lambda client, value: client.finish_conversation(value),
}
PARAMETER = {
    "create_conversation": "service_id",
    "interact": "conversation_id",
    "finish_conversation": "conversation_id",
}
VALID = {"create_conversation": SERVICE_ID, "interact": CONVERSATION_ID, "finish_conversation": CONVERSATION_ID}
#: The path each call sends to with a valid id.
PATHS = {
    "create_conversation": f"/v1/{ORG}/conversation/",
    "interact": f"/v1/{ORG}/conversation/{CONVERSATION_ID}/interact",
    "finish_conversation": f"/v1/{ORG}/conversation/{CONVERSATION_ID}/finish/",
}

#: Values that are not an id, each made from a valid one.
BAD: Dict[str, Callable[[str], str]] = {
    "trailing-newline": lambda valid: valid + "\n",
    "trailing-crlf": lambda valid: valid + "\r\n",
    "leading-newline": lambda valid: "\n" + valid,
    "uppercase": lambda valid: valid.upper(),
    "one-short": lambda valid: valid[:-1],
    "one-long": lambda valid: valid + "0",
    "dot-inside": lambda valid: valid[:-1] + ".",
    "slash-inside": lambda valid: valid[:-2] + "/x",
    "dot-dot-slash": lambda valid: "../" + valid[3:],
    "space": lambda valid: valid[:-1] + " ",
    "dot": lambda valid: ".",
    "dot-dot": lambda valid: "..",
    "slash": lambda valid: "/",
    "empty": lambda valid: "",
    "non-hex": lambda valid: "g" * 24,
    "fullwidth-digits": lambda valid: "\uff10" * 24,
}


@pytest.mark.parametrize("kind", list(BAD))
@pytest.mark.parametrize("method", list(CALLS))
def test_an_invalid_id_is_refused_by_name_and_nothing_is_sent(method: str, kind: str) -> None:
    value = BAD[kind](VALID[method])
    server = SignedIn(answer)
    with make_client(server) as client:
        with pytest.raises(ConfigurationError) as caught:
            CALLS[method](client, value)
    assert f"invalid {PARAMETER[method]} {value!r}" in str(caught.value)
    assert "24 lowercase hexadecimal characters" in str(caught.value)
    assert server.requests == [] and server.sign_ins == 0


@pytest.mark.parametrize("value", [None, 12345, b"67d871c23eb91293ecfae8b0"])
@pytest.mark.parametrize("method", list(CALLS))
def test_an_id_that_is_not_a_string_is_refused_by_name(method: str, value: Any) -> None:
    server = SignedIn(answer)
    with make_client(server) as client:
        with pytest.raises(ConfigurationError, match=f"invalid {PARAMETER[method]}"):
            CALLS[method](client, value)
    assert server.requests == [] and server.sign_ins == 0


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
@pytest.mark.parametrize("method", list(CALLS))
def test_a_valid_id_is_sent_as_it_is(method: str) -> None:
    """The other side of the tests above: the same calls with a valid id reach the server."""
    server = SignedIn(answer)
    with make_client(server) as client:
        CALLS[method](client, VALID[method])
    sent: List[str] = [request.url.path for request in server.requests]
    assert sent == [PATHS[method]]
    if method == "create_conversation":
        assert json.loads(server.requests[0].content)["service_id"] == SERVICE_ID
