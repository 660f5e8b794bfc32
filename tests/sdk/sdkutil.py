"""Shared helpers for the SDK's unit tests (httpx.MockTransport and a real loopback server)."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import socketserver
import threading
from pathlib import Path
from typing import Any, Callable, Dict, List

import httpx

from amigo_client import AmigoClient, RetryPolicy

ORG = "org-test"
SIGN_IN_PATH = f"/v1/{ORG}/user/signin_with_api_key"
CONVERSATION_ID = "67d871c23eb91293ecfae8b0"
SERVICE_ID = "65f0000000000000000000a1"


@functools.lru_cache(maxsize=None)
def _contract() -> Dict[str, Any]:
    from amigo_emulator.document import read_document

    document: Dict[str, Any] = read_document(Path(__file__).resolve().parents[2] / "openapi.yaml")
    return document


def conforming(operation_id: str, body: Any, status: int = 200) -> Any:
    """``body`` made into the JSON answer ``openapi.yaml`` documents for ``operation_id`` now, by
    the emulator's renderer: fields the contract requires and ``body`` lacks are filled from their
    schema, fields it does not have are left out, what ``body`` gives is kept where it fits. A fake
    server's answers made with it follow the contract, so an upstream version that adds a required
    field to them does not turn a test's fake answer into one the SDK rightly refuses."""
    from amigo_emulator.render import Renderer
    from amigo_emulator.schema import SchemaValidator

    document = _contract()
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                schema = op["responses"][str(status)]["content"]["application/json"]["schema"]
                return Renderer(SchemaValidator(document)).render(schema, body)
    raise KeyError(f"openapi.yaml has no operation {operation_id}")


def sign_in_response(token: str = "tok-1", ttl: float = 3600.0) -> httpx.Response:
    expires = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=ttl)
    return httpx.Response(200, json={"id_token": token, "expires_at": expires.isoformat()})


def make_client(
    handler: Callable[[httpx.Request], httpx.Response], *, sleeps: List[float] | None = None, **kwargs: Any
) -> AmigoClient:
    """An AmigoClient over a MockTransport. Retries sleep into ``sleeps`` instead of waiting."""
    kwargs.setdefault("api_key", "secret-api-key")
    kwargs.setdefault("api_key_id", "key-id")
    kwargs.setdefault("user_id", "user-1")
    kwargs.setdefault("organization_id", ORG)
    kwargs.setdefault("base_url", "http://amigo.test")
    if "retry_policy" not in kwargs:
        recorded = sleeps if sleeps is not None else []
        kwargs["retry_policy"] = RetryPolicy(
            max_retries=kwargs.pop("max_retries", 2), sleep=recorded.append, jitter=lambda: 1.0
        )
    return AmigoClient(transport=httpx.MockTransport(handler), **kwargs)


def as_sent(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` as the transport received it (body read): once the exchange is over
    the client's auth flow redacts the credential headers of the request object itself. Its
    extensions (timeout, retry keys) are kept."""
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        content=request.read(),
        extensions=dict(request.extensions),
    )


class SignedIn:
    """A MockTransport handler that answers sign-in itself and passes the rest to ``inner``."""

    def __init__(self, inner: Callable[[httpx.Request], httpx.Response], ttl: float = 3600.0) -> None:
        self.inner = inner
        self.ttl = ttl
        self.sign_ins = 0
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == SIGN_IN_PATH:
            self.sign_ins += 1
            return sign_in_response(f"tok-{self.sign_ins}", self.ttl)
        request.read()
        self.requests.append(as_sent(request))
        return self.inner(request)


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 whose handler is a plain function."""

    def __init__(self, handle: Callable[[http.server.BaseHTTPRequestHandler], None]) -> None:
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                handle(self)

            do_POST = do_GET
            do_PUT = do_GET
            do_DELETE = do_GET

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 64  # 16 threads connecting at once must not wait on the backlog

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        _ = outer

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
