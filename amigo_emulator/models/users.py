"""Users: state and rules (the handlers are :mod:`amigo_emulator.users`).

Rules: the role an invitation names must exist in the organization (:mod:`.roles`; else
:class:`NotFound`, 404, and nothing is stored); a second user with the same email
(case-insensitive) -> :class:`Conflict`; deleting a user with a conversation stream in progress
-> :class:`Conflict`;
deleting a variable that does not exist, or going over :data:`MAX_PLAIN_VARIABLES` nonsensitive
variables -> :class:`Refused` (nothing changed); an unknown user -> :class:`NotFound`.

What a rule reads is named here (the email, the role, the names shown as the sender of a message,
the preferences, the variables and their secrecy, the context the user model answers); everything
else an invitation or update gives is kept in :attr:`User.fields <amigo_emulator.store.User>` and
answered as given, so a field a later contract adds round-trips with no code. In an update,
``null`` keeps a field, except where ``clear`` (the fields whose schema has the contract's NotSet
marker, read by the handler) lists it: there ``{}`` keeps it and ``null`` clears it. A changed
field the user's preferences hold goes to the preferences. The caller holds the store lock.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Sequence

from ..errors import Conflict, NotFound, Refused
from ..store import Org, User, default_preferences
from ..util import new_id
from . import roles

__all__ = [
    "MAX_PLAIN_VARIABLES",
    "delete",
    "assign_role",
    "get",
    "invite",
    "memories",
    "modify_variables",
    "search",
    "select",
    "update",
]

MAX_PLAIN_VARIABLES = 20
# Invitation fields a rule reads (the rest is kept as given in User.fields).
_RULED = ("first_name", "last_name", "email", "role_name", "user_preferences")
_PLAIN_VARIABLES, _SECRET_VARIABLES = "nonsensitive_user_variables", "sensitive_user_variables"
_CONTEXT = "additional_context"


def get(org: Org, user_id: str) -> User:
    user = org.users.get(user_id)
    if user is None:
        raise NotFound("user")
    return user


def select(org: Org, ids: Sequence[str], emails: Sequence[str]) -> List[User]:
    return [u for u in org.users.values() if (not ids or u.id in ids) and (not emails or u.email in emails)]


def search(org: Org, query: str, restrict: Sequence[str]) -> List[User]:
    """Users whose display name or email contains ``query`` (case-insensitive)."""
    text = query.lower()
    return [
        u
        for u in org.users.values()
        if (not restrict or u.id in restrict) and (text in u.display_name.lower() or text in u.email.lower())
    ]


def invite(org: Org, fields: Mapping[str, Any]) -> User:
    role = str(fields.get("role_name", roles.DEFAULT_ROLES[0]))
    roles.require(org, role)
    email = str(fields.get("email", ""))
    if email and any(u.email.lower() == email.lower() for u in org.users.values()):
        raise Conflict("A user with this email already exists.")
    preferences = default_preferences()
    preferences.update(fields.get("user_preferences") or {})
    user = User(
        id=new_id(),
        org_id=org.id,
        first_name=str(fields.get("first_name", "")),
        last_name=str(fields.get("last_name", "")),
        email=email,
        role=role,
        preferences=preferences,
        nonsensitive_variables=dict(fields.get(_PLAIN_VARIABLES) or {}),
        sensitive_variables=dict(fields.get(_SECRET_VARIABLES) or {}),
        fields={k: v for k, v in fields.items() if k not in _RULED + (_PLAIN_VARIABLES, _SECRET_VARIABLES)},
    )
    org.users[user.id] = user
    return user


def update(org: Org, user_id: str, changes: Mapping[str, Any], clear: Iterable[str] = ()) -> None:
    user = get(org, user_id)
    clearable = set(clear)
    for name, value in changes.items():
        if name in clearable:
            if value == {}:
                continue  # the contract's NotSet: leave it as it is
        elif value is None:
            continue
        if name in user.preferences:
            user.preferences[name] = value
        elif name in ("first_name", "last_name"):
            setattr(user, name, str(value))
        elif name == _CONTEXT:
            user.additional_context = list(value or [])
        else:
            user.fields[name] = value


def assign_role(org: Org, role_name: str, user_id: str) -> Dict[str, Any]:
    """Give the user the role (both must exist); the role."""
    role = roles.require(org, role_name)
    get(org, user_id).role = role_name
    return role


def delete(org: Org, user_id: str) -> None:
    user = get(org, user_id)
    if any(c.busy for c in org.conversations.values() if c.user_id == user.id):
        raise Conflict("A conversation of this user is in progress.")
    del org.users[user.id]


def memories(org: Org, user_id: str, ids: Sequence[str], conversation_ids: Sequence[str]) -> List[Dict[str, Any]]:
    user = get(org, user_id)
    return [
        m
        for m in org.memories.get(user.id, [])
        if (not ids or m["id"] in ids) and (not conversation_ids or m["conversation_id"] in conversation_ids)
    ]


def modify_variables(
    org: Org, user_id: str, upserts: Sequence[Mapping[str, Any]], deletes: Sequence[Mapping[str, Any]]
) -> None:
    user = get(org, user_id)
    plain = dict(user.nonsensitive_variables)
    secret = dict(user.sensitive_variables)
    for item in deletes:
        if item["name"] in plain:
            del plain[item["name"]]
        elif item["name"] in secret:
            del secret[item["name"]]
        else:
            raise Refused(f"Variable {item['name']!r} does not exist.")
    for item in upserts:
        plain.pop(item["name"], None)
        secret.pop(item["name"], None)
        (secret if item["is_secret"] else plain)[item["name"]] = item["value"]
    if len(plain) > MAX_PLAIN_VARIABLES:
        raise Refused(f"A user can have at most {MAX_PLAIN_VARIABLES} nonsensitive variables.")
    user.nonsensitive_variables, user.sensitive_variables = plain, secret
