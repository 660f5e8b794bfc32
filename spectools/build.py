"""Build ``openapi.yaml`` from an upstream document (facts) and ``spec/`` (the project's words
and changes).

Contract: :func:`build` is a pure function of the upstream document's bytes and the files
under ``spec/``; the same inputs give byte-identical output (:func:`render`). The steps:

0. **Refuse what cannot be read safely** (:func:`spectools.guard.check_references`): a
   reference outside the document, a dangling one (named with the JSON pointer of the place
   that refers to it), a path item given by ``$ref``. :class:`spectools.guard.Refused` names
   each. (Reading the document within limits is :mod:`spectools.source`.)
1. **Facts from the prose.** An upstream 429 response that states its limit ("... rate limit
   of 10 requests per minute ...") gives the operation ``x-rate-limit: {requests, per}``: a
   fact, kept as data, before the words go.
2. **Strip every upstream word** (:func:`spectools.words.strip_words`): descriptions,
   summaries, examples. No upstream sentence reaches ``openapi.yaml``.
3. **Normalize** (:func:`spectools.normalize.normalize`): organization scope, transport
   headers, the project's schema names, generator-friendly shapes.
4. **Strip schema titles**: the generator names inline models after their parent instead.
5. **Apply the words** of ``spec/words/*.yaml`` (:func:`spectools.words.apply_words`).
6. **Apply the overlay** ``spec/overlay.yaml`` (OpenAPI Overlay 1.0,
   :mod:`spectools.overlay`): everything the project adds to or changes in the contract, each
   action with the reason.
7. **Stamp** ``info.x-upstream`` (source name, sha256, title, version of the upstream
   document), so the contract test can find and check the very document it was built from.
   A URL source is recorded without its user information, query string and fragment.
8. **Check the result's references again** (the overlay may add some).
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

from .guard import Refused, check_references
from .normalize import dump_document, normalize
from .overlay import apply_overlay
from .source import is_url, public_source
from .source import read_source as _read_source
from .words import apply_words, load_words, operations, strip_titles, strip_words

__all__ = [
    "Built",
    "build",
    "find_upstream",
    "rate_limits",
    "read_source",
    "render",
    "upstream_stamp",
]

#: Top-level keys in this order, then any others in upstream order.
_TOP = ("openapi", "info", "servers", "security", "tags", "paths", "webhooks", "components")

_LIMIT = re.compile(r"rate limit of (\d+) requests? per (second|minute|hour|day)", re.IGNORECASE)


@dataclass
class Built:
    """The built document and what the build noticed."""

    document: Dict[str, Any]
    #: What still lacks the project's words (``operation x: summary``, ``schema Y.prop``).
    missing: List[str] = field(default_factory=list)
    #: Words that name nothing in the document (an operation or field upstream removed).
    stale: List[str] = field(default_factory=list)
    #: Overlay actions whose target matched nothing (``target  (description)``).
    unmatched: List[str] = field(default_factory=list)


def read_source(src: str) -> Tuple[bytes, Dict[str, Any]]:
    """The raw bytes and the parsed document of a path or http(s) URL (JSON or YAML), within the
    limits of :mod:`spectools.source` (``SourceError``, one line, otherwise)."""
    return _read_source(src)


def upstream_stamp(src: str, raw: bytes, upstream: Dict[str, Any]) -> Dict[str, str]:
    """``info.x-upstream``: which upstream document ``openapi.yaml`` was built from (a URL
    without its credentials, query string and fragment; a path's file name)."""
    info = upstream.get("info") or {}
    if not isinstance(info, dict):
        info = {}
    return {
        "source": public_source(src),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "title": str(info.get("title", "")),
        "version": str(info.get("version", "")),
    }


def rate_limits(upstream: Dict[str, Any]) -> None:
    """Record each stated 429 limit as ``x-rate-limit`` on its operation (in place)."""
    for _path, _method, op in operations(upstream):
        response = (op.get("responses") or {}).get("429") or (op.get("responses") or {}).get(429)
        text = response.get("description", "") if isinstance(response, dict) else ""
        found = _LIMIT.search(text or "")
        if found:
            op["x-rate-limit"] = {"requests": int(found.group(1)), "per": found.group(2).lower()}


def _ordered(document: Dict[str, Any]) -> Dict[str, Any]:
    keys = [k for k in _TOP if k in document] + [k for k in document if k not in _TOP]
    return {k: document[k] for k in keys}


def build(upstream: Dict[str, Any], spec_dir: Path, stamp: Optional[Dict[str, str]] = None) -> Built:
    """``openapi.yaml``'s content for ``upstream`` and the words and overlay in ``spec_dir``."""
    problems = check_references(upstream)
    if problems:
        raise Refused(problems)
    doc = copy.deepcopy(upstream)
    rate_limits(doc)
    strip_words(doc)
    doc = normalize(doc)
    strip_titles(doc)
    missing, stale = apply_words(doc, load_words(spec_dir / "words"))
    unmatched: List[str] = []
    overlay_path = spec_dir / "overlay.yaml"
    if overlay_path.is_file():
        overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
        for action in apply_overlay(doc, overlay):
            unmatched.append(f"{action['target']}  ({str(action.get('description', '')).strip().splitlines()[0]})")
    if stamp is not None:
        doc.setdefault("info", {})["x-upstream"] = dict(stamp)
    problems = check_references(doc)
    if problems:
        raise Refused([f"after spec/words and spec/overlay.yaml: {p}" for p in problems])
    return Built(_ordered(doc), missing, stale, unmatched)


def render(document: Dict[str, Any]) -> str:
    """The YAML text written to ``openapi.yaml`` (deterministic)."""
    return dump_document(document)


def find_upstream(document: Dict[str, Any], root: Path) -> Tuple[Optional[Path], str]:
    """The local upstream document ``document`` was built from, or ``(None, why not)``.

    Looked for at ``$AMIGO_UPSTREAM`` and then ``<root>/../shared/upstream/<source>``; it must
    have the recorded sha256."""
    stamp = (document.get("info") or {}).get("x-upstream")
    if not isinstance(stamp, dict) or not stamp.get("sha256"):
        return None, "openapi.yaml records no info.x-upstream (run `make spec-update SRC=...`)"
    candidates = []
    if os.environ.get("AMIGO_UPSTREAM"):
        candidates.append(Path(os.environ["AMIGO_UPSTREAM"]))
    source = str(stamp.get("source", ""))
    if source and not is_url(source):
        candidates.append(root.parent / "shared" / "upstream" / os.path.basename(source))
    for path in candidates:
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == stamp["sha256"]:
            return path, ""
    where = ", ".join(str(p) for p in candidates) or "nowhere (the source is a URL; set AMIGO_UPSTREAM)"
    return None, (
        f"the upstream document openapi.yaml was built from ({source}, sha256 {str(stamp['sha256'])[:12]}...) "
        f"is not at hand: looked at {where}"
    )
