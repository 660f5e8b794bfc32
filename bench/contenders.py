"""The three contenders, doing the same work against the same loopback server.

* ``sdk``: amigo_client (this project): :class:`amigo_client.AmigoClient`, its typed
  :class:`~amigo_client.EventStream` and ``client.service.get_services()`` (the resource method
  users are shown; ``client.call`` is the escape hatch under it).
* ``floor``: hand-written httpx + ``json.loads``, the least any Python client can do: one
  ``httpx.Client``, one sign-in by hand, ``iter_lines()`` + ``json.loads`` for streams.
* ``peer``: ``amigo_sdk`` (PyPI ``amigo-sdk``, the ``bench`` extra): its sync ``AmigoClient``,
  ``conversations.create_conversation`` (a generator of pydantic events) and
  ``services.get_services()``.

Every contender exposes the same four operations (:class:`Contender`), so the suite times the
same thing for each. Imports happen inside the factories: the parent process of the suite
imports each library only when it runs it.
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable, Dict, Iterator, Tuple

from .server import API_KEY, API_KEY_ID, ORGANIZATION, USER_ID

NAMES = ("sdk", "floor", "peer")
LABELS = {"sdk": "amigo_client", "floor": "httpx+json.loads", "peer": "amigo_sdk"}


def monotonic() -> float:
    """The clock the server stamps latency events with (system-wide, so comparable across processes)."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


class Contender:
    """One client under test (see the module docstring)."""

    name = ""

    def events(self, service_id: str, voice: bool = False) -> Iterator[Any]:
        """Create a conversation of ``service_id`` and yield its events, parsed (``voice``: the
        reply is audio, as a client asking for a voice reply expects it)."""
        raise NotImplementedError

    def count_events(self, service_id: str, voice: bool = False) -> int:
        count = 0
        for _ in self.events(service_id, voice):
            count += 1
        return count

    def first_event_delay(self, service_id: str) -> float:
        """Seconds from the server's write of the first event (its ``message`` is the server's
        clock) to this process receiving it from the iterator; the stream is then closed."""
        raise NotImplementedError

    def get_services(self) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class SDK(Contender):
    name = "sdk"

    def __init__(self, base_url: str) -> None:
        from amigo_client import AmigoClient

        self.client = AmigoClient(
            api_key=API_KEY, api_key_id=API_KEY_ID, user_id=USER_ID, organization_id=ORGANIZATION, base_url=base_url
        )

    def events(self, service_id: str, voice: bool = False) -> Iterator[Any]:
        with self.client.create_conversation(service_id, response_format="voice" if voice else "text") as stream:
            yield from stream

    def first_event_delay(self, service_id: str) -> float:
        with self.client.create_conversation(service_id) as stream:
            for event in stream:
                received = monotonic()
                # the latency server's first event is a new-message whose text is its send time
                message: Any = getattr(event, "message", None)
                return received - float(message)
        raise RuntimeError("the latency stream sent no event")

    def get_services(self) -> Any:
        return self.client.service.get_services()

    def close(self) -> None:
        self.client.close()


class Floor(Contender):
    name = "floor"

    def __init__(self, base_url: str) -> None:
        import httpx

        self.http = httpx.Client(timeout=httpx.Timeout(120.0, connect=5.0))
        api = f"{base_url}/v1/{ORGANIZATION}"
        response = self.http.post(
            f"{api}/user/signin_with_api_key",
            headers={"x-api-key": API_KEY, "x-api-key-id": API_KEY_ID, "x-user-id": USER_ID},
        )
        response.raise_for_status()
        token = json.loads(response.content)["id_token"]
        self.headers = {"Authorization": f"Bearer {token}"}
        self.stream_headers = {**self.headers, "Accept": "application/x-ndjson", "Content-Type": "application/json"}
        # The request amigo_client sends: get-services with the contract's default paging query.
        self.services_url = f"{api}/service/?limit=10&continuation_token=0"
        self.conversation_url = f"{api}/conversation/?response_format=text"

    def _open(self, service_id: str) -> Any:
        body = json.dumps({"service_id": service_id}).encode()
        return self.http.stream("POST", self.conversation_url, content=body, headers=self.stream_headers)

    def events(self, service_id: str, voice: bool = False) -> Iterator[Any]:
        with self._open(service_id) as response:
            if response.status_code != 200:
                raise RuntimeError(f"floor: conversation answered {response.status_code}")
            for line in response.iter_lines():
                if line:
                    yield json.loads(line)

    def first_event_delay(self, service_id: str) -> float:
        with self._open(service_id) as response:
            for line in response.iter_lines():
                if line:
                    event = json.loads(line)
                    received = monotonic()
                    return received - float(event["message"])
        raise RuntimeError("the latency stream sent no event")

    def get_services(self) -> Any:
        response = self.http.get(self.services_url, headers=self.headers)
        if response.status_code != 200:
            raise RuntimeError(f"floor: get-services answered {response.status_code}")
        return json.loads(response.content)

    def close(self) -> None:
        self.http.close()


class Peer(Contender):
    name = "peer"

    def __init__(self, base_url: str) -> None:
        from amigo_sdk import AmigoClient
        from amigo_sdk.generated.model import (
            ConversationCreateConversationRequest,
            CreateConversationParametersQuery,
            Format,
        )

        self._request = ConversationCreateConversationRequest
        self._params = CreateConversationParametersQuery(response_format=Format.text)
        self.client = AmigoClient(
            api_key=API_KEY, api_key_id=API_KEY_ID, user_id=USER_ID, organization_id=ORGANIZATION, base_url=base_url
        )

    def events(self, service_id: str, voice: bool = False) -> Iterator[Any]:
        stream = self.client.conversations.create_conversation(self._request(service_id=service_id), self._params)
        try:
            yield from stream
        finally:
            stream.close()

    def first_event_delay(self, service_id: str) -> float:
        stream = self.client.conversations.create_conversation(self._request(service_id=service_id), self._params)
        try:
            for event in stream:
                received = monotonic()
                return received - float(event.root.message)
        finally:
            stream.close()
        raise RuntimeError("the latency stream sent no event")

    def get_services(self) -> Any:
        return self.client.services.get_services()

    def close(self) -> None:
        self.client.close()


FACTORIES: Dict[str, Callable[[str], Contender]] = {"sdk": SDK, "floor": Floor, "peer": Peer}


def peer_available() -> Tuple[bool, str]:
    """Whether amigo_sdk can be imported here (and if not, why)."""
    try:
        import amigo_sdk  # noqa: F401
    except ImportError as exc:
        return False, f"amigo_sdk is not installed ({exc}); run `make bench` or pip install -e '.[bench]'"
    return True, ""
