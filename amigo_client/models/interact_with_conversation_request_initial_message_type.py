from __future__ import annotations

from typing import Literal, cast

InteractWithConversationRequestInitialMessageType = Literal["external-event", "skip", "user-message"]

INTERACT_WITH_CONVERSATION_REQUEST_INITIAL_MESSAGE_TYPE_VALUES: set[
    InteractWithConversationRequestInitialMessageType
] = {
    "external-event",
    "skip",
    "user-message",
}


def check_interact_with_conversation_request_initial_message_type(
    value: str,
) -> InteractWithConversationRequestInitialMessageType:
    if value in INTERACT_WITH_CONVERSATION_REQUEST_INITIAL_MESSAGE_TYPE_VALUES:
        return cast("InteractWithConversationRequestInitialMessageType", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTERACT_WITH_CONVERSATION_REQUEST_INITIAL_MESSAGE_TYPE_VALUES!r}"
    )
