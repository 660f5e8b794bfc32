"""User operations (parsing; state and rules in :mod:`amigo_emulator.models.users`, answers
rendered through the contract by :mod:`amigo_emulator.respond`): list, search, invite, update,
delete, assign a role, user models, memories, variables.

Contract notes: the invitation's role must exist (404, nothing stored); a second user with the
same email -> 409; unknown user ids -> 404; deleting a variable that does not exist, or going over
20 nonsensitive variables -> 400. A deleted user's tokens stop working (401). Memories and user
models appear once a finished conversation's post-processing has completed.

Computed here (the only contract names this module writes): a user's usage figures
(conversations, messages, time of the last message), the names (never the values) of its secret
variables, and the verification link of an invitation.
"""

from __future__ import annotations

from typing import Any, Dict, List

from starlette.responses import Response

from .models import users as backend
from .registry import Answer, Ctx, answer, no_content, operation
from .respond import listing
from .store import User
from .util import FieldKeys, iso, new_id, sort_items, state_of

__all__ = ["user_state"]


def user_state(ctx: Ctx, user: User) -> Dict[str, Any]:
    """The user as the renderer gets it: its state plus the computed figures."""
    conversations = [c for c in ctx.org.conversations.values() if c.user_id == user.id]
    messages = [m for c in conversations for m in c.messages]
    last = max((m.created_at for m in messages), default=None)
    state = state_of(user)
    state["user_stats"] = {
        "num_conversations": len(conversations),
        "num_messages": len(messages),
        "last_message_time": iso(last) if last else None,
    }
    state["sensitive_variables"] = sorted(user.sensitive_variables)  # the names, never the values
    return state


@operation("get-users")
async def get_users(ctx: Ctx) -> Answer:
    p = ctx.params
    with ctx.rt.store.lock:
        states = [user_state(ctx, u) for u in backend.select(ctx.org, p.get("user_id") or [], p.get("email") or [])]
    states = sort_items(states, p.get("sort_by") or [], FieldKeys())
    return answer(listing(ctx, states, 100), kind="user")


@operation("search-users")
async def search_users(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        found = backend.search(ctx.org, str(ctx.params.get("query") or ""), ctx.params.get("user_id") or [])
        states = [user_state(ctx, u) for u in found]
    return answer(listing(ctx, states, 0, paging=False), kind="user")


@operation("create-invited-user")
async def create_invited_user(ctx: Ctx) -> Answer:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    with ctx.rt.store.lock:
        user = backend.invite(ctx.org, body)
    link = body.get("login_link")
    verify = f"{link}{'&' if '?' in link else '?'}token={new_id()}" if isinstance(link, str) and link else None
    return answer({"id": user.id, "verify_link": verify}, 201, kind="user")


@operation("update-user-info")
async def update_user_info(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.update(ctx.org, ctx.path("requested_user_id"), ctx.body or {}, ctx.op.clearable_fields())
    return no_content()


@operation("delete-user")
async def delete_user(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.delete(ctx.org, ctx.path("requested_user_id"))
    return no_content()


@operation("assign-role")
async def assign_role(ctx: Ctx) -> Answer:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    with ctx.rt.store.lock:
        role = backend.assign_role(ctx.org, ctx.path("role_name"), str(body.get("user_id", "")))
    return answer(dict(role), kind="role")


@operation("get-user-model")
async def get_user_model(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        user = backend.get(ctx.org, ctx.path("user_id"))
        models: List[Any] = list(ctx.org.user_models.get(user.id, []))
        return answer({"user_models": models, "additional_context": list(user.additional_context)})


@operation("get-memories")
async def get_memories(ctx: Ctx) -> Answer:
    p = ctx.params
    with ctx.rt.store.lock:
        memories = backend.memories(ctx.org, ctx.path("user_id"), p.get("id") or [], p.get("conversation_id") or [])
    return answer(listing(ctx, sort_items(memories, p.get("sort_by") or [], FieldKeys()), 50))


@operation("modify-user-variables")
async def modify_user_variables(ctx: Ctx) -> Response:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    with ctx.rt.store.lock:
        backend.modify_variables(
            ctx.org, ctx.path("requested_user_id"), body.get("upserts") or [], body.get("deletes") or []
        )
    return no_content()
