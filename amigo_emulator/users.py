"""User operations (parsing and rendering; state and rules in :mod:`amigo_emulator.models.users`):
list, search, invite, update, delete, user models, memories, variables.

Contract notes: any ``role_name`` is accepted; a second user with the same email -> 409; unknown
user ids -> 404; deleting a variable that does not exist, or going over 20 nonsensitive
variables -> 400. A deleted user's tokens stop working (401). Memories and user models appear once
a finished conversation's post-processing has completed.
"""

from __future__ import annotations

from typing import Any, Dict

from starlette.responses import Response

from .common import paged
from .models import users as backend
from .registry import Ctx, json_response, no_content, operation
from .store import User
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


@operation("get-users")
async def get_users(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        instances = [
            user_instance(ctx, u) for u in backend.select(ctx.org, p.get("user_id") or [], p.get("email") or [])
        ]
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
    with ctx.rt.store.lock:
        found = backend.search(ctx.org, ctx.params["query"], ctx.params.get("user_id") or [])
        return json_response({"users": [user_instance(ctx, u) for u in found]})


@operation("create-invited-user")
async def create_invited_user(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        user = backend.invite(ctx.org, ctx.body)
    link = ctx.body.get("login_link")
    verify_link = f"{link}{'&' if '?' in link else '?'}token={new_id()}" if link else None
    return json_response({"user_id": user.id, "verify_link": verify_link}, 201)


@operation("update-user-info")
async def update_user_info(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.update(ctx.org, ctx.params["requested_user_id"], ctx.body)
    return no_content()


@operation("delete-user")
async def delete_user(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.delete(ctx.org, ctx.params["requested_user_id"])
    return no_content()


@operation("get-user-model")
async def get_user_model(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        user = backend.get(ctx.org, ctx.params["user_id"])
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
        memories = backend.memories(ctx.org, p["user_id"], p.get("id") or [], p.get("conversation_id") or [])
    keys = {"conversation_id": lambda m: m["conversation_id"], "created_at": lambda m: m["created_at"]}
    chunk, paging = paged(sort_items(memories, p.get("sort_by") or [], keys), ctx, 50)
    return json_response({"memories": chunk, **paging})


@operation("modify-user-variables")
async def modify_user_variables(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        backend.modify_variables(
            ctx.org, ctx.params["requested_user_id"], body.get("upserts") or [], body.get("deletes") or []
        )
    return no_content()
