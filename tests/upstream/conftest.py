"""The upstream proofs start in the background as soon as the session has collected one of
their tests (:func:`upstream.test_upstream_changes.start_early`), so that they run beside the rest
of the suite rather than after it; they are stopped when the session ends. Not in an xdist worker
(each would start its own): there, the first test that needs them starts them."""

from __future__ import annotations

from types import ModuleType
from typing import Any, Optional

import pytest

_started: Optional[ModuleType] = None


def pytest_collection_finish(session: pytest.Session) -> None:
    global _started
    if hasattr(session.config, "workerinput"):
        return
    modules = {getattr(item, "module", None) for item in session.items}
    for module in modules:
        if module is not None and hasattr(module, "start_early"):
            config: Any = session.config  # its factory is what the tmp_path_factory fixture returns
            module.start_early(len(modules) == 1, config._tmp_path_factory)
            _started = module
            return


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _started is not None:
        _started.PROOFS.stop()
