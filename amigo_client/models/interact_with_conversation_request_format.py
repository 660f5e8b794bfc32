from __future__ import annotations

from typing import Literal, cast

InteractWithConversationRequestFormat = Literal["text", "voice"]

INTERACT_WITH_CONVERSATION_REQUEST_FORMAT_VALUES: set[InteractWithConversationRequestFormat] = {
    "text",
    "voice",
}


def check_interact_with_conversation_request_format(value: str) -> InteractWithConversationRequestFormat:
    if value in INTERACT_WITH_CONVERSATION_REQUEST_FORMAT_VALUES:
        return cast("InteractWithConversationRequestFormat", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERACT_WITH_CONVERSATION_REQUEST_FORMAT_VALUES!r}")
