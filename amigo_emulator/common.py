"""Helpers shared by the operation handlers.

Contract: :func:`creator_info` is the ``{"org_id", "user_id"}`` of the caller;
:func:`creator_matches` implements the ``creator`` filters (each ``org_id,user_id`` or a bare user
id); :func:`paged` pages a list and returns the contract's ``has_more`` / ``continuation_token``
fields (:func:`first_page` tells whether ``filter_values`` belong in the answer);
:func:`unique_user_infos` de-duplicates creator lists. The shared error answers:
:func:`not_found` (404 naming what is missing), :func:`lookup` (an item by id or that 404) and
:func:`unprocessable` (a FastAPI-style 422 for a check the schema cannot express).
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar

from .registry import ApiError, Ctx
from .util import creator_matches, page

__all__ = [
    "creator_info",
    "creator_matches",
    "first_page",
    "lookup",
    "not_found",
    "paged",
    "unique_user_infos",
    "unprocessable",
]

T = TypeVar("T")


def not_found(what: str) -> ApiError:
    """The 404 for a missing ``what`` ("conversation", "unit test set run"...)."""
    return ApiError(404, f"{what[:1].upper()}{what[1:]} not found.")


def lookup(items: Mapping[str, T], key: Optional[str], what: str) -> T:
    """``items[key]``, or the :func:`not_found` answer for ``what``."""
    found = items.get(key) if key is not None else None
    if found is None:
        raise not_found(what)
    return found


def creator_info(ctx: Ctx) -> Dict[str, str]:
    return {"org_id": ctx.org_id, "user_id": ctx.user_id or ""}


def paged(items: Sequence[T], ctx: Ctx, default_limit: int = 50) -> Tuple[List[T], Dict[str, Any]]:
    """One page of ``items`` per the request's ``limit`` / ``continuation_token``, and paging fields."""
    limit = ctx.params.get("limit")
    raw = ctx.params.get("continuation_token")
    # Tokens are offsets; a contract that types them as strings gets the same offsets as text.
    token = int(raw) if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()) else 0
    chunk, has_more, next_token = page(items, token, default_limit if limit is None else int(limit))
    return chunk, {"has_more": has_more, "continuation_token": next_token}


def unprocessable(loc: Sequence[Any], msg: str, kind: str = "value_error") -> ApiError:
    return ApiError(422, [{"type": kind, "loc": list(loc), "msg": msg, "input": None}])


def first_page(ctx: Ctx) -> bool:
    """Whether this request asks for the first page (``filter_values`` are sent only then)."""
    return not ctx.params.get("continuation_token")


def unique_user_infos(infos: Sequence[Dict[str, str]]) -> List[Dict[str, str]]:
    """``{"org_id", "user_id"}`` entries without duplicates, first occurrence order."""
    seen: Dict[Tuple[str, str], Dict[str, str]] = {}
    for info in infos:
        seen.setdefault((info["org_id"], info["user_id"]), info)
    return list(seen.values())
