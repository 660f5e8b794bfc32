"""Connecting and failing: bad arguments, refused handshakes, token refresh, each fault switch,
close codes, secrets, and the extra being absent."""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
from typing import Any, Dict, Iterator, List, Tuple

import httpx
import pytest

from amigo_client import (
    AmigoClient,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RealtimeClosedError,
    RealtimeTimeoutError,
)
from amigo_emulator.testing import Emulator, running_emulator

from .support import realtime, realtime_stats


def test_a_bad_combination_is_refused_before_anything_is_sent(client: AmigoClient, emu: Emulator) -> None:
    service = emu.service_ids[0]
    cases: List[Tuple[Dict[str, Any], str]] = [
        (dict(service_id=service, response_format="text", audio_format="pcm"), "voice replies only"),
        (dict(service_id=service, response_format="audio"), "response_format"),
        (dict(service_id=service, audio_format="wav"), "audio_format"),
        (dict(service_id="not-an-id"), "service_id"),
        (dict(service_id=service + "\n"), "service_id"),  # the whole value is checked
        (dict(service_id=service, conversation_id="65f0"), "conversation_id"),
        (dict(service_id=service, conversation_id=service + "\n"), "conversation_id"),
        (dict(service_id=service, sample_rate=1000), "sample_rate"),
        (dict(service_id=service, chunk_ms=0), "chunk_ms"),
        (dict(service_id=service, extra_headers={"Sec-WebSocket-Protocol": "x"}), "handshake"),
    ]
    for arguments, words in cases:
        with pytest.raises(ConfigurationError, match=words):
            client.realtime.connect(**arguments)
    assert "converse-realtime" not in emu.stats()["requests"]


def test_the_url_follows_the_base_url(emu: Emulator) -> None:
    secure = AmigoClient(token="t", organization_id="acme", base_url="https://api-eu-central-1.amigo.ai")
    assert secure.realtime.url() == (
        "wss://api-eu-central-1.amigo.ai/v1/acme/conversation/converse_realtime?response_format=voice&audio_format=pcm"
    )
    plain = AmigoClient(token="t", organization_id="acme", base_url=emu.base_url)
    assert plain.realtime.url(response_format="text").startswith("ws://127.0.0.1:")


def test_a_bad_token_is_an_authentication_error(emu: Emulator) -> None:
    with AmigoClient(token="not-a-token", organization_id=emu.organization, base_url=emu.base_url) as client:
        with pytest.raises(AuthenticationError) as refused:
            client.realtime.connect(service_id=emu.service_ids[0])
    assert refused.value.status_code == 401 and "Invalid authorization credentials" in refused.value.body
    assert "converse_realtime" in str(refused.value)


def test_an_unknown_organization_is_not_found(emu: Emulator) -> None:
    with AmigoClient(token=emu.sign_in(), organization_id="no-such-org", base_url=emu.base_url) as client:
        with pytest.raises(NotFoundError) as refused:
            client.realtime.connect(service_id=emu.service_ids[0])
    assert refused.value.status_code == 404 and "Organization not found" in refused.value.body


def test_the_wrong_region_is_not_found(emu: Emulator) -> None:
    # Another region: an API that does not hold this organization.
    other = {
        "pace_ms": 0,
        "organizations": [
            {
                "id": "other-org",
                "api_keys": [{"key": "k", "key_id": "kid"}],
                "users": [{"id": "65f000000000000000000009"}],
            }
        ],
    }
    token = emu.sign_in()
    with running_emulator(other) as region:
        with AmigoClient(token=token, organization_id=emu.organization, base_url=region.base_url) as client:
            with pytest.raises(NotFoundError) as refused:
                client.realtime.connect(service_id=emu.service_ids[0])
    assert refused.value.status_code == 404


def test_an_expired_token_is_refreshed_once_at_connect(client: AmigoClient, emu: Emulator) -> None:
    client.service.get_services()  # signed in
    emu.expire_tokens()  # the token the client holds is now refused by the server
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        session.send_text("help")
        assert session.until_done().text.startswith("Sure, I can help.")
    # What the server saw: one refused handshake, one accepted, and a second sign-in between.
    assert emu.stats()["responses"]["converse-realtime"] == {"401": 1, "101": 1}
    assert emu.stats()["sign_ins"][emu.organization] == 2


def test_a_token_refused_twice_is_an_authentication_error(client: AmigoClient, emu: Emulator) -> None:
    client.service.get_services()
    emu.expire_tokens()
    realtime(emu, refuse_handshake={"status": 401, "count": 2, "detail": "Invalid authorization credentials."})
    with pytest.raises(AuthenticationError):
        client.realtime.connect(service_id=emu.service_ids[0])
    assert emu.stats()["responses"]["converse-realtime"] == {"401": 2}  # one refresh, not a loop


def test_a_refused_handshake_fault(client: AmigoClient, emu: Emulator) -> None:
    realtime(emu, refuse_handshake={"status": 503, "detail": "maintenance"})
    with pytest.raises(InternalServerError) as refused:
        client.realtime.connect(service_id=emu.service_ids[0])
    assert refused.value.status_code == 503 and "maintenance" in refused.value.body
    assert emu.stats()["faults_fired"]["realtime_refuse_handshake"] == 1
    with client.realtime.connect(service_id=emu.service_ids[0]) as session:  # the fault fired once
        assert session.conversation_id


