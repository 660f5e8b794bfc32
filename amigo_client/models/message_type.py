from __future__ import annotations

from typing import Literal, cast

MessageType = Literal["agent-inner-thought", "agent-message", "external-event", "user-message"]

MESSAGE_TYPE_VALUES: set[MessageType] = {
    "agent-inner-thought",
    "agent-message",
    "external-event",
    "user-message",
}


def check_message_type(value: str) -> MessageType:
    if value in MESSAGE_TYPE_VALUES:
        return cast("MessageType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TYPE_VALUES!r}")
