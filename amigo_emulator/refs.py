"""One ``$ref`` resolver for every tool that walks an OpenAPI document.

It lives in the emulator because the emulator is installed (``amigo-client[testing]``) and needs it
at run time; the development tools import it from here (:mod:`spectools.refs` re-exports it).

Contract: :func:`resolve` follows a chain of local references (``#/components/...``, JSON Pointer
escapes ``~0``/``~1`` honoured) to the node they name and returns it; anything that is not a
``{"$ref": "#/..."}`` mapping is returned unchanged. A dangling reference raises ``KeyError``
naming it; a cycle longer than :data:`MAX_HOPS` raises ``ValueError``. :class:`Resolver` binds
:func:`resolve` to one document.
"""

from __future__ import annotations

from typing import Any, Mapping

__all__ = ["MAX_HOPS", "Resolver", "pointer", "resolve"]

MAX_HOPS = 64


def pointer(document: Any, ref: str) -> Any:
    """The node at local reference ``ref`` (``#/a/b``) of ``document``."""
    if not ref.startswith("#"):
        raise KeyError(f"not a local reference: {ref!r}")
    node = document
    for raw in ref[1:].lstrip("/").split("/") if ref not in ("#", "#/") else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            raise KeyError(f"dangling reference: {ref!r}") from None
    return node


def resolve(document: Any, node: Any) -> Any:
    """Follow ``$ref`` chains from ``node`` within ``document``."""
    hops = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        node = pointer(document, node["$ref"])
        hops += 1
        if hops > MAX_HOPS:
            raise ValueError("reference cycle")
    return node


class Resolver:
    """:func:`resolve` bound to one document: ``Resolver(doc)(node)``."""

    __slots__ = ("document",)

    def __init__(self, document: Any) -> None:
        self.document = document

    def __call__(self, node: Any) -> Any:
        return resolve(self.document, node)
