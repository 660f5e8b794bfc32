"""Normalize an upstream Amigo OpenAPI document into one openapi-python-client can generate.

Usage::

    python scripts/normalize_spec.py SRC [-o OUT]

SRC is a path or an http(s) URL of an OpenAPI 3.x document in JSON or YAML; OUT defaults to
standard output. This is only the first step of the spec pipeline (the rules are in
``spectools/normalize.py``): the result still carries the upstream words. ``openapi.yaml`` is
built with ``make spec`` / ``make spec-update`` (``scripts/spec_update.py``), which also strips
those words and applies the project's own (``spec/``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from spectools.changes import escape  # noqa: E402
from spectools.normalize import (  # noqa: E402
    HTTP_METHODS,
    TRANSPORT_HEADERS,
    dump_document,
    load_document,
    normalize,
    operation_pascal,
    schema_names,
)

__all__ = [
    "HTTP_METHODS",
    "TRANSPORT_HEADERS",
    "dump_document",
    "load_document",
    "main",
    "normalize",
    "operation_pascal",
    "schema_names",
]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("src", help="path or URL of the upstream OpenAPI document (JSON or YAML)")
    parser.add_argument("-o", "--out", help="where to write the normalized YAML (default: stdout)")
    args = parser.parse_args(argv)
    try:
        doc = normalize(load_document(args.src))
    except (OSError, ValueError, KeyError) as exc:
        print(f"normalize_spec: {escape(args.src)}: {escape(str(exc))}", file=sys.stderr)
        return 1
    text = dump_document(doc)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        count = sum(1 for item in doc["paths"].values() for m in item if m in HTTP_METHODS)
        print(f"normalize_spec: wrote {args.out} ({count} operations)", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
