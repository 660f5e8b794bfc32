from __future__ import annotations

from typing import Literal, cast

FrontendView = Literal["admin", "client"]

FRONTEND_VIEW_VALUES: set[FrontendView] = {
    "admin",
    "client",
}


def check_frontend_view(value: str) -> FrontendView:
    if value in FRONTEND_VIEW_VALUES:
        return cast("FrontendView", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FRONTEND_VIEW_VALUES!r}")
