"""What a new user meets: ``help()`` and ``dir()`` show only what they may call, and a client used
after it was closed says so with a typed error (issue 16 #3, #4)."""

from __future__ import annotations

import datetime as dt
import inspect
import pydoc
from typing import Any, Callable, Dict, List, Set

import httpx
import pytest

import amigo_client
from amigo_client import AmigoClient, AmigoError, AuthenticatedClient, Client, ClientClosedError, ConfigurationError
from amigo_client.api import RESOURCES
from amigo_client.api.service import get_services
from sdkutil import CONVERSATION_ID, SERVICE_ID, SignedIn, make_client

PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}
#: What a user of the SDK may call or read on a client, besides the resources.
SURFACE = {
    "call",
    "close",
    "create_conversation",
    "finish_conversation",
    "interact",
    "iter_items",
    "organization_id",
    "paginate",
    "realtime",
    "retry_policy",
    "user_id",
    "with_options",
    "with_raw_response",
}
#: The protocol methods help() may list: construction, the context manager, repr, dir.
PROTOCOL = {"__init__", "__enter__", "__exit__", "__repr__", "__dir__"}


def shown_by_help(cls: type) -> Set[str]:
    """The names pydoc's help() documents for ``cls`` (its visible class attributes)."""
    return {
        attribute.name
        for attribute in inspect.classify_class_attrs(cls)
        if pydoc.visiblename(attribute.name, obj=cls) and attribute.defining_class is not object
    } - {"__dict__", "__weakref__", "__module__", "__doc__"}


