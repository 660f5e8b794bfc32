"""Generate ``amigo_client/`` from ``openapi.yaml`` and copy ``overrides/`` into it.

Usage::

    python scripts/generate.py                    # regenerate amigo_client/ in place
    python scripts/generate.py --check            # fail if amigo_client/ differs from a fresh run
    python scripts/generate.py --spec X.yaml --out DIR [--no-overrides]

Steps: run openapi-python-client (the pinned version, ``generator-config.yml``, the templates
in ``templates/``) into a temporary directory; fail on any generator warning not listed in
``generator-allowlist.txt``; format the result with the pinned ruff and ``ruff-generated.toml``;
copy every file of ``overrides/`` over it verbatim (the overrides win); then replace the
target directory. Two runs on the same inputs give byte-identical trees.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "amigo_client"
BIN = Path(sys.executable).parent

__all__ = ["generate", "generator_warnings", "main"]


def _tool(name: str) -> str:
    """A console script of the interpreter's environment (the pinned version), else PATH."""
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def generator_warnings(log: str) -> List[Tuple[str, str]]:
    """Parse openapi-python-client's output into (``METHOD PATH`` or ``schema X``, reason) pairs."""
    found: List[Tuple[str, str]] = []
    blocks = re.split(r"\n(?=WARNING |Unable to process schema )", log)
    for block in blocks:
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        head = lines[0]
        m = re.match(r"WARNING parsing (\w+) (\S+) within \S+?\.\s*(.*)$", head)
        prefix = ""
        if m:
            where = f"{m.group(1)} {m.group(2)}"
            prefix = m.group(3)
        else:
            m = re.match(r"Unable to process schema (\S+?):?$", head)
            if not m:
                continue
            where = f"schema {m.group(1)}"
        detail = " ".join(lines[1:3])
        reason = re.search(r"\((Unsupported content_type [^)]+)\)", detail)
        found.append((where, reason.group(1) if reason else " ".join(filter(None, [prefix, detail]))))
    return found


def _allowlist(path: Path) -> List[str]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def _run(cmd: List[str], cwd: Optional[Path] = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)


def generate(spec: Path, out: Path, overrides: bool = True) -> None:
    """Generate the package for ``spec`` into the directory ``out`` (replaced if present)."""
    allowed = _allowlist(ROOT / "generator-allowlist.txt")
    with tempfile.TemporaryDirectory(prefix="amigo-gen-") as tmp:
        target = Path(tmp) / PACKAGE
        proc = _run(
            [
                _tool("openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(ROOT / "generator-config.yml"),
                "--custom-template-path",
                str(ROOT / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(target),
            ]
        )
        log = proc.stdout + proc.stderr
        if proc.returncode != 0 or not target.is_dir():
            sys.stderr.write(log)
            raise SystemExit(f"generate: openapi-python-client failed on {spec}")
        unexpected = [
            f"{where}: {reason}" for where, reason in generator_warnings(log) if f"{where}: {reason}" not in allowed
        ]
        if unexpected:
            sys.stderr.write(log)
            raise SystemExit(
                "generate: generator warnings not on generator-allowlist.txt (something would be "
                "dropped silently):\n  " + "\n  ".join(unexpected)
            )
        ruff = _tool("ruff")
        config = str(ROOT / "ruff-generated.toml")
        for cmd in (
            [ruff, "check", "--fix-only", "--quiet", "--config", config, "."],
            [ruff, "format", "--quiet", "--config", config, "."],
        ):
            step = _run(cmd, cwd=target)
            if step.returncode != 0:
                sys.stderr.write(step.stdout + step.stderr)
                raise SystemExit(f"generate: {' '.join(cmd[:2])} failed")
        # Overrides are copied verbatim, after the formatter: hand-written code keeps its own
        # style (both keep to the Python 3.8 floor; ruff-generated.toml targets py38).
        if overrides:
            for src in sorted((ROOT / "overrides").rglob("*")):
                if src.is_file() and "__pycache__" not in src.parts:
                    dest = target / src.relative_to(ROOT / "overrides")
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, dest)
        for cache in list(target.rglob("__pycache__")) + list(target.rglob(".ruff_cache")):
            shutil.rmtree(cache, ignore_errors=True)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(target, out)


def _differences(a: Path, b: Path) -> List[str]:
    diffs: List[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: str) -> None:
        for name in cmp.left_only:
            diffs.append(f"only in {a.name}/{rel}{name}")
        for name in cmp.right_only:
            diffs.append(f"only in the fresh generation: {rel}{name}")
        for name in cmp.diff_files:
            diffs.append(f"differs: {rel}{name}")
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{rel}{name}/")

    walk(filecmp.dircmp(str(a), str(b), ignore=["__pycache__", ".ruff_cache", ".mypy_cache"]), "")
    return diffs


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / PACKAGE)
    parser.add_argument("--no-overrides", action="store_true", help="do not copy overrides/ in")
    parser.add_argument("--check", action="store_true", help="compare --out with a fresh generation")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory(prefix="amigo-check-") as tmp:
            fresh = Path(tmp) / PACKAGE
            generate(args.spec, fresh, overrides=not args.no_overrides)
            if not args.out.is_dir():
                print(f"check-generated: {args.out} does not exist; run `make generate`", file=sys.stderr)
                return 1
            diffs = _differences(args.out, fresh)
            if diffs:
                sys.stderr.write(
                    f"check-generated: {args.out.name}/ differs from what openapi.yaml + overrides/ generate.\n"
                    "Never edit it by hand: change the sources, run `make generate`, commit both.\n  "
                    + "\n  ".join(diffs)
                    + "\n"
                )
                return 1
            print(f"check-generated: {args.out.name}/ matches a fresh generation")
            return 0
    generate(args.spec, args.out, overrides=not args.no_overrides)
    count = sum(1 for p in (args.out / "api").rglob("*.py") if p.name != "__init__.py")
    print(f"generate: {args.out} ({count} operations)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
