from __future__ import annotations

from typing import Literal, cast

WebhookType = Literal[
    "agent-framework-resource-updated", "api-key-expiration-soon", "conversation-post-processing-complete"
]

WEBHOOK_TYPE_VALUES: set[WebhookType] = {
    "agent-framework-resource-updated",
    "api-key-expiration-soon",
    "conversation-post-processing-complete",
}


def check_webhook_type(value: str) -> WebhookType:
    if value in WEBHOOK_TYPE_VALUES:
        return cast("WebhookType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_TYPE_VALUES!r}")
