"""The generated surface: resource namespaces, typed bodies, pages, raw responses, options, errors.

Requests go through an httpx.MockTransport (sdkutil.make_client) so each test can look at the
exact request the SDK sent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Set, Tuple, cast

import httpx
import pytest
import yaml

import amigo_client
from amigo_client import (
    AmigoClient,
    AmigoError,
    Client,
    ConfigurationError,
    NotFoundError,
    UnexpectedResponseError,
)
from amigo_client.api import RESOURCES
from amigo_client.api.service import get_services
from amigo_client.api.webhook_destination import create_webhook_destination
from amigo_client.models.create_webhook_destination_request import CreateWebhookDestinationRequest
from sdkutil import ORG, SignedIn, make_client

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK = {
    "webhook_destination_id": "65f0000000000000000000c1",
    "secret": "whsec-very-secret",
}


def service(i: int) -> Dict[str, Any]:
    return {
        "id": f"65f0000000000000000000{i:02x}",
        "name": f"service {i}",
        "version_sets": {},
        "description": "",
        "is_active": True,
        "service_hierarchical_state_machine_id": "65f0000000000000000000f1",
        "agent_id": "65f0000000000000000000f2",
        "tags": [],
        "keyterms": [],
        "creator": {"org_id": ORG, "user_id": "65f000000000000000000001"},
        "updated_by": {"org_id": ORG, "user_id": "65f000000000000000000001"},
    }


def services_handler(pages: int = 3, per_page: int = 2, repeat_token: bool = False) -> SignedIn:
    def inner(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/service/"):
            token = int(request.url.params.get("continuation_token", "0"))
            start = token * per_page
            more = token + 1 < pages
            body: Dict[str, Any] = {
                "services": [service(start + i) for i in range(per_page)],
                "has_more": more,
                "continuation_token": (0 if repeat_token else token + 1) if more else None,
                "filter_values": None,
            }
            return httpx.Response(200, json=body, headers={"x-request-id": f"req-{token}"})
        if request.url.path.endswith("/webhook_destination/"):
            return httpx.Response(201, json=WEBHOOK)
        return httpx.Response(404, json={"detail": "not here"}, headers={"x-request-id": "req-404"})

    return SignedIn(inner)


@pytest.fixture
def handler() -> SignedIn:
    return services_handler()


@pytest.fixture
def client(handler: SignedIn) -> AmigoClient:
    return make_client(handler)


# -- discovery -------------------------------------------------------------------------


def test_dir_of_the_client_lists_resources_and_the_public_methods(client: AmigoClient) -> None:
    names = dir(client)
    assert set(RESOURCES) <= set(names)
    assert {"call", "with_options", "with_raw_response", "create_conversation", "interact"} <= set(names)
    assert not [n for n in names if n.startswith("_") or "httpx" in n or n.startswith("with_head")]


def contract_operations() -> Set[Tuple[str, str]]:
    """(METHOD, path) of every operation openapi.yaml describes."""
    with open(ROOT / "openapi.yaml", encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    }


def test_every_operation_is_a_method_of_its_resource_and_raw_resource(client: AmigoClient) -> None:
    seen: List[Tuple[str, str]] = []
    for tag, operations in RESOURCES.items():
        resource = getattr(client, tag)
        raw = getattr(client.with_raw_response, tag)
        assert sorted(dir(resource)) == sorted(op for op, *_ in operations)
        for op, method, path, _summary in operations:
            assert callable(getattr(resource, op)) and callable(getattr(raw, op))
            module = getattr(getattr(amigo_client.api, tag), op)
            assert module._get_kwargs is not None and not hasattr(module, "asyncio")
            assert getattr(resource, op).__doc__ and f"{method} {path}" in getattr(resource, op).__doc__
            seen.append((method, path))
    # every operation of the contract, each once: none missing, none extra, none twice
    contract = contract_operations()
    assert len(seen) == len(set(seen)) == len(contract)
    assert set(seen) == contract


def test_namespaces_are_made_once_and_lazily(client: AmigoClient) -> None:
    assert client.service is client.service
    # the two resource classes differ, so mypy calls the identity check non-overlapping; as objects they may not be
    assert cast(object, client.with_raw_response.service) is not client.service


def test_tag_packages_and_operation_modules_need_no_import() -> None:
    code = (
        "import amigo_client, sys\n"
        "assert 'amigo_client.api.metric' not in sys.modules\n"
        "print(amigo_client.api.metric.get_metrics.__name__)\n"
        "print(sorted(dir(amigo_client.api.user)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "amigo_client.api.metric.get_metrics" in out and "'get_users'" in out


def test_an_unknown_operation_of_a_tag_names_the_real_ones() -> None:
    with pytest.raises(AttributeError, match="get_users"):
        amigo_client.api.user.get_user_by_name  # noqa: B018


# -- calls -----------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_a_list_method_iterates_every_item_of_every_page(client: AmigoClient, handler: SignedIn) -> None:
    page = client.service.get_services(limit=2)
    assert page.data.has_more and len(page.items) == 2
    assert len(handler.requests) == 1  # the next page is fetched only when needed
    ids = [s.id for s in page]
    assert ids == [service(i)["id"] for i in range(6)]
    tokens = [r.url.params.get("continuation_token") for r in handler.requests]
    assert tokens == ["0", "1", "2"]
    assert [len(p.services) for p in client.service.get_services(limit=2).iter_pages()] == [2, 2, 2]


@pytest.mark.operations("get-services")
def test_a_repeated_continuation_token_stops_the_iteration() -> None:
    client = make_client(services_handler(repeat_token=True))
    with pytest.raises(UnexpectedResponseError, match="twice"):
        list(client.service.get_services())


def body_of(handler: SignedIn) -> Any:
    return json.loads(handler.requests[-1].content)


@pytest.mark.operations("create-webhook-destination")
def test_a_body_is_a_model_its_fields_or_a_mapping(client: AmigoClient, handler: SignedIn) -> None:
    url = "https://hooks.example.com/amigo"
    a = client.webhook_destination.create_webhook_destination(
        url=url, accepted_types=["conversation-post-processing-complete"]
    )
    sent = body_of(handler)
    client.webhook_destination.create_webhook_destination(
        body=CreateWebhookDestinationRequest(url=url, accepted_types=["conversation-post-processing-complete"])
    )
    assert body_of(handler) == sent
    assert sent == {"url": url, "accepted_types": ["conversation-post-processing-complete"], "retry_attempts": 3}
    given = {"url": url, "accepted_types": ["conversation-post-processing-complete"]}
    client.webhook_destination.create_webhook_destination(body=given)  # type: ignore[call-overload]
    assert body_of(handler) == given
    assert client.call(create_webhook_destination, body=given).secret == a.secret == WEBHOOK["secret"]
    assert body_of(handler) == given


def test_body_mistakes_are_configuration_errors_naming_the_field(client: AmigoClient) -> None:
    resource: Any = client.webhook_destination
    with pytest.raises(ConfigurationError, match="accepted_types"):
        resource.create_webhook_destination(url="https://x.example")
    with pytest.raises(ConfigurationError, match="colour.*the fields of CreateWebhookDestinationRequest are url"):
        resource.create_webhook_destination(url="https://x.example", accepted_types=[], colour="red")
    with pytest.raises(ConfigurationError, match="not both"):
        resource.create_webhook_destination(body={"url": "u", "accepted_types": []}, url="v")
    with pytest.raises(ConfigurationError, match="missing the required field 'accepted_types'"):
        resource.create_webhook_destination(body={"url": "u"})
    with pytest.raises(ConfigurationError, match="must be a CreateWebhookDestinationRequest"):
        resource.create_webhook_destination(body=42)


def test_wrong_argument_names_raise_type_error_from_python_itself(client: AmigoClient) -> None:
    # The methods have real signatures (help() and IDEs show them); only call() converts.
    resource: Any = client.service
    with pytest.raises(TypeError, match="limt"):
        resource.get_services(limt=2)


@pytest.mark.operations("get-services")
def test_call_stays_the_escape_hatch_and_names_the_operation_when_misused(client: AmigoClient) -> None:
    assert client.call(get_services, limit=2).has_more is True
    with pytest.raises(ConfigurationError, match=r"get_services\(\) got an unexpected keyword argument 'limt'.*limit"):
        client.call(get_services, limt=2)
    with pytest.raises(ConfigurationError, match="generated operation module"):
        client.call("get_services")  # type: ignore[arg-type]


@pytest.mark.operations("get-user-model")
def test_every_entry_point_raises_the_typed_error(handler: SignedIn) -> None:
    from amigo_client.api.user import get_user_model

    client = make_client(handler)
    user = "65f000000000000000000001"
    attempts: List[Callable[[], object]] = [
        lambda: client.user.get_user_model(user),
        lambda: client.with_raw_response.user.get_user_model(user),
        lambda: client.call(get_user_model, user),
        lambda: get_user_model.sync(user, client=client),
        lambda: get_user_model.sync_detailed(user, client=client),
    ]
    plain = Client(base_url=f"http://amigo.test/v1/{ORG}", httpx_args={"transport": httpx.MockTransport(handler)})
    attempts.append(lambda: get_user_model.sync(user, client=plain))
    for attempt in attempts:
        with pytest.raises(NotFoundError) as caught:
            attempt()
        assert isinstance(caught.value, AmigoError) and caught.value.request_id == "req-404"


# -- raw responses and options ---------------------------------------------------------


@pytest.mark.operations("get-services")
def test_with_raw_response_gives_status_headers_request_id_and_the_parsed_value(client: AmigoClient) -> None:
    raw = client.with_raw_response.service.get_services(limit=2)
    assert raw.status_code == 200 and raw.request_id == "req-0" and raw.headers["x-request-id"] == "req-0"
    assert raw.retries == 0 and raw.elapsed is not None and raw.elapsed >= 0
    page = raw.parse()
    assert page is raw.parse() and [s.id for s in page.items] == [service(0)["id"], service(1)["id"]]


@pytest.mark.operations("get-services")
def test_raw_response_counts_retries() -> None:
    answers: List[int] = [503, 200]

    def inner(request: httpx.Request) -> httpx.Response:
        status = answers.pop(0)
        return httpx.Response(status, json={"services": [], "has_more": False, "continuation_token": None})

    client = make_client(SignedIn(inner))
    raw = client.with_raw_response.service.get_services()
    assert raw.retries == 1 and raw.status_code == 200


@pytest.mark.operations("get-services")
def test_per_request_options_reach_the_request(client: AmigoClient, handler: SignedIn) -> None:
    client.service.get_services(limit=3, timeout=7, extra_headers={"x-trace": "abc"}, extra_query={"debug": "1"})
    sent = handler.requests[-1]
    assert sent.headers["x-trace"] == "abc"
    assert sent.url.params["debug"] == "1" and sent.url.params["limit"] == "3"
    assert sent.extensions["timeout"]["read"] == 7.0


@pytest.mark.operations("get-services")
def test_with_options_is_a_copy_sharing_the_pool() -> None:
    attempts: List[int] = []

    def inner(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        return httpx.Response(503, json={"detail": "maintenance"})

    handler = SignedIn(inner)
    client = make_client(handler, max_retries=2)
    quick = client.with_options(timeout=2, max_retries=0, headers={"x-team": "search"})
    assert quick._http is client._http
    with pytest.raises(AmigoError):
        quick.service.get_services()
    assert len(attempts) == 1
    sent = handler.requests[-1]
    assert sent.headers["x-team"] == "search" and sent.extensions["timeout"]["read"] == 2.0
    with pytest.raises(AmigoError):
        client.service.get_services()  # the original keeps its retries and headers
    assert len(attempts) == 4 and "x-team" not in handler.requests[-1].headers
    assert handler.sign_ins == 1  # one token for both


@pytest.mark.operations("get-services")
def test_with_options_does_what_the_generated_client_helpers_did(client: AmigoClient, handler: SignedIn) -> None:
    # AmigoClient does not inherit the generated Client: its with_headers / with_timeout /
    # with_cookies are not on its surface; with_options covers them.
    assert not any(hasattr(client, name) for name in ("with_headers", "with_timeout", "with_cookies"))
    client.with_options(headers={"x-a": "1"}).service.get_services()
    assert handler.requests[-1].headers["x-a"] == "1"
    client.with_options(timeout=httpx.Timeout(3.0)).service.get_services()
    assert handler.requests[-1].extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"timeout": "soon"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"headers": ["x"]}, "headers"),
    ],
)
def test_with_options_rejects_bad_values(client: AmigoClient, kwargs: Dict[str, Any], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        client.with_options(**kwargs)


@pytest.mark.operations("get-services")
def test_a_2xx_answer_that_breaks_the_contract_is_an_amigo_error() -> None:
    client = make_client(SignedIn(lambda request: httpx.Response(200, json={"services": []})))
    with pytest.raises(UnexpectedResponseError, match="get_services: the 200 answer does not fit.*has_more"):
        client.service.get_services()
    with pytest.raises(UnexpectedResponseError, match="get_services"):
        client.call(get_services)


@pytest.mark.operations("create-webhook-destination")
def test_the_generated_functions_take_a_mapping_body_too(client: AmigoClient, handler: SignedIn) -> None:
    given = {"url": "https://hooks.example.com", "accepted_types": ["conversation-post-processing-complete"]}
    made = create_webhook_destination.sync(client=client, body=given)  # type: ignore[arg-type]
    assert made is not None and made.secret == WEBHOOK["secret"] and body_of(handler) == given
    with pytest.raises(ConfigurationError, match="create_webhook_destination: body is missing .*'accepted_types'"):
        create_webhook_destination.sync(client=client, body={"url": "u"})  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="must be a CreateWebhookDestinationRequest or a mapping"):
        create_webhook_destination.sync(client=client, body=["url"])  # type: ignore[arg-type]
