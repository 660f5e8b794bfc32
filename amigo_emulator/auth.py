"""Sign-in with an API key, bearer-token authentication, and the public organization profile.

Contract:

* ``POST /v1/{org}/user/signin_with_api_key`` with ``x-api-key``, ``x-api-key-id`` and
  ``x-user-id`` answers ``{"id_token": <JWT>, "expires_at": <ISO 8601 UTC>}``; the token lives
  ``token_ttl_seconds`` (changeable at run time). Unknown organization -> 404; unknown key id, wrong
  key or unknown user -> 401; missing header -> 422. Successful sign-ins are counted per org.
* :func:`authenticate` accepts ``Authorization: Bearer <jwt>`` only if the token is valid, unexpired,
  issued for the organization in the path, and its user still exists; otherwise it raises a 401
  :class:`~amigo_emulator.registry.ApiError` (with ``WWW-Authenticate: Bearer``).
"""

from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import Response

from .registry import ApiError, Ctx, json_response, operation
from .runtime import Runtime
from .store import Org
from .tokens import TokenError
from .util import iso

__all__ = ["authenticate"]

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def authenticate(rt: Runtime, org: Org, request: Request) -> str:
    """The user id of the request's valid bearer token for ``org``; 401 otherwise."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "Missing bearer token.", _CHALLENGE)
    try:
        claims = rt.tokens.verify(token.strip())
    except TokenError as exc:
        raise ApiError(401, f"Invalid authorization credentials: {exc}.", _CHALLENGE) from None
    if claims.get("org") != org.id:
        raise ApiError(401, "Invalid authorization credentials: the token belongs to another organization.", _CHALLENGE)
    user_id = claims.get("sub")
    if not isinstance(user_id, str) or user_id not in org.users:
        raise ApiError(401, "Invalid authorization credentials: the user no longer exists.", _CHALLENGE)
    return user_id


@operation("sign-in-with-api-key")
async def sign_in_with_api_key(ctx: Ctx) -> Response:
    key = ctx.params["x-api-key"]
    key_id = ctx.params["x-api-key-id"]
    user_id = ctx.params["x-user-id"]
    with ctx.rt.store.lock:
        expected = ctx.org.api_keys.get(key_id)
        if expected is None or not hmac.compare_digest(expected.encode(), key.encode()):
            raise ApiError(401, "API key not found or incorrect.")
        if user_id not in ctx.org.users:
            raise ApiError(401, "The requested user is not found.")
    token, expires = ctx.rt.tokens.issue(ctx.org_id, user_id, key_id, ctx.rt.setting("token_ttl_seconds"))
    ctx.rt.count_sign_in(ctx.org_id)
    return json_response({"id_token": token, "expires_at": iso(expires)})


@operation("get-organization")
async def get_organization(ctx: Ctx) -> Response:
    seed = ctx.org.seed
    return json_response(
        {
            "org_id": seed.id,
            "org_name": seed.name,
            "title": seed.title,
            "main_description": seed.main_description,
            "sub_description": seed.sub_description,
            "onboarding_instructions": [],
            "default_user_preferences": None,
            "tenant_id": None,
        }
    )
