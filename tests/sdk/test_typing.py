"""A user's script type-checks with ``mypy --strict`` against the surface; a wrong argument is reported.

One mypy run over two scripts and the examples (``good.py`` and examples/ must be clean, every
marked line of ``bad.py`` must be reported, and nothing else), with the repository's package.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]

GOOD = """
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from amigo_client import AmigoClient, EventStream, NotFoundError
from amigo_client.api.organization import create_organization
from amigo_client.api.service import get_services
from amigo_client.models.create_organization_request import CreateOrganizationRequest
from amigo_client.models.create_webhook_destination_request import CreateWebhookDestinationRequest
from amigo_client.models.get_services_response import GetServicesResponse
from amigo_client.models.service_instance import ServiceInstance
from amigo_client.models.get_user_model_response import GetUserModelResponse
from amigo_client.webhooks import ConversationPostProcessingComplete, construct_event
from amigo_client.models.boolean_metric_value import BooleanMetricValue
from amigo_client.models.create_metric_request_tags import CreateMetricRequestTags

if TYPE_CHECKING:
    from amigo_client.models import CreateMetricRequestParam, NumericalMetricValueParam


def names(client: AmigoClient) -> List[str]:
    return [service.name for service in client.service.get_services(limit=5, is_active=True)]


def first(client: AmigoClient) -> Optional[ServiceInstance]:
    page = client.service.get_services(limit=1, timeout=5.0, extra_headers={"x-trace": "1"})
    return page.data.services[0] if page.data.services else None


def model(client: AmigoClient, user_id: str) -> Optional[GetUserModelResponse]:
    try:
        return client.user.get_user_model(user_id)
    except NotFoundError:
        return None


def hooks(client: AmigoClient) -> str:
    made = client.webhook_destination.create_webhook_destination(
        url="https://hooks.example.com", accepted_types=["conversation-post-processing-complete"]
    )
    again = client.webhook_destination.create_webhook_destination(
        body=CreateWebhookDestinationRequest(url="https://hooks.example.com", accepted_types=[])
    )
    return made.secret + again.secret


def raw(client: AmigoClient) -> Optional[str]:
    response = client.with_raw_response.service.get_services()
    count: int = len(response.parse().items) + response.status_code + response.retries
    return response.request_id if count else None


def talk(client: AmigoClient, service_id: str) -> str:
    stream: EventStream = client.conversation.create_conversation(
        service_id=service_id, service_version_set_name="release", response_format="text"
    )
    with stream:
        return stream.until_done().text


def options(client: AmigoClient) -> AmigoClient:
    return client.with_options(timeout=3, max_retries=0, headers={"x-team": "a"})


def open_ones(client: AmigoClient, user_id: str) -> List[str]:
    return [c.id for c in client.conversation.get_conversations(user_id=[user_id], is_finished=False)]


def generated(client: AmigoClient, request: CreateOrganizationRequest) -> int:
    # The generated functions take an AmigoClient, also where the operation needs a signed-in one.
    page = get_services.sync(client=client, limit=2)
    made = create_organization.sync(client=client, body=request)
    return (page is not None) + (made is not None)


def services_of(page: GetServicesResponse) -> List[ServiceInstance]:
    return page.services


def escape_hatch(client: AmigoClient) -> List[str]:
    # call(), paginate() and iter_items() are typed by the operation module they run.
    page = client.call(get_services, limit=2)
    names = [service.name for service in page.services]
    sizes = [str(len(p.services)) for p in client.paginate(get_services) if p.has_more]
    items: List[ServiceInstance] = list(client.iter_items(get_services, items=services_of))
    return names + sizes + [item.name for item in items]


def hook(body: bytes, headers: dict[str, str], secret: str) -> Optional[str]:
    event = construct_event(body, headers, secret)
    when: Optional[int] = event.timestamp
    key: Optional[str] = event.id
    if isinstance(event, ConversationPostProcessingComplete):
        conversation: str = event.conversation_id
        user: str = event.user_id
        return conversation + user + str(when) + str(key)
    return None


# Bodies and nested fields as plain dict literals: no model to import, checked by the Params.
def metrics(client: AmigoClient) -> str:
    made = client.metric.create_metric(
        name="Resolution",
        description="Was the problem solved?",
        applied_to_services=[],
        additional_notes=None,
        metric_value={"type": "numerical", "lower_bound": 0, "upper_bound": 10},
    )
    body: CreateMetricRequestParam = {
        "name": "Tone",
        "description": "How friendly the agent was",
        "applied_to_services": ["65f0000000000000000000a1"],
        "additional_notes": None,
        "tags": {"team": "support", "draft": None},
        "metric_value": {"type": "categorical", "categories": ["warm", "cold"]},
    }
    again = client.metric.create_metric(body=body)
    bounds: NumericalMetricValueParam = {"type": "numerical", "lower_bound": 1.5, "upper_bound": 2}
    third = client.metric.create_metric(
        name="x", description="y", applied_to_services=[], additional_notes="n", tags={"a": "b"}, metric_value=bounds
    )
    typed = client.metric.create_metric(  # the models themselves, as before
        name="x",
        description="y",
        applied_to_services=[],
        additional_notes=None,
        tags=CreateMetricRequestTags(),
        metric_value=BooleanMetricValue(type_="boolean"),
    )
    return made.id + again.id + third.id + typed.id


