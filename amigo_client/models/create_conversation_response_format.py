from __future__ import annotations

from typing import Literal, cast

CreateConversationResponseFormat = Literal["text", "voice"]

CREATE_CONVERSATION_RESPONSE_FORMAT_VALUES: set[CreateConversationResponseFormat] = {
    "text",
    "voice",
}


def check_create_conversation_response_format(value: str) -> CreateConversationResponseFormat:
    if value in CREATE_CONVERSATION_RESPONSE_FORMAT_VALUES:
        return cast("CreateConversationResponseFormat", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_RESPONSE_FORMAT_VALUES!r}")
