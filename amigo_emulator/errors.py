"""Errors a backend (state and rules, :mod:`amigo_emulator.models`) raises, free of HTTP.

Contract: a backend signals a refused request with :class:`NotFound` (404), :class:`Conflict` (409)
or :class:`Refused` (400); the request pipeline (:mod:`amigo_emulator.app`) answers
``{"detail": str(error)}`` with the error's :attr:`RuleError.status`.
"""

from __future__ import annotations

__all__ = ["Conflict", "NotFound", "Refused", "RuleError"]


class RuleError(Exception):
    """A rule of the emulated API refused the request."""

    status = 400


class NotFound(RuleError):
    """What the request names does not exist."""

    status = 404

    def __init__(self, what: str) -> None:
        super().__init__(f"{what[:1].upper()}{what[1:]} not found.")


class Conflict(RuleError):
    """The request conflicts with the current state."""

    status = 409


class Refused(RuleError):
    """The request breaks a rule of the API (400)."""

    status = 400
