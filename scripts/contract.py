"""Compare the operations of a written OpenAPI document with the upstream contract.

Usage::

    python scripts/contract.py openapi.yaml UPSTREAM.json [OVERLAY.yaml]

Every upstream operation must be in the written document, and for every operation in the
written document the upstream operation at the same method and (organization-scoped) path must
agree on: operationId, parameter names / locations /
required-ness, request content types and required body fields, response status codes, their
content types, and the required fields of JSON response bodies. The upstream document is put
through the normalizer first, so transport-only headers and the organization prefix do not
count as drift, and the project's declared changes (``spec/overlay.yaml`` by default) are
applied to it: a fix the overlay states is not drift, anything else is. Prints one line per
difference (escaped: the names come from upstream); exits 1 if there is any, 2 if a document
cannot be read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Set, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spectools.changes import escape  # noqa: E402
from spectools.normalize import HTTP_METHODS, load_document, normalize  # noqa: E402
from spectools.overlay import apply_overlay  # noqa: E402
from spectools.refs import Resolver  # noqa: E402

__all__ = ["compare", "operations"]

Op = Tuple[str, str]  # (METHOD, path)


def operations(doc: Dict[str, Any]) -> Dict[Op, Dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


class _Resolver(Resolver):
    """The shared resolver, plus the fields an object schema requires."""

    def required(self, schema: Any) -> Optional[FrozenSet[str]]:
        """Fields every valid instance must have (None: not an object schema)."""
        schema = self(schema)
        if not isinstance(schema, dict):
            return None
        for key in ("oneOf", "anyOf"):
            if key in schema:
                parts = [self.required(s) for s in schema[key]]
                sets = [p for p in parts if p is not None]
                if not sets or len(sets) < len(parts):
                    return None  # a branch that is not an object (null, primitive)
                result = sets[0]
                for s in sets[1:]:
                    result = result & s
                return result
        if "allOf" in schema:
            acc: Set[str] = set()
            for s in schema["allOf"]:
                acc |= self.required(s) or set()
            return frozenset(acc)
        if schema.get("type") == "object" or "properties" in schema:
            return frozenset(schema.get("required", []))
        return None


def _params(op: Dict[str, Any], path_item: Dict[str, Any], resolve: _Resolver) -> Set[Tuple[str, str, bool]]:
    found = {}
    for p in list(path_item.get("parameters", [])) + list(op.get("parameters", [])):
        p = resolve(p)
        found[(p["name"].lower() if p["in"] == "header" else p["name"], p["in"])] = bool(p.get("required", False))
    return {(name, where, req) for (name, where), req in found.items()}


def compare(
    written: Dict[str, Any], upstream_raw: Dict[str, Any], overlay: Optional[Dict[str, Any]] = None
) -> List[str]:
    """Differences between the written document's operations and the upstream ones (with the
    project's ``overlay`` applied to them, when given)."""
    upstream = normalize(upstream_raw)
    if overlay is not None:
        apply_overlay(upstream, overlay)
    w_res, u_res = _Resolver(written), _Resolver(upstream)
    w_ops, u_ops = operations(written), operations(upstream)
    problems: List[str] = []
    for method, path in sorted(set(u_ops) - set(w_ops)):
        problems.append(
            f"{method} {path}: upstream operation {u_ops[method, path].get('operationId')!r} is not described"
        )
    for key in sorted(w_ops):
        method, path = key
        where = f"{method} {path}"
        if key not in u_ops:
            problems.append(f"{where}: no such operation upstream")
            continue
        w, u = w_ops[key], u_ops[key]
        if w.get("operationId") != u.get("operationId"):
            problems.append(f"{where}: operationId {w.get('operationId')!r} != upstream {u.get('operationId')!r}")
        wp = _params(w, written["paths"][path], w_res)
        up = _params(u, upstream["paths"][path], u_res)
        for name, loc, req in sorted(wp - up):
            problems.append(f"{where}: parameter {loc} {name!r} (required={req}) differs from upstream")
        for name, loc, req in sorted(up - wp):
            problems.append(f"{where}: upstream parameter {loc} {name!r} (required={req}) missing or different")
        wb, ub = w_res(w.get("requestBody") or {}), u_res(u.get("requestBody") or {})
        wct, uct = sorted(wb.get("content", {})), sorted(ub.get("content", {}))
        if wct != uct:
            problems.append(f"{where}: request content types {wct} != upstream {uct}")
        if bool(wb.get("required")) != bool(ub.get("required")) and (wb or ub):
            problems.append(f"{where}: requestBody.required {bool(wb.get('required'))} != upstream")
        for ct in set(wct) & set(uct):
            wr = w_res.required(wb["content"][ct].get("schema", {}))
            ur = u_res.required(ub["content"][ct].get("schema", {}))
            if wr != ur:
                problems.append(
                    f"{where}: request body required fields {sorted(wr or [])} != upstream {sorted(ur or [])}"
                )
        w_resp, u_resp = w.get("responses", {}), u.get("responses", {})
        if sorted(map(str, w_resp)) != sorted(map(str, u_resp)):
            problems.append(f"{where}: status codes {sorted(map(str, w_resp))} != upstream {sorted(map(str, u_resp))}")
        for status in set(map(str, w_resp)) & set(map(str, u_resp)):
            wr_, ur_ = (
                w_res(w_resp.get(status, w_resp.get(int(status)) if status.isdigit() else None) or {}),
                u_res(u_resp[status]),
            )
            wc, uc = sorted(wr_.get("content", {})), sorted(ur_.get("content", {}))
            if wc != uc:
                problems.append(f"{where}: {status} content types {wc} != upstream {uc}")
            if "application/json" in wc and "application/json" in uc:
                a = w_res.required(wr_["content"]["application/json"].get("schema", {}))
                b = u_res.required(ur_["content"]["application/json"].get("schema", {}))
                if a != b:
                    problems.append(
                        f"{where}: {status} body required fields {sorted(a or [])} != upstream {sorted(b or [])}"
                    )
    return problems


def main(argv: List[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    overlay_path = argv[2] if len(argv) == 3 else str(Path(__file__).resolve().parent.parent / "spec" / "overlay.yaml")
    try:
        overlay = load_document(overlay_path) if Path(overlay_path).is_file() else None
        problems = compare(load_document(argv[0]), load_document(argv[1]), overlay)
    except (OSError, ValueError, KeyError) as exc:
        print(f"contract: {escape(str(exc))}", file=sys.stderr)
        return 2
    for line in problems:
        print(escape(line))
    print(f"{len(problems)} difference(s) in {len(operations(load_document(argv[0])))} operation(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
