from __future__ import annotations

from typing import Literal, cast

GetToolInvocationsInvocationSourceTypeItem = Literal["regular-conversation", "simulation-conversation"]

GET_TOOL_INVOCATIONS_INVOCATION_SOURCE_TYPE_ITEM_VALUES: set[GetToolInvocationsInvocationSourceTypeItem] = {
    "regular-conversation",
    "simulation-conversation",
}


def check_get_tool_invocations_invocation_source_type_item(value: str) -> GetToolInvocationsInvocationSourceTypeItem:
    if value in GET_TOOL_INVOCATIONS_INVOCATION_SOURCE_TYPE_ITEM_VALUES:
        return cast("GetToolInvocationsInvocationSourceTypeItem", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TOOL_INVOCATIONS_INVOCATION_SOURCE_TYPE_ITEM_VALUES!r}"
    )
