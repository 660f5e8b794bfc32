"""The operations that do not fit resources: tool scaffold download, Git access, SQL, prompt logs.

Contract (each answer is one the contract documents for the operation):

* ``get-tool-scaffold-release`` answers the bytes of a real, small ``.tar.gz`` (a starter tool
  project: ``amigo_tool_scaffold/README.md``, ``pyproject.toml``, ``tool.py``), built once and
  identical on every call. Its content type is the first non-JSON media type the contract
  declares for the 200 answer, or ``application/gzip`` when the contract only has upstream's
  placeholder (JSON with an empty schema).
* ``access-git-interface`` (GET and POST): the emulator hosts no Git repository; it refuses with
  the one error the contract documents, a 422 naming ``git_path``.
* ``submit-sql-query``: refused with 400, the status upstream documents for an environment
  where SQL queries are not supported.
* ``get-prompt-logs``: the emulator keeps no prompt logs, so no prefix matches: 404.
"""

from __future__ import annotations

import functools
import gzip
import io
import tarfile
from typing import List

from starlette.responses import Response

from .common import unprocessable
from .registry import ApiError, Ctx, operation

__all__ = ["SCAFFOLD_FILES", "scaffold_archive"]

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


def _media_types(ctx: Ctx, status: int) -> List[str]:
    content = (ctx.op.responses.get(str(status)) or {}).get("content") or {}
    return [m for m in content if "json" not in m]


@operation("get-tool-scaffold-release")
async def get_tool_scaffold_release(ctx: Ctx) -> Response:
    media = (_media_types(ctx, 200) or ["application/gzip"])[0]
    headers = {"content-disposition": 'attachment; filename="amigo_tool_scaffold.tar.gz"'}
    return Response(scaffold_archive(), media_type=media, headers=headers)


async def _git(ctx: Ctx) -> Response:
    raise unprocessable(("path", "git_path"), "the emulator hosts no Git repository for tools")


for _name in ("access-git-interface", "access-git-interface-get", "access-git-interface-post"):
    operation(_name)(_git)


@operation("submit-sql-query")
async def submit_sql_query(ctx: Ctx) -> Response:
    raise ApiError(400, "SQL queries are not supported by the emulator.")


@operation("get-prompt-logs")
async def get_prompt_logs(ctx: Ctx) -> Response:
    raise ApiError(404, "No prompt logs match this prefix (the emulator keeps none).")
