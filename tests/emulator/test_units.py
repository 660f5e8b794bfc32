"""In-process checks of the emulator's parts: packaging rules, the contract tables, the schema
validator (against jsonschema), the checking mode, config, fault switches, tokens, the agent."""

from __future__ import annotations

import ast
import asyncio
import base64
import json
from typing import Any, Dict, List

import httpx
import pytest
from starlette.responses import JSONResponse, Response

from amigo_emulator import agent
from amigo_emulator.app import build_app
from amigo_emulator.config import ConfigError, EmulatorConfig, load_config
from amigo_emulator.faults import FaultError, Faults
from amigo_emulator.generic import shapes
from amigo_emulator.registry import HANDLERS, Ctx
from amigo_emulator.spec import load_contract, per_minute
from amigo_emulator.tokens import TokenError, TokenIssuer

from .support import ROOT, _validator

PACKAGE = ROOT / "amigo_emulator"


def test_hand_written_code_keeps_to_python_39_and_amigo_client_never_imports_it() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        ast.parse(source, filename=str(path), feature_version=(3, 9))
        assert "from __future__ import annotations" in source, path.name
        assert "__all__" in source, path.name
    for tree in (ROOT / "amigo_client", ROOT / "overrides"):
        for path in tree.rglob("*.py"):
            assert "amigo_emulator" not in path.read_text(encoding="utf-8"), path


@pytest.mark.operations(
    "sign-in-with-api-key",
    "get-organization",
    "interact-with-conversation",
    "create-conversation",
    "generate-conversation-starter",
    "finish-conversation",
    "search-users",
)
def test_every_contract_operation_is_emulated_and_rate_limited() -> None:
    contract = load_contract()
    driven = shapes(contract, HANDLERS)
    assert set(HANDLERS) | set(driven) >= set(contract.operations)
    assert not set(driven) & set(HANDLERS)
    public = {op.operation_id for op in contract.operations.values() if not op.needs_token}
    assert {"sign-in-with-api-key", "get-organization"} <= public
    # The rule, not a list: an operation that keeps the document's security needs a token, so an
    # operation a future upstream version adds is guarded unless it says otherwise.
    inherits = {
        op["operationId"]
        for item in contract.document["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch") and "security" not in op
    }
    assert inherits and not inherits & public
    # Rate limits come from the contract (x-rate-limit), for every operation that documents 429
    # (upstream states no number for test-tool).
    limited = {op.operation_id for op in contract.operations.values() if "429" in op.responses}
    assert limited - {"test-tool"} <= set(contract.rate_limits)
    assert contract.rate_limits["sign-in-with-api-key"] == 5
    assert contract.rate_limits["interact-with-conversation"] == 15
    for method, path, expected in [
        ("POST", "/conversation/", "create-conversation"),
        ("POST", "/conversation/conversation_starter", "generate-conversation-starter"),
        ("POST", "/conversation/65f0000000000000000000a1/finish/", "finish-conversation"),
        ("GET", "/user/search/", "search-users"),
    ]:
        found = contract.match(method, path)
        assert found is not None and found[0].operation_id == expected
    assert contract.match("PATCH", "/conversation/") is None


VALID_CONVERSATION: Dict[str, Any] = {
    "id": "65f0000000000000000000a9",
    "user_id": "u",
    "created_at": "2025-08-27T16:06:19.770Z",
    "is_finished": False,
    "is_analyzed": False,
    "completed_post_processings": ["extract-memories"],
    "final_message": "",
    "service_id": "s",
    "version_set_info": None,
    "num_messages": 0,
    "tags": {"a": None},
}


