"""Bring an upstream Amigo OpenAPI document's facts into ``openapi.yaml``, keeping the project's
words and changes, regenerate ``amigo_client/``, and report what changed for SDK users.

Usage::

    python scripts/spec_update.py [SRC] [--fail-on-breaking] [--dry-run] [--no-generate] [--out FILE]

SRC is a path or http(s) URL of an upstream document (JSON or YAML); without it, the document
``openapi.yaml`` records in ``info.x-upstream`` is used (found as the contract test finds it), so
``make spec`` rebuilds after an edit under ``spec/``. The pipeline is :mod:`spectools.build`.

Prints the change report against the previous ``openapi.yaml`` (:mod:`spectools.changes`): each
operation added, removed or changed, every change marked ``BREAKING`` or not, then the overlay
actions that matched nothing, words whose target is gone, and what still lacks words. Running
it on the version ``openapi.yaml`` already holds changes nothing and reports no change.

Exit status: 0 done; 1 bad input; 2 breaking changes with ``--fail-on-breaking`` (nothing is
written then: CI can run ``make spec-update SRC=... FLAGS=--fail-on-breaking``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spectools.build import build, find_upstream, read_source, render, upstream_stamp  # noqa: E402
from spectools.changes import compare  # noqa: E402
from spectools.changes import render as render_report  # noqa: E402

__all__ = ["main"]


def _load(path: Path) -> Dict[str, Any]:
    if not path.is_file():
        return {"openapi": "3.1.0", "paths": {}}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {"openapi": "3.1.0", "paths": {}}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("src", nargs="?", help="path or URL of the upstream document (default: the recorded one)")
    parser.add_argument("--out", type=Path, default=ROOT / "openapi.yaml", help="the document to update")
    parser.add_argument("--spec-dir", type=Path, default=ROOT / "spec", help="words and overlay (default: spec/)")
    parser.add_argument(
        "--package", type=Path, default=None, help="regenerate this package (default: amigo_client/ for openapi.yaml)"
    )
    parser.add_argument("--no-generate", action="store_true", help="do not regenerate the package")
    parser.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 2 (writing nothing) on a breaking change")
    args = parser.parse_args(argv)

    previous = _load(args.out)
    src = args.src
    if not src:
        found, why = find_upstream(previous, ROOT)
        if found is None:
            print(f"spec_update: no SRC given and {why}", file=sys.stderr)
            return 1
        src = str(found)
    try:
        raw, upstream = read_source(src)
        built = build(upstream, args.spec_dir, upstream_stamp(src, raw, upstream))
    except (OSError, ValueError, KeyError) as exc:
        print(f"spec_update: {src}: {exc}", file=sys.stderr)
        return 1
    text = render(built.document)
    report = compare(previous, built.document)
    sys.stdout.write(render_report(report, built.missing, built.stale, built.unmatched))
    if args.fail_on_breaking and report.breaking:
        print(
            f"spec_update: {len(report.breaking)} breaking change(s); {args.out.name} left as it was", file=sys.stderr
        )
        return 2
    old_text = args.out.read_text(encoding="utf-8") if args.out.is_file() else None
    if args.dry_run or text == old_text:
        return 0
    args.out.write_text(text, encoding="utf-8")
    package = args.package or (
        ROOT / "amigo_client" if args.out.resolve() == (ROOT / "openapi.yaml").resolve() else None
    )
    if package is not None and not args.no_generate:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(args.out), "--out", str(package)],
            check=False,
        )
        if proc.returncode != 0:
            # Leave the pair consistent: the previous document goes back with the old package.
            if old_text is None:
                args.out.unlink()
            else:
                args.out.write_text(old_text, encoding="utf-8")
            print(
                f"spec_update: regenerating the package failed (see above); {args.out.name} left as it was",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
