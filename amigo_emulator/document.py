"""Reading the contract document fast: a JSON copy of a parsed YAML document, cached by content.

Contract: :func:`read_document` returns the parsed document at ``path`` (YAML or JSON), exactly as
``yaml.safe_load`` would. Parsing ``openapi.yaml`` (half a megabyte) as YAML takes about 0.4 s,
most of an emulator's start-up; reading the same data as JSON takes about 0.01 s. So the first
read of a given content also writes ``contract-<sha256 of the bytes>.json`` to the cache directory
and later reads (every test session's emulator) load that instead. The key is the content, so an
edited or updated document is parsed afresh; a document whose data JSON cannot carry unchanged
(dates, non-string keys) is not cached.

The cache directory is ``$AMIGO_EMULATOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/amigo-emulator``,
else ``~/.cache/amigo-emulator``; it is created private (0700), used only when it belongs to the
current user and is not writable by others, and keeps the :data:`KEEP` newest entries. Any
failure to read or write it falls back to parsing the YAML: the cache only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Optional, Union

__all__ = ["KEEP", "cache_dir", "read_document"]

#: How many cached documents are kept (one per distinct content seen).
KEEP = 8


def cache_dir() -> Path:
    """Where parsed documents are cached (see the module docstring)."""
    explicit = os.environ.get("AMIGO_EMULATOR_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "amigo-emulator"


def read_document(path: Union[str, Path]) -> Any:
    """The parsed document at ``path`` (see the module docstring)."""
    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    directory = _usable_dir()
    entry = directory / f"contract-{digest}.json" if directory is not None else None
    if entry is not None:
        try:
            return json.loads(entry.read_bytes())
        except (OSError, ValueError):
            pass
    document = _parse(raw)
    if entry is not None:
        _store(entry, document)
    return document


def _parse(raw: bytes) -> Any:
    import yaml  # only when the cache misses: the emulator's dependency, not the SDK's

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw, Loader=loader)


def _usable_dir() -> Optional[Path]:
    directory = cache_dir()
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
        return None  # someone else could plant a document there: do without the cache
    return directory


def _store(entry: Path, document: Any) -> None:
    try:
        text = json.dumps(document, separators=(",", ":"))
        if json.loads(text) != document:  # dates or non-string keys would not come back the same
            return
        fd, tmp = tempfile.mkstemp(dir=str(entry.parent), prefix=".contract-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, entry)
        except BaseException:
            os.unlink(tmp)
            raise
        entries = sorted(entry.parent.glob("contract-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except (OSError, TypeError, ValueError):
        pass
