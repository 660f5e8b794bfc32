"""Request logging: one line per request with method, path, status, duration, retries and request
id; never a key, a token or a secret from a body."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from typing import List

import httpx
import pytest

from amigo_client import AmigoError, ConfigurationError
from amigo_client._logging import configure_from_env
from sdkutil import ORG, SignedIn, make_client

SECRET = "whsec-do-not-log-me"
API_KEY = "secret-api-key"  # sdkutil.make_client's key


def handler() -> SignedIn:
    answers: List[int] = [429, 201]

    def inner(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/webhook_destination/"):
            status = answers.pop(0) if answers else 201
            body = {"webhook_destination_id": "65f0000000000000000000c1", "secret": SECRET}
            return httpx.Response(status, json=body, headers={"x-request-id": "req-7", "retry-after": "0"})
        return httpx.Response(404, json={"detail": f"no such thing {SECRET}"}, headers={"x-request-id": "req-8"})

    return SignedIn(inner)


@pytest.mark.operations("create-webhook-destination", "get-user-model")
def test_each_request_is_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    signed_in = handler()
    client = make_client(signed_in, max_retries=0)
    caplog.set_level(logging.DEBUG, logger="amigo_client")
    made = client.with_options(max_retries=1).webhook_destination.create_webhook_destination(
        url="https://hooks.example.com/amigo?token=abc", accepted_types=["conversation-post-processing-complete"]
    )
    assert made.secret == SECRET
    with pytest.raises(AmigoError):
        client.user.get_user_model("65f000000000000000000001", extra_headers={"x-api-key": API_KEY})
    lines = [r.getMessage() for r in caplog.records if r.name == "amigo_client"]
    info = [r.getMessage() for r in caplog.records if r.name == "amigo_client" and r.levelno == logging.INFO]
    assert len(info) == 2, lines
    created, missing = info
    assert created.startswith(f"POST /v1/{ORG}/webhook_destination/ 201 in ") and "1 retries" in created
    assert "request id req-7" in created
    assert missing.startswith(f"GET /v1/{ORG}/user/65f000000000000000000001/user_model 404") and "req-8" in missing
    text = "\n".join(lines)
    for secret in (SECRET, API_KEY, "tok-1", "token=abc", "Bearer"):
        assert secret not in text
    assert signed_in.sign_ins == 1


@pytest.mark.operations("get-services")
def test_a_failed_connection_is_logged_too(caplog: pytest.LogCaptureFixture) -> None:
    def inner(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = make_client(SignedIn(inner), max_retries=0)
    caplog.set_level(logging.INFO, logger="amigo_client")
    with pytest.raises(AmigoError):
        client.service.get_services()
    (line,) = [r.getMessage() for r in caplog.records if r.name == "amigo_client"]
    assert line.startswith(f"GET /v1/{ORG}/service/ failed after") and "ConnectError" in line


def test_amigo_log_rejects_an_unknown_level() -> None:
    with pytest.raises(ConfigurationError, match="AMIGO_LOG"):
        configure_from_env("verbose")


def test_amigo_log_debug_writes_to_stderr() -> None:
    code = (
        "import httpx, sys\n"
        "sys.path.insert(0, 'tests/sdk')\n"
        "from sdkutil import make_client, SignedIn\n"
        "client = make_client(SignedIn(lambda r: httpx.Response(200, json={'services': [], 'has_more': False,"
        " 'continuation_token': None, 'filter_values': None})))\n"
        "client.service.get_services()\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "AMIGO_LOG": "debug"},
        check=True,
    )
    assert "DEBUG amigo_client: GET /v1/org-test/service/: sending" in run.stderr
    assert "INFO amigo_client: GET /v1/org-test/service/ 200 in" in run.stderr
    assert "secret-api-key" not in run.stderr
