"""The one ``$ref`` resolver, re-exported: it lives in :mod:`amigo_emulator.refs`.

The emulator ships in the ``amigo-client`` wheel (``pip install amigo-client[testing]``) and needs
the resolver at run time, while ``spectools`` is a development tool that is not distributed; so the
code is the emulator's and the development tools keep importing it from here.
"""

from __future__ import annotations

from amigo_emulator.refs import MAX_HOPS, Resolver, pointer, resolve

__all__ = ["MAX_HOPS", "Resolver", "pointer", "resolve"]
