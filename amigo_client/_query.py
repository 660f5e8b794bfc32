"""The query string of a request, written out the way httpx would write it.

Contract:

* :func:`query_string` encodes a params mapping exactly as httpx encodes it
  (``urllib.parse.urlencode`` of the values as strings, JSON-style ``true`` / ``false``, ``""``
  for None, list and tuple values repeated), or returns None for a key or value of any other
  type, leaving it to httpx. ``AmigoClient._send`` uses it to build the absolute URL itself:
  merging a relative URL into the base URL and a params mapping into the URL make httpx parse
  the URL three times, which costs more than the rest of a small call together.
  ``tests/sdk/test_url_building.py`` checks the result against httpx's own.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional
from urllib.parse import quote_plus

__all__ = ["query_string"]

#: Query text that urlencode leaves as it is (RFC 3986 unreserved characters).
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def _query_value(value: Any) -> Optional[str]:
    # httpx's primitive_value_to_str: JSON-style booleans, "" for None, str() for the rest.
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def _quote(text: str) -> str:
    return text if _UNRESERVED.fullmatch(text) else quote_plus(text, safe="")


def query_string(params: Mapping[str, Any]) -> Optional[str]:
    """``params`` encoded exactly as httpx encodes a params mapping (``urllib.parse.urlencode`` of
    its values as strings, list values repeated), or None for a key or value of another type
    (httpx is left to handle or refuse it)."""
    parts = []
    for key, value in params.items():
        if not isinstance(key, str):
            return None
        name = _quote(key)
        for item in value if isinstance(value, (list, tuple)) else (value,):
            text = _query_value(item)
            if text is None:
                return None
            parts.append(f"{name}={_quote(text)}")
    return "&".join(parts)
