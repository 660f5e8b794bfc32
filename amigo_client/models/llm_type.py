from __future__ import annotations

from typing import Literal, cast

LLMType = Literal[
    "aws_claude-sonnet-4-5-20250929",
    "azure_gpt-4.1-2025-04-14",
    "azure_gpt-4.1-mini-2025-04-14",
    "azure_gpt-5-nano-2025-08-07",
    "azure_gpt-5.1-2025-11-13",
    "azure_gpt-5.2-2025-12-11",
    "google_claude-sonnet-4-5@20250929",
    "google_gemini-2.5-flash",
    "google_gemini-2.5-pro",
    "openai_gpt-4.1-2025-04-14",
    "openai_gpt-4.1-mini-2025-04-14",
    "openai_gpt-5-nano-2025-08-07",
    "openai_gpt-5.1-2025-11-13",
    "openai_gpt-5.2-2025-12-11",
]

LLM_TYPE_VALUES: set[LLMType] = {
    "aws_claude-sonnet-4-5-20250929",
    "azure_gpt-4.1-2025-04-14",
    "azure_gpt-4.1-mini-2025-04-14",
    "azure_gpt-5-nano-2025-08-07",
    "azure_gpt-5.1-2025-11-13",
    "azure_gpt-5.2-2025-12-11",
    "google_claude-sonnet-4-5@20250929",
    "google_gemini-2.5-flash",
    "google_gemini-2.5-pro",
    "openai_gpt-4.1-2025-04-14",
    "openai_gpt-4.1-mini-2025-04-14",
    "openai_gpt-5-nano-2025-08-07",
    "openai_gpt-5.1-2025-11-13",
    "openai_gpt-5.2-2025-12-11",
}


def check_llm_type(value: str) -> LLMType:
    if value in LLM_TYPE_VALUES:
        return cast("LLMType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_TYPE_VALUES!r}")
