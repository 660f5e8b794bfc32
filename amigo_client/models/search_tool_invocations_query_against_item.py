from __future__ import annotations

from typing import Literal, cast

SearchToolInvocationsQueryAgainstItem = Literal[
    "invocation_status.exception_message",
    "invocation_status.exception_stack_trace",
    "invocation_status.exception_type",
    "invocation_status.output",
]

SEARCH_TOOL_INVOCATIONS_QUERY_AGAINST_ITEM_VALUES: set[SearchToolInvocationsQueryAgainstItem] = {
    "invocation_status.exception_message",
    "invocation_status.exception_stack_trace",
    "invocation_status.exception_type",
    "invocation_status.output",
}


def check_search_tool_invocations_query_against_item(value: str) -> SearchToolInvocationsQueryAgainstItem:
    if value in SEARCH_TOOL_INVOCATIONS_QUERY_AGAINST_ITEM_VALUES:
        return cast("SearchToolInvocationsQueryAgainstItem", value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TOOL_INVOCATIONS_QUERY_AGAINST_ITEM_VALUES!r}"
    )
