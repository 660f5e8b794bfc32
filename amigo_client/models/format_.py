from typing import Literal

Format = Literal["text", "voice"]

FORMAT_VALUES: set[Format] = {
    "text",
    "voice",
}


def check_format(value: str) -> Format:
    if value in FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORMAT_VALUES!r}")
