"""The generated models and types as a user meets them: UNSET, iterating a model that is not a
page (issue 16 #3, #4)."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import pickle
import pydoc
import subprocess
import sys
from typing import Any, Callable, Dict, List

import httpx
import pytest

from amigo_client import AmigoError, ConfigurationError, UnexpectedResponseError
from amigo_client.api.metric import create_metric
from amigo_client.api.role import RoleResource
from amigo_client.models.boolean_metric_value import BooleanMetricValue
from amigo_client.models.create_metric_request import CreateMetricRequest
from amigo_client.models.create_metric_request_tags import CreateMetricRequestTags
from amigo_client.models.get_roles_response import GetRolesResponse
from amigo_client.models.get_user_model_response import GetUserModelResponse
from amigo_client.models.numerical_metric_value import NumericalMetricValue
from amigo_client.models.permission_grant_input import PermissionGrantInput
from amigo_client.types import UNSET, Unset
from sdkutil import SignedIn, conforming, make_client

ROLES = {
    "roles": [
        {
            "id": "65f0000000000000000000a1",
            "name": "DefaultUserRole",
            "description": "a role",
            "frontend_view": "client",
            "permission_grants": [],
            "is_base_role": True,
        }
    ]
}


# -- UNSET ---------------------------------------------------------------------------------


def test_unset_reads_as_unset_in_signatures_and_reprs() -> None:
    assert repr(UNSET) == str(UNSET) == "UNSET"
    shown = pydoc.plain(pydoc.render_doc(RoleResource.modify_role))
    assert "body: 'ModifyRoleRequest" in shown and "= UNSET" in shown and "object at 0x" not in shown


def test_unset_stays_one_instance() -> None:
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy({"a": [UNSET]})["a"][0] is UNSET
    assert Unset() is UNSET and not UNSET and isinstance(UNSET, Unset)


def test_unset_pickles_to_itself_in_another_process() -> None:
    data = pickle.dumps({"x": UNSET})
    code = (
        "import pickle, sys\n"
        "from amigo_client.types import UNSET\n"
        "assert pickle.loads(sys.stdin.buffer.read())['x'] is UNSET\n"
    )
    subprocess.run([sys.executable, "-c", code], input=data, check=True)


# -- a model is not a page -------------------------------------------------------------------


@pytest.mark.operations("get-roles")
def test_iterating_a_response_that_is_not_a_page_says_what_to_iterate() -> None:
    client = make_client(SignedIn(lambda request: httpx.Response(200, json=ROLES)))
    roles = client.role.get_roles()
    assert not hasattr(roles, "has_more")
    with pytest.raises(ConfigurationError, match=r"^GetRolesResponse is not a page .*; iterate \.roles$") as caught:
        for _role in roles:  # type: ignore[attr-defined]
            pass
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, AmigoError)
    assert [role.name for role in roles.roles] == ["DefaultUserRole"]


def test_every_way_of_iterating_a_model_is_the_typed_error() -> None:
    roles: Any = GetRolesResponse.from_dict(ROLES)  # (mypy refuses to iterate it, rightly)
    for attempt in (list, tuple, iter, sorted, lambda m: [x for x in m]):
        with pytest.raises(TypeError, match="not a page"):
            attempt(roles)
    # Membership and item access of additional properties still work as before.
    roles["extra"] = 1
    assert "extra" in roles and roles["extra"] == 1


def test_a_model_without_a_list_field_says_it_is_one_object() -> None:
    model = GetUserModelResponse.from_dict({"user_models": [], "additional_context": []})
    with pytest.raises(TypeError, match="GetUserModelResponse is not a page .*iterate one of its lists"):
        list(model)  # type: ignore[call-overload]
    from amigo_client.models.sign_in_with_api_key_response import SignInWithApiKeyResponse

    token = SignInWithApiKeyResponse.from_dict({"id_token": "t", "expires_at": "2030-01-01T00:00:00Z"})
    with pytest.raises(TypeError, match="SignInWithApiKeyResponse is not a page .*it is one object"):
        list(token)  # type: ignore[call-overload]


# -- mappings wherever a model is taken (issue 16 #2) ------------------------------------------


class Recorder:
    """Answers every request with ``status`` and ``body``; keeps the JSON bodies sent."""

    def __init__(self, body: Any = None, status: int = 200) -> None:
        self.answer = body if body is not None else {}
        self.server = SignedIn(lambda request: httpx.Response(status, json=self.answer))

    @property
    def sent(self) -> Any:
        return json.loads(self.server.requests[-1].content)


# These tests pass what mypy rightly refuses (models built by hand holding mappings, fields as
# **kwargs): they check what happens at run time, so their clients are typed Any.
METRIC: Dict[str, Any] = {
    "name": "Resolution",
    "description": "solved?",
    "applied_to_services": [],
    "additional_notes": None,
}
#: The tests that build a create-metric request from METRIC are written against these fields.
METRIC_FIELDS = pytest.mark.fields("CreateMetricRequest.description", "CreateMetricRequest.metric_value")
MADE: Dict[str, Any] = {
    "id": "65f0000000000000000000a1",
    "org_id": "org",
    "name": "Resolution",
    "description": "solved?",
    "applied_to_services": [],
    "additional_notes": None,
    "tags": [],
    "creator": {"org_id": "org", "user_id": "u"},
    "updated_by": {"org_id": "org", "user_id": "u"},
    "metric_value": {"type": "numerical", "lower_bound": 0, "upper_bound": 10},
    "is_deleted": False,
}


@pytest.mark.operations("create-metric")
@METRIC_FIELDS
def test_a_nested_mapping_as_a_keyword_field_is_read_as_its_model() -> None:
    recorder = Recorder()
    client: Any = make_client(recorder.server)
    with contextlib.suppress(UnexpectedResponseError):  # the answer is {}: the request is what counts here
        client.metric.create_metric(**METRIC, metric_value={"type": "numerical", "lower_bound": 0, "upper_bound": 10})
    # tags, a required map-like field, was left out: it is sent empty (no model to import).
    assert recorder.sent == {
        **METRIC,
        "tags": {},
        "metric_value": {"type": "numerical", "lower_bound": 0, "upper_bound": 10},
    }


@pytest.mark.operations("create-metric")
@METRIC_FIELDS
def test_models_and_mappings_mix_at_any_depth() -> None:
    recorder = Recorder(MADE)
    client: Any = make_client(recorder.server)
    wanted: Dict[str, Any] = {
        **METRIC,
        "tags": {"team": "support"},
        "metric_value": {"type": "numerical", "lower_bound": 1, "upper_bound": 2},
    }
    bounds = NumericalMetricValue(type_="numerical", lower_bound=1, upper_bound=2)
    hand_built: Any = CreateMetricRequest
    sync: Any = create_metric.sync
    attempts: List[Callable[[], object]] = [
        lambda: client.metric.create_metric(**METRIC, tags={"team": "support"}, metric_value=bounds),
        lambda: client.metric.create_metric(body={**METRIC, "tags": {"team": "support"}, "metric_value": bounds}),
        lambda: client.metric.create_metric(  # a model built by hand, holding mappings
            body=hand_built(
                **METRIC,
                tags={"team": "support"},
                metric_value={"type": "numerical", "lower_bound": 1, "upper_bound": 2},
            )
        ),
        lambda: sync(
            client=client, body={**METRIC, "tags": {"team": "support"}, "metric_value": wanted["metric_value"]}
        ),
    ]
    for attempt in attempts:
        attempt()
        assert recorder.sent == wanted


@pytest.mark.operations("create-simulation-scenario", "modify-role")
def test_lists_of_models_maps_of_unions_and_dates_deep_down() -> None:
    recorder = Recorder({"role_id": "r"})
    client: Any = make_client(recorder.server)
    grants = [
        {
            "permission_name": "Conversation:GetConversation",
            "conditions": {"user_id": {"type": "Equals", "value": "u1"}},
        },
        PermissionGrantInput.from_dict({"permission_name": "User:GetUserInfo", "conditions": {}}),
    ]
    client.role.modify_role("support", permission_grants=grants)
    assert recorder.sent == {
        "permission_grants": [
            {
                "permission_name": "Conversation:GetConversation",
                "conditions": {"user_id": {"type": "Equals", "value": "u1"}},
            },
            {"permission_name": "User:GetUserInfo", "conditions": {}},
        ]
    }
    scenarios = Recorder()
    client = make_client(scenarios.server)
    starts = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    version = {
        "objective": "o",
        "instructions": "i",
        "initial_message_type": "user-message",
        "conversation_starts_at": starts,
    }
    with contextlib.suppress(UnexpectedResponseError):
        client.simulation.create_simulation_scenario(name="s", initial_version=version)
    assert scenarios.sent == {
        "name": "s",
        "tags": {},
        "initial_version": {**version, "conversation_starts_at": starts.isoformat()},
    }


@pytest.mark.parametrize(
    "call, message",
    [
        pytest.param(
            lambda c: c.metric.create_metric(**METRIC, metric_value={"type": "numerical", "upper_bound": 1}),
            r"^create_metric: metric_value\.lower_bound: a required field is missing$",
            marks=METRIC_FIELDS,
        ),
        pytest.param(
            lambda c: c.metric.create_metric(**METRIC, metric_value={"type": "numerica"}),
            r"^create_metric: metric_value: type is 'numerica', not one of 'numerical', 'categorical', 'boolean'$",
            marks=METRIC_FIELDS,
        ),
        pytest.param(
            lambda c: c.metric.create_metric(body={**METRIC, "tags": {}, "metric_value": {"type": "categorical"}}),
            r"^create_metric: metric_value\.categories: a required field is missing$",
            marks=METRIC_FIELDS,
        ),
        pytest.param(
            lambda c: c.metric.create_metric(**METRIC, metric_value=[1]),
            r"^create_metric: .*",
            marks=METRIC_FIELDS,
        ),
        (
            lambda c: c.role.modify_role(
                "r", permission_grants=[{"permission_name": "a", "conditions": {}}, {"conditions": {}}]
            ),
            r"^modify_role: permission_grants\[1\]\.permission_name: a required field is missing$",
        ),
        (
            lambda c: c.role.modify_role("r", permission_grants=[{"permission_name": "a", "conditions": {"x": 5}}]),
            r"^modify_role: permission_grants\[0\]\.conditions\.x: .*",
        ),
        (
            lambda c: c.simulation.create_simulation_scenario(
                name="s",
                initial_version={
                    "objective": "o",
                    "instructions": "i",
                    "initial_message_type": "user-message",
                    "conversation_starts_at": "soon",
                },
            ),
            r"^create_simulation_scenario: initial_version\.conversation_starts_at: .*",
        ),
        pytest.param(
            lambda c: c.metric.create_metric(**METRIC, tags=["a"], metric_value={"type": "boolean"}),
            r"^create_metric: ",
            marks=METRIC_FIELDS,
        ),
    ],
)
def test_a_nested_value_that_does_not_fit_names_its_path(call: Callable[[Any], object], message: str) -> None:
    recorder = Recorder()
    client: Any = make_client(recorder.server)
    with pytest.raises(ConfigurationError, match=message):
        call(client)
    assert recorder.server.requests == []


@pytest.mark.operations("get-metrics")
def test_a_response_that_does_not_fit_names_the_path_too() -> None:
    page = {"metrics": [MADE, MADE], "has_more": False, "continuation_token": None, "filter_values": None}
    good = conforming("get-metrics", page)  # the answer as the contract has it now
    bad = {
        **good,
        "metrics": [
            good["metrics"][0],
            {**good["metrics"][1], "metric_value": {"type": "numerical", "upper_bound": 3}},
        ],
    }
    client = make_client(Recorder(bad).server)
    with pytest.raises(
        UnexpectedResponseError,
        match=r"get_metrics: the 200 answer does not fit the contract \(metrics\[1\]\.metric_value: missing field 'lower_bound'\)",
    ):
        client.metric.get_metrics()


@METRIC_FIELDS
def test_an_empty_map_like_field_need_not_be_built() -> None:
    model: Any = CreateMetricRequest  # written against fields upstream may move (the marker above)
    request = model(**METRIC, metric_value=BooleanMetricValue(type_="boolean"))
    assert request.to_dict()["tags"] == {} and isinstance(request.tags, CreateMetricRequestTags)
