"""Deterministic metric evaluation: the value a metric gets on a conversation's messages.

Contract: :func:`metric_value` returns ``(value, justification, references)`` for a metric's
value definition (:func:`~amigo_emulator.models.metrics.value_definition`) and the messages of a
conversation (a real one, or one simulated by a unit test run). It depends only on the
messages' content and the definition, never on ids or time, so the same
conversation always scores the same, and a unit test passes or fails for a reason one can read:

* the conversation's *understanding rate* ``u`` is the share of its user messages the scripted
  agent recognised (:func:`~amigo_emulator.agent.recognises`: one of its known topics, or a
  goodbye) rather than echoed back; ``u`` is 0 without user messages;
* a ``boolean`` metric is true exactly when ``u`` is 1 (every user message was understood);
* a ``numerical`` metric is ``lower_bound + (upper_bound - lower_bound) * u``, rounded to two
  decimals (a missing bound counts as 0);
* a ``categorical`` metric takes one of its ``categories``, listed best first: the first when
  ``u`` is 1, the last when ``u`` is 0, evenly in between (``round((1 - u) * (n - 1))``); with no
  categories the value is ``null``;
* a metric whose kind the emulator cannot read (the contract no longer sends a value
  definition) is ``null``, and the justification says so.

References are the ids of the user and agent messages evaluated.
"""

from __future__ import annotations

from typing import Any, List, Mapping, Optional, Sequence, Tuple

from . import agent
from .store import Message

__all__ = ["metric_value", "understanding"]


def understanding(messages: Sequence[Message]) -> Tuple[int, int]:
    """``(recognised, total)`` user messages of ``messages``."""
    said = [m.message for m in messages if m.message_type == "user-message"]
    return sum(1 for text in said if agent.recognises(text)), len(said)


def metric_value(definition: Optional[Mapping[str, Any]], messages: Sequence[Message]) -> Tuple[Any, str, List[str]]:
    """``(value, justification, references)`` for a metric of value ``definition`` on ``messages``
    (see the module docstring); ``None`` for a metric whose definition could not be read."""
    references = [m.id for m in messages if m.message_type in ("user-message", "agent-message")]
    recognised, total = understanding(messages)
    rate = recognised / total if total else 0.0
    basis = f"the scripted agent understood {recognised} of {total} user messages"
    if definition is None:
        return None, f"No value: the metric has no value definition the emulator can read ({basis}).", references
    kind = definition.get("type")
    value: Any
    if kind == "boolean":
        value = total > 0 and recognised == total
        rule = "true when every user message was understood"
    elif kind == "numerical":
        low, high = _number(definition.get("lower_bound")), _number(definition.get("upper_bound"))
        value = round(low + (high - low) * rate, 2)
        rule = "the bounds interpolated by the share understood"
    else:
        categories = [c for c in definition.get("categories") or [] if isinstance(c, str)]
        value = categories[round((1 - rate) * (len(categories) - 1))] if categories else None
        rule = "the categories, best first, picked by the share understood"
    return value, f"Scripted evaluation: {basis}; {rule}.", references


def _number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0
