"""Suite-wide fixtures and the ``operations`` marker.

A test that exercises particular operations of the contract says so::

    pytestmark = pytest.mark.operations("get-metrics", "create-metric")   # the whole module
    @pytest.mark.operations("search-users")                                # one test

When ``openapi.yaml`` no longer has one of them (an upstream version removed it and
``make spec-update`` brought that version in), the test is skipped with the reason
``openapi.yaml has no operation search-users (removed upstream)`` instead of failing on a method
the generated SDK no longer has. ``pytest --operations get-metrics,search-users`` runs only the
tests marked with at least one of those operations (the upstream proofs choose tests this way from
the change report: tests/upstream/).

A test written against particular fields of a schema (the fields of a request it builds field by
field, to test the SDK's models rather than the operation) says so the same way, by the
project's schema names::

    @pytest.mark.fields("CreateMetricRequest.description", "CreateMetricRequest.metric_value")

and is skipped with ``openapi.yaml has no field CreateMetricRequest.metric_value (changed
upstream)`` once an upstream version moved or removed one of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, FrozenSet, List, Optional

import pytest

from repo import ROOT, UPSTREAM

# The testing kit's plugin (also registered by its pytest11 entry point once the package is
# installed; declared here too so that a venv installed before the entry point existed has it).
pytest_plugins = ["amigo_emulator.pytest_plugin"]

MARKER = "operations"
FIELDS = "fields"
_operations: Optional[FrozenSet[str]] = None
_document: Any = None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--operations",
        default=None,
        metavar="IDS",
        help="run only the tests marked with one of these operationIds (comma-separated)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(*operation_ids): the contract operations the test exercises; it is skipped, saying so, "
        "when openapi.yaml no longer has one of them",
    )
    config.addinivalue_line(
        "markers",
        f"{FIELDS}(*fields): the schema fields (Schema.field) the test is written against; it is skipped, "
        "saying so, when openapi.yaml no longer has one of them",
    )


def marked_operations(item: pytest.Item) -> List[str]:
    """The operationIds ``item`` is marked with (module, class and function markers together)."""
    found: List[str] = []
    for mark in item.iter_markers(MARKER):
        found.extend(str(name) for name in mark.args)
    return sorted(set(found))


def _contract(spec: Path = ROOT / "openapi.yaml") -> Any:
    global _document
    if _document is None:
        from amigo_emulator.document import read_document  # parsed once, then cached as JSON

        _document = read_document(spec)
    return _document


def missing_field(path: str) -> bool:
    """Whether ``Schema.field[.field...]`` names nothing in ``openapi.yaml``."""
    name, *fields = path.split(".")
    node: Any = ((_contract().get("components") or {}).get("schemas") or {}).get(name)
    for field in fields:
        properties = node.get("properties") if isinstance(node, dict) else None
        node = properties.get(field) if isinstance(properties, dict) else None
    return not isinstance(node, dict)


def contract_operations() -> FrozenSet[str]:
    """The operationIds of ``openapi.yaml`` (read once per session)."""
    global _operations
    if _operations is None:
        document = _contract()
        _operations = frozenset(
            str(op["operationId"])
            for item in (document.get("paths") or {}).values()
            if isinstance(item, dict)
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        )
    return _operations


def pytest_collection_modifyitems(config: pytest.Config, items: List[pytest.Item]) -> None:
    wanted = config.getoption("--operations")
    if wanted is not None:
        chosen = {name.strip() for name in str(wanted).split(",") if name.strip()}
        keep = [item for item in items if chosen & set(marked_operations(item))]
        kept = {id(item) for item in keep}
        config.hook.pytest_deselected(items=[item for item in items if id(item) not in kept])
        items[:] = keep
    marked = [(item, marked_operations(item)) for item in items]
    if any(needed for _, needed in marked):
        present = contract_operations()
        for item, needed in marked:
            missing = [name for name in needed if name not in present]
            if missing:
                which = f"operation {missing[0]}" if len(missing) == 1 else f"operations {', '.join(missing)}"
                item.add_marker(pytest.mark.skip(reason=f"openapi.yaml has no {which} (removed upstream)"))
    for item in items:
        fields = sorted({str(f) for mark in item.iter_markers(FIELDS) for f in mark.args})
        gone = [f for f in fields if missing_field(f)]
        if gone:
            which = f"field {gone[0]}" if len(gone) == 1 else f"fields {', '.join(gone)}"
            item.add_marker(pytest.mark.skip(reason=f"openapi.yaml has no {which} (changed upstream)"))


@pytest.fixture(scope="session")
def upstream_path() -> Path:
    """The upstream snapshot; tests that need it skip (with the reason) when it is absent."""
    if not UPSTREAM.is_file():
        pytest.skip(f"upstream snapshot not found at {UPSTREAM} (../shared is absent on this machine)")
    return UPSTREAM
