"""Extract the project's words from an OpenAPI document into ``spec/words/<tag>.yaml``.

Usage::

    python scripts/extract_words.py [DOC] [--out DIR] [--force]

DOC defaults to ``openapi.yaml``, DIR to ``spec/words``. Every summary and description of the
operations (with their parameters, request bodies and responses) and of the component schemas
(with their properties) is written in the words format of ``spec/README.md``, one file per tag
of the first operation using it. Used once to move the hand-written ``openapi.yaml``'s words
into ``spec/words/`` before the pipeline rebuilt it; also handy after editing words directly in
a built ``openapi.yaml``. An existing file is kept unless ``--force``.

Writes only directly under DIR: a tag that would name another place (``../..``, an absolute
path, a name with a separator) is refused, naming the tag, before anything is written; exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spectools.changes import escape  # noqa: E402
from spectools.normalize import dump_document  # noqa: E402
from spectools.words import extract_words  # noqa: E402

__all__ = ["main"]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("doc", nargs="?", default=str(ROOT / "openapi.yaml"))
    parser.add_argument("--out", type=Path, default=ROOT / "spec" / "words")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    args = parser.parse_args(argv)
    with open(args.doc, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    try:
        files = extract_words(document)
    except ValueError as exc:
        print(f"extract_words: refused: {escape(str(exc))}; nothing written", file=sys.stderr)
        return 1
    out = args.out.resolve()
    for name in files:
        if (out / name).resolve().parent != out:
            print(f"extract_words: refused: {escape(name)} is not a file of {out}; nothing written", file=sys.stderr)
            return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, words in files.items():
        target = args.out / name
        if target.exists() and not args.force:
            print(f"extract_words: {target} exists; kept (use --force)", file=sys.stderr)
            continue
        target.write_text(dump_document(words), encoding="utf-8")
        print(
            f"extract_words: {target} ({len(words.get('operations', {}))} operations, "
            f"{len(words.get('schemas', {}))} schemas)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
