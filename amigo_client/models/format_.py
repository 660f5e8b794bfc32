from __future__ import annotations

from typing import Literal, cast

Format = Literal["text", "voice"]

FORMAT_VALUES: set[Format] = {
    "text",
    "voice",
}


def check_format(value: str) -> Format:
    if value in FORMAT_VALUES:
        return cast("Format", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORMAT_VALUES!r}")
