"""A pytest plugin for the sandbox runs (``-p upstream.outcomes``): writes each test's outcome,
skip or failure reason and the operations it is marked with, by node id, as JSON to
``$AMIGO_TEST_OUTCOMES`` when the session ends.

Outcomes: ``passed``, ``failed``, ``skipped``, ``error`` (setup or teardown failed); a test
whose call passed and whose teardown failed is an ``error``. A skip's reason is the one the test
or its marker gave (without the ``Skipped: `` pytest puts before it)."""

from __future__ import annotations

import json
import os
from typing import Any, Dict

import pytest

__all__ = ["pytest_collection_finish", "pytest_runtest_logreport", "pytest_sessionfinish"]

_OUTCOMES: Dict[str, Dict[str, Any]] = {}
#: What pytest puts before the reason of a skip (``pytest.skip(reason)`` and the skip marker).
_SKIPPED = "Skipped: "


def pytest_collection_finish(session: pytest.Session) -> None:
    for item in session.items:
        marked = sorted({str(name) for mark in item.iter_markers("operations") for name in mark.args})
        _OUTCOMES[item.nodeid] = {"outcome": "not run", "reason": "", "operations": marked}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    entry = _OUTCOMES.setdefault(report.nodeid, {"outcome": "passed", "reason": "", "operations": []})
    if report.when == "call" and report.passed:
        entry["outcome"] = "passed"
    if report.skipped:
        entry["outcome"] = "skipped"
        longrepr: Any = report.longrepr
        reason = str(longrepr[2]) if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
        entry["reason"] = reason[len(_SKIPPED) :] if reason.startswith(_SKIPPED) else reason
    elif report.failed:
        entry["outcome"] = "failed" if report.when == "call" else "error"
        entry["reason"] = str(report.longrepr)[-4000:]


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = os.environ.get("AMIGO_TEST_OUTCOMES")
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(_OUTCOMES, handle, indent=1, sort_keys=True)
