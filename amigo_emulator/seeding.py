"""Seeding helpers: a test's data as plain Python calls, ``emu.seed.user(first_name="Ada")``.

Contract: each method of :class:`Seeder` (``emu.seed``) creates one thing and returns a small
frozen record of what was made. Everything but organizations is made by the contract's own
operation (``create-invited-user``, ``create-service``, ``create-conversation`` +
``interact-with-conversation`` + ``finish-conversation``...), run in-process by the control
route ``POST /_emulator/operations/{operationId}``: the emulator's rules and validation apply as to
any request (a second user with the same email is refused), but seeding leaves no trace in what a
test asserts on: not in :meth:`~amigo_emulator.testing.Emulator.requests`, not in
:meth:`~amigo_emulator.testing.Emulator.stats`, and it neither trips nor consumes an armed fault or
rate limit. Organizations are added with ``POST /_emulator/organizations`` (the API cannot make
one); :meth:`Seeder.organization` returns an :class:`~amigo_emulator.testing.Emulator` for it, so
``other.client()``, ``other.env()`` and ``other.seed`` work in that organization.

Everything seeded lives until the next reset (the ``amigo_emulator`` fixture resets before every
test). A refusal raises :class:`~amigo_emulator.testing.EmulatorError` with the operation, the
status and the emulator's ``detail``. :meth:`Seeder.call` runs any other operation the same way.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence

from .testing import EmulatorError

if TYPE_CHECKING:
    from .testing import Emulator

__all__ = [
    "POST_PROCESSING_COMPLETE",
    "Seeder",
    "SeededAgent",
    "SeededConversation",
    "SeededService",
    "SeededSimulationSet",
    "SeededUser",
    "SeededWebhookDestination",
]

#: The webhook event type a finished conversation's post-processing sends.
POST_PROCESSING_COMPLETE = "conversation-post-processing-complete"
_counter = itertools.count(1)


@dataclass(frozen=True)
class SeededUser:
    id: str
    email: str
    first_name: str
    last_name: str
    role: str


@dataclass(frozen=True)
class SeededService:
    id: str
    name: str
    agent_id: str
    service_hierarchical_state_machine_id: str


@dataclass(frozen=True)
class SeededAgent:
    id: str
    name: str


@dataclass(frozen=True)
class SeededConversation:
    """A conversation and its history: ``messages`` alternate ``{"role": "agent" | "user",
    "text"}``, starting with the agent's greeting; ``finished`` once finish-conversation ran (its
    post-processing then completes and webhooks go out after ``post_processing_delay_ms``)."""

    id: str
    service_id: str
    user_id: str
    messages: List[Dict[str, str]]
    finished: bool


@dataclass(frozen=True)
class SeededWebhookDestination:
    id: str
    url: str
    accepted_types: List[str]
    secret: str = field(repr=False)


@dataclass(frozen=True)
class SeededSimulationSet:
    """A simulation unit test set with its unit tests (and the persona, scenario and boolean
    metric their success criterion checks)."""

    id: str
    name: str
    unit_test_ids: List[str]
    persona_id: str
    scenario_id: str
    metric_id: str
    service_id: str


class Seeder:
    """``emu.seed``: make a test's data (see the module docstring)."""

    def __init__(self, emulator: "Emulator") -> None:
        self._emu = emulator

    def call(
        self,
        operation_id: str,
        *,
        path: Optional[Mapping[str, Any]] = None,
        query: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        form: Optional[Mapping[str, str]] = None,
        user_id: Optional[str] = None,
        shape: bool = False,
    ) -> Any:
        """Run ``operation_id`` in-process as ``user_id`` (default: the emulator's user) in this
        organization and return its decoded answer (NDJSON: the list of events). With ``shape``,
        ``query`` and ``body`` are first shaped to the operation as the served contract has it
        (fields it no longer has left out, required ones it adds filled from their schema, fields
        it moves moved: :func:`amigo_emulator.respond.shape_request`); the seeding methods below
        shape theirs, so they keep working when an upstream version reshapes a request."""
        spec: Dict[str, Any] = {
            "organization": self._emu.organization,
            "user_id": user_id or self._emu.user_id,
            "path": dict(path or {}),
            "query": dict(query or {}),
        }
        if shape:
            spec["shape"] = True
        if form is not None:
            spec["form"] = dict(form)
        elif body is not None:
            spec["body"] = body
        answer = self._emu.control("POST", f"operations/{operation_id}", spec)
        status = int(answer["status"])
        if not 200 <= status < 300:
            raise EmulatorError(f"seeding with {operation_id} was refused: {status} {answer['body']!r}")
        return answer["body"]

    def _seed(self, operation_id: str, **kwargs: Any) -> Any:
        """:meth:`call` with the request shaped to the served contract."""
        return self.call(operation_id, shape=True, **kwargs)

    # -- organizations, users, services, agents ---------------------------------------------------

    def organization(
        self,
        id: Optional[str] = None,
        *,
        name: Optional[str] = None,
        api_key: Optional[str] = None,
        api_key_id: Optional[str] = None,
        user_id: Optional[str] = None,
        services: Sequence[Mapping[str, Any]] = (),
        users: Sequence[Mapping[str, Any]] = (),
    ) -> "Emulator":
        """A new organization with one API key and one user (and ``services`` / more ``users`` as a
        seed file lists them); the returned :class:`~amigo_emulator.testing.Emulator` acts in it."""
        n = next(_counter)
        org_id = id or f"seeded-org-{n}"
        key = api_key or f"{org_id}-api-key-{n:04d}"
        key_id = api_key_id or f"{org_id}-key-id"
        first_user = user_id or "65f0%020x" % n
        seed = {
            "id": org_id,
            "name": name or org_id,
            "api_keys": [{"key": key, "key_id": key_id}],
            "users": [{"id": first_user, "email": f"user@{org_id}.example"}] + [dict(u) for u in users],
            "services": [dict(s) for s in services],
        }
        made = self._emu.control("POST", "organizations", seed)
        return dataclasses.replace(
            self._emu,
            organization=org_id,
            api_key=key,
            api_key_id=key_id,
            user_id=first_user,
            service_ids=list(made["service_ids"]),
        )

    def user(
        self,
        *,
        first_name: str = "Test",
        last_name: str = "User",
        email: Optional[str] = None,
        role: str = "DefaultUserRole",
        variables: Optional[Mapping[str, str]] = None,
    ) -> SeededUser:
        """A user of this organization (``create-invited-user``); ``emu.client(user_id=user.id)``
        signs in as them."""
        address = email or f"{first_name}.{last_name}.{next(_counter)}@example.com".lower().replace(" ", "")
        body: Dict[str, Any] = {"first_name": first_name, "last_name": last_name, "email": address, "role_name": role}
        if variables:
            body["nonsensitive_user_variables"] = dict(variables)
        made = self._seed("create-invited-user", body=body)
        return SeededUser(id=made["user_id"], email=address, first_name=first_name, last_name=last_name, role=role)

    def agent(self, name: str = "Test agent") -> SeededAgent:
        """An agent (``create-agent``)."""
        return SeededAgent(id=self._seed("create-agent", body={"agent_name": name})["id"], name=name)

    def service(
        self,
        name: str = "Test service",
        *,
        description: str = "A service seeded for a test.",
        agent_id: Optional[str] = None,
        state_machine_id: Optional[str] = None,
        is_active: bool = True,
        tags: Optional[Mapping[str, Optional[str]]] = None,
        keyterms: Iterable[str] = (),
    ) -> SeededService:
        """A service (``create-service``), with a new agent and state machine unless given; it has
        the ``edge`` and ``release`` version sets, so conversations can start on it at once."""
        agent = agent_id or self.agent(f"{name} agent").id
        machine = (
            state_machine_id
            or self._seed(
                "create-service-hierarchical-state-machine", body={"state_machine_name": f"{name} state machine"}
            )["id"]
        )
        body = {
            "name": name,
            "description": description,
            "agent_id": agent,
            "service_hierarchical_state_machine_id": machine,
            "is_active": is_active,
            "keyterms": list(keyterms),
            "tags": dict(tags or {}),
        }
        made = self._seed("create-service", body=body)
        return SeededService(id=made["id"], name=name, agent_id=agent, service_hierarchical_state_machine_id=machine)

    # -- conversations --------------------------------------------------------------------------

    def conversation(
        self,
        user_messages: Sequence[str] = ("Hello!",),
        *,
        service_id: Optional[str] = None,
        user_id: Optional[str] = None,
        finish: bool = False,
        version_set: str = "release",
    ) -> SeededConversation:
        """A conversation with history: the agent's greeting, then each of ``user_messages`` and
        the (scripted, deterministic) agent's reply; finished when ``finish`` is true."""
        service = service_id or (self._emu.service_ids[0] if self._emu.service_ids else self.service().id)
        as_user = user_id or self._emu.user_id
        events = self._seed(
            "create-conversation",
            query={"response_format": "text"},
            body={"service_id": service, "service_version_set_name": version_set},
            user_id=as_user,
        )
        conversation_id = next(e["conversation_id"] for e in events if e.get("type") == "conversation-created")
        messages = [{"role": "agent", "text": _reply(events)}]
        for text in user_messages:
            events = self._seed(
                "interact-with-conversation",
                path={"conversation_id": conversation_id},
                query={"request_format": "text", "response_format": "text"},
                form={"initial_message_type": "user-message", "recorded_message": text},
                user_id=as_user,
            )
            messages += [{"role": "user", "text": text}, {"role": "agent", "text": _reply(events)}]
        ended = any(e.get("type") == "end-session" or e.get("conversation_completed") for e in events)
        if finish and not ended:
            self._seed("finish-conversation", path={"conversation_id": conversation_id}, user_id=as_user)
        return SeededConversation(
            id=conversation_id, service_id=service, user_id=as_user, messages=messages, finished=finish or ended
        )

    # -- webhooks, simulations -------------------------------------------------------------------

    def webhook_destination(
        self,
        url: str,
        *,
        accepted_types: Sequence[str] = (POST_PROCESSING_COMPLETE,),
        retry_attempts: Optional[int] = None,
    ) -> SeededWebhookDestination:
        """A webhook destination (``create-webhook-destination``) and its signing secret."""
        body: Dict[str, Any] = {"url": url, "accepted_types": list(accepted_types)}
        if retry_attempts is not None:
            body["retry_attempts"] = retry_attempts
        made = self._seed("create-webhook-destination", body=body)
        return SeededWebhookDestination(
            id=made["webhook_destination_id"], url=url, accepted_types=list(accepted_types), secret=made["secret"]
        )

    def simulation_set(
        self,
        name: str = "Release gate",
        *,
        service_id: Optional[str] = None,
        unit_tests: int = 1,
        run_count: int = 1,
        version_set: str = "release",
    ) -> SeededSimulationSet:
        """A simulation unit test set of ``unit_tests`` unit tests (each run ``run_count`` times),
        with the persona, scenario and metric they use (``create-metric``, ``create-simulation-*``)."""
        service = service_id or (self._emu.service_ids[0] if self._emu.service_ids else self.service().id)
        persona = self._seed(
            "create-simulation-persona",
            body={
                "name": f"{name} persona",
                "role": "customer",
                "tags": {},
                "initial_version": {
                    "background": "A customer who wants a quick answer.",
                    "user_models": [],
                    "nonsensitive_user_variables": {},
                    "sensitive_user_variables": {},
                },
            },
        )["simulation_persona_id"]
        scenario = self._seed(
            "create-simulation-scenario",
            body={
                "name": f"{name} scenario",
                "tags": {},
                "initial_version": {
                    "objective": "Find out where an order is.",
                    "instructions": "Ask where order 4711 is, then thank the agent.",
                    "initial_message_type": "user-message",
                    "conversation_starts_at": None,
                },
            },
        )["simulation_scenario_id"]
        metric = self._seed(
            "create-metric",
            body={
                "name": f"{name} resolved {next(_counter)}",
                "description": "Whether the customer's question was answered.",
                "applied_to_services": [service],
                "additional_notes": None,
                "tags": {},
                "metric_value": {"type": "boolean"},
            },
        )["id"]
        criterion = {"name": "resolved", "metric_id": metric, "criterion": {"type": "boolean", "expected_value": True}}
        unit_test_ids = [
            self._seed(
                "create-simulation-unit-test",
                body={
                    "name": f"{name} unit test {i + 1}",
                    "description": "Seeded for a test.",
                    "service_id": service,
                    "service_version_set_name": version_set,
                    "persona_id": persona,
                    "scenario_id": scenario,
                    "max_interactions": 5,
                    "success_criterions": [criterion],
                    "tags": {},
                },
            )["simulation_unit_test_id"]
            for i in range(unit_tests)
        ]
        made = self._seed(
            "create-simulation-unit-test-set",
            body={
                "name": name,
                "description": None,
                "unit_test_runs": [{"unit_test_id": u, "run_count": run_count} for u in unit_test_ids],
                "tags": {},
            },
        )
        return SeededSimulationSet(
            id=made["simulation_unit_test_set_id"],
            name=name,
            unit_test_ids=unit_test_ids,
            persona_id=persona,
            scenario_id=scenario,
            metric_id=metric,
            service_id=service,
        )


def _reply(events: Sequence[Mapping[str, Any]]) -> str:
    """The agent's message of a turn's events."""
    for event in events:
        if event.get("type") == "interaction-complete" and isinstance(event.get("full_message"), str):
            return str(event["full_message"])
    return "".join(str(e.get("message", "")) for e in events if e.get("type") == "new-message")
