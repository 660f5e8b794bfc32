"""Deterministic metric evaluation and post-conversation processing.

Contract:

* :func:`metric_value` gives the same value for the same metric and conversation every time:
  booleans and categories are picked from a SHA-256 of ``metric id + conversation id``, numbers
  are spread between the metric's bounds (rounded to 2 decimals). References are the ids of the
  conversation's user and agent messages.
* :func:`run_post_processing` is what happens when a finished conversation's analysis completes:
  the conversation becomes ``is_analyzed`` with all three post-processings done, the user gets a
  memory and a refreshed user model, and every live metric applied to the service gets a
  ``post-session`` evaluation result. The caller holds :attr:`Store.lock`.
"""

from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Tuple

from .store import Conversation, Org
from .util import iso, new_id, utcnow

__all__ = ["POST_PROCESSINGS", "metric_value", "run_post_processing"]

POST_PROCESSINGS = ["generate-user-models", "extract-memories", "compute-metrics"]


def metric_value(metric: Dict[str, Any], conversation: Conversation, upto: int) -> Tuple[Any, str, List[str]]:
    """``(value, justification, references)`` of ``metric`` on the first ``upto`` messages."""
    digest = hashlib.sha256((metric["id"] + conversation.id).encode("ascii")).digest()
    fraction = int.from_bytes(digest[:4], "big") / 0xFFFFFFFF
    spec = metric["metric_value"]
    value: Any
    if spec["type"] == "boolean":
        value = digest[4] % 2 == 0
    elif spec["type"] == "numerical":
        low, high = float(spec["lower_bound"]), float(spec["upper_bound"])
        value = round(low + (high - low) * fraction, 2)
    else:
        categories = spec.get("categories") or ["n/a"]
        value = categories[digest[5] % len(categories)]
    messages = conversation.messages[:upto]
    references = [m.id for m in messages if m.message_type in ("user-message", "agent-message")]
    justification = (
        f"Scripted evaluation of '{metric['name']}' over {len(messages)} messages "
        f"(deterministic for this metric and conversation)."
    )
    return value, justification, references


def run_post_processing(org: Org, conversation: Conversation) -> None:
    """Mark ``conversation`` analyzed and record its memories, user model and metric results."""
    now = utcnow()
    conversation.is_analyzed = True
    conversation.completed_post_processings = list(POST_PROCESSINGS)
    user_text = [m.message for m in conversation.messages if m.message_type == "user-message"]
    memory_refs = [m.id for m in conversation.messages if m.message_type == "user-message"]
    if user_text:
        org.memories.setdefault(conversation.user_id, []).append(
            {
                "id": new_id(),
                "created_at": iso(now),
                "conversation_id": conversation.id,
                "references": memory_refs,
                "content": "The user said: " + " / ".join(user_text[:3]),
                "context": f"Conversation {conversation.id} on service {conversation.service_id}.",
            }
        )
    finished = [c for c in org.conversations.values() if c.user_id == conversation.user_id and c.is_analyzed]
    org.user_models[conversation.user_id] = [
        {
            "content": f"The user has completed {len(finished)} analyzed conversation(s); "
            f"most recent on service {conversation.service_id}.",
            "insight_ids": [m["id"] for m in org.memories.get(conversation.user_id, [])][-5:],
            "dimensions": [
                {"description": "Engagement", "tags": ["conversations:" + str(len(finished))]},
                {"description": "Recent topics", "tags": [t[:40] for t in user_text[:3]]},
            ],
        }
    ]
    for metric in org.metrics.values():
        if metric["is_deleted"] or conversation.service_id not in metric["applied_to_services"]:
            continue
        value, justification, references = metric_value(metric, conversation, len(conversation.messages))
        org.metric_results.append(
            {
                "id": new_id(),
                "org_id": org.id,
                "created_at": iso(now),
                "updated_at": iso(now),
                "metric_id": metric["id"],
                "result": value,
                "justification": justification,
                "source": {"type": "post-session", "conversation_id": conversation.id, "references": references},
            }
        )
