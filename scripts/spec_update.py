"""Bring an upstream Amigo OpenAPI document's facts into ``openapi.yaml``, keeping the project's
words and changes, regenerate ``amigo_client/``, and report what changed for SDK users.

Usage::

    python scripts/spec_update.py [SRC] [--fail-on-breaking] [--dry-run] [--json FILE]
                                  [--no-generate] [--out FILE] [--package DIR]

SRC is a path or http(s) URL of an upstream document (JSON or YAML); without it, the document
``openapi.yaml`` records in ``info.x-upstream`` is used (found as the contract test finds it), so
``make spec`` rebuilds after an edit under ``spec/``. The pipeline is :mod:`spectools.build`.

Prints the change report against the previous ``openapi.yaml`` (:mod:`spectools.changes`): each
operation added, removed or changed, every change marked ``BREAKING`` or not, then the
hand-written code the breaking changes reach, by file and function (:mod:`spectools.callers`:
the emulator's handler of a removed operation, the seeding that runs it, examples and tests that
call it, send to its old path or use a field it removes), the overlay actions that matched
nothing, words whose target is gone, and what still lacks words. Every line is escaped (no
upstream text can become a CI workflow command or a terminal escape). Running it on the version
``openapi.yaml`` already holds changes nothing and reports no change. When it updates the
project's own ``openapi.yaml`` it also removes from ``spec/words/`` the words whose target is gone
(:func:`spectools.words.prune_words`; the report lists them).

Refused whatever the flags (:mod:`spectools.guard`, :mod:`spectools.source`), each reason on
standard error as ``spec_update: refused: ...``: a document without an operation the
hand-written code calls, or with a breaking change to one (a move to another tag is fine); two
operations with one Python name; a tag, operation or parameter whose name the SDK already uses;
names Python would read as other names; remote, dangling or path-item references; a document
too large, too deep, with expanding or self-referencing YAML aliases, unsafe YAML tags, or a URL
that is slow, too large or redirects to another scheme.

Exit status (nothing is written unless it is 3):
  0  no change: openapi.yaml already holds this version
  1  refused or failed: an unsafe document (reasons above), unreadable input, a usage error,
     or regenerating the package failed (openapi.yaml is then put back as it was)
  2  breaking changes, with --fail-on-breaking
  3  changed: openapi.yaml (and the package) updated; with --dry-run: would be updated

``--json FILE`` also writes the outcome as JSON (``status``, ``exit_code``, ``source``, the
operations added / removed / changed with each change's text, ``breaking`` and ``kind``,
``must_change`` (``file``, ``function``, ``operation``, ``why``), ``refused``, the words still
missing, stale or removed, unmatched overlay actions); deterministic.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, NoReturn, Optional, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spectools.build import Built, build, find_upstream, read_source, render, upstream_stamp  # noqa: E402
from spectools.callers import Site, must_change  # noqa: E402
from spectools.changes import Report, compare, escape  # noqa: E402
from spectools.changes import render as render_report  # noqa: E402
from spectools.guard import (  # noqa: E402
    Names,
    Refused,
    call_sites,
    check_names,
    check_needed,
    check_renames,
    sdk_names,
)
from spectools.source import SourceError, public_source  # noqa: E402
from spectools.words import prune_words  # noqa: E402

__all__ = ["EXIT_BREAKING", "EXIT_CHANGED", "EXIT_NO_CHANGE", "EXIT_REFUSED", "main", "refusals"]

EXIT_NO_CHANGE = 0
EXIT_REFUSED = 1
EXIT_BREAKING = 2
EXIT_CHANGED = 3

_STATUS = {EXIT_NO_CHANGE: "no-change", EXIT_REFUSED: "refused", EXIT_BREAKING: "breaking", EXIT_CHANGED: "changed"}


def _say(message: str) -> None:
    """One line on standard error, escaped like the report (it may quote upstream text)."""
    print(f"spec_update: {escape(message)}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # a usage error is exit 1, not argparse's 2
        self.print_usage(sys.stderr)
        _say(message)
        raise SystemExit(EXIT_REFUSED)


#: The previous openapi.yaml is the project's own file: libyaml reads it six times faster.
_OWN_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> Dict[str, Any]:
    if not path.is_file():
        return {"openapi": "3.1.0", "paths": {}}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_OWN_LOADER)  # noqa: S506 (a safe loader)
    return data if isinstance(data, dict) else {"openapi": "3.1.0", "paths": {}}


def refusals(document: Dict[str, Any], report: Report, previous: Dict[str, Any]) -> List[str]:
    """Why ``document`` may not be written whatever the flags (:mod:`spectools.guard`), given
    the ``previous`` version and the ``report`` between them; empty when it may."""
    sdk = sdk_names()
    sites = call_sites(ROOT / "overrides")
    problems = check_needed(document, sdk.needed, sites) + check_renames(previous, document)
    for oid in sdk.needed:
        for change in report.changed.get(oid, []):
            if change.breaking and change.kind != "tag":
                where = "; ".join(sites.get(oid, [])) or "the hand-written code"
                problems.append(
                    f"operation {oid}: {change.text}: a breaking change to an operation {where} calls; "
                    "change that code first (refused whatever the flags)"
                )
    problems.extend(check_names(document, sdk, Names(ROOT / "generator-config.yml")))
    return problems


def emulator_handlers() -> Dict[str, Tuple[str, str]]:
    """operationId -> (file, function) of each hand-written handler of the emulator, as its
    registry has them (``amigo_emulator.registry.HANDLERS``); empty when the emulator's
    dependencies are not installed (the scan then finds the decorated ones itself)."""
    try:
        importlib.import_module("amigo_emulator.app")  # registers every handler
        handlers = importlib.import_module("amigo_emulator.registry").HANDLERS
    except ImportError:
        return {}
    found = {}
    for oid, handler in handlers.items():
        code = getattr(handler, "__code__", None)
        try:
            file = Path(code.co_filename).resolve().relative_to(ROOT).as_posix() if code else ""
        except ValueError:
            continue
        found[str(oid)] = (file, str(handler.__qualname__))
    return found


def callers(report: Report, previous: Dict[str, Any]) -> List[Site]:
    """The hand-written code (file, function) the breaking changes of ``report`` reach."""
    if not report.breaking:
        return []
    names = Names(ROOT / "generator-config.yml")
    handlers = emulator_handlers() if report.removed else {}
    return must_change(report, previous, ROOT, names.method, names.tag, handlers=handlers)


def _json(
    path: Optional[Path],
    code: int,
    src: str,
    report: Optional[Report],
    built: Optional[Built],
    refused: List[str],
    sites: Optional[List[Site]] = None,
    removed_words: Optional[List[str]] = None,
) -> None:
    if path is None:
        return
    out: Dict[str, Any] = {
        "status": _STATUS[code],
        "exit_code": code,
        "source": public_source(src) if src else "",
        "refused": refused,
    }
    if report is not None:
        out["operations"] = {
            "added": [{"operation": oid, "where": report.added[oid]} for oid in sorted(report.added)],
            "removed": [{"operation": oid, "where": report.removed[oid]} for oid in sorted(report.removed)],
            "changed": [
                {
                    "operation": oid,
                    "where": report.where[oid],
                    "changes": [{"text": c.text, "breaking": c.breaking, "kind": c.kind} for c in report.changed[oid]],
                }
                for oid in sorted(report.changed)
            ],
        }
        out["breaking"] = report.breaking
        out["must_change"] = [
            {"file": site.file, "function": site.function, "operation": site.operation, "why": site.why}
            for site in sites or []
        ]
    if built is not None:
        out["words_missing"] = built.missing
        out["words_stale"] = built.stale
        out["overlay_unmatched"] = built.unmatched
        out["words_removed"] = list(removed_words or [])
    path.write_text(json.dumps(out, indent=2, sort_keys=True, ensure_ascii=True) + "\n", encoding="utf-8")


def _regenerate(spec: Path, package: Path) -> bool:
    """Run scripts/generate.py; its output (which may quote upstream names) is relayed escaped,
    each line behind a prefix, so no line of it can be read as a CI command."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(spec), "--out", str(package)],
        check=False,
        capture_output=True,
        text=True,
        errors="replace",
    )
    for line in (proc.stdout + proc.stderr).splitlines():
        print(f"generate| {escape(line)}", file=sys.stderr)
    return proc.returncode == 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = _Parser(
        description=(__doc__ or "").split("\n\n")[0],
        epilog=(__doc__ or "")[(__doc__ or "").index("Exit status") :].split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("src", nargs="?", help="path or URL of the upstream document (default: the recorded one)")
    parser.add_argument("--out", type=Path, default=ROOT / "openapi.yaml", help="the document to update")
    parser.add_argument("--spec-dir", type=Path, default=ROOT / "spec", help="words and overlay (default: spec/)")
    parser.add_argument(
        "--package", type=Path, default=None, help="regenerate this package (default: amigo_client/ for openapi.yaml)"
    )
    parser.add_argument("--no-generate", action="store_true", help="do not regenerate the package")
    parser.add_argument("--dry-run", action="store_true", help="report only; write nothing (exit 3 if it would)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 2 (writing nothing) on a breaking change")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write the outcome as JSON")
    args = parser.parse_args(argv)

    try:
        previous = _load(args.out)
    except (OSError, yaml.YAMLError) as exc:
        _say(f"{args.out}: cannot read it: {exc}")
        return EXIT_REFUSED
    src = args.src or ""
    if not src:
        found, why = find_upstream(previous, ROOT)
        if found is None:
            _say(f"no SRC given and {why}")
            _json(args.json, EXIT_REFUSED, src, None, None, [why])
            return EXIT_REFUSED
        src = str(found)
    shown = public_source(src)
    try:
        raw, upstream = read_source(src)
        built = build(upstream, args.spec_dir, upstream_stamp(src, raw, upstream))
    except Refused as exc:
        for problem in exc.problems:
            _say(f"refused: {problem}")
        _say(f"{shown}: refused ({len(exc.problems)} reason(s)); {args.out.name} left as it was")
        _json(args.json, EXIT_REFUSED, src, None, None, exc.problems)
        return EXIT_REFUSED
    except SourceError as exc:
        _say(str(exc))
        _json(args.json, EXIT_REFUSED, src, None, None, [str(exc)])
        return EXIT_REFUSED
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError) as exc:
        _say(f"{shown}: cannot build openapi.yaml from it: {type(exc).__name__}: {exc}")
        _json(args.json, EXIT_REFUSED, src, None, None, [f"{type(exc).__name__}: {exc}"])
        return EXIT_REFUSED
    text = render(built.document)
    report = compare(previous, built.document)
    sites = callers(report, previous)
    sys.stdout.write(render_report(report, built.missing, built.stale, built.unmatched, [str(x) for x in sites]))
    problems = refusals(built.document, report, previous)
    if problems:
        for problem in problems:
            _say(f"refused: {problem}")
        _say(f"{shown}: refused ({len(problems)} reason(s)); {args.out.name} left as it was")
        _json(args.json, EXIT_REFUSED, src, report, built, problems, sites)
        return EXIT_REFUSED
    if args.fail_on_breaking and report.breaking:
        _say(f"{len(report.breaking)} breaking change(s); {args.out.name} left as it was")
        _json(args.json, EXIT_BREAKING, src, report, built, [], sites)
        return EXIT_BREAKING
    old_text = args.out.read_text(encoding="utf-8") if args.out.is_file() else None
    if text == old_text:
        _json(args.json, EXIT_NO_CHANGE, src, report, built, [], sites)
        return EXIT_NO_CHANGE
    if args.dry_run:
        _json(args.json, EXIT_CHANGED, src, report, built, [], sites)
        return EXIT_CHANGED
    args.out.write_text(text, encoding="utf-8")
    package = args.package or (
        ROOT / "amigo_client" if args.out.resolve() == (ROOT / "openapi.yaml").resolve() else None
    )
    if package is not None and not args.no_generate and not _regenerate(args.out, package):
        # Leave the pair consistent: the previous document goes back with the old package.
        if old_text is None:
            args.out.unlink()
        else:
            args.out.write_text(old_text, encoding="utf-8")
        _say(f"regenerating the package failed (see above); {args.out.name} left as it was")
        _json(args.json, EXIT_REFUSED, src, report, built, ["regenerating the package failed"], sites)
        return EXIT_REFUSED
    removed: List[str] = []
    own = args.out.resolve() == (ROOT / "openapi.yaml").resolve()
    if own and args.spec_dir.resolve() == (ROOT / "spec").resolve() and built.stale:
        removed = prune_words(args.spec_dir / "words", built.stale)
        if removed:
            lines = [f"Removed from spec/words/ (their target is gone) ({len(removed)}):"]
            sys.stdout.write("".join(escape(line) + "\n" for line in lines + [f"  {r}" for r in removed]))
    _json(args.json, EXIT_CHANGED, src, report, built, [], sites, removed)
    return EXIT_CHANGED


if __name__ == "__main__":
    sys.exit(main())
