"""Where turns used to be built: :func:`plan_turn` is now a backend rule of
:mod:`amigo_emulator.models.conversations` (kept importable here for code that used this module).
"""

from __future__ import annotations

from .models.conversations import AGENT_NAME, Turn, plan_turn

__all__ = ["AGENT_NAME", "Turn", "plan_turn"]
