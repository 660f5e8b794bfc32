"""Normalize an upstream Amigo OpenAPI document into one openapi-python-client can generate.

``scripts/normalize_spec.py SRC [-o OUT]`` runs it alone; ``spectools.build`` runs it as the
first step of the spec pipeline (upstream facts -> ``openapi.yaml``). The transformation is written for the *shapes* the upstream document uses,
not for one snapshot of it, so an older or newer upstream version goes through unchanged code:

* **Organization-scoped paths.** Every path must start with ``/<version>/{organization}``; the
  prefix is removed and recorded in ``servers`` instead, and the ``organization`` path
  parameter disappears, because the SDK client is built for one organization.
* **Transport-only header parameters are dropped** (``Sec-WebSocket-Protocol``,
  ``x-mongo-cluster-name``, ``content-type``, ...): httpx and the client set them.
* **Schema names follow the project's convention** (see :func:`schema_names`), so the
  written ``openapi.yaml`` and a normalized upstream document export the same model names.
* **Primitive alias schemas are inlined** (constrained strings such as
  ``StrippedNonemptyString_...``, whose upstream names embed regexes or memory addresses).
* **Duplicate operationIds** get the HTTP method appended, so every operation generates.
* **Nullable parameters** (``anyOf: [T, null]``) collapse to ``T``: a parameter is either sent
  or not, and the generator would otherwise type it ``T | None | Unset``. Array-valued header
  parameters become comma-joined strings.
* **Enumerations of more than 256 strings become plain strings** (languages, time zones):
  as ``Literal`` types they make mypy take many minutes.
* **Object-valued defaults** (``default: {}`` on ``_NotSet`` unions) are dropped: the
  generator cannot express them, and an unset field means the server's default anyway.
* **Multipart bodies given as ``oneOf`` variants** are merged into one object schema, which
  the generator otherwise drops without a warning.
* **Inline response schemas of non-JSON media types** are left as they are; the generator
  reports them, and ``make generate`` has an allow-list for the ones the overrides handle.

The output is deterministic: the same input always gives byte-identical YAML.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Dict, Iterator, List, Tuple

import yaml

from .refs import Resolver

__all__ = [
    "HTTP_METHODS",
    "TRANSPORT_HEADERS",
    "normalize",
    "schema_names",
    "operation_pascal",
    "load_document",
    "dump_document",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

#: Header parameters that describe the transport, not the operation. Matched case-insensitively.
TRANSPORT_HEADERS = frozenset(
    {
        "sec-websocket-protocol",
        "x-mongo-cluster-name",
        "content-type",
        "content-length",
        "accept",
        "authorization",
        "host",
        "user-agent",
    }
)

ORG_PREFIX = re.compile(r"^(/[^/{}]+)/\{organization\}(?=/|$)")
REF_PREFIX = "#/components/schemas/"
PRIMITIVE_TYPES = frozenset({"string", "integer", "number", "boolean"})


# --------------------------------------------------------------------------- naming


def _pascal(text: str) -> str:
    """``create_conversation`` / ``create-conversation`` / ``VersionSet-Input`` -> PascalCase.

    Existing inner capitals are kept (``DynamicBehaviorSet`` stays as it is)."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", text) if p]
    return "".join(p[0].upper() + p[1:] for p in parts)


def operation_pascal(operation_id: str) -> str:
    """The PascalCase stem of an operationId: ``sign-in-with-api-key`` -> ``SignInWithApiKey``."""
    return _pascal(operation_id)


