"""The change report between two versions of ``openapi.yaml``: what an SDK user would notice.

Contract: :func:`compare` lists the operations added, removed and changed between an old and a
new document, operations matched by operationId. A change is one of: the method or the path;
a parameter added, removed, made required or optional, its type or enum values; the request
body's content types, required-ness and fields; a status code added or removed; a response
field added or removed; a field made required or optional; a field's type or enum values; the
stated rate limit. Fields are followed through ``$ref``, ``allOf`` / ``anyOf`` / ``oneOf``,
nested objects and array items (``items[].name``), to :data:`MAX_DEPTH` levels.

Each change is marked breaking or not for a user of the generated SDK:

* breaking: a removed operation, parameter, field, content type or success status; a new
  required parameter or request field; a parameter or request field made required; a response
  field made optional (it may now be absent); a type narrowed or changed; enum values removed
  (or an enum where there was none);
* not breaking: additions (operations, optional parameters and fields, status codes, enum
  values), a type widened, something made optional in a request, a path or method moved (the
  generated function keeps its name and arguments), a changed rate limit.

An operation that moves to another tag (``tag Conversation -> Chat``) is breaking for users of
``client.<tag>.<method>`` and ``amigo_client.api.<tag>.<module>``; the hand-written code finds
operations by operationId and is not affected.

:func:`render` writes the report as text; the same inputs always give the same text, and two
equal documents give an empty report. Every line passes through :func:`escape`, the one escaping
function for text that comes from upstream: no upstream string can start a line of its own (a
GitHub Actions ``::warning::`` or ``::add-mask::`` command), move the terminal's cursor or
colour it, or hide text with a bidirectional control.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from .refs import pointer
from .words import operations

__all__ = ["MAX_DEPTH", "MAX_SHOWN", "Change", "Report", "compare", "escape", "render"]

MAX_DEPTH = 8
#: The longest line the report prints (characters, after escaping); the rest is counted.
MAX_SHOWN = 2000
_JSON_MEDIA = ("application/json", "multipart/form-data", "application/x-www-form-urlencoded")


def escape(value: object, limit: int = MAX_SHOWN) -> str:
    """``value`` as one printable line: a backslash is doubled, and every character that is not
    printable (control characters such as newline, carriage return and ESC, line and paragraph
    separators, bidirectional and other format characters, unassigned code points) is written
    as ``\\xNN`` / ``\\uNNNN`` / ``\\UNNNNNNNN``. Longer than ``limit``: cut, with the count
    of what is left out."""
    text = value if isinstance(value, str) else str(value)
    out: List[str] = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char.isprintable():
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    line = "".join(out)
    if len(line) > limit:
        line = f"{line[:limit]}... ({len(line) - limit} more characters)"
    return line


@dataclass(frozen=True, order=True)
class Change:
    """One change to an operation (``breaking`` for a user of the generated SDK)."""

    text: str
    breaking: bool

    @property
    def kind(self) -> str:
        """What changed: ``method``, ``path``, ``tag``, ``parameter``, ``request``, ``status``,
        ``response`` or ``rate-limit`` (read from the text's first words, which are never
        upstream's)."""
        words = self.text.split(" ", 2)
        if len(words) > 1 and words[1] == "parameter":
            return "parameter"
        return "rate-limit" if words[0] == "rate" else words[0]


@dataclass
class Report:
    """The operations added, removed and changed (operationId -> method and path / changes)."""

    added: Dict[str, str] = field(default_factory=dict)
    removed: Dict[str, str] = field(default_factory=dict)
    changed: Dict[str, List[Change]] = field(default_factory=dict)
    where: Dict[str, str] = field(default_factory=dict)

    @property
    def breaking(self) -> List[str]:
        """One line per breaking change (``operation: change``)."""
        lines = [f"{oid}: removed" for oid in sorted(self.removed)]
        for oid in sorted(self.changed):
            lines.extend(f"{oid}: {c.text}" for c in self.changed[oid] if c.breaking)
        return lines

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class _Field:
    required: bool
    types: FrozenSet[str]
    enum: Optional[FrozenSet[str]]
    #: (types, enum values) of a list field's items (``accepted_types[]``), else None.
    items: Optional[Tuple[FrozenSet[str], Optional[FrozenSet[str]]]] = None


class _Shapes:
    """Reads the shape of schemas of one document (types, enums, fields)."""

    def __init__(self, document: Dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any, stack: Tuple[str, ...] = ()) -> Tuple[Any, Tuple[str, ...]]:
        hops = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in stack or hops > 32:
                return {}, stack
            stack = stack + (ref,)
            node = pointer(self.document, ref)
            hops += 1
        return node, stack

    def branches(
        self, schema: Any, stack: Tuple[str, ...] = (), depth: int = 0
    ) -> List[Tuple[Dict[str, Any], Tuple[str, ...]]]:
        """The non-union schemas a value may match (anyOf / oneOf flattened, refs resolved)."""
        node, stack = self.resolve(schema, stack)
        if not isinstance(node, dict):
            return []
        options = node.get("anyOf") or node.get("oneOf")
        if isinstance(options, list) and depth < MAX_DEPTH:
            found: List[Tuple[Dict[str, Any], Tuple[str, ...]]] = []
            for option in options:
                found.extend(self.branches(option, stack, depth + 1))
            return found
        return [(node, stack)]

    def kind(self, schema: Any, stack: Tuple[str, ...] = ()) -> Tuple[FrozenSet[str], Optional[FrozenSet[str]]]:
        """(JSON types, enum values or None) of a schema."""
        types: Set[str] = set()
        values: Set[str] = set()
        open_values = False
        for node, _ in self.branches(schema, stack):
            declared = node.get("type")
            if isinstance(declared, list):
                types.update(str(t) for t in declared)
            elif isinstance(declared, str):
                types.add(declared)
            elif "properties" in node or "allOf" in node:
                types.add("object")
            elif "const" in node:
                types.add(type(node["const"]).__name__.replace("str", "string"))
            else:
                types.add("any")
            if "const" in node:
                values.add(repr(node["const"]))
            elif isinstance(node.get("enum"), list):
                values.update(repr(v) for v in node["enum"])
            elif declared != "null":
                open_values = True
        return frozenset(types), (None if open_values or not values else frozenset(values))

    def fields(self, schema: Any, prefix: str = "", stack: Tuple[str, ...] = (), depth: int = 0) -> Dict[str, _Field]:
        """Every field under ``schema`` by path (``a.b``, ``items[].c``)."""
        found: Dict[str, _Field] = {}
        if depth >= MAX_DEPTH:
            return found
        props: Dict[str, List[Tuple[Any, Tuple[str, ...]]]] = {}
        required: Optional[Set[str]] = None
        items: List[Tuple[Any, Tuple[str, ...]]] = []
        for node, node_stack in self.branches(schema, stack):
            parts = [(node, node_stack)]
            if isinstance(node.get("allOf"), list):
                parts.extend(self.resolve(p, node_stack) for p in node["allOf"])
            branch_required: Set[str] = set()
            is_object = False
            for part, part_stack in parts:
                if not isinstance(part, dict):
                    continue
                if isinstance(part.get("properties"), dict):
                    is_object = True
                    for name, sub in part["properties"].items():
                        props.setdefault(name, []).append((sub, part_stack))
                    branch_required.update(part.get("required") or [])
                if isinstance(part.get("items"), dict):
                    items.append((part["items"], part_stack))
            if is_object:
                required = branch_required if required is None else required & branch_required
        for name in sorted(props):
            path = f"{prefix}{name}"
            types: Set[str] = set()
            values: Optional[Set[str]] = set()
            item_schemas: List[Any] = []
            for sub, sub_stack in props[name]:
                t, v = self.kind(sub, sub_stack)
                types |= t
                values = None if values is None or v is None else values | v
                item_schemas.extend(
                    node["items"] for node, _ in self.branches(sub, sub_stack) if isinstance(node.get("items"), dict)
                )
            found[path] = _Field(
                name in (required or set()),
                frozenset(types),
                None if not values else frozenset(values),
                self.kind({"anyOf": item_schemas}) if item_schemas else None,
            )
            for sub, sub_stack in props[name]:
                found.update(self.fields(sub, f"{path}.", sub_stack, depth + 1))
        for sub, sub_stack in items:
            found.update(self.fields(sub, f"{prefix.rstrip('.')}[].", sub_stack, depth + 1))
        return found


def _ops(document: Dict[str, Any]) -> Dict[str, Tuple[str, str, Dict[str, Any], Dict[str, Any]]]:
    found = {}
    for path, method, op in operations(document):
        found[str(op.get("operationId") or f"{method} {path}")] = (method.upper(), path, op, document["paths"][path])
    return found


def _tag(op: Dict[str, Any]) -> str:
    tags = op.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else "default"


def _show(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def _type_change(what: str, old: FrozenSet[str], new: FrozenSet[str]) -> Optional[Change]:
    if old == new or "any" in old and "any" in new:
        return None
    if new < old or (old == frozenset({"any"}) and "any" not in new):
        return Change(f"{what}: type narrowed from {_show(old)} to {_show(new)}", True)
    if new > old or new == frozenset({"any"}):
        return Change(f"{what}: type widened from {_show(old)} to {_show(new)}", False)
    if "integer" in old and (old - {"integer"}) | {"number"} == new:  # integer -> number widens
        return Change(f"{what}: type widened from {_show(old)} to {_show(new)}", False)
    return Change(f"{what}: type changed from {_show(old)} to {_show(new)}", True)


def _enum_changes(what: str, old: Optional[FrozenSet[str]], new: Optional[FrozenSet[str]]) -> List[Change]:
    if old == new:
        return []
    if old is None:
        return [Change(f"{what}: now limited to {_show(new or ())}", True)]
    if new is None:
        return [Change(f"{what}: no longer limited to a list of values", False)]
    changes: List[Change] = []
    if old - new:
        changes.append(Change(f"{what}: enum values removed: {_show(old - new)}", True))
    if new - old:
        changes.append(Change(f"{what}: enum values added: {_show(new - old)}", False))
    return changes


def _field_changes(side: str, old: Dict[str, _Field], new: Dict[str, _Field]) -> List[Change]:
    request = side.startswith("request")
    changes: List[Change] = []
    for path in sorted(set(old) | set(new)):
        what = f"{side} field {path}"
        if path not in new:
            changes.append(Change(f"{what}: removed", True))
            continue
        if path not in old:
            req = new[path].required
            changes.append(Change(f"{what}: added ({'required' if req else 'optional'})", request and req))
            continue
        a, b = old[path], new[path]
        if a.required != b.required:
            if b.required:
                changes.append(Change(f"{what}: now required", request))
            else:
                changes.append(Change(f"{what}: now optional", not request))
        t = _type_change(what, a.types, b.types)
        if t:
            changes.append(t)
        changes.extend(_enum_changes(what, a.enum, b.enum))
        if a.items is not None and b.items is not None:  # a list's items: accepted_types[]
            t = _type_change(what + "[]", a.items[0], b.items[0])
            if t:
                changes.append(t)
            changes.extend(_enum_changes(what + "[]", a.items[1], b.items[1]))
    return changes


def _params(shapes: _Shapes, op: Dict[str, Any], item: Dict[str, Any]) -> Dict[Tuple[str, str], Dict[str, Any]]:
    found = {}
    for raw in list(item.get("parameters", [])) + list(op.get("parameters", [])):
        param, _ = shapes.resolve(raw)
        name = str(param.get("name", ""))
        found[(param.get("in", ""), name.lower() if param.get("in") == "header" else name)] = param
    return found


def _param_kinds(shapes: _Shapes, param: Dict[str, Any]) -> Dict[str, Tuple[FrozenSet[str], Optional[FrozenSet[str]]]]:
    """(types, enum) of a parameter's schema, and of its items (``[]``) when it is a list: a
    list parameter's enum lives in its items (``source_type=manual&source_type=simulation``)."""
    schema = param.get("schema", {})
    kinds = {"": shapes.kind(schema)}
    items = [node["items"] for node, _ in shapes.branches(schema) if isinstance(node.get("items"), dict)]
    if items:
        kinds["[]"] = shapes.kind({"anyOf": items})
    return kinds


def _media_schema(shapes: _Shapes, node: Any) -> Dict[str, Any]:
    resolved, _ = shapes.resolve(node or {})
    return dict((resolved or {}).get("content") or {}) if isinstance(resolved, dict) else {}


def _body_fields(shapes: _Shapes, content: Dict[str, Any]) -> Dict[str, _Field]:
    for media in list(_JSON_MEDIA) + sorted(content):
        if media in content and isinstance(content[media], dict) and "schema" in content[media]:
            return shapes.fields(content[media]["schema"])
    return {}


def _operation_changes(
    old_doc: _Shapes,
    new_doc: _Shapes,
    old: Tuple[str, str, Dict[str, Any], Dict[str, Any]],
    new: Tuple[str, str, Dict[str, Any], Dict[str, Any]],
) -> List[Change]:
    (om, opath, oop, oitem), (nm, npath, nop, nitem) = old, new
    changes: List[Change] = []
    if om != nm:
        changes.append(Change(f"method {om} -> {nm}", False))
    if opath != npath:
        changes.append(Change(f"path {opath} -> {npath}", False))
    if _tag(oop) != _tag(nop):
        changes.append(Change(f"tag {_tag(oop)} -> {_tag(nop)}", True))
    op_params, np_params = _params(old_doc, oop, oitem), _params(new_doc, nop, nitem)
    for key in sorted(set(op_params) | set(np_params)):
        where, name = key
        what = f"{where} parameter {name}"
        if key not in np_params:
            changes.append(Change(f"{what}: removed", True))
            continue
        req = bool(np_params[key].get("required"))
        if key not in op_params:
            changes.append(Change(f"{what}: added ({'required' if req else 'optional'})", req))
            continue
        if bool(op_params[key].get("required")) != req:
            changes.append(Change(f"{what}: now {'required' if req else 'optional'}", req))
        old_kinds, new_kinds = _param_kinds(old_doc, op_params[key]), _param_kinds(new_doc, np_params[key])
        for suffix in sorted(set(old_kinds) & set(new_kinds)):
            (ot, oe), (nt, ne) = old_kinds[suffix], new_kinds[suffix]
            t = _type_change(what + suffix, ot, nt)
            if t:
                changes.append(t)
            changes.extend(_enum_changes(what + suffix, oe, ne))
    ob, nb = old_doc.resolve(oop.get("requestBody") or {})[0], new_doc.resolve(nop.get("requestBody") or {})[0]
    oc, nc = _media_schema(old_doc, ob), _media_schema(new_doc, nb)
    for media in sorted(set(oc) - set(nc)):
        changes.append(Change(f"request content type {media}: removed", True))
    for media in sorted(set(nc) - set(oc)):
        changes.append(Change(f"request content type {media}: added", False))
    if bool(ob.get("required")) != bool(nb.get("required")) and (oc or nc):
        now = bool(nb.get("required"))
        changes.append(Change(f"request body: now {'required' if now else 'optional'}", now))
    changes.extend(_field_changes("request", _body_fields(old_doc, oc), _body_fields(new_doc, nc)))
    ores = {str(k): v for k, v in (oop.get("responses") or {}).items()}
    nres = {str(k): v for k, v in (nop.get("responses") or {}).items()}
    for status in sorted(set(ores) - set(nres)):
        changes.append(Change(f"status {status}: removed", status.startswith("2")))
    for status in sorted(set(nres) - set(ores)):
        changes.append(Change(f"status {status}: added", False))
    for status in sorted(set(ores) & set(nres)):
        rc, nc2 = _media_schema(old_doc, ores[status]), _media_schema(new_doc, nres[status])
        for media in sorted(set(rc) - set(nc2)):
            changes.append(Change(f"status {status} content type {media}: removed", status.startswith("2")))
        for media in sorted(set(nc2) - set(rc)):
            changes.append(Change(f"status {status} content type {media}: added", False))
        changes.extend(_field_changes(f"response {status}", _body_fields(old_doc, rc), _body_fields(new_doc, nc2)))
    if oop.get("x-rate-limit") != nop.get("x-rate-limit"):
        changes.append(Change(f"rate limit {_limit(oop)} -> {_limit(nop)}", False))
    return sorted(set(changes), key=lambda c: (not c.breaking, c.text))


def _limit(op: Dict[str, Any]) -> str:
    limit = op.get("x-rate-limit")
    return f"{limit['requests']}/{limit['per']}" if isinstance(limit, dict) else "none"


def compare(old: Dict[str, Any], new: Dict[str, Any]) -> Report:
    """What changed for an SDK user between ``old`` and ``new`` (two ``openapi.yaml`` versions)."""
    old_shapes, new_shapes = _Shapes(old), _Shapes(new)
    old_ops, new_ops = _ops(old), _ops(new)
    report = Report()
    for oid in sorted(set(old_ops) | set(new_ops)):
        if oid not in new_ops:
            report.removed[oid] = f"{old_ops[oid][0]} {old_ops[oid][1]}"
        elif oid not in old_ops:
            report.added[oid] = f"{new_ops[oid][0]} {new_ops[oid][1]}"
        else:
            changes = _operation_changes(old_shapes, new_shapes, old_ops[oid], new_ops[oid])
            if changes:
                report.changed[oid] = changes
                report.where[oid] = f"{new_ops[oid][0]} {new_ops[oid][1]}"
    return report


def _grouped(lines: Sequence[str]) -> List[str]:
    """``operation x: a``, ``operation x: b`` -> ``operation x: a; b`` (order kept)."""
    groups: Dict[str, List[str]] = {}
    for line in lines:
        if line.startswith("schema ") and "." in line:
            head, _, tail = line.partition(".")
        else:
            head, _, tail = line.partition(": ")
        groups.setdefault(head, []).append(tail)
    return [f"{head}: {', '.join(t for t in tails if t)}".rstrip(": ") for head, tails in groups.items()]


def render(
    report: Report,
    missing: Sequence[str] = (),
    stale: Sequence[str] = (),
    unmatched: Sequence[str] = (),
    must_change: Sequence[str] = (),
) -> str:
    """The report as text (empty when there is nothing to say); every line escaped.
    ``must_change`` lists the hand-written code the breaking changes reach (``file: function:
    why``, :mod:`spectools.callers`), after the operations."""
    out: List[str] = []
    if report:
        breaking = len(report.breaking)
        out.append(
            f"Operations: {len(report.added)} added, {len(report.removed)} removed, "
            f"{len(report.changed)} changed; {breaking} breaking change{'s' if breaking != 1 else ''}."
        )
        for oid in sorted(report.added):
            out.append(f"  + {oid}  {report.added[oid]}  (added)")
        for oid in sorted(report.removed):
            out.append(f"  - {oid}  {report.removed[oid]}  (removed)  BREAKING")
        for oid in sorted(report.changed):
            out.append(f"  ~ {oid}  {report.where[oid]}")
            for change in report.changed[oid]:
                out.append(f"      {'BREAKING  ' if change.breaking else ''}{change.text}")
    if must_change:
        out.append(f"Hand-written code that must change ({len(must_change)}):")
        out.extend(f"  {line}" for line in must_change)
    if unmatched:
        out.append(f"Overlay actions that matched nothing (check spec/overlay.yaml) ({len(unmatched)}):")
        out.extend(f"  {line}" for line in unmatched)
    if stale:
        out.append(f"Words in spec/words/ for things no longer in the contract ({len(stale)}):")
        out.extend(f"  {line}" for line in _grouped(stale))
    if missing:
        out.append(f"Still lacking our words in spec/words/ ({len(missing)}):")
        out.extend(f"  {line}" for line in _grouped(missing))
    return "".join(escape(line) + "\n" for line in out)
