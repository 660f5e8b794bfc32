"""The emulator's in-memory state, seeded from an :class:`~amigo_emulator.config.EmulatorConfig`.

Contract:

* One :class:`Store` per process holds one :class:`Org` per seeded organization; everything an
  API call creates (conversations, users, metrics, webhook destinations...) lives in its org.
* :meth:`Store.reset` rebuilds the seeded state (created objects are dropped) and bumps
  :attr:`Store.generation`, which background jobs compare to drop work scheduled before a reset.
* :attr:`Store.lock` (re-entrant) guards every mutation; request handlers run on the event loop and
  hold it only for short, non-awaiting sections, and the webhook thread takes it too.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Optional, Tuple

from .config import EmulatorConfig, OrganizationSeed
from .util import utcnow

__all__ = [
    "Conversation",
    "Interaction",
    "Message",
    "Org",
    "Service",
    "Store",
    "User",
    "WebhookDestination",
    "default_preferences",
    "empty_version_set",
]


@dataclass
class User:
    id: str
    org_id: str
    first_name: str
    last_name: str
    email: str
    role: str
    created_at: datetime = field(default_factory=utcnow)
    preferences: Dict[str, Any] = field(default_factory=dict)
    nonsensitive_variables: Dict[str, str] = field(default_factory=dict)
    sensitive_variables: Dict[str, str] = field(default_factory=dict)
    additional_context: List[str] = field(default_factory=list)
    #: What the invitation (or a later update) gave that no rule reads, answered as given.
    fields: Dict[str, Any] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class Service:
    id: str
    org_id: str
    name: str
    is_active: bool
    agent_id: str
    hsm_id: str  # the service's state machine
    version_sets: Dict[str, Dict[str, Any]]
    tags: Dict[str, Optional[str]]
    creator: str
    updated_by: str
    #: What the create request (or the seed) gave that no rule reads, answered as given.
    fields: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Message:
    id: str
    interaction_id: str
    created_at: datetime
    sender: str
    message: str
    format: str  # text | voice
    message_type: str  # user-message | agent-message | agent-inner-thought | external-event
    audio: Optional[bytes] = None
    audio_content_type: Optional[str] = None


@dataclass
class Interaction:
    id: str
    created_at: datetime
    prev_state: str
    next_state: str
    triggered_behavior: Optional[List[Any]] = None  # [set id, version]


@dataclass
class Conversation:
    id: str
    org_id: str
    user_id: str
    service_id: str
    version_set_name: str
    created_at: datetime
    tags: Dict[str, Optional[str]] = field(default_factory=dict)
    messages: List[Message] = field(default_factory=list)
    interactions: List[Interaction] = field(default_factory=list)
    state: str = "start"
    is_finished: bool = False
    is_analyzed: bool = False
    completed_post_processings: List[str] = field(default_factory=list)
    busy: bool = False  # a create or interact stream is running on it
    pending: bool = False  # created, but its create stream has not committed yet

    @property
    def has_user_input(self) -> bool:
        return any(m.message_type in ("user-message", "external-event") for m in self.messages)


@dataclass
class WebhookDestination:
    id: str
    url: str
    accepted_types: List[str]
    retry_attempts: int
    secret: str
    secret_generated_at: datetime
    previous_secret: Optional[str] = None
    dual_signing_stops_at: Optional[datetime] = None
    #: What the create request (or an update) gave that no rule reads, answered as given.
    fields: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Org:
    """Everything that belongs to one organization."""

    seed: OrganizationSeed
    api_keys: Dict[str, str] = field(default_factory=dict)  # key_id -> key
    users: Dict[str, User] = field(default_factory=dict)
    services: Dict[str, Service] = field(default_factory=dict)
    conversations: Dict[str, Conversation] = field(default_factory=dict)
    metrics: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    metric_results: List[Dict[str, Any]] = field(default_factory=list)
    behavior_sets: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    behavior_versions: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)
    behavior_invocations: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)
    webhook_destinations: Dict[str, WebhookDestination] = field(default_factory=dict)
    webhook_deliveries: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)  # by destination
    memories: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)  # by user
    user_models: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)  # by user
    personas: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    scenarios: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    unit_test_sets: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    unit_test_set_runs: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    profile: Dict[str, Any] = field(default_factory=dict)  # modify-organization's changes
    prompt_logs: Dict[str, Tuple[str, str]] = field(default_factory=dict)  # key -> (system, history)
    # Spec-driven resources (amigo_emulator.resources): kind -> id -> item.
    resources: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.seed.id


class Store:
    """All organizations' state, with a lock and a reset generation counter."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        self.generation = 0
        self.orgs: Dict[str, Org] = {}
        self.reset()

    def reset(self) -> None:
        """Drop everything created since start-up and re-seed."""
        with self.lock:
            self.generation += 1
            self.orgs = {seed.id: _seed_org(seed) for seed in self.config.organizations}

    def org(self, org_id: str) -> Optional[Org]:
        return self.orgs.get(org_id)


def _seed_org(seed: OrganizationSeed) -> Org:
    from .models import roles  # the backends import this module

    org = Org(seed=seed)
    roles.seed(org, [u.role for u in seed.users])
    org.api_keys = {k.key_id: k.key for k in seed.api_keys}
    admin = seed.users[0].id if seed.users else "system"
    for u in seed.users:
        org.users[u.id] = User(
            id=u.id,
            org_id=seed.id,
            first_name=u.first_name,
            last_name=u.last_name,
            email=u.email,
            role=u.role,
            preferences=default_preferences(),
        )
    for s in seed.services:
        names = ["edge"] + [n for n in s.version_sets if n != "edge"]
        org.services[s.id] = Service(
            id=s.id,
            org_id=seed.id,
            name=s.name,
            is_active=s.is_active,
            agent_id=s.agent_id,
            hsm_id=s.service_hierarchical_state_machine_id,
            version_sets={n: empty_version_set() for n in names},
            tags=dict(s.tags),
            creator=admin,
            updated_by=admin,
            # The seed's other settings, under the names the seed file (and the contract) use.
            fields={k: v for k, v in vars(s).items() if k not in ("id", "version_sets")},
        )
    return org


def default_preferences() -> Dict[str, Any]:
    """A user's preferences before any change (the contract's ``PreferencesOutput`` defaults)."""
    return {
        "enable_response_recommendation": False,
        "preferred_language": None,
        "conversations_visible_to_admins": True,
        "user_model_visible_to_admins": True,
        "timezone": None,
        "audio_keyterms": [],
    }


def empty_version_set() -> Dict[str, Any]:
    """A version set that follows the newest agent and state machine with default models."""
    return {
        "agent_version_number": None,
        "service_hierarchical_state_machine_version_number": None,
        "llm_model_preferences": {},
    }
