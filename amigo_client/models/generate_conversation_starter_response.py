from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GenerateConversationStarterResponse")


@_attrs_define
class GenerateConversationStarterResponse:
    """Generated conversation starters.

    Attributes:
        prompts (list[Prompt]): The starters.
    """

    prompts: list[Prompt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompts = []
        for prompts_item_data in self.prompts:
            prompts_item = prompts_item_data.to_dict()
            prompts.append(prompts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompts": prompts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GenerateConversationStarterResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _prompts_value = d.pop("prompts")
        try:
            prompts: list[Prompt] = []
            _prompts = _prompts_value
            for prompts_item_data in _prompts:
                try:
                    prompts_item = Prompt.from_dict(prompts_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(prompts))
                    raise
                prompts.append(prompts_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "prompts")
            raise

        generate_conversation_starter_response = cls(
            prompts=prompts,
        )

        generate_conversation_starter_response.additional_properties = d
        return generate_conversation_starter_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["prompts"])

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.prompt import Prompt

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .prompt import PromptParam

    GenerateConversationStarterResponseParam = TypedDict(
        "GenerateConversationStarterResponseParam",
        {
            "prompts": Required[Sequence[Union[PromptParam, Prompt]]],
        },
        total=False,
    )
