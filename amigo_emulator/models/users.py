"""Users: state and rules (the handlers are :mod:`amigo_emulator.users`).

Rules: any role name is accepted; a second user with the same email (case-insensitive) ->
:class:`Conflict`; deleting a user with a conversation stream in progress -> :class:`Conflict`;
deleting a variable that does not exist, or going over :data:`MAX_PLAIN_VARIABLES` nonsensitive
variables -> :class:`Refused` (nothing changed); an unknown user -> :class:`NotFound`. In an
update, ``null`` keeps a field, except ``preferred_language`` and ``timezone``, where ``{}`` (the
contract's NotSet) keeps it and ``null`` clears it. The caller holds the store lock.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Sequence

from ..errors import Conflict, NotFound, Refused
from ..store import Org, User, default_preferences
from ..util import new_id

__all__ = [
    "MAX_PLAIN_VARIABLES",
    "delete",
    "get",
    "invite",
    "memories",
    "modify_variables",
    "search",
    "select",
    "update",
]

MAX_PLAIN_VARIABLES = 20
_PREFERENCES = (
    "enable_response_recommendation",
    "conversations_visible_to_admins",
    "user_model_visible_to_admins",
    "audio_keyterms",
)
_CLEARABLE_PREFERENCES = ("preferred_language", "timezone")


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
    if any(u.email.lower() == fields["email"].lower() for u in org.users.values()):
        raise Conflict("A user with this email already exists.")
    preferences = default_preferences()
    preferences.update(fields.get("user_preferences") or {})
    user = User(
        id=new_id(),
        org_id=org.id,
        first_name=fields["first_name"],
        last_name=fields["last_name"],
        email=fields["email"],
        role=fields["role_name"],
        preferences=preferences,
        nonsensitive_variables=dict(fields.get("nonsensitive_user_variables") or {}),
        sensitive_variables=dict(fields.get("sensitive_user_variables") or {}),
    )
    org.users[user.id] = user
    return user


def update(org: Org, user_id: str, changes: Mapping[str, Any]) -> None:
    user = get(org, user_id)
    for name in ("first_name", "last_name"):
        if changes.get(name) is not None:
            setattr(user, name, changes[name])
    for name in _PREFERENCES:
        if changes.get(name) is not None:
            user.preferences[name] = changes[name]
    for name in _CLEARABLE_PREFERENCES:
        if name in changes and changes[name] != {}:
            user.preferences[name] = changes[name]
    if changes.get("additional_context") is not None:
        user.additional_context = list(changes["additional_context"])


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