def schema_names(names: List[str]) -> Dict[str, str]:
    """Map upstream component schema names to the project's names.

    The convention, shared with the hand-written ``openapi.yaml``:

    * ``<pkg>__endpoints__<module>__<operation>__Request[__Nested...]`` becomes
      ``<Operation>Request[Nested...]`` (``CreateConversationRequest``,
      ``GetServicesResponseFilterValues``): the operation's name, then the rest.
    * Other dotted names (``amigo_lib__mongo__...__Metric__UserInfo``) use their last segment
      (``UserInfo``), prefixed by as many preceding segments as it takes to be unique
      (``MetricUserInfo``).
    * Plain names are kept, made PascalCase (``VersionSet-Input`` -> ``VersionSetInput``).

    Raises ``ValueError`` if two schemas would still share a name.
    """
    result: Dict[str, str] = {}
    qualified: Dict[str, List[str]] = {}
    for name in names:
        segments = name.split("__")
        if len(segments) == 1:
            result[name] = _pascal(name)
        elif "endpoints" in segments[:-2]:
            idx = segments.index("endpoints")
            # segments after "endpoints": module, operation, Request/Response, nested...
            tail = segments[idx + 2 :]
            result[name] = "".join(_pascal(s) for s in tail)
        else:
            qualified[name] = segments
    taken = set(result.values())
    depth = {name: 1 for name in qualified}
    while True:
        candidates = {name: "".join(_pascal(s) for s in segs[-depth[name] :]) for name, segs in qualified.items()}
        counts: Dict[str, int] = {}
        for cand in candidates.values():
            counts[cand] = counts.get(cand, 0) + 1
        clashing = [n for n, c in candidates.items() if counts[c] > 1 or c in taken]
        grow = [n for n in clashing if depth[n] < len(qualified[n])]
        if not grow:
            break
        for n in grow:
            depth[n] += 1
    result.update(candidates if qualified else {})
    seen: Dict[str, str] = {}
    for old in sorted(result):
        new = result[old]
        if new in seen:
            raise ValueError(f"schemas {seen[new]!r} and {old!r} both map to {new!r}")
        seen[new] = old
    return result


# --------------------------------------------------------------------------- traversal


