from __future__ import annotations

from typing import Literal, cast

CreateConversationRequestInitialMessageTypeType0 = Literal["external-event", "user-message"]

CREATE_CONVERSATION_REQUEST_INITIAL_MESSAGE_TYPE_TYPE_0_VALUES: set[
    CreateConversationRequestInitialMessageTypeType0
] = {
    "external-event",
    "user-message",
}


def check_create_conversation_request_initial_message_type_type_0(
    value: str,
) -> CreateConversationRequestInitialMessageTypeType0:
    if value in CREATE_CONVERSATION_REQUEST_INITIAL_MESSAGE_TYPE_TYPE_0_VALUES:
        return cast("CreateConversationRequestInitialMessageTypeType0", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_REQUEST_INITIAL_MESSAGE_TYPE_TYPE_0_VALUES!r}"
    )
