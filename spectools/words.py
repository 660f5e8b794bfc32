"""The project's words (summaries and descriptions), kept apart from the upstream facts.

Contract:

* :func:`strip_words` removes every word of a document (``description``, ``summary``,
  ``example``, ``examples``) where OpenAPI or JSON Schema use them as keywords, never a
  property *named* ``description`` nor data (``default``, ``enum``, ``const``).
  :func:`strip_titles` does the same for schema ``title``\\ s (``info.title`` stays).
* :func:`load_words` reads ``spec/words/*.yaml`` (the format is in ``spec/README.md``) and
  merges the files; a key given twice raises ``ValueError`` naming both files.
* :func:`apply_words` writes the words into a document and returns what still lacks words and
  which words have no target any more. A response without words gets the HTTP reason phrase
  (OpenAPI requires a description), or for 429 the operation's ``x-rate-limit``; a constant
  property without words reads "Always `value`.".
* :func:`extract_words` is the inverse: the words of a document, by tag file.
* :func:`prune_words` removes from the files of ``spec/words/`` the words :func:`apply_words`
  found stale (their operation, parameter, response or field is gone from the document), line
  by line: every other line of the files, comments included, stays as it was.
"""

from __future__ import annotations

import copy
import http
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import yaml

__all__ = [
    "HTTP_METHODS",
    "WORD_KEYS",
    "Words",
    "apply_words",
    "extract_words",
    "load_words",
    "operations",
    "prune_words",
    "strip_titles",
    "strip_words",
    "tag_file",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
WORD_KEYS = frozenset({"description", "summary", "example", "examples"})

#: Keys whose value maps *names* to objects: the keys inside are names, not keywords.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "responses",
        "content",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "headers",
        "encoding",
        "callbacks",
        "links",
        "variables",
        "mapping",
    }
)
#: Keys whose value is data (or an extension), never searched for keywords.
_DATA = frozenset({"default", "const", "enum", "example", "examples", "required", "security"})

Words = Dict[str, Dict[str, Any]]  # {"operations": {...}, "schemas": {...}}


def _strip(node: Any, keys: frozenset[str], name_map: bool = False) -> None:
    if isinstance(node, dict):
        for key in list(node):
            if not name_map:
                if key in keys:
                    del node[key]
                    continue
                if key in _DATA or str(key).startswith("x-"):
                    continue
            # Under a name map every value is an object again (a schema, a response, ...),
            # except `parameters` / `security` lists, which are handled as lists.
            _strip(node[key], keys, (not name_map) and key in _NAME_MAPS and isinstance(node[key], dict))
    elif isinstance(node, list):
        for item in node:
            _strip(item, keys)


def strip_words(document: Dict[str, Any]) -> None:
    """Remove every description, summary and example from ``document`` (in place)."""
    _strip(document, WORD_KEYS)


def strip_titles(document: Dict[str, Any]) -> None:
    """Remove schema titles (in place); ``info.title`` is kept."""
    info = document.get("info")
    _strip({k: v for k, v in document.items() if k != "info"}, frozenset({"title"}))
    if info is not None:
        document["info"] = info


def tag_file(tag: str) -> str:
    """``Webhook Destination`` -> ``webhook-destination.yaml``: a plain file name, or
    ``ValueError`` for a tag that would name anything else (``..``, ``/etc/x``, ``a\\b``, a
    leading dot, a control character)."""
    stem = "-".join(str(tag).lower().split())
    if not stem or stem.startswith(".") or any(ch in stem for ch in "/\\:") or any(not ch.isprintable() for ch in stem):
        raise ValueError(f"tag {tag!r} cannot name a file of spec/words/")
    return stem + ".yaml"