def roles(client: AmigoClient) -> None:
    client.role.modify_role(
        "support",
        permission_grants=[
            {"permission_name": "Conversation:GetConversation", "conditions": {"user_id": {"type": "Equals", "value": "u"}}}
        ],
    )
    client.webhook_destination.create_webhook_destination(
        body={"url": "https://hooks.example.com", "accepted_types": ["conversation-post-processing-complete"]}
    )
"""

# Each line marked "# E" must be reported by mypy.
BAD = """
from __future__ import annotations

from amigo_client import AmigoClient
from amigo_client.api.service import get_services
from amigo_client.webhooks import WebhookEvent


def wrong(client: AmigoClient, event: WebhookEvent) -> None:
    client.service.get_services(limt=5)  # E
    client.service.get_services(limit="5")  # E
    client.user.get_user_model(42)  # E
    client.webhook_destination.create_webhook_destination(url="https://x.example")  # E
    client.webhook_destination.create_webhook_destination(url=1, accepted_types=[])  # E
    client.servise.get_services()  # E
    client.service.get_servises()  # E
    name: int = client.service.get_services().data.services[0].name  # E
    client.service.get_services(timeout="soon")  # E
    client.with_options(max_retries="2")  # E
    client.call(get_services).servics  # E
    count: int = client.call(get_services).services[0].name  # E
    [p.has_mor for p in client.paginate(get_services)]  # E
    late: int = event.timestamp  # E
    client.metric.create_metric(name="x", description="y", applied_to_services=[], additional_notes=None, metric_value={"type": "numerical", "lower_bnd": 0, "upper_bound": 1})  # E
    client.metric.create_metric(name="x", description="y", applied_to_services=[], additional_notes=None, metric_value={"type": "numerical", "lower_bound": "zero", "upper_bound": 1})  # E
    client.metric.create_metric(name="x", description="y", applied_to_services=[], additional_notes=None, metric_value={"type": "numerica", "lower_bound": 0, "upper_bound": 1})  # E
    client.metric.create_metric(body={"name": "x", "description": "y", "applied_to_services": [], "additional_notes": None, "tags": {}, "metric_value": {"type": "boolean"}, "colour": 1})  # E
    client.metric.create_metric(body={"name": "x", "description": "y", "applied_to_services": [], "additional_notes": None, "tags": {"a": 1}, "metric_value": {"type": "boolean"}})  # E
    client.metric.create_metric(body={"name": "x", "description": "y", "applied_to_services": [], "tags": {}, "metric_value": {"type": "boolean"}})  # E
    client.role.modify_role("r", permission_grants=[{"permission_name": "p", "conditions": {"c": {"type": "Equal", "value": 1}}}])  # E
    for role in client.role.get_roles():  # E
        pass
"""


@pytest.mark.operations(
    "create-conversation",
    "get-conversations",
    "create-metric",
    "get-roles",
    "modify-role",
    "get-services",
    "get-user-model",
    "create-webhook-destination",
)
@pytest.mark.fields("CreateMetricRequest.description", "CreateMetricRequest.metric_value")
def test_mypy_strict_accepts_a_good_script_and_reports_every_wrong_argument(tmp_path: Path) -> None:
    # `make test-matrix` installs the test extra only (no type checker) on each Python version.
    pytest.importorskip("mypy", reason="mypy is not installed in this environment (make typecheck runs it)")
    good = tmp_path / "good.py"
    bad = tmp_path / "bad.py"
    good.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    bad.write_text(textwrap.dedent(BAD), encoding="utf-8")
    (tmp_path / "none.ini").write_text("[mypy]\n", encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(tmp_path / "none.ini"),
            str(good),
            str(bad),
            *[str(p) for p in sorted((ROOT / "examples").glob("*.py"))],
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        # The editable install is an import hook mypy cannot follow: point it at the sources.
        env={**os.environ, "MYPYPATH": str(ROOT)},
    )
    assert run.returncode in (0, 1), run.stdout + run.stderr
    errors: Dict[str, List[int]] = {"good.py": [], "bad.py": []}
    for line in run.stdout.splitlines():
        found = re.match(r"(?:.*[/\\])?([\w.]+\.py):(\d+): error:", line)
        if found:
            errors.setdefault(found.group(1), []).append(int(found.group(2)))
    examples = {name: lines for name, lines in errors.items() if name not in ("good.py", "bad.py") and lines}
    assert examples == {}, run.stdout  # the examples are user scripts too
    assert errors["good.py"] == [], run.stdout
    expected = [i for i, text in enumerate(textwrap.dedent(BAD).splitlines(), 1) if text.endswith("# E")]
    assert sorted(set(errors["bad.py"])) == expected, run.stdout
