"""Small shared helpers: 24-hex object ids, UTC timestamps, paging and tag filters.

Contract:

* :func:`new_id` returns a fresh id matching ``^[a-f0-9]{24}$`` (MongoDB ObjectId layout: 4 bytes
  of seconds, 5 random bytes, 3 bytes of a process-wide counter), so ids sort by creation time.
* :func:`iso` renders an aware or naive (taken as UTC) datetime as ISO 8601 UTC with milliseconds
  and a ``Z`` suffix, e.g. ``2025-08-27T16:06:19.770Z``.
* :func:`parse_datetime` accepts ISO 8601 with ``Z``, an offset or nothing (naive means UTC) and
  returns an aware UTC datetime, or raises ``ValueError``.
* :func:`page` slices a list by integer continuation token (an offset) and limit, and returns the
  page plus ``has_more`` and the next token (``None`` when there is no next page).
* :func:`sort_items` applies ``sort_by`` keys written ``+field`` / ``-field`` (no sign means
  ascending); unknown fields are ignored.
* :func:`too_deep` tells whether a JSON value nests arrays/objects deeper than a limit (without
  recursion, so it is safe on any input).
* :func:`tag_filter_matches` implements the ``key:value`` tag filters (``*`` matches any value, an
  empty value matches a null one).
* :func:`state_of` is a dataclass's state as plain JSON-like values (what the renderer shapes):
  its ``fields`` mapping (what the client sent that no rule needs) first, then its other fields,
  datetimes as ISO 8601, without the fields named in ``exclude``.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
import threading
import time
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, TypeVar

__all__ = [
    "ID_PATTERN",
    "FieldKeys",
    "creator_matches",
    "iso",
    "mentions",
    "new_id",
    "now_ms",
    "page",
    "parse_datetime",
    "sort_items",
    "state_of",
    "tag_filter_matches",
    "tags_to_list",
    "too_deep",
    "utcnow",
]

T = TypeVar("T")

ID_PATTERN = r"^[a-f0-9]{24}$"
_FRACTION = re.compile(r"(\d+)")

_counter = itertools.count(int.from_bytes(os.urandom(3), "big"))
_counter_lock = threading.Lock()
_process_random = os.urandom(5)


def new_id() -> str:
    """A new 24-hex id, unique in this process and increasing with time."""
    with _counter_lock:
        count = next(_counter) & 0xFFFFFF
    return int(time.time()).to_bytes(4, "big").hex() + _process_random.hex() + count.to_bytes(3, "big").hex()


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(timezone.utc)


def now_ms() -> int:
    """The current Unix time in milliseconds."""
    return int(time.time() * 1000)


def iso(value: datetime) -> str:
    """ISO 8601 UTC with milliseconds and ``Z`` (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_datetime(text: str) -> datetime:
    """Parse ISO 8601 (``Z``, offset or naive-as-UTC) into an aware UTC datetime."""
    raw = text.strip()
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    if len(raw) >= 11 and raw[10] in "tT ":
        raw = raw[:10] + "T" + raw[11:]
    # Python 3.9's fromisoformat accepts only 3 or 6 fractional digits: normalise to 6.
    head, sep, frac_and_tz = raw.partition(".")
    if sep:
        found = _FRACTION.match(frac_and_tz)
        if found is None:
            raise ValueError(f"invalid datetime: {text!r}")
        raw = head + "." + (found.group(1) + "000000")[:6] + frac_and_tz[found.end() :]
    value = datetime.fromisoformat(raw)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def page(items: Sequence[T], continuation_token: Optional[int], limit: int) -> Tuple[List[T], bool, Optional[int]]:
    """Slice ``items`` at offset ``continuation_token`` (default 0) for ``limit`` items."""
    # Clamp first: a token or limit beyond the list (even beyond sys.maxsize) is just "past the end".
    start = min(max(0, continuation_token or 0), len(items))
    end = min(start + max(0, limit), len(items))
    chunk = list(items[start:end])
    has_more = end < len(items) and limit > 0
    return chunk, has_more, (end if has_more else None)


def sort_items(
    items: Iterable[T], sort_by: Sequence[str], keys: Mapping[str, Callable[[T], Any]], default: Sequence[str] = ()
) -> List[T]:
    """Sort ``items`` by ``sort_by`` (``+f``/``-f``); ``keys`` maps field names to key functions."""
    result = list(items)
    specs = [s for s in (list(sort_by) or list(default)) if s]
    for spec in reversed(specs):  # stable sorts: apply the least significant key first
        descending = spec.startswith("-")
        name = spec.lstrip("+-").strip()
        key = keys.get(name)
        if key is None:
            continue
        result.sort(key=functools.partial(_sort_key, key), reverse=descending)
    return result


class FieldKeys(Mapping[str, Callable[[Any], Any]]):
    """``sort_by`` keys for dict items (or objects' attributes): any field, a dotted name reaching
    into nested ones (``user_stats.num_messages``); a missing field sorts as ``None``."""

    def __getitem__(self, key: str) -> Callable[[Any], Any]:
        return functools.partial(_dotted, tuple(key.split(".")))

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _dotted(parts: Tuple[str, ...], item: Any) -> Any:
    node = item
    for part in parts:
        node = node.get(part) if isinstance(node, Mapping) else getattr(node, part, None)
    return node


def _sort_key(key: Callable[[Any], Any], item: Any) -> Tuple[int, Any]:
    return _sortable(key(item))


def _sortable(value: Any) -> Tuple[int, Any]:
    # None sorts first; mixed types never compare with each other.
    if value is None:
        return (0, "")
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (2, value)
    return (3, str(value))


def tag_filter_matches(tags: Mapping[str, Optional[str]], filters: Sequence[str]) -> bool:
    """Whether ``tags`` satisfy every ``key:value`` filter."""
    for spec in filters:
        key, _, value = spec.partition(":")
        if key not in tags:
            return False
        if value == "*":
            continue
        if value == "":
            if tags[key] is not None:
                return False
        elif tags[key] != value:
            return False
    return True


def tags_to_list(tags: Mapping[str, Optional[str]]) -> List[Dict[str, Optional[str]]]:
    """``{"k": "v"}`` as the contract's list of ``Tag`` objects."""
    return [{"key": k, "value": v} for k, v in tags.items()]


def too_deep(value: Any, limit: int) -> bool:
    """Whether ``value`` nests arrays/objects more than ``limit`` levels (iterative, no recursion)."""
    stack: List[Tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            if depth > limit:
                return True
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return False


def state_of(obj: Any, exclude: Sequence[str] = ()) -> Dict[str, Any]:
    """``obj``'s dataclass fields as JSON-like state (see the module docstring)."""
    out: Dict[str, Any] = dict(getattr(obj, "fields", None) or {})
    for item in dataclasses.fields(obj):
        if item.name == "fields" or item.name in exclude or item.name.startswith("_"):
            continue
        out[item.name] = _plain(getattr(obj, item.name))
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def mentions(item: Any, query: str) -> bool:
    """Whether ``query`` (lower case) occurs in any text of ``item``, nested values included (a
    search matches an item whatever its fields are called). An empty query matches."""
    if not query:
        return True
    stack: List[Any] = [item]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if query in node.lower():
                return True
        elif isinstance(node, Mapping):
            # Ids (``*id`` keys, the creator's ids) are not text a search looks in.
            stack.extend(
                v for k, v in node.items() if isinstance(k, str) and not k.startswith("_") and not k.endswith("id")
            )
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return False


def creator_matches(creator: Mapping[str, Any], filters: Sequence[str]) -> bool:
    """Whether ``creator`` is one of ``filters`` (empty filters match everything)."""
    if not filters:
        return True
    for spec in filters:
        org_id, sep, user_id = spec.partition(",")
        if sep and org_id == creator.get("org_id") and user_id == creator.get("user_id"):
            return True
        if not sep and spec == creator.get("user_id"):
            return True
    return False
