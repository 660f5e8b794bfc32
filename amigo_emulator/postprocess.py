"""Post-conversation processing.

Contract: :func:`run_post_processing` is what happens when a finished conversation's analysis
completes: the conversation becomes ``is_analyzed`` with all three post-processings done, the user
gets a memory and a refreshed user model, and every live metric applied to the service
(:func:`~amigo_emulator.models.metrics.applied_services`) gets a ``post-session`` evaluation
result, valued by :func:`~amigo_emulator.evaluation.metric_value`. The caller holds
:attr:`Store.lock`.
"""

from __future__ import annotations

from .evaluation import metric_value
from .models import metrics
from .store import Conversation, Org
from .util import iso, new_id, utcnow

__all__ = ["POST_PROCESSINGS", "run_post_processing"]

POST_PROCESSINGS = ["generate-user-models", "extract-memories", "compute-metrics"]


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
        if metric["is_deleted"] or conversation.service_id not in metrics.applied_services(metric):
            continue
        definition = metrics.value_definition(metric, org)
        value, justification, references = metric_value(definition, conversation.messages)
        source = {"type": "post-session", "conversation_id": conversation.id, "references": references}
        metrics.record(org, metric, value, justification, source, iso(now))