def operations(document: Dict[str, Any]) -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    """(path, method, operation) in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


# --------------------------------------------------------------------------- loading


def load_words(directory: Path) -> Words:
    """Merge every ``*.yaml`` of ``directory`` into one ``{"operations", "schemas"}`` mapping."""
    merged: Words = {"operations": {}, "schemas": {}}
    origin: Dict[Tuple[str, str], str] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or set(data) - {"operations", "schemas"}:
            raise ValueError(f"{path.name}: top-level keys must be `operations` and `schemas`")
        for section in ("operations", "schemas"):
            entries = data.get(section) or {}
            if not isinstance(entries, dict):
                raise ValueError(f"{path.name}: `{section}` must be a mapping")
            for key, value in entries.items():
                if (section, key) in origin:
                    raise ValueError(f"{section[:-1]} {key!r} has words in both {origin[section, key]} and {path.name}")
                if not isinstance(value, dict):
                    raise ValueError(f"{path.name}: {section}.{key} must be a mapping")
                origin[section, key] = path.name
                merged[section][key] = value
    return merged


# --------------------------------------------------------------------------- applying


def _text(value: Any) -> Optional[str]:
    if isinstance(value, str) and value.strip():
        return value.strip() if "\n" not in value.strip() else value.rstrip() + "\n"
    return None


def _put(node: Dict[str, Any], key: str, value: str, after: Tuple[str, ...] = ()) -> None:
    """Set ``node[key]`` where a reader looks for it: right after the last of ``after`` present
    (first when none is), instead of at the end."""
    node.pop(key, None)
    anchor = max((i for i, k in enumerate(node) if k in after), default=-1)
    items = list(node.items())
    items.insert(anchor + 1, (key, value))
    node.clear()
    node.update(items)


def _reason(status: str, operation: Dict[str, Any]) -> str:
    limit = operation.get("x-rate-limit")
    if status == "429" and isinstance(limit, dict):
        return f"Too many requests: more than {limit['requests']} a {limit['per']} for this operation."
    try:
        return http.HTTPStatus(int(status)).phrase + "."
    except ValueError:
        return f"Status {status}."


def _schema_refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                yield ref.rsplit("/", 1)[1]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def apply_words(document: Dict[str, Any], words: Words) -> Tuple[List[str], List[str]]:
    """Write ``words`` into ``document`` (in place).

    Returns ``(missing, stale)``: what lacks words (``operation x: summary``, ``schema
    Y.prop``, ...) and the words that name nothing in the document, both sorted."""
    missing: List[str] = []
    stale: List[str] = []
    op_words = words.get("operations", {})
    seen_ops = set()
    for _path, _method, op in operations(document):
        oid = op.get("operationId", "")
        seen_ops.add(oid)
        mine = op_words.get(oid, {})
        for key in ("summary", "description"):
            text = _text(mine.get(key))
            if text:
                _put(op, key, text, ("tags", "operationId", "summary"))
            else:
                missing.append(f"operation {oid}: {key}")
        names = set()
        param_words = mine.get("parameters") or {}
        for param in op.get("parameters", []):
            names.add(param.get("name"))
            text = _text(param_words.get(param.get("name")))
            if text:
                _put(param, "description", text, ("name", "in", "required"))
            else:
                missing.append(f"operation {oid}: parameter {param.get('name')}")
        stale.extend(f"operation {oid}: parameter {n}" for n in param_words if n not in names)
        body = op.get("requestBody")
        text = _text(mine.get("request_body"))
        if body is not None and text:
            _put(body, "description", text)
        elif body is None and text:
            stale.append(f"operation {oid}: request_body")
        resp_words = {str(k): v for k, v in (mine.get("responses") or {}).items()}
        statuses = set()
        for status, response in (op.get("responses") or {}).items():
            statuses.add(str(status))
            text = _text(resp_words.get(str(status)))
            if text:
                _put(response, "description", text)
            else:
                # A 429 with a stated limit is described by the fact itself.
                _put(response, "description", _reason(str(status), op))
                if not (str(status) == "429" and "x-rate-limit" in op):
                    missing.append(f"operation {oid}: response {status}")
        stale.extend(f"operation {oid}: response {s}" for s in resp_words if s not in statuses)
    stale.extend(f"operation {oid}" for oid in op_words if oid not in seen_ops)

    schemas = (document.get("components") or {}).get("schemas") or {}
    schema_words = words.get("schemas", {})
    for name, schema in schemas.items():
        mine = schema_words.get(name, {})
        text = _text(mine.get("description"))
        if text and isinstance(schema, dict):
            _put(schema, "description", text, ("type",))
        props = schema.get("properties") if isinstance(schema, dict) else None
        prop_words = mine.get("properties") or {}
        for prop, node in (props or {}).items():
            text = _text(prop_words.get(prop))
            if text and isinstance(node, dict):
                _put(node, "description", text, ("type",))
            elif isinstance(node, dict) and isinstance(node.get("const"), str):
                # A constant (an event's `type`) is described by the fact itself.
                _put(node, "description", f"Always `{node['const']}`.", ("type",))
            else:
                missing.append(f"schema {name}.{prop}")
        stale.extend(f"schema {name}.{p}" for p in prop_words if p not in (props or {}))
    stale.extend(f"schema {name}" for name in schema_words if name not in schemas)
    return sorted(missing), sorted(stale)


# --------------------------------------------------------------------------- extracting


def extract_words(document: Dict[str, Any]) -> Dict[str, Words]:
    """The words of ``document`` by tag file name (``conversation.yaml`` -> words).

    A schema goes to the file of the first operation (document order) that uses it, directly
    or through other schemas; a schema no operation uses goes with the first one."""
    files: Dict[str, Words] = {}
    schemas = (document.get("components") or {}).get("schemas") or {}
    owner: Dict[str, str] = {}
    first_file = ""
    for _path, _method, op in operations(document):
        tags = op.get("tags") or ["default"]
        fname = tag_file(tags[0])
        first_file = first_file or fname
        entry: Dict[str, Any] = {}
        for key in ("summary", "description"):
            if _text(op.get(key)):
                entry[key] = _text(op[key])
        params = {p["name"]: _text(p["description"]) for p in op.get("parameters", []) if _text(p.get("description"))}
        if params:
            entry["parameters"] = params
        body = op.get("requestBody") or {}
        if _text(body.get("description")):
            entry["request_body"] = _text(body["description"])
        responses = {
            str(s): _text(r["description"])
            for s, r in (op.get("responses") or {}).items()
            if _text(r.get("description"))
        }
        if responses:
            entry["responses"] = responses
        files.setdefault(fname, {"operations": {}, "schemas": {}})["operations"][op["operationId"]] = entry
        queue = list(_schema_refs(op))
        while queue:
            name = queue.pop(0)
            if name in owner or name not in schemas:
                continue
            owner[name] = fname
            queue.extend(_schema_refs(schemas[name]))
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        entry = {}
        if _text(schema.get("description")):
            entry["description"] = _text(schema["description"])
        props = {
            p: _text(node["description"])
            for p, node in (schema.get("properties") or {}).items()
            if isinstance(node, dict) and _text(node.get("description"))
        }
        if props:
            entry["properties"] = props
        if entry:
            fname = owner.get(name, first_file)
            files.setdefault(fname, {"operations": {}, "schemas": {}})["schemas"][name] = entry
    return {fname: {k: v for k, v in copy.deepcopy(content).items() if v} for fname, content in sorted(files.items())}


# --------------------------------------------------------------------------- pruning


def _stale_path(entry: str) -> Optional[Tuple[str, ...]]:
    """A stale entry of :func:`apply_words` as the keys leading to it in a words file."""
    kind, _, rest = entry.partition(" ")
    if kind == "schema":
        name, dot, prop = rest.partition(".")
        return ("schemas", name, "properties", prop) if dot else ("schemas", name)
    if kind != "operation":
        return None
    oid, colon, what = rest.partition(": ")
    if not colon:
        return ("operations", oid)
    if what == "request_body":
        return ("operations", oid, "request_body")
    section, _, name = what.partition(" ")
    sections = {"parameter": "parameters", "response": "responses"}
    return ("operations", oid, sections[section], name) if section in sections and name else None


def _key_of(line: str) -> Optional[Tuple[int, str]]:
    """(indentation, key) of a ``key:`` line of a block mapping, else None."""
    stripped = line.lstrip(" ")
    if not stripped or stripped.startswith("#") or stripped.startswith("- "):
        return None
    key, colon, _ = stripped.partition(":")
    if not colon:
        return None
    key = key.strip()
    if len(key) >= 2 and key[0] == key[-1] and key[0] in "'\"":
        key = key[1:-1]
    return len(line) - len(stripped), key


def _block_end(lines: List[str], begin: int) -> int:
    """The end of the block of the key line ``begin``: the lines indented deeper (or blank)."""
    indent = len(lines[begin]) - len(lines[begin].lstrip(" "))
    stop = begin + 1
    while stop < len(lines) and (not lines[stop].strip() or len(lines[stop]) - len(lines[stop].lstrip(" ")) > indent):
        stop += 1
    return stop


def _find(lines: List[str], key: str, start: int, end: int) -> Optional[int]:
    """The line of ``key`` among the shallowest keys of ``lines[start:end]``."""
    level = None
    for i in range(start, end):
        parsed = _key_of(lines[i])
        if parsed is None:
            continue
        level = parsed[0] if level is None else level
        if parsed == (level, key):
            return i
    return None


def _remove(lines: List[str], path: Tuple[str, ...]) -> bool:
    """Remove the block of ``path`` from ``lines`` (in place), and each mapping it leaves empty."""
    start, end = 0, len(lines)
    begins: List[int] = []
    for key in path:
        found = _find(lines, key, start, end)
        if found is None:
            return False
        begins.append(found)
        start, end = found + 1, _block_end(lines, found)
    for depth in range(len(begins) - 1, -1, -1):
        begin = begins[depth]
        stop = _block_end(lines, begin)
        if depth < len(begins) - 1 and any(_key_of(line) is not None for line in lines[begin + 1 : stop]):
            break
        del lines[begin:stop]
    return True


def prune_words(directory: Path, stale: List[str]) -> List[str]:
    """Remove the ``stale`` entries (as :func:`apply_words` names them) from the words files
    under ``directory``; the entries removed, ``file: entry``. A file whose result would not
    read as the same words minus those entries is left as it was."""
    removed: List[str] = []
    paths = [(entry, _stale_path(entry)) for entry in stale]
    for path in sorted(directory.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
        lines = text.splitlines(keepends=True)
        expected = copy.deepcopy(data)
        done: List[str] = []
        for entry, keys in paths:
            if keys is None or not _has(expected, keys):
                continue
            if _remove(lines, keys):
                _drop(expected, keys)
                done.append(entry)
        if not done:
            continue
        result = "".join(lines)
        if (yaml.safe_load(result) or {}) != expected:
            continue  # the line edit did not do what it should: leave the file alone
        path.write_text(result, encoding="utf-8")
        removed.extend(f"{path.name}: {entry}" for entry in done)
    return removed


def _has(data: Any, keys: Tuple[str, ...]) -> bool:
    for key in keys:
        if not isinstance(data, dict) or key not in {str(k): None for k in data}:
            return False
        data = next(v for k, v in data.items() if str(k) == key)
    return True


def _drop(data: Dict[str, Any], keys: Tuple[str, ...]) -> None:
    """Remove ``keys`` from ``data`` and each mapping left empty on the way."""
    chain = [data]
    for key in keys[:-1]:
        chain.append(next(v for k, v in chain[-1].items() if str(k) == key))
    for key, node in zip(reversed(keys), reversed(chain)):
        for k in list(node):
            if str(k) == key:
                del node[k]
        if node:
            break
