from __future__ import annotations

from typing import Literal, cast

InteractWithConversationResponseFormat = Literal["text", "voice"]

INTERACT_WITH_CONVERSATION_RESPONSE_FORMAT_VALUES: set[InteractWithConversationResponseFormat] = {
    "text",
    "voice",
}


def check_interact_with_conversation_response_format(value: str) -> InteractWithConversationResponseFormat:
    if value in INTERACT_WITH_CONVERSATION_RESPONSE_FORMAT_VALUES:
        return cast("InteractWithConversationResponseFormat", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTERACT_WITH_CONVERSATION_RESPONSE_FORMAT_VALUES!r}"
    )
