"""Sign-in (API key, email), bearer-token authentication, and the organization profile.

Contract:

* ``POST /v1/{org}/user/signin_with_api_key`` with ``x-api-key``, ``x-api-key-id`` and
  ``x-user-id`` answers ``{"id_token": <JWT>, "expires_at": <ISO 8601 UTC>}``; the token lives
  ``token_ttl_seconds`` (changeable at run time). Unknown organization -> 404; unknown key id, wrong
  key or unknown user -> 401; missing header -> 422. Successful sign-ins are counted per org.
  Keys made with ``create-api-key`` work too until their ``expires_at`` (and until deleted).
* ``POST /v1/{org}/user/signin`` (``sign-in-with-email``) with the ``email`` and the ``password``
  of a seeded user (the default seed's user has ``demo-password``) answers a token the same way;
  any other email or password answers ``null`` with 200, as upstream answers an unknown email
  (it sends no sign-in link and reveals nothing).
* ``get-organization`` answers the seed's profile with ``modify-organization``'s changes;
  ``delete-organization`` is refused (400): the seeded organizations stay.
* :func:`authenticate` accepts ``Authorization: Bearer <jwt>`` (or upstream's ``Basic`` form,
  ``base64("{org}_{user}:<jwt>")``) only if the token is valid, unexpired,
  issued for the organization in the path, and its user still exists; otherwise it raises a 401
  :class:`~amigo_emulator.registry.ApiError` (with ``WWW-Authenticate: Bearer``).
"""

from __future__ import annotations

import base64
import hmac
from typing import Optional

from starlette.requests import Request
from starlette.responses import Response

from .registry import Answer, ApiError, Ctx, answer, no_content, operation
from .runtime import Runtime
from .store import Org
from .tokens import TokenError
from .util import iso, parse_datetime, utcnow

__all__ = ["CHALLENGE", "authenticate"]

CHALLENGE = {"WWW-Authenticate": "Bearer"}
_CHALLENGE = CHALLENGE


def _credentials(header: str) -> str:
    """The token of ``Bearer <jwt>`` or of ``Basic base64({org}_{user}:<jwt>)``; "" if none."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[2].strip()
    return ""


def authenticate(rt: Runtime, org: Org, request: Request) -> str:
    """The user id of the request's valid bearer token for ``org``; 401 otherwise."""
    token = _credentials(request.headers.get("authorization", ""))
    if not token:
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


def _api_key(org: Org, key_id: str) -> Optional[str]:
    """The key of ``key_id``: a seeded one, or one made by ``create-api-key`` and not expired."""
    if key_id in org.api_keys:
        return org.api_keys[key_id]
    item = org.resources.get("api-key", {}).get(key_id)
    if item is None or not isinstance(item.get("api_key"), str):
        return None
    expires = item.get("expires_at")
    if isinstance(expires, str) and parse_datetime(expires) <= utcnow():
        return None
    key: str = item["api_key"]
    return key


@operation("sign-in-with-api-key")
async def sign_in_with_api_key(ctx: Ctx) -> Answer:
    key = str(ctx.params.get("x-api-key") or "")
    key_id = str(ctx.params.get("x-api-key-id") or "")
    user_id = str(ctx.params.get("x-user-id") or "")
    with ctx.rt.store.lock:
        expected = _api_key(ctx.org, key_id)
        if expected is None or not hmac.compare_digest(expected.encode(), key.encode()):
            raise ApiError(401, "API key not found or incorrect.")
        if user_id not in ctx.org.users:
            raise ApiError(401, "The requested user is not found.")
    token, expires = ctx.rt.tokens.issue(ctx.org_id, user_id, key_id, ctx.rt.setting("token_ttl_seconds"))
    ctx.rt.count_sign_in(ctx.org_id)
    return answer({"id_token": token, "expires_at": iso(expires)})


@operation("sign-in-with-email")
async def sign_in_with_email(ctx: Ctx) -> Answer:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    email = str(body.get("email", "")).lower()  # the credentials a sign-in checks
    password = body.get("password")
    with ctx.rt.store.lock:
        seed = next((u for u in ctx.org.seed.users if u.email.lower() == email), None)
        known = seed is not None and seed.id in ctx.org.users
    if not known or seed is None or seed.password is None or not isinstance(password, str):
        return answer(None)  # as upstream: no sign-in link for this email, and no error
    if not hmac.compare_digest(seed.password.encode(), password.encode()):
        return answer(None)
    token, expires = ctx.rt.tokens.issue(ctx.org_id, seed.id, "email", ctx.rt.setting("token_ttl_seconds"))
    ctx.rt.count_sign_in(ctx.org_id)
    return answer({"id_token": token, "expires_at": iso(expires)})


@operation("get-organization")
async def get_organization(ctx: Ctx) -> Answer:
    seed = ctx.org.seed
    with ctx.rt.store.lock:
        profile = dict(ctx.org.profile)
    # The seed's profile under its own names (``id``, ``name``... answered as ``org_id``,
    # ``org_name`` for kind ``org``), with what modify-organization changed on top.
    state = {k: v for k, v in vars(seed).items() if not isinstance(v, list)}
    return answer({**state, **profile}, kind="org")


@operation("modify-organization")
async def modify_organization(ctx: Ctx) -> Response:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    with ctx.rt.store.lock:
        ctx.org.profile.update({k: v for k, v in body.items() if v is not None})
    return no_content()


@operation("delete-organization")
async def delete_organization(ctx: Ctx) -> Response:
    raise ApiError(400, "The emulator does not delete organizations; POST /_emulator/reset restores the seed.")
