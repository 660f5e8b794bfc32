"""OpenAPI Overlay 1.0 documents, applied with a small JSONPath subset.

Contract: :func:`apply_overlay` applies the ``actions`` of an Overlay document (``overlay:
1.0.x``, ``info``, ``actions``) in order to an OpenAPI document, in place, and returns the
actions whose target matched nothing (an upstream change may have moved what they fix; the
change report lists them). Each action has a ``target`` (JSONPath), a ``description`` (why the
project makes this change; required here, optional in the standard) and either ``remove: true``
or an ``update`` value:

* ``remove: true`` deletes every selected node from its parent;
* ``update`` on a selected mapping merges recursively: a mapping merges into a mapping, any
  other value replaces the one of the same key;
* ``update`` on a selected array appends the value (the items of a list value), skipping items
  already in the array, so an addition upstream later adopts is not doubled.

The JSONPath subset (:func:`select`), enough for targets in an OpenAPI document:

* ``$`` the root; ``.name`` or ``['name']`` / ``["name"]`` a member (use the bracket form for
  names with ``/``, ``{``, ``.`` or spaces, such as paths); ``[3]`` an array index;
* ``.*`` or ``[*]`` every member or item;
* ``[?(@.key == 'value')]`` (or ``[?@.key=='value']``) the members or items that are mappings
  whose ``key`` equals the string ``value`` (``!=`` for the opposite).

Anything else raises ``ValueError`` naming the target, so a typo fails the build instead of
silently matching nothing.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Dict, List, Tuple

__all__ = ["apply_overlay", "check_overlay", "select"]

# A selected node is addressed by its parent and the key or index in it.
Location = Tuple[Any, Any]

_TOKEN = re.compile(
    r"""
    \.(?P<name>[A-Za-z_$][\w$-]*)
  | \.\*(?P<dotstar>)
  | \[\s*'(?P<sq>(?:[^'\\]|\\.)*)'\s*\]
  | \[\s*"(?P<dq>(?:[^"\\]|\\.)*)"\s*\]
  | \[\s*(?P<index>-?\d+)\s*\]
  | \[\s*\*\s*\](?P<star>)
  | \[\s*\?\(?\s*@\.(?P<fkey>[A-Za-z_][\w-]*)\s*(?P<fop>==|!=)\s*(?:'(?P<fsq>[^']*)'|"(?P<fdq>[^"]*)")\s*\)?\s*\]
    """,
    re.VERBOSE,
)


def _steps(target: str) -> List[Tuple[str, Any]]:
    if not target.startswith("$"):
        raise ValueError(f"overlay target {target!r} must start with '$'")
    steps: List[Tuple[str, Any]] = []
    pos = 1
    while pos < len(target):
        m = _TOKEN.match(target, pos)
        if not m:
            raise ValueError(f"overlay target {target!r}: unsupported JSONPath at {target[pos:]!r}")
        groups = m.groupdict()
        if groups["name"] is not None:
            steps.append(("member", groups["name"]))
        elif groups["sq"] is not None or groups["dq"] is not None:
            raw = groups["sq"] if groups["sq"] is not None else groups["dq"]
            steps.append(("member", re.sub(r"\\(.)", r"\1", raw)))
        elif groups["index"] is not None:
            steps.append(("index", int(groups["index"])))
        elif groups["dotstar"] is not None or groups["star"] is not None:
            steps.append(("all", None))
        else:
            value = groups["fsq"] if groups["fsq"] is not None else groups["fdq"]
            steps.append(("filter", (groups["fkey"], groups["fop"], value)))
        pos = m.end()
    return steps


def _children(node: Any) -> List[Location]:
    if isinstance(node, dict):
        return [(node, key) for key in node]
    if isinstance(node, list):
        return [(node, i) for i in range(len(node))]
    return []


def select(document: Any, target: str) -> List[Location]:
    """The (parent, key) locations ``target`` selects; ``[(None, None)]`` for ``$`` itself."""
    current: List[Location] = [(None, None)]

    def value(loc: Location) -> Any:
        parent, key = loc
        return document if parent is None else parent[key]

    for kind, arg in _steps(target):
        found: List[Location] = []
        for loc in current:
            node = value(loc)
            if kind == "member":
                if isinstance(node, dict) and arg in node:
                    found.append((node, arg))
            elif kind == "index":
                if isinstance(node, list) and -len(node) <= arg < len(node):
                    found.append((node, arg % len(node)))
            elif kind == "all":
                found.extend(_children(node))
            else:
                key, op, expected = arg
                for parent, k in _children(node):
                    item = parent[k]
                    if isinstance(item, dict) and key in item and (item[key] == expected) == (op == "=="):
                        found.append((parent, k))
        current = found
    return current


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    return copy.deepcopy(update)


def check_overlay(overlay: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The actions of a well-formed Overlay 1.0 document; ``ValueError`` naming what is wrong."""
    if not str(overlay.get("overlay", "")).startswith("1.0"):
        raise ValueError(f"not an Overlay 1.0 document (overlay: {overlay.get('overlay')!r})")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise ValueError("an overlay needs a non-empty list of actions")
    for number, action in enumerate(actions, 1):
        where = f"overlay action {number} ({action.get('target') if isinstance(action, dict) else action!r})"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise ValueError(f"{where}: needs a target")
        if not str(action.get("description", "")).strip():
            raise ValueError(f"{where}: needs a description saying why the project makes this change")
        if action.get("remove") is not True and "update" not in action:
            raise ValueError(f"{where}: needs `update` or `remove: true`")
        _steps(action["target"])
    return actions


def apply_overlay(document: Dict[str, Any], overlay: Dict[str, Any]) -> List[Dict[str, Any]]:
    """Apply ``overlay`` to ``document`` in place; return the actions that matched nothing."""
    unmatched: List[Dict[str, Any]] = []
    for action in check_overlay(overlay):
        locations = select(document, action["target"])
        if not locations:
            unmatched.append(action)
            continue
        if action.get("remove") is True:
            # Delete list items from the highest index down so earlier indexes stay valid.
            for parent, key in sorted(locations, key=lambda loc: -loc[1] if isinstance(loc[1], int) else 0):
                if parent is None:
                    raise ValueError("an overlay cannot remove the whole document")
                del parent[key]
            continue
        for parent, key in locations:
            node = document if parent is None else parent[key]
            update = action["update"]
            if isinstance(node, list):
                for item in update if isinstance(update, list) else [update]:
                    if item not in node:
                        node.append(copy.deepcopy(item))
            elif isinstance(node, dict) and isinstance(update, dict):
                _merge(node, update)
            elif parent is None:
                raise ValueError("an overlay can only merge a mapping into the whole document")
            else:
                parent[key] = copy.deepcopy(update)
    return unmatched
