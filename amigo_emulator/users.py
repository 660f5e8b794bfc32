"""User operations: list, search, invite, update, delete, user models, memories, variables.

Contract notes: any ``role_name`` is accepted; a second user with the same email -> 409; unknown
user ids -> 404; deleting a variable that does not exist, or going over 20 nonsensitive
variables -> 400. A deleted user's tokens stop working (401). Memories and user models appear once
a finished conversation's post-processing has completed.
"""

from __future__ import annotations

from typing import Any, Dict, List

from starlette.responses import Response

from .common import lookup, paged
from .registry import ApiError, Ctx, json_response, no_content, operation
from .store import User, default_preferences
from .util import iso, new_id, sort_items

__all__ = ["user_instance"]


def user_instance(ctx: Ctx, user: User) -> Dict[str, Any]:
    conversations = [c for c in ctx.org.conversations.values() if c.user_id == user.id]
    messages = [m for c in conversations for m in c.messages]
    last = max((m.created_at for m in messages), default=None)
    return {
        "org_id": user.org_id,
        "user_id": user.id,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "user_stats": {
            "num_conversations": len(conversations),
            "num_messages": len(messages),
            "last_message_time": iso(last) if last else None,
        },
        "role": user.role,
        "preferences": dict(user.preferences),
        "nonsensitive_variables": dict(user.nonsensitive_variables),
        "sensitive_variables": sorted(user.sensitive_variables),
    }


def _user(ctx: Ctx, name: str) -> User:
    return lookup(ctx.org.users, ctx.params[name], "user")


@operation("get-users")
async def get_users(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        users = [
            u
            for u in ctx.org.users.values()
            if (not p.get("user_id") or u.id in p["user_id"]) and (not p.get("email") or u.email in p["email"])
        ]
        instances = [user_instance(ctx, u) for u in users]
    keys = {
        "first_name": lambda u: u["first_name"],
        "last_name": lambda u: u["last_name"],
        "email": lambda u: u["email"],
        "user_stats.num_conversations": lambda u: u["user_stats"]["num_conversations"],
        "user_stats.num_messages": lambda u: u["user_stats"]["num_messages"],
        "user_stats.last_message_time": lambda u: u["user_stats"]["last_message_time"],
    }
    instances = sort_items(instances, p.get("sort_by") or [], keys)
    chunk, paging = paged(instances, ctx, 100)
    return json_response({"users": chunk, **paging})


@operation("search-users")
async def search_users(ctx: Ctx) -> Response:
    query = ctx.params["query"].lower()
    restrict = ctx.params.get("user_id") or []
    with ctx.rt.store.lock:
        found = [
            user_instance(ctx, u)
            for u in ctx.org.users.values()
            if (not restrict or u.id in restrict)
            and (query in u.display_name.lower() or query in u.email.lower())
        ]
    return json_response({"users": found})


@operation("create-invited-user")
async def create_invited_user(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        if any(u.email.lower() == body["email"].lower() for u in ctx.org.users.values()):
            raise ApiError(409, "A user with this email already exists.")
        preferences = default_preferences()
        for key, value in (body.get("user_preferences") or {}).items():
            preferences[key] = value
        user = User(
            id=new_id(),
            org_id=ctx.org_id,
            first_name=body["first_name"],
            last_name=body["last_name"],
            email=body["email"],
            role=body["role_name"],
            preferences=preferences,
            nonsensitive_variables=dict(body.get("nonsensitive_user_variables") or {}),
            sensitive_variables=dict(body.get("sensitive_user_variables") or {}),
        )
        ctx.org.users[user.id] = user
    link = body.get("login_link")
    verify_link = f"{link}{'&' if '?' in link else '?'}token={new_id()}" if link else None
    return json_response({"user_id": user.id, "verify_link": verify_link}, 201)


@operation("update-user-info")
async def update_user_info(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        user = _user(ctx, "requested_user_id")
        for name in ("first_name", "last_name"):
            if body.get(name) is not None:
                setattr(user, name, body[name])
        for name in (
            "enable_response_recommendation",
            "conversations_visible_to_admins",
            "user_model_visible_to_admins",
            "audio_keyterms",
        ):
            if body.get(name) is not None:
                user.preferences[name] = body[name]
        for name in ("preferred_language", "timezone"):
            if name in body and body[name] != {}:  # {} (NotSet) keeps the value, null clears it
                user.preferences[name] = body[name]
        if body.get("additional_context") is not None:
            user.additional_context = list(body["additional_context"])
    return no_content()


@operation("delete-user")
async def delete_user(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        user = _user(ctx, "requested_user_id")
        if any(c.busy for c in ctx.org.conversations.values() if c.user_id == user.id):
            raise ApiError(409, "A conversation of this user is in progress.")
        del ctx.org.users[user.id]
    return no_content()


@operation("get-user-model")
async def get_user_model(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        user = _user(ctx, "user_id")
        return json_response(
            {
                "user_models": list(ctx.org.user_models.get(user.id, [])),
                "additional_context": list(user.additional_context),
            }
        )


@operation("get-memories")
async def get_memories(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        user = _user(ctx, "user_id")
        memories: List[Dict[str, Any]] = [
            m
            for m in ctx.org.memories.get(user.id, [])
            if (not p.get("id") or m["id"] in p["id"])
            and (not p.get("conversation_id") or m["conversation_id"] in p["conversation_id"])
        ]
    memories = sort_items(
        memories,
        p.get("sort_by") or [],
        {"conversation_id": lambda m: m["conversation_id"], "created_at": lambda m: m["created_at"]},
    )
    chunk, paging = paged(memories, ctx, 50)
    return json_response({"memories": chunk, **paging})


@operation("modify-user-variables")
async def modify_user_variables(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        user = _user(ctx, "requested_user_id")
        plain = dict(user.nonsensitive_variables)
        secret = dict(user.sensitive_variables)
        for item in body.get("deletes") or []:
            if item["name"] in plain:
                del plain[item["name"]]
            elif item["name"] in secret:
                del secret[item["name"]]
            else:
                raise ApiError(400, f"Variable {item['name']!r} does not exist.")
        for item in body.get("upserts") or []:
            plain.pop(item["name"], None)
            secret.pop(item["name"], None)
            (secret if item["is_secret"] else plain)[item["name"]] = item["value"]
        if len(plain) > 20:
            raise ApiError(400, "A user can have at most 20 nonsensitive variables.")
        user.nonsensitive_variables, user.sensitive_variables = plain, secret
    return no_content()
