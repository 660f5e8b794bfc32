"""A path parameter can never change the path (issue 15 §1).

Every operation with a path parameter, read from the generated package (not a hand list), is
called with each hostile value through an AmigoClient over a MockTransport: either nothing is
sent and a ConfigurationError names the operation and the parameter, or the request the
transport sees has the operation's own number of path segments, its own fixed segments, and
the value in its one segment, also once the path is percent-decoded (as the server's framework
routes it).
"""

from __future__ import annotations

import inspect
import typing
from types import ModuleType
from typing import Any, Callable, Dict, List, Tuple
from urllib.parse import unquote

import httpx
import pytest

import amigo_client.api
from amigo_client import Client, ConfigurationError, NotFoundError
from amigo_client.api import RESOURCES
from sdkutil import ORG, SignedIn, make_client

VALID_ID = "65f0000000000000000000a1"
HOSTILE = [".", "..", "a/b", "%2F", "", VALID_ID, "..%2F..", "a\\b", "é x?#;", "65f0000000000000000000a1\n"]
PREFIX = f"/v1/{ORG}"


def operations_with_path_parameters() -> List[Tuple[str, str, str, str, List[str]]]:
    found = []
    for tag, operations in RESOURCES.items():
        for op, method, path, _summary in operations:
            names = [part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")]
            if names:
                found.append((tag, op, method, path, names))
    return found


OPERATIONS = operations_with_path_parameters()


def fake_body(cls: type) -> Any:
    """An instance of the body model that sends ``{}`` (the path is what is under test)."""
    fake = type(f"Fake{cls.__name__}", (cls,), {"to_dict": lambda self: {}, "to_multipart": lambda self: []})
    return object.__new__(fake)


def filler(module: ModuleType) -> Dict[str, Any]:
    """Values for the required arguments of ``module``'s operation other than its path parameters."""
    values: Dict[str, Any] = {}
    for param in inspect.signature(module._get_kwargs).parameters.values():
        if param.kind is not param.KEYWORD_ONLY or param.default is not param.empty:
            continue
        annotation = getattr(module, str(param.annotation), None)
        if param.name == "body":
            values["body"] = fake_body(annotation)  # type: ignore[arg-type]
        elif typing.get_origin(annotation) is typing.Literal:
            values[param.name] = typing.get_args(annotation)[0]
        else:
            values[param.name] = "x"
    return values


@pytest.mark.operations("delete-agent", "delete-metric", "modify-role", "get-user-model")
def test_the_enumeration_covers_every_operation_with_a_path_parameter() -> None:
    total = sum(1 for ops in RESOURCES.values() for _, _, path, _ in ops if "{" in path)
    assert len(OPERATIONS) == total >= 50
    assert {op for _, op, _, _, _ in OPERATIONS} >= {"delete_agent", "delete_metric", "modify_role", "get_user_model"}


@pytest.mark.parametrize("tag, op, method, path, names", OPERATIONS, ids=[o[1] for o in OPERATIONS])
def test_a_path_parameter_is_one_segment_of_the_operations_own_path(
    tag: str, op: str, method: str, path: str, names: List[str]
) -> None:
    handler = SignedIn(lambda request: httpx.Response(404, json={"detail": "no"}))
    client = make_client(handler, max_retries=0)
    module = getattr(getattr(amigo_client.api, tag), op)
    template = path.split("/")
    for name in names:
        for value in HOSTILE:
            arguments = {other: VALID_ID for other in names}
            arguments[name] = value
            before = len(handler.requests)
            try:
                client.call(module, **arguments, **filler(module))
            except ConfigurationError as exc:
                assert len(handler.requests) == before, f"{op}: sent although refused"
                assert str(exc).startswith(f"{op}: {name}"), str(exc)
                assert value != VALID_ID, f"{op}: a valid id was refused: {exc}"
                continue
            except NotFoundError:
                pass
            assert len(handler.requests) == before + 1
            request = handler.requests[-1]
            assert request.method == method
            raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
            assert raw.startswith(PREFIX + "/")
            sent = raw[len(PREFIX) :].split("/")
            assert len(sent) == len(template), f"{op}({name}={value!r}) sent {raw}"
            for want, got in zip(template, sent):
                if want.startswith("{"):
                    assert unquote(got) == arguments[want[1:-1]], f"{op}({name}={value!r}) sent {raw}"
                else:
                    assert got == want, f"{op}({name}={value!r}) sent {raw}"
            # As the server routes it (the path percent-decoded once): the same segments still.
            decoded = unquote(raw)[len(PREFIX) :].split("/")
            assert len(decoded) == len(template) and not {".", ".."} & set(decoded), raw


@pytest.mark.operations("delete-agent", "create-agent-version", "modify-role", "delete-metric", "get-user-model")
def test_the_issue_s_cases_are_refused_by_every_entry_point() -> None:
    from amigo_client.api.organization import create_agent_version, delete_agent

    handler = SignedIn(lambda request: httpx.Response(200, json={}))
    client = make_client(handler)
    plain = Client(base_url=f"http://amigo.test{PREFIX}", httpx_args={"transport": httpx.MockTransport(handler)})
    attempts: List[Callable[[], object]] = [
        lambda: client.organization.delete_agent(".."),
        lambda: client.with_raw_response.organization.delete_agent(".."),
        lambda: client.call(delete_agent, ".."),
        lambda: delete_agent.sync_detailed("..", client=client),
        lambda: delete_agent.sync_detailed("..", client=plain),
        lambda: client.organization.create_agent_version("..", body={}),
        lambda: create_agent_version.sync_detailed("..", client=client, body={}),  # type: ignore[arg-type]
        lambda: client.role.modify_role(".."),
        lambda: client.with_raw_response.role.modify_role("a/b"),
        lambda: client.metric.delete_metric("."),
        lambda: client.user.get_user_model(""),
    ]
    for attempt in attempts:
        with pytest.raises(ConfigurationError) as caught:
            attempt()
        assert caught.value.__class__ is ConfigurationError
    assert handler.requests == [] and handler.sign_ins == 0


@pytest.mark.operations("modify-role")
def test_a_value_without_a_pattern_is_percent_encoded_into_one_segment() -> None:
    handler = SignedIn(lambda request: httpx.Response(200, json={"role_id": "r"}))
    client = make_client(handler)
    client.role.modify_role("%2F é?#")
    assert handler.requests[-1].url.raw_path == f"{PREFIX}/role/%252F%20%C3%A9%3F%23".encode()


@pytest.mark.operations("delete-agent", "get-user-model", "upsert-service-version-set")
def test_the_message_names_operation_parameter_and_pattern() -> None:
    client = make_client(SignedIn(lambda request: httpx.Response(200)))
    with pytest.raises(ConfigurationError, match=r"^delete_agent: agent_id '\.\.' does not match \^\[a-f0-9\]\{24\}\$"):
        client.organization.delete_agent("..")
    with pytest.raises(ConfigurationError, match="get_user_model: user_id is empty"):
        client.user.get_user_model("")
    with pytest.raises(ConfigurationError, match="must be a string, got NoneType"):
        client.organization.delete_agent(None)  # type: ignore[arg-type]
    from amigo_client.api.service import upsert_service_version_set as upsert
    from amigo_client.models.upsert_service_version_set_request import UpsertServiceVersionSetRequest

    body = fake_body(UpsertServiceVersionSetRequest)
    with pytest.raises(ConfigurationError, match="upsert_service_version_set: version_set_name .* longer than 40"):
        upsert._get_kwargs(VALID_ID, "v" * 41, body=body)
    with pytest.raises(ConfigurationError, match=r"version_set_name 'a\.b' does not match \^\[A-Za-z0-9_-\]\+\$"):
        upsert._get_kwargs(VALID_ID, "a.b", body=body)
    (template,) = [p for op, _m, p, _s in RESOURCES["service"] if op == "upsert_service_version_set"]
    expected = template.format(service_id=VALID_ID, version_set_name="v" * 40)  # the path as generated
    assert upsert._get_kwargs(VALID_ID, "v" * 40, body=body)["url"] == expected


@pytest.mark.parametrize(
    "pattern, value, ok",
    [
        ("^[a-f0-9]{24}$", VALID_ID, True),
        ("^[a-f0-9]{24}$", VALID_ID + "\n", False),  # Python's $ would accept it; JSON Schema's does not
        ("^[a-f0-9]{24}$", VALID_ID + "0", False),
        ("^[a-z]+", "abc1", True),  # JSON Schema patterns are not anchored unless they say so
        ("[0-9]", "a1b", True),
        ("^[$a]+$", "$a$", True),  # a $ inside a character class is a dollar sign
        ("^a\\$$", "a$", True),  # an escaped $ too
        ("^a$", "a\n", False),
        ("(unclosed", "anything", True),  # a pattern Python cannot compile is not checked
    ],
)
def test_patterns_are_read_as_json_schema_reads_them(pattern: str, value: str, ok: bool) -> None:
    from amigo_client._resource import path_segment

    if ok:
        assert unquote(path_segment(value, "x", "op", pattern=pattern)) == value
    else:
        with pytest.raises(ConfigurationError, match="op: x"):
            path_segment(value, "x", "op", pattern=pattern)


def test_an_integer_is_a_segment_too() -> None:
    from amigo_client._resource import path_segment

    assert path_segment(3, "version", "op") == "3"
    with pytest.raises(ConfigurationError, match="must be a string, got bool"):
        path_segment(True, "version", "op")


def test_a_path_value_of_exactly_the_minimum_length_is_accepted_and_a_shorter_one_named() -> None:
    from amigo_client._resource import path_segment

    assert path_segment("abc", "name", "get-thing", min_length=3) == "abc"
    with pytest.raises(ConfigurationError, match="^get-thing: name 'ab' is shorter than 3 characters$"):
        path_segment("ab", "name", "get-thing", min_length=3)
    assert path_segment("abcd", "name", "get-thing", max_length=4) == "abcd"
    with pytest.raises(ConfigurationError, match="^get-thing: name 'abcde' is longer than 4 characters$"):
        path_segment("abcde", "name", "get-thing", max_length=4)
