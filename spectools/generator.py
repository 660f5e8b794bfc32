"""Run the pinned openapi-python-client with the project's fix to it.

Usage (what ``scripts/generate.py`` runs)::

    python spectools/generator.py generate --path ... [the generator's own arguments]

Contract: the same command line as the ``openapi-python-client`` console script, with one
change, made before the generator reads anything:

* **String defaults and constants are written with** ``repr()`` **alone.** openapi-python-client
  0.29.1 writes ``repr(remove_string_escapes(value))``: the backslashes and double quotes are
  escaped once by ``remove_string_escapes`` and once more by ``repr``, so the default ``a\\`` of
  a parameter became the Python string ``a\\\\`` and was sent so (``"`` became ``\\"``). ``repr`` of
  a ``str`` is already a complete, safe Python literal for any value (quotes, backslashes,
  newlines, ``{{``, ``\"\"\"`` and control characters are all escaped), so nothing from the
  document can become code through a default either way. ``tests/test_spec_safety.py`` checks
  the fix through generated code, and that the generator still needs it (so the patch is
  dropped once a pinned version fixes the bug).
"""

from __future__ import annotations

import sys
from typing import Any, List, Optional

__all__ = ["main", "patch"]


def patch() -> None:
    """Make openapi-python-client write string defaults and constants with ``repr`` alone."""
    from openapi_python_client.parser.properties import string as string_module
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    def convert_value(cls: Any, value: Any) -> Any:
        if value is None or isinstance(value, Value):
            return value
        if not isinstance(value, str):
            value = str(value)
        return Value(python_code=PythonCode(repr(value)), raw_value=value)

    string_module.StringProperty.convert_value = classmethod(convert_value)  # type: ignore[method-assign,assignment]


def main(argv: Optional[List[str]] = None) -> None:
    """Patch, then run the generator's command line."""
    patch()
    from openapi_python_client.cli import app

    app(args=argv if argv is not None else sys.argv[1:], prog_name="openapi-python-client")


if __name__ == "__main__":
    main()