def test_a_close_mid_turn_carries_its_code_and_reason(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, close={"after_messages": 2, "code": 4321, "reason": "emulated crash"})
        session.send_text("How can I reset my password?")
        with pytest.raises(RealtimeClosedError) as closed:
            session.until_done()
        assert session.closed
    assert (closed.value.code, closed.value.reason, closed.value.during_turn) == (4321, "emulated crash", True)
    assert "4321" in str(closed.value)
    # The turn was rolled back: REST shows the greeting only.
    assert session.conversation_id is not None
    messages = list(client.conversation.get_conversation_messages(session.conversation_id))
    assert [m.message_type for m in messages] == ["agent-message"]


def test_a_stalled_reply_times_out_and_the_session_stays_open(client: AmigoClient, emu: Emulator) -> None:
    quick = client.with_options(timeout=httpx.Timeout(10.0, read=0.3))
    with quick.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, stall={"after_messages": 1, "stall_ms": 60_000})
        session.send_text("How can I reset my password?")
        with pytest.raises(RealtimeTimeoutError, match="within 0.3 s"):
            session.until_done()
        assert not session.closed and session.turn_in_progress


def test_a_dropped_connection_is_1006(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, drop={"after_messages": 1})
        session.send_text("How can I reset my password?")
        with pytest.raises(RealtimeClosedError) as closed:
            for _ in session:
                pass
    assert closed.value.code == 1006 and closed.value.during_turn
    with pytest.raises(RealtimeClosedError):
        session.send_text("hello?")


def test_an_unknown_close_code_between_turns_is_a_failure(client: AmigoClient, emu: Emulator) -> None:
    realtime(emu, close_codes={"idle_timeout": 4999})
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, idle_timeout_ms=300)  # now, between turns: it applies to the open session
        with pytest.raises(RealtimeClosedError) as closed:
            for _ in session:  # nothing is sent: the server's inactivity timeout closes
                pass
    assert (closed.value.code, closed.value.during_turn) == (4999, False)
    assert "idle timeout" in closed.value.reason


def test_a_normal_close_between_turns_ends_the_iteration(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        session.send_text("Thanks, goodbye!")
        last = session.until_done()
        assert last.conversation_ended
        assert list(session) == []  # the server closed with 1000 after the conversation ended
    assert session.close_code == 1000


def test_the_token_is_never_shown(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    token = emu.sign_in()
    caplog.set_level(logging.DEBUG)
    with AmigoClient(token=token, organization_id=emu.organization, base_url=emu.base_url) as client:
        with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
            session.until_done()
            shown = [repr(session), repr(client.realtime), repr(session.last_turn)]
        realtime(emu, refuse_handshake={"status": 401, "detail": "no"})
        with pytest.raises(AuthenticationError) as refused:
            client.realtime.connect(service_id=emu.service_ids[0])
    error = refused.value
    shown += [
        str(error),
        error.body,
        repr(error.response.request.headers),
        repr(pickle.loads(pickle.dumps(error)).__dict__),
    ]
    shown += [record.getMessage() for record in caplog.records]
    assert any("WEBSOCKET" in line for line in shown)
    assert not [line for line in shown if token in line]
    # The WebSocket library's own DEBUG lines (every header and frame) are not passed on.
    assert not [
        r for r in caplog.records if r.name.startswith("amigo_client.websocket") and r.levelno < logging.WARNING
    ]


@pytest.fixture
def without_websockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(sys.modules):
        if name == "websockets" or name.startswith("websockets."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "websockets", None)
    yield


def test_without_the_extra_a_configuration_error_says_what_to_install(emu: Emulator, without_websockets: None) -> None:
    client = AmigoClient(token="t", organization_id=emu.organization, base_url=emu.base_url)
    assert "realtime" in dir(client)
    with pytest.raises(ConfigurationError, match=r"pip install 'amigo-client\[realtime\]'"):
        client.realtime.connect(service_id=emu.service_ids[0])
    assert "converse-realtime" not in emu.stats()["requests"]


def test_importing_the_package_does_not_import_the_extra() -> None:
    code = (
        "import sys, amigo_client\n"
        "client = amigo_client.AmigoClient(token='t', organization_id='o')\n"
        "client.realtime\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('websockets', 'amigo_client') and 'realtime' in m"
        " or m == 'websockets'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert (
        out.strip() == "['amigo_client._realtime', 'amigo_client._realtime_audio', 'amigo_client._realtime_messages']"
    )


def test_the_emulator_switches_refuse_an_invalid_update(emu: Emulator) -> None:
    from amigo_emulator.testing import EmulatorError

    with pytest.raises(EmulatorError, match="close.code"):
        realtime(emu, close={"code": 1006})
    with pytest.raises(EmulatorError, match="unknown switch"):
        realtime(emu, closee={})
    assert realtime_stats(emu)["sessions_opened"] == 0
