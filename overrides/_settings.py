"""The client's settings: where each comes from, and the checks that refuse one that cannot be sent.

Contract:

* Every setting of :class:`~amigo_client.AmigoClient` may be passed as an argument or read from
  its environment variable (:data:`ENV`); an argument wins. ``base_url`` defaults to
  :data:`DEFAULT_BASE_URL`, the timeout to :data:`DEFAULT_TIMEOUT`.
* :func:`check_settings` runs when a client is built, before anything is sent: a setting that
  cannot be sent (a key read from a file with its trailing newline, a pasted value with
  non-ASCII quotes, an organization id that is not exactly one path segment, a base URL without
  a host or with a query) is a :class:`~amigo_client.ConfigurationError` that names the
  setting, and the environment variable it came from, but never shows its value (it may be a
  secret).
* The organization id is one segment of every request's path (``{base_url}/v1/{organization_id}``):
  ``.``, ``..`` and any character that is not a path character as it is (letters, digits and
  ``-._~!$&'()*+,;=:@``) are refused, so no value can address another path.
* ``base_url`` is the API root (``https://api.amigo.ai``, or a proxy's URL with a path prefix).
  :func:`api_root` also accepts the two natural guesses, a root ending in ``/v1`` and the
  organization-scoped URL ``{root}/v1/{organization_id}``, and removes that suffix; a URL ending
  in ``/v1/<another organization>`` is refused, since it contradicts ``organization_id``.
"""

from __future__ import annotations

import re
from typing import Mapping, Optional

import httpx

from ._auth import check_credential
from ._errors import ConfigurationError

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "ENV", "api_root", "check_settings"]

DEFAULT_BASE_URL = "https://api.amigo.ai"
#: Connect fast, but give a slow agent turn two minutes between bytes.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=60.0, pool=10.0)
#: Setting -> the environment variable it is read from when not passed.
ENV = {
    "api_key": "AMIGO_API_KEY",
    "api_key_id": "AMIGO_API_KEY_ID",
    "user_id": "AMIGO_USER_ID",
    "organization_id": "AMIGO_ORGANIZATION_ID",
    "base_url": "AMIGO_BASE_URL",
}

#: Characters an organization id may not hold: it is one segment of every request's path.
_PATH_UNSAFE = re.compile(r"[/?#%\\]")
#: What one path segment may hold as it is (RFC 3986 pchar without percent-encoding).
_SEGMENT = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=:@-]+")


def check_settings(settings: Mapping[str, Optional[str]], given: Mapping[str, Optional[str]]) -> None:
    """Refuse a setting that cannot be sent, naming it but never showing its value (a key or
    token read from a file often ends with a newline; a pasted one may hold non-ASCII quotes)."""
    for name, value in settings.items():
        if value is None or (name == "base_url" and not value):
            continue
        source = "" if given.get(name) is not None else ENV[name]
        where = f"{name} (from {source})" if source else name
        if name != "base_url":
            check_credential(name, value, source)
            if name == "organization_id":
                _check_segment(value, where)
            continue
        if not isinstance(value, str):
            raise ConfigurationError(f"{where} must be a string, not {type(value).__name__}")
        if any(ch.isspace() or not ch.isprintable() for ch in value):
            raise ConfigurationError(
                f"{where} holds whitespace or a control character (a newline read from a file?); the value is not shown"
            )
        if not value.startswith(("http://", "https://")):
            raise ConfigurationError(f"{where} must start with http:// or https://; the value is not shown")
        try:
            host = httpx.URL(value).host
        except (httpx.InvalidURL, ValueError, UnicodeError):
            host = ""
        if not host or "%" in host:
            raise ConfigurationError(f"{where} is not a URL with a host name; the value is not shown")
        if "?" in value or "#" in value:
            raise ConfigurationError(
                f"{where} holds a query or a fragment ('?' or '#'): pass the API root, such as "
                f"{DEFAULT_BASE_URL}; the value is not shown"
            )


def _check_segment(value: str, where: str) -> None:
    if _PATH_UNSAFE.search(value):
        raise ConfigurationError(f"{where} holds '/', '?', '#', '%' or a backslash; the value is not shown")
    if value in (".", "..") or not _SEGMENT.fullmatch(value):
        raise ConfigurationError(
            f"{where} must be exactly one path segment: only letters, digits and -._~!$&'()*+,;=:@, and "
            "not a dot segment (. or ..); the value is not shown"
        )


def api_root(base_url: Optional[str], organization_id: str, from_env: bool) -> str:
    """The API root of a checked ``base_url`` (None or empty: :data:`DEFAULT_BASE_URL`), without a
    trailing ``/``, ``/v1`` or ``/v1/{organization_id}``; ``from_env``: it came from
    ``AMIGO_BASE_URL`` (for the error message)."""
    root = (base_url or DEFAULT_BASE_URL).rstrip("/")
    head, _, last = root.rpartition("/")
    if last == "v1" and "//" in head:
        return head
    if "//" in head and head.endswith("/v1") and "//" in head[:-3]:
        if last == organization_id:
            return head[:-3]
        where = "base_url (from AMIGO_BASE_URL)" if from_env else "base_url"
        raise ConfigurationError(
            f"{where} ends with /v1/<an organization> that is not organization_id: pass the API root, "
            f"such as {DEFAULT_BASE_URL}, and the organization as organization_id; the value is not shown"
        )
    return root