def _walk(node: Any) -> Iterator[Dict[str, Any]]:
    """Yield every mapping in a JSON tree (depth first, document order)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _operations(doc: Dict[str, Any]) -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


# --------------------------------------------------------------------------- steps


def _scope_paths(doc: Dict[str, Any]) -> str:
    """Strip ``/<version>/{organization}`` from every path; return the prefix."""
    prefixes = set()
    new_paths: Dict[str, Any] = {}
    for path, item in doc.get("paths", {}).items():
        match = ORG_PREFIX.match(path)
        if not match:
            raise ValueError(f"path {path!r} is not organization scoped (expected /<version>/{{organization}}/...)")
        prefixes.add(match.group(0))
        rest = path[match.end() :] or "/"
        if rest in new_paths:
            raise ValueError(f"two paths collapse to {rest!r}")
        new_paths[rest] = item
    if len(prefixes) > 1:
        raise ValueError(f"paths use several organization prefixes: {sorted(prefixes)}")
    doc["paths"] = new_paths
    return prefixes.pop() if prefixes else ""


def _is_transport_param(param: Dict[str, Any]) -> bool:
    if param.get("in") == "path" and param.get("name") == "organization":
        return True
    return param.get("in") == "header" and str(param.get("name", "")).lower() in TRANSPORT_HEADERS


def _strip_nullable(schema: Dict[str, Any]) -> Dict[str, Any]:
    """``anyOf: [X, {type: null}]`` -> X (keeping the outer description/title/default)."""
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list):
            non_null = [o for o in options if o != {"type": "null"}]
            if len(non_null) == 1 and len(non_null) < len(options):
                merged = {k: v for k, v in schema.items() if k != key}
                if merged.get("default", 0) is None:
                    del merged["default"]
                merged.update(non_null[0])
                return merged
    return schema


def _fix_parameters(doc: Dict[str, Any], resolve: Any) -> None:
    for path, item in doc.get("paths", {}).items():
        if "parameters" in item:
            item["parameters"] = [p for p in item["parameters"] if not _is_transport_param(resolve(p))]
            if not item["parameters"]:
                del item["parameters"]
        for _path, _method, op in _operations({"paths": {path: item}}):
            params = [p for p in op.get("parameters", []) if not _is_transport_param(resolve(p))]
            for param in params:
                if "schema" in param:
                    schema = _strip_nullable(param["schema"])
                    if param.get("in") in ("header", "cookie") and schema.get("type") == "array":
                        # The generator cannot send lists in headers; HTTP joins them with ", ".
                        schema = {k: v for k, v in schema.items() if k not in ("items", "default", "type")}
                        schema["type"] = "string"
                        schema.setdefault("description", "Comma-separated values (an array upstream).")
                    param["schema"] = schema
            if params:
                op["parameters"] = params
            elif "parameters" in op:
                del op["parameters"]


def _unique_operation_ids(doc: Dict[str, Any]) -> None:
    counts: Dict[str, int] = {}
    for _p, _m, op in _operations(doc):
        oid = op.get("operationId")
        if oid:
            counts[oid] = counts.get(oid, 0) + 1
    for path, method, op in _operations(doc):
        oid = op.get("operationId")
        if not oid:
            op["operationId"] = f"{method}-{path.strip('/').replace('/', '-')}".replace("{", "").replace("}", "")
        elif counts[oid] > 1:
            op["operationId"] = f"{oid}-{method}"


def _normalize_operation_ids(doc: Dict[str, Any]) -> None:
    """snake_case ids (``get_webhook_destinations``) become kebab-case like the rest."""
    for _p, _m, op in _operations(doc):
        oid = op.get("operationId")
        if oid and re.fullmatch(r"[a-z0-9_]+", oid) and "_" in oid:
            # FastAPI's default ids end with the path and method; keep them readable.
            op["operationId"] = re.sub(r"_v\d+_.*$", "", oid).replace("_", "-")


_CONSTRAINTS = ("minLength", "maxLength", "minItems", "maxItems", "const", "title", "default")


def _merge_property(variants: List[Dict[str, Any]]) -> Dict[str, Any]:
    """One schema that admits every variant of a property (used by the multipart merge)."""
    if all(v == variants[0] for v in variants):
        return copy.deepcopy(variants[0])
    consts = [v.get("const") for v in variants]
    if all(c is not None for c in consts):
        base = {k: v for k, v in variants[0].items() if k not in ("const", "title", "default")}
        base["enum"] = sorted(set(consts), key=consts.index)
        return base
    base = {k: v for k, v in variants[0].items() if k not in _CONSTRAINTS}
    if isinstance(base.get("items"), dict):
        base["items"] = {k: v for k, v in base["items"].items() if k not in ("maxItems", "minItems")}
    return base


def _merge_multipart_bodies(doc: Dict[str, Any], resolve: Any) -> None:
    """A multipart body given as ``oneOf`` object variants becomes one object schema.

    openapi-python-client silently drops such a body (no warning), so the operation would be
    generated without one. The merged schema, ``<Operation>Request`` in components, has every
    property of every variant (const discriminators become an enum) and requires what all the
    variants require; the server still validates the exact variant."""
    schemas = doc["components"]["schemas"]
    for _path, _method, op in _operations(doc):
        body = resolve(op.get("requestBody") or {})
        media = body.get("content", {}).get("multipart/form-data")
        if not media or "schema" not in media:
            continue
        schema = resolve(media["schema"])
        variants_key = "oneOf" if "oneOf" in schema else "anyOf" if "anyOf" in schema else None
        if variants_key is None:
            continue
        variants = [resolve(v) for v in schema[variants_key]]
        if not all(v.get("type") == "object" or "properties" in v for v in variants):
            continue
        names: List[str] = []
        for v in variants:
            names.extend(n for n in v.get("properties", {}) if n not in names)
        required = set(variants[0].get("required", []))
        for v in variants[1:]:
            required &= set(v.get("required", []))
        merged: Dict[str, Any] = {
            "type": "object",
            "properties": {
                n: _merge_property([v["properties"][n] for v in variants if n in v.get("properties", {})])
                for n in names
            },
        }
        if required:
            merged["required"] = [n for n in names if n in required]
        titles = [v.get("title") for v in variants if v.get("title")]
        if titles:
            merged["description"] = "One of: " + ", ".join(titles) + "."
        name = operation_pascal(op["operationId"]) + "Request"
        if name in schemas:
            raise ValueError(f"cannot merge the multipart body of {op['operationId']}: {name} exists")
        schemas[name] = merged
        media["schema"] = {"$ref": REF_PREFIX + name}


def _inline_primitive_aliases(doc: Dict[str, Any]) -> None:
    """Replace ``$ref``s to plain constrained primitives by their content, then drop them."""
    schemas = doc.get("components", {}).get("schemas", {})
    aliases = {
        name: s
        for name, s in schemas.items()
        if isinstance(s, dict)
        and s.get("type") in PRIMITIVE_TYPES
        and "enum" not in s
        and "const" not in s
        and "$ref" not in s
    }
    if not aliases:
        return
    for node in _walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX) and ref[len(REF_PREFIX) :] in aliases:
            target = aliases[ref[len(REF_PREFIX) :]]
            del node["$ref"]
            for key, value in target.items():
                if key != "title":
                    node.setdefault(key, copy.deepcopy(value))
    for name in aliases:
        del schemas[name]


def _rename_schemas(doc: Dict[str, Any]) -> Dict[str, str]:
    schemas = doc.get("components", {}).get("schemas", {})
    mapping = schema_names(list(schemas))
    doc["components"]["schemas"] = {mapping[k]: v for k, v in schemas.items()}
    for node in _walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            node["$ref"] = REF_PREFIX + mapping[ref[len(REF_PREFIX) :]]
        disc = node.get("discriminator")
        if isinstance(disc, dict) and isinstance(disc.get("mapping"), dict):
            disc["mapping"] = {
                k: REF_PREFIX + mapping[v[len(REF_PREFIX) :]] if v.startswith(REF_PREFIX) else v
                for k, v in disc["mapping"].items()
            }
    for schema_name, schema in doc["components"]["schemas"].items():
        # Titles steer the generator's names for inline models; keep them in step.
        if isinstance(schema, dict) and "title" in schema:
            schema["title"] = schema_name
    return mapping


def _drop_ref_siblings(doc: Dict[str, Any]) -> None:
    """``{"type": "object", "$ref": ...}``: the generator only follows the ``$ref``."""
    for node in _walk(doc):
        if "$ref" in node and "type" in node:
            del node["type"]


def _drop_object_defaults(doc: Dict[str, Any]) -> None:
    """Drop mapping-valued ``default``s (``default: {}`` on a ``_NotSet`` union).

    The generator cannot express them; leaving the field unset lets the server apply its own
    default, which is what the upstream default describes."""
    for node in _walk(doc):
        if isinstance(node.get("default"), dict) and (
            "anyOf" in node or "oneOf" in node or "$ref" in node or "type" in node
        ):
            del node["default"]


#: Enumerations longer than this become plain strings (ISO 639-3 languages, IANA time zones):
#: as Literal types they make mypy take many minutes, and the server validates them anyway.
MAX_ENUM = 256


def _collapse_huge_enums(doc: Dict[str, Any]) -> None:
    for node in _walk(doc):
        values = node.get("enum")
        if isinstance(values, list) and len(values) > MAX_ENUM and all(isinstance(v, str) for v in values):
            del node["enum"]
            note = f"One of {len(values)} values fixed by the server (the list is left out here)."
            node["description"] = f"{node['description']} {note}" if node.get("description") else note


def normalize(upstream: Dict[str, Any]) -> Dict[str, Any]:
    """Return a generator-ready copy of an upstream Amigo OpenAPI document."""
    doc = copy.deepcopy(upstream)
    if not str(doc.get("openapi", "")).startswith("3."):
        raise ValueError(f"not an OpenAPI 3 document (openapi: {doc.get('openapi')!r})")
    doc.setdefault("components", {}).setdefault("schemas", {})
    prefix = _scope_paths(doc)
    _fix_parameters(doc, Resolver(doc))
    _normalize_operation_ids(doc)
    _unique_operation_ids(doc)
    _merge_multipart_bodies(doc, Resolver(doc))
    _inline_primitive_aliases(doc)
    _rename_schemas(doc)
    _drop_ref_siblings(doc)
    _drop_object_defaults(doc)
    _collapse_huge_enums(doc)
    servers = doc.get("servers") or [{"url": ""}]
    doc["servers"] = [
        {
            "url": f"{s['url'].rstrip('/')}{prefix}/{{organization}}".replace(
                "/{organization}/{organization}", "/{organization}"
            ),
            "variables": {"organization": {"default": "your-organization-id"}},
        }
        for s in servers
    ]
    return doc


# --------------------------------------------------------------------------- I/O


def load_document(src: str) -> Dict[str, Any]:
    """Read an OpenAPI document from a path or an http(s) URL, JSON or YAML, within the limits
    of :mod:`spectools.source`."""
    from .source import read_source

    return read_source(src)[1]


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump_document(doc: Dict[str, Any]) -> str:
    return yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
