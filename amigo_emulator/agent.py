"""The scripted, deterministic agent behind every emulated service.

Contract (same input, same output, always):

* :data:`GREETING` opens agent-first conversations and is streamed as the three pieces the docs
  show: ``""``, ``"Hi"``, ``" there! How can I help you today?"``.
* :func:`reply_to` answers a user message, an external event or a skip. A few keywords get canned
  answers (password, order, invoice/billing, help); anything else is echoed back. A user message
  containing the word "bye" or "goodbye" gets a farewell and ends the conversation.
  :func:`recognises` tells whether a message gets more than the echo.
* :func:`split_pieces` cuts a reply into an empty first piece plus chunks of about three words
  whose concatenation is the reply.
* :func:`voice_chunk` renders a text piece as base64 PCM16 (16 kHz, mono, little-endian): a short
  sine tone whose pitch depends on the piece's position, 80-240 ms long (2.5-7.5 KB), with a
  transcript alignment of ``[milliseconds from message start, character]`` pairs.
* :func:`agent_actions` lists the ``current-agent-action`` payloads of a turn (shapes the
  contract's ``ConversationAction`` allows): a state transition, an optional dynamic behavior
  selection, and a memory check.
"""

from __future__ import annotations

import base64
import math
import re
import sys
from array import array
from typing import Any, Dict, List, Optional, Sequence, Tuple

__all__ = [
    "GREETING",
    "GREETING_PIECES",
    "SAMPLE_RATE",
    "agent_actions",
    "is_goodbye",
    "recognises",
    "reply_to",
    "split_pieces",
    "voice_chunk",
    "voice_transcript",
]

GREETING = "Hi there! How can I help you today?"
GREETING_PIECES = ["", "Hi", " there! How can I help you today?"]
FAREWELL = "Goodbye! Thanks for chatting with Amigo. This conversation is now finished."
SKIP_REPLY = "Are you still there? Take your time, I'm here whenever you're ready."
SAMPLE_RATE = 16000

_GOODBYE = re.compile(r"\b(good\s*bye|bye)\b", re.IGNORECASE)
_CANNED: Sequence[Tuple["re.Pattern[str]", str]] = (
    (
        re.compile(r"password", re.IGNORECASE),
        "To reset your password, open the login page, choose 'Forgot password' and follow the link we email you.",
    ),
    (
        re.compile(r"\border\b", re.IGNORECASE),
        "I can help with your order. Orders usually ship within two business days, and you can track them from your account page.",
    ),
    (
        re.compile(r"invoice|billing|payment|refund", re.IGNORECASE),
        "Invoices are issued on the first of each month. Payments and refunds appear on your billing page within three days.",
    ),
    (
        re.compile(r"^\s*help\b", re.IGNORECASE),
        "Sure, I can help. Tell me a little more about what you need.",
    ),
)


def is_goodbye(text: str) -> bool:
    """Whether a user message asks to end the conversation."""
    return bool(_GOODBYE.search(text))


def recognises(text: str) -> bool:
    """Whether the agent knows what ``text`` is about: a canned topic or a goodbye (anything else
    it only echoes back). Metric evaluation scores conversations by this."""
    return is_goodbye(text) or any(pattern.search(text) for pattern, _ in _CANNED)


def reply_to(text: str, kind: str, service_name: str) -> Tuple[str, bool]:
    """The agent's reply to ``text`` of ``kind`` (user-message, external-event, skip) and whether it ends the session."""
    if kind == "skip":
        return SKIP_REPLY, False
    if kind == "external-event":
        return f"Thanks, I've noted this event: {_quote(text)} I'll take it into account for {service_name}.", False
    if is_goodbye(text):
        return FAREWELL, True
    for pattern, answer in _CANNED:
        if pattern.search(text):
            return answer, False
    return f'You said: "{_quote(text)}". I\'m the scripted {service_name} agent; ask me anything else.', False


def _quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def split_pieces(text: str, words_per_piece: int = 3) -> List[str]:
    """``""`` followed by chunks of about ``words_per_piece`` words; the pieces join to ``text``."""
    if text == GREETING:
        return list(GREETING_PIECES)
    # Words with the whitespace before them (re.split keeps this linear for any input).
    parts = re.split(r"(\s+)", text)
    tokens = [parts[0]] if parts[0] else []
    tokens += [parts[i] + parts[i + 1] for i in range(1, len(parts) - 1, 2)]
    pieces = [""]
    for start in range(0, len(tokens), words_per_piece):
        pieces.append("".join(tokens[start : start + words_per_piece]))
    trailing = text[len("".join(pieces)) :]
    if trailing:
        pieces[-1] += trailing
    return pieces


def voice_chunk(piece: str, index: int, offset_ms: int) -> Tuple[str, List[List[Any]], int]:
    """``(base64 PCM16, transcript alignment, duration in ms)`` for one reply piece."""
    if not piece:
        return "", [], 0
    duration_ms = max(80, min(240, 35 * len(piece)))
    samples = SAMPLE_RATE * duration_ms // 1000
    frequency = 330.0 + 55.0 * (index % 6)
    pcm = array("h", (int(6000 * math.sin(2 * math.pi * frequency * n / SAMPLE_RATE)) for n in range(samples)))
    if sys.byteorder == "big":
        pcm.byteswap()
    step = duration_ms / len(piece)
    alignment: List[List[Any]] = [[offset_ms + int(i * step), ch] for i, ch in enumerate(piece)]
    return base64.b64encode(pcm.tobytes()).decode("ascii"), alignment, duration_ms


def voice_transcript(audio: bytes) -> str:
    """The scripted "transcription" of a voice message."""
    return f"[voice message, {len(audio)} bytes]"


def agent_actions(
    hsm_id: str,
    prev_state: str,
    next_state: str,
    queries: Sequence[str],
    behavior: Optional[List[Any]],
) -> List[Dict[str, Any]]:
    """The ``action`` payloads of a turn's ``current-agent-action`` events, in order."""
    actions: List[Dict[str, Any]] = [
        {
            "type": "navigate-state-machine-state-transitioned",
            "prev_state": prev_state,
            "prev_state_state_machine_version_info": [hsm_id, 1],
            "next_state": next_state,
            "next_state_state_machine_version_info": [hsm_id, 1],
        }
    ]
    if behavior is not None:
        actions.append(
            {
                "type": "select-dynamic-behavior-completed",
                "selected_dynamic_behavior_set_version_info": list(behavior),
                "previous_selected_dynamic_behavior_set_version_info": None,
            }
        )
    actions.append({"type": "check-if-active-memory-needed-completed", "queries": list(queries)})
    return actions