@pytest.mark.parametrize(
    "name,value",
    [
        ("ConversationInstance", VALID_CONVERSATION),
        ("ConversationInstance", {**VALID_CONVERSATION, "num_messages": True}),
        ("ConversationInstance", {**VALID_CONVERSATION, "created_at": "yesterday"}),
        ("ConversationInstance", {**VALID_CONVERSATION, "completed_post_processings": ["nap"]}),
        ("ConversationInstance", {k: v for k, v in VALID_CONVERSATION.items() if k != "tags"}),
        (
            "NewMessageEvent",
            {
                "type": "new-message",
                "message": "",
                "transcript_alignment": [[0, "a"]],
                "stop": True,
                "sequence_number": 0,
                "message_id": "x",
            },
        ),
        (
            "NewMessageEvent",
            {
                "type": "new-message",
                "message": "",
                "transcript_alignment": [["0", "a"]],
                "stop": True,
                "sequence_number": 0,
                "message_id": "x",
            },
        ),
        ("InteractWithConversationResponse", {"type": "end-session"}),
        ("InteractWithConversationResponse", {"type": "conversation-created", "conversation_id": "x"}),
        ("ConversationAction", {"type": "check-if-active-memory-needed-completed", "queries": []}),
        ("ConversationAction", {"type": "check-if-active-memory-needed-completed"}),
        ("CreateWebhookDestinationRequest", {"url": "https://x.example/h", "accepted_types": [], "retry_attempts": 6}),
        ("CreateConversationRequest", {"service_id": "65f0000000000000000000a1", "tags": {"bad-key!": "v"}}),
        ("UserMessageAudioConfig", {"type": "pcm", "frame_rate": 16000, "n_channels": 1, "sample_width": 2}),
        ("UserMessageAudioConfig", {"type": "pcm", "frame_rate": 16000, "n_channels": 2, "sample_width": 2}),
        (
            "EvaluateMetricsRequest",
            {"metric_ids": ["65f0000000000000000000a1"] * 2, "conversation_id": "65f0000000000000000000a1"},
        ),
    ],
)
def test_the_emulators_validator_agrees_with_jsonschema(name: str, value: Any) -> None:
    contract = load_contract()
    ours = contract.validator.is_valid(contract.schema(name), value)
    theirs = _validator(name).is_valid(value)
    assert ours == theirs


def test_checking_mode_records_answers_outside_the_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(ctx: Ctx) -> Response:
        return JSONResponse({"services": "nope"}, status_code=200)

    async def undocumented(ctx: Ctx) -> Response:
        return Response(status_code=418)

    monkeypatch.setitem(HANDLERS, "get-services", broken)
    monkeypatch.setitem(HANDLERS, "get-users", undocumented)
    app = build_app(EmulatorConfig.from_dict({"check_responses": True}))

    async def scenario() -> List[str]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
            base = "/v1/demo-org"
            signed = await client.post(
                f"{base}/user/signin_with_api_key",
                headers={
                    "x-api-key": "demo-api-key",
                    "x-api-key-id": "demo-key-id",
                    "x-user-id": "65f000000000000000000001",
                },
            )
            headers = {"Authorization": f"Bearer {signed.json()['id_token']}"}
            await client.get(f"{base}/service/", headers=headers)
            await client.get(f"{base}/user/", headers=headers)
            stats = await client.get("/_emulator/stats")
            return list(stats.json()["contract_violations"])

    try:
        violations = asyncio.run(scenario())
    finally:
        app.rt.scheduler.stop()
    assert any(v.startswith("get-services 200: services") for v in violations), violations
    assert "get-users: status 418 is not documented" in violations


def test_config_validation(tmp_path: Any) -> None:
    with pytest.raises(ConfigError, match="unknown config key"):
        EmulatorConfig.from_dict({"pace": 1})
    with pytest.raises(ConfigError, match="24 lowercase hex"):
        EmulatorConfig.from_dict({"organizations": [{"id": "o", "services": [{"id": "x", "name": "n"}]}]})
    with pytest.raises(ConfigError, match="unknown keys"):
        EmulatorConfig.from_dict({"organizations": [{"id": "o", "users": [{"id": "u", "nick": "x"}]}]})
    seed = tmp_path / "seed.yaml"
    seed.write_text(
        "organizations:\n  - id: acme\n    api_keys: [{key: k, key_id: kid}]\n    users: [{id: u1}]\npace_ms: 0\n"
    )
    config = load_config(seed)
    assert config.organizations[0].id == "acme" and config.pace_ms == 0 and config.organizations[0].services == []
    default = load_config(None)
    assert [s.id for s in default.organizations[0].services] == ["65f0000000000000000000a1", "65f0000000000000000000a2"]


