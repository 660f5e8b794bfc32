from __future__ import annotations

from typing import Literal, cast

PublishToolVersionRequestBumpType = Literal["major", "minor", "patch"]

PUBLISH_TOOL_VERSION_REQUEST_BUMP_TYPE_VALUES: set[PublishToolVersionRequestBumpType] = {
    "major",
    "minor",
    "patch",
}


def check_publish_tool_version_request_bump_type(value: str) -> PublishToolVersionRequestBumpType:
    if value in PUBLISH_TOOL_VERSION_REQUEST_BUMP_TYPE_VALUES:
        return cast("PublishToolVersionRequestBumpType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUBLISH_TOOL_VERSION_REQUEST_BUMP_TYPE_VALUES!r}")
