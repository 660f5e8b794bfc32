"""The operations that do not fit resources: tool scaffold download, Git access, SQL, prompt logs.

Contract (each answer is one the contract documents for the operation; a download's content type
is the first non-JSON media type the contract declares for its 200 answer, else the one named
below, see :func:`amigo_emulator.respond.binary`):

* ``get-tool-scaffold-release`` answers the bytes of a real, small ``.tar.gz`` (a starter tool
  project: ``amigo_tool_scaffold/README.md``, ``pyproject.toml``, ``tool.py``), built once and
  identical on every call (``application/gzip``, file name ``amigo_tool_scaffold.tar.gz``).
* ``access-git-interface`` (GET and POST): the emulator hosts no Git repository; it refuses with
  the one error the contract documents, a 422 naming ``git_path``.
* ``submit-sql-query``: refused with 400, the status upstream documents for an environment
  where SQL queries are not supported.
* ``get-prompt-logs`` answers a real zip archive (``application/zip``, file name
  ``prompt_logs.zip``) of the prompt logs whose key starts with ``prompt_log_prefix`` (every
  committed conversation turn records one, keyed ``{conversation id}/{interaction id}``; see
  :mod:`amigo_emulator.models.conversations`): per log, ``{log_key}-system`` (the system prompt)
  and ``{log_key}-history`` (the history prompts separated by ``---`` lines), with fixed
  timestamps, so the same logs give the same bytes. No log matches -> 404; more than 1000 match
  -> 422 naming the prefix.
"""

from __future__ import annotations

import functools
import gzip
import io
import tarfile
import zipfile
from typing import Sequence, Tuple

from starlette.responses import Response

from .common import unprocessable
from .models import conversations
from .registry import ApiError, Ctx, operation
from .respond import binary

__all__ = ["SCAFFOLD_FILES", "prompt_log_archive", "scaffold_archive"]

SCAFFOLD_FILES = {
    "amigo_tool_scaffold/README.md": (
        "# Tool scaffold (emulated)\n\nA minimal tool project as served by amigo_emulator. Edit tool.py, "
        "then publish a version of the tool.\n"
    ),
    "amigo_tool_scaffold/pyproject.toml": (
        '[project]\nname = "amigo-tool-scaffold"\nversion = "0.1.0"\nrequires-python = ">=3.9"\n'
    ),
    "amigo_tool_scaffold/tool.py": (
        '"""An example tool: echoes its input."""\n\n\ndef run(inputs: dict) -> dict:\n    return {"echo": inputs}\n'
    ),
}


@functools.lru_cache(maxsize=1)
def scaffold_archive() -> bytes:
    """The scaffold as gzip-compressed tar bytes (deterministic: fixed mtimes)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, text in SCAFFOLD_FILES.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_700_000_000
            info.mode = 0o644
            archive.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), mtime=0)


@operation("get-tool-scaffold-release")
async def get_tool_scaffold_release(ctx: Ctx) -> Response:
    return binary(ctx, scaffold_archive(), "application/gzip", "amigo_tool_scaffold.tar.gz")


async def _git(ctx: Ctx) -> Response:
    raise unprocessable(("path", "git_path"), "the emulator hosts no Git repository for tools")


for _name in ("access-git-interface", "access-git-interface-get", "access-git-interface-post"):
    operation(_name)(_git)


@operation("submit-sql-query")
async def submit_sql_query(ctx: Ctx) -> Response:
    raise ApiError(400, "SQL queries are not supported by the emulator.")


def prompt_log_archive(logs: Sequence[Tuple[str, str, str]]) -> bytes:
    """The zip of ``(log key, system prompt, history prompts)`` logs (deterministic bytes)."""
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        for key, system, history in logs:
            for suffix, text in (("system", system), ("history", history)):
                info = zipfile.ZipInfo(f"{key}-{suffix}", date_time=(2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))
    return raw.getvalue()


@operation("get-prompt-logs")
async def get_prompt_logs(ctx: Ctx) -> Response:
    prefix = str(ctx.params.get("prompt_log_prefix") or "")
    with ctx.rt.store.lock:
        logs = conversations.prompt_logs(ctx.org, prefix)
    if len(logs) > conversations.MAX_PROMPT_LOGS:
        raise unprocessable(
            ("query", "prompt_log_prefix"),
            f"the prefix matches more than {conversations.MAX_PROMPT_LOGS} prompt logs; give a longer one",
        )
    return binary(ctx, prompt_log_archive(logs), "application/zip", "prompt_logs.zip")