def test_fault_rules_count_down_and_persist_when_asked() -> None:
    faults = Faults(["get-services", "create-conversation"], {"pace_ms": 0.0})
    faults.apply(
        {"error_burst": [{"operation": "get-services", "count": 2}, {"operation": "*", "count": None, "status": 500}]}
    )
    statuses = []
    for _ in range(5):
        rule = faults.take("error_burst", "get-services")
        assert rule is not None
        statuses.append(rule.params["status"])
    assert statuses == [503, 503, 500, 500, 500]
    with pytest.raises(FaultError):
        faults.apply({"error_burst": {"operation": "get-services", "status": 700}})
    assert len(faults.rules["error_burst"]) == 1, "a refused update changes nothing"
    faults.apply({"rate_limits": {"get-services": 1}})
    assert faults.check_rate("get-services", ("o", "u")) is None
    retry = faults.check_rate("get-services", ("o", "u"))
    assert retry is not None and 1 <= retry <= 60
    assert faults.check_rate("get-services", ("o", "other-user")) is None


def test_tokens() -> None:
    issuer = TokenIssuer()
    token, _ = issuer.issue("org", "user", "kid", 60)
    assert issuer.verify(token)["sub"] == "user"
    with pytest.raises(TokenError, match="signature"):
        TokenIssuer().verify(token)
    header, payload, signature = token.split(".")
    with pytest.raises(TokenError):
        issuer.verify(f"{header}.{payload}x.{signature}")
    issuer.revoke_all()
    with pytest.raises(TokenError, match="revoked"):
        issuer.verify(token)


def test_tokens_expire_at_their_exp() -> None:
    """exp is the issue time plus the lifetime, rounded up to a whole second; from then on the
    token is refused as expired (a clock of the test's own: no waiting)."""
    now = [1000.25]
    issuer = TokenIssuer(clock=lambda: now[0])
    token, expires = issuer.issue("org", "user", "kid", 60)
    claims = json.loads(_b64(token.split(".")[1]))
    assert (claims["iat"], claims["exp"]) == (1000, 1061)
    assert expires.timestamp() == 1061
    now[0] = 1060.999
    assert issuer.verify(token)["sub"] == "user"
    now[0] = 1061.0
    with pytest.raises(TokenError, match="expired"):
        issuer.verify(token)
    zero, _ = issuer.issue("org", "user", "kid", 0)
    assert json.loads(_b64(zero.split(".")[1]))["exp"] == 1061, "a zero lifetime ends at the next whole second"
    with pytest.raises(TokenError, match="expired"):
        issuer.verify(zero)


def _b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@pytest.mark.parametrize(
    "text", ["", "x", "Hi there", "  spaced   out  ", "one two three four five six seven", "a\nb\tc"]
)
def test_reply_pieces_join_back_to_the_reply(text: str) -> None:
    pieces = agent.split_pieces(text)
    assert pieces[0] == "" and "".join(pieces) == text


def test_voice_chunks_are_pcm16_with_an_alignment_per_character() -> None:
    audio, alignment, duration = agent.voice_chunk("Hello", 1, 100)
    assert 80 <= duration <= 240
    assert len(base64.b64decode(audio)) == 16000 * duration // 1000 * 2
    assert [ch for _, ch in alignment] == list("Hello") and alignment[0][0] == 100


def test_rate_limits_are_read_from_the_contract() -> None:
    """``rate_limits: true`` enforces each operation's ``x-rate-limit`` (requests a minute), so an
    operation a new upstream version adds is limited as its contract says, with no emulator code."""
    assert per_minute({"requests": 5, "per": "minute"}) == 5
    assert per_minute({"requests": 2, "per": "second"}) == 120
    assert per_minute({"requests": 90, "per": "hour"}) == 2
    assert per_minute({"requests": 0, "per": "minute"}) is None
    assert per_minute({"requests": 5, "per": "fortnight"}) is None
    assert per_minute(None) is None
    faults = Faults(["a", "b"], {"rate_limit_window_seconds": 60.0}, {"a": 1})
    faults.apply({"rate_limits": True})
    assert faults.check_rate("a", ("o", "u")) is None
    assert faults.check_rate("a", ("o", "u")) is not None  # the contract's 1 a minute
    assert faults.check_rate("b", ("o", "u")) is None and faults.check_rate("b", ("o", "u")) is None
