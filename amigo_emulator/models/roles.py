"""Roles per organization: state and rules (served by the spec-driven role operations and
checked by every operation that takes a role).

Rules:

* Every organization starts with the default roles the contract names for a new organization
  (:data:`DEFAULT_ROLES`) plus the roles its seeded users hold; ``create-role`` adds roles (the
  spec-driven create of :mod:`amigo_emulator.generic`, kind :data:`KIND`), ``modify-role``
  changes them. They are the items of kind ``role`` of :mod:`amigo_emulator.resources`, so
  ``get-roles`` lists exactly what exists.
* An operation that takes a role (a body field or path parameter naming one,
  :func:`names_a_role`: ``role_name`` or ``*_role_name``) needs it to exist: :func:`require`
  raises :class:`~amigo_emulator.errors.NotFound` (404, what the contract documents for an
  unknown role) before anything is stored. The name of the role ``create-role`` makes is the
  exception (it cannot exist yet).
* :func:`require` finds a live role by its name, as the item's ``role_name`` (what
  ``create-role`` takes) or ``name`` (what the role listing shows).

The caller holds the store lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional

from ..errors import NotFound
from ..util import iso, new_id, utcnow

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Org

__all__ = ["DEFAULT_ROLES", "KIND", "find", "names_a_role", "require", "seed"]

KIND = "role"

#: The roles a new organization gets (the contract's description of ``create-organization``).
DEFAULT_ROLES = (
    "DefaultUserRole",
    "DefaultAdministratorRole",
    "DefaultAmigoAdministratorRole",
    "DefaultSuperAdministratorRole",
)


def names_a_role(field: str) -> bool:
    """Whether a body field or path parameter called ``field`` names a role."""
    return field == "role_name" or field.endswith("_role_name")


def seed(org: "Org", held: Iterable[str]) -> None:
    """Store the default roles and the roles ``held`` by seeded users (a fresh organization)."""
    items = org.resources.setdefault(KIND, {})
    now = iso(utcnow())
    for name in list(DEFAULT_ROLES) + [n for n in dict.fromkeys(held) if n not in DEFAULT_ROLES]:
        role: Dict[str, Any] = {
            "id": new_id(),
            "org_id": org.id,
            "role_name": name,
            "description": f"The {name} role (seeded by the emulator).",
            "frontend_view": "client" if name == "DefaultUserRole" else "admin",
            "permission_grants": [],
            "created_at": now,
            "updated_at": now,
        }
        items[role["id"]] = role


def find(org: "Org", name: str) -> Optional[Dict[str, Any]]:
    """The live role called ``name``, or ``None``."""
    for role in org.resources.get(KIND, {}).values():
        if not role.get("is_deleted") and name in (role.get("role_name"), role.get("name")):
            return role
    return None


def require(org: "Org", name: str) -> Dict[str, Any]:
    """The role called ``name``; :class:`NotFound` (404) when the organization has none."""
    role = find(org, name)
    if role is None:
        raise NotFound(f"role {name!r}")
    return role
