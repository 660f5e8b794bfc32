from __future__ import annotations

from typing import Literal, cast

SearchToolInvocationsInvocationSourceTypeItem = Literal["regular-conversation", "simulation-conversation"]

SEARCH_TOOL_INVOCATIONS_INVOCATION_SOURCE_TYPE_ITEM_VALUES: set[SearchToolInvocationsInvocationSourceTypeItem] = {
    "regular-conversation",
    "simulation-conversation",
}


def check_search_tool_invocations_invocation_source_type_item(
    value: str,
) -> SearchToolInvocationsInvocationSourceTypeItem:
    if value in SEARCH_TOOL_INVOCATIONS_INVOCATION_SOURCE_TYPE_ITEM_VALUES:
        return cast("SearchToolInvocationsInvocationSourceTypeItem", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TOOL_INVOCATIONS_INVOCATION_SOURCE_TYPE_ITEM_VALUES!r}"
    )
