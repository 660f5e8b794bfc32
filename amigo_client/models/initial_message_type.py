from __future__ import annotations

from typing import Literal, cast

InitialMessageType = Literal["external-event", "skip", "user-message"]

INITIAL_MESSAGE_TYPE_VALUES: set[InitialMessageType] = {
    "external-event",
    "skip",
    "user-message",
}


def check_initial_message_type(value: str) -> InitialMessageType:
    if value in INITIAL_MESSAGE_TYPE_VALUES:
        return cast("InitialMessageType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INITIAL_MESSAGE_TYPE_VALUES!r}")
