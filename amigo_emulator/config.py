"""Seed configuration: organizations, API keys, users, services, and the emulator's tunables.

A config is a JSON or YAML mapping; every key is optional and the defaults give a working
emulator with no file at all::

    organizations:                      # default: the single "demo-org" below
      - id: demo-org
        name: Demo Org
        api_keys: [{key: demo-api-key, key_id: demo-key-id}]
        users:
          - {id: 65f000000000000000000001, first_name: Demo, last_name: User,
             email: demo@example.com, role: admin, password: demo-password}
        services:
          - {id: 65f0000000000000000000a1, name: Customer support,
             description: "...", version_sets: [release]}   # "edge" is always added
    token_ttl_seconds: 3600             # lifetime of issued JWTs
    pace_ms: 5                          # pause between NDJSON events
    post_processing_delay_ms: 200       # finish -> post-processing complete -> webhooks
    webhook_backoff_ms: 500             # first redelivery delay, doubled per attempt
    webhook_timeout_seconds: 5          # per delivery attempt
    webhook_dual_signing_seconds: 1800  # window after a secret rotation with two signatures
    webhook_rotation_interval_seconds: 3600  # a secret can be rotated once per this interval
    webhook_destination_limit: 10       # per organization (more -> 400)
    rate_limit_window_seconds: 60       # window of the contract's "N requests per minute"
    simulation_run_ms: 300              # how long a unit test set run takes
    check_responses: false              # record every non-conforming answer (see /_emulator/stats)
    faults: {}                          # initial fault switches, as POST /_emulator/faults takes

:func:`load_config` reads a file (``.json``, ``.yaml``/``.yml``); :func:`EmulatorConfig.from_dict`
validates a mapping and raises :class:`ConfigError` on unknown keys or wrong types, so a typo in a
seed file fails loudly instead of being ignored.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Union

import yaml

__all__ = [
    "ApiKeySeed",
    "ConfigError",
    "EmulatorConfig",
    "OrganizationSeed",
    "ServiceSeed",
    "UserSeed",
    "default_config_dict",
    "load_config",
]

DEFAULT_ORG = "demo-org"
DEFAULT_API_KEY = "demo-api-key"
DEFAULT_API_KEY_ID = "demo-key-id"
DEFAULT_USER_ID = "65f000000000000000000001"
DEFAULT_PASSWORD = "demo-password"


class ConfigError(ValueError):
    """The seed configuration is invalid."""


@dataclass(frozen=True)
class ApiKeySeed:
    key: str
    key_id: str


@dataclass(frozen=True)
class UserSeed:
    id: str
    first_name: str = "Demo"
    last_name: str = "User"
    email: str = "demo@example.com"
    role: str = "admin"
    password: Optional[str] = None  # for sign-in-with-email (None: no password sign-in)


@dataclass(frozen=True)
class ServiceSeed:
    id: str
    name: str
    description: str = ""
    is_active: bool = True
    version_sets: List[str] = field(default_factory=lambda: ["release"])
    agent_id: str = "65f0000000000000000000b1"
    service_hierarchical_state_machine_id: str = "65f0000000000000000000c1"
    tags: Dict[str, Optional[str]] = field(default_factory=dict)
    keyterms: List[str] = field(default_factory=list)


@dataclass(frozen=True)
class OrganizationSeed:
    id: str
    name: str = "Demo Org"
    title: str = "Amigo emulator"
    main_description: str = "A local, stateful stand-in for the Amigo API."
    sub_description: str = "Scripted agents, no account needed."
    api_keys: List[ApiKeySeed] = field(default_factory=list)
    users: List[UserSeed] = field(default_factory=list)
    services: List[ServiceSeed] = field(default_factory=list)


@dataclass(frozen=True)
class EmulatorConfig:
    """Everything the emulator is seeded and tuned with."""

    organizations: List[OrganizationSeed]
    token_ttl_seconds: float = 3600
    pace_ms: float = 5
    post_processing_delay_ms: float = 200
    webhook_backoff_ms: float = 500
    webhook_timeout_seconds: float = 5
    webhook_dual_signing_seconds: float = 1800
    webhook_rotation_interval_seconds: float = 3600
    webhook_destination_limit: int = 10
    rate_limit_window_seconds: float = 60
    simulation_run_ms: float = 300
    check_responses: bool = False
    faults: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Optional[Mapping[str, Any]]) -> "EmulatorConfig":
        """Validate ``data`` (``None`` means all defaults) into a config."""
        data = dict(data or {})
        orgs_raw = data.pop("organizations", None)
        organizations = (
            [_org(o, i) for i, o in enumerate(_list(orgs_raw, "organizations"))]
            if orgs_raw is not None
            else _default_orgs()
        )
        if not organizations:
            raise ConfigError("organizations must not be empty")
        numbers = {
            "token_ttl_seconds",
            "pace_ms",
            "post_processing_delay_ms",
            "webhook_backoff_ms",
            "webhook_timeout_seconds",
            "webhook_dual_signing_seconds",
            "webhook_rotation_interval_seconds",
            "rate_limit_window_seconds",
            "simulation_run_ms",
        }
        kwargs: Dict[str, Any] = {}
        for key, value in data.items():
            if key in numbers:
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
                    raise ConfigError(f"{key} must be a finite non-negative number")
                kwargs[key] = value
            elif key == "webhook_destination_limit":
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ConfigError(f"{key} must be a non-negative integer")
                kwargs[key] = value
            elif key == "check_responses":
                if not isinstance(value, bool):
                    raise ConfigError("check_responses must be a boolean")
                kwargs[key] = value
            elif key == "faults":
                if not isinstance(value, dict):
                    raise ConfigError("faults must be a mapping")
                kwargs[key] = dict(value)
            else:
                raise ConfigError(f"unknown config key {key!r}")
        return cls(organizations=organizations, **kwargs)

    def to_public_dict(self) -> Dict[str, Any]:
        """The seed as JSON (what ``GET /_emulator/config`` shows)."""
        return {
            "organizations": [
                {
                    "id": o.id,
                    "name": o.name,
                    "api_keys": [{"key": k.key, "key_id": k.key_id} for k in o.api_keys],
                    "users": [vars(u) for u in o.users],
                    "service_ids": [s.id for s in o.services],
                    "services": [
                        {"id": s.id, "name": s.name, "version_sets": list(s.version_sets)} for s in o.services
                    ],
                }
                for o in self.organizations
            ],
            "token_ttl_seconds": self.token_ttl_seconds,
            "pace_ms": self.pace_ms,
            "post_processing_delay_ms": self.post_processing_delay_ms,
            "webhook_backoff_ms": self.webhook_backoff_ms,
            "check_responses": self.check_responses,
        }


def default_config_dict() -> Dict[str, Any]:
    """The default seed written out (useful as a starting point for a seed file)."""
    return {
        "organizations": [
            {
                "id": DEFAULT_ORG,
                "name": "Demo Org",
                "api_keys": [{"key": DEFAULT_API_KEY, "key_id": DEFAULT_API_KEY_ID}],
                "users": [
                    {
                        "id": DEFAULT_USER_ID,
                        "first_name": "Demo",
                        "last_name": "User",
                        "email": "demo@example.com",
                        "role": "admin",
                        "password": DEFAULT_PASSWORD,
                    }
                ],
                "services": [
                    {
                        "id": "65f0000000000000000000a1",
                        "name": "Customer support",
                        "description": "Answers account, password and order questions for customers.",
                        "version_sets": ["release"],
                        "tags": {"team": "support"},
                    },
                    {
                        "id": "65f0000000000000000000a2",
                        "name": "Billing",
                        "description": "Explains invoices, payments and billing questions.",
                        "version_sets": ["release"],
                        "tags": {"team": "billing"},
                    },
                ],
            }
        ]
    }


def _default_orgs() -> List[OrganizationSeed]:
    return [_org(o, i) for i, o in enumerate(default_config_dict()["organizations"])]


def _list(value: Any, where: str) -> List[Any]:
    if not isinstance(value, list):
        raise ConfigError(f"{where} must be a list")
    return value


def _mapping(value: Any, where: str) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a mapping")
    return dict(value)


def _build(kind: Any, raw: Any, where: str, **overrides: Any) -> Any:
    data = _mapping(raw, where)
    data.update(overrides)
    allowed = set(kind.__dataclass_fields__)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown keys {unknown}")
    try:
        return kind(**data)
    except TypeError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _org(raw: Any, index: int) -> OrganizationSeed:
    where = f"organizations[{index}]"
    data = _mapping(raw, where)
    if not isinstance(data.get("id"), str) or not data["id"]:
        raise ConfigError(f"{where}.id must be a non-empty string")
    keys = [
        _build(ApiKeySeed, k, f"{where}.api_keys[{i}]") for i, k in enumerate(_list(data.get("api_keys", []), where))
    ]
    users = [_build(UserSeed, u, f"{where}.users[{i}]") for i, u in enumerate(_list(data.get("users", []), where))]
    services = []
    for i, s in enumerate(_list(data.get("services", []), where)):
        service = _build(ServiceSeed, s, f"{where}.services[{i}]")
        if not _is_object_id(service.id):
            raise ConfigError(f"{where}.services[{i}].id must be 24 lowercase hex characters")
        services.append(service)
    rest = {k: v for k, v in data.items() if k not in ("api_keys", "users", "services")}
    org: OrganizationSeed = _build(OrganizationSeed, rest, where, api_keys=keys, users=users, services=services)
    return org


def _is_object_id(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 24 and all(c in "0123456789abcdef" for c in value)


def load_config(source: Union[str, Path, Mapping[str, Any], None]) -> EmulatorConfig:
    """A config from a mapping, a ``.json``/``.yaml``/``.yml`` file, or ``None`` (defaults)."""
    if source is None or isinstance(source, Mapping):
        return EmulatorConfig.from_dict(source)
    path = Path(source)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        data = json.loads(text)
    else:
        data = yaml.safe_load(text)
    if data is not None and not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping")
    return EmulatorConfig.from_dict(data)