def test_help_shows_only_the_sdk_surface() -> None:
    assert shown_by_help(AmigoClient) == SURFACE | set(RESOURCES) | PROTOCOL
    text = pydoc.render_doc(AmigoClient, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    for plumbing in ("__aenter__", "__aexit__", "get_async_httpx_client", "get_httpx_client", "with_cookies"):
        assert plumbing not in text


def test_dir_shows_only_the_sdk_surface() -> None:
    client = AmigoClient(token="t", organization_id="o")
    assert set(dir(client)) == SURFACE | set(RESOURCES)


def test_dir_of_the_package_shows_only_public_names() -> None:
    names = set(dir(amigo_client))
    assert not names & {"Any", "Dict", "List", "importlib", "TYPE_CHECKING", "annotations"}
    assert names == set(amigo_client.__all__) | {"api", "models", "types", "webhooks", "errors", "__version__"}
    assert all(hasattr(amigo_client, name) for name in names)


@pytest.mark.parametrize("cls", [Client, AuthenticatedClient])
def test_the_generated_clients_are_synchronous(cls: type) -> None:
    names = shown_by_help(cls)
    assert {"get_httpx_client", "__enter__"} <= names
    assert not [name for name in names if "async" in name or name in ("__aenter__", "__aexit__")], names


def test_the_settings_are_read_only_documented_properties() -> None:
    client = AmigoClient(token="t", organization_id="org-1")
    assert client.organization_id == "org-1" and client.user_id is None and client.retry_policy.max_retries == 2
    for name in ("organization_id", "user_id", "retry_policy"):
        attribute = inspect.getattr_static(AmigoClient, name)
        assert isinstance(attribute, property) and attribute.__doc__
        with pytest.raises(AttributeError):
            setattr(client, name, None)


# -- a closed client -------------------------------------------------------------------


def closed_client_calls(client: AmigoClient) -> List[Callable[[], object]]:
    return [
        lambda: client.service.get_services(),
        lambda: client.with_raw_response.service.get_services(),
        lambda: client.call(get_services),
        lambda: get_services.sync(client=client),
        lambda: list(client.paginate(get_services)),
        lambda: client.create_conversation(SERVICE_ID),
        lambda: client.interact(CONVERSATION_ID, "hello"),
        lambda: client.finish_conversation(CONVERSATION_ID),
        lambda: client.with_options(timeout=3).service.get_services(),
    ]


@pytest.mark.operations("create-conversation", "finish-conversation", "get-services", "interact-with-conversation")
@pytest.mark.parametrize("index", range(9))
def test_a_call_on_a_closed_client_is_a_typed_error_saying_what_to_do(index: int) -> None:
    handler = SignedIn(lambda request: httpx.Response(200, json=PAGE))
    with make_client(handler) as client:
        client.service.get_services()  # signed in and used: then the block ends
    with pytest.raises(ClientClosedError) as caught:
        closed_client_calls(client)[index]()
    assert isinstance(caught.value, AmigoError) and isinstance(caught.value, RuntimeError)
    assert "closed" in str(caught.value) and "new AmigoClient" in str(caught.value)


@pytest.mark.operations("get-services")
def test_a_copy_closes_with_its_client_and_a_closed_client_cannot_be_entered_again() -> None:
    handler = SignedIn(lambda request: httpx.Response(200, json=PAGE))
    client = make_client(handler)
    quick = client.with_options(max_retries=0)
    quick.close()
    with pytest.raises(ClientClosedError):
        client.service.get_services()
    with pytest.raises(ClientClosedError):
        with client:
            pass
    assert handler.requests == []  # nothing was sent


# -- argument mistakes are ConfigurationErrors, not bare Python errors ---------------------

NOW = dt.datetime.now(dt.timezone.utc)
GET_SERVICES: Any = get_services
MISTAKES: Dict[str, Callable[[AmigoClient], object]] = {
    "tags as a list": lambda c: c.create_conversation(SERVICE_ID, tags=["a"]),  # type: ignore[arg-type]
    "initial_message_type unknown": lambda c: c.create_conversation(
        SERVICE_ID, initial_message="hi", initial_message_type="bogus"
    ),
    "text not a string": lambda c: c.interact(CONVERSATION_ID, 5),  # type: ignore[arg-type]
    "external_events not iterable": lambda c: c.interact(CONVERSATION_ID, "hi", external_events=5),  # type: ignore[arg-type]
    "external event not a pair": lambda c: c.interact(CONVERSATION_ID, "hi", external_events=[("a",)]),  # type: ignore[list-item]
    "external event content": lambda c: c.interact(CONVERSATION_ID, "hi", external_events=[(5, NOW)]),  # type: ignore[list-item]
    "audio_config a list": lambda c: c.interact(CONVERSATION_ID, audio=b"ID3...", audio_config=[1]),  # type: ignore[arg-type]
    "audio_config unknown field": lambda c: c.interact(
        CONVERSATION_ID, audio=b"ID3...", audio_config={"type": "mp3", "x": object()}
    ),
    "audio_config missing frame_rate": lambda c: c.interact(
        CONVERSATION_ID,
        audio=b"RIFF",
        audio_content_type="audio/wav",
        audio_config={"type": "pcm", "n_channels": 1, "sample_width": 2},
    ),
    "audio_content_type not a string": lambda c: c.interact(CONVERSATION_ID, audio=b"RIFF", audio_content_type=5),  # type: ignore[arg-type]
    "audio file missing": lambda c: c.interact(CONVERSATION_ID, audio="/nonexistent/question.wav"),
    "audio path a directory": lambda c: c.interact(CONVERSATION_ID, audio="/"),
    "iter_items items not a name": lambda c: list(c.iter_items(GET_SERVICES, items=5)),  # type: ignore[call-overload]
    "with_options retry_policy": lambda c: c.with_options(retry_policy="fast"),  # type: ignore[arg-type]
}
SETTINGS_MISTAKES: Dict[str, Dict[str, Any]] = {
    "retry_policy": {"retry_policy": "fast"},
    "token_cache": {"token_cache": 5},
    "transport": {"transport": "http"},
    "verify_ssl": {"verify_ssl": "/nonexistent/ca.pem"},
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_an_argument_mistake_is_a_configuration_error(mistake: str) -> None:
    handler = SignedIn(lambda request: httpx.Response(200, json=PAGE))
    with pytest.raises(ConfigurationError):
        MISTAKES[mistake](make_client(handler))
    assert handler.requests == []


@pytest.mark.parametrize("name", sorted(SETTINGS_MISTAKES))
def test_a_setting_of_the_wrong_kind_is_a_configuration_error_naming_it(name: str) -> None:
    with pytest.raises(ConfigurationError, match=f"^{name}"):
        AmigoClient(token="t", organization_id="o", **SETTINGS_MISTAKES[name])
