from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="TestToolResponse")


@_attrs_define
class TestToolResponse:
    """Results of a tool test.

    Attributes:
        invocation_results (list[FailedInvocationResult | SucceededInvocationResult]): A result for each input set.
    """

    invocation_results: list[FailedInvocationResult | SucceededInvocationResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invocation_results = []
        for invocation_results_item_data in self.invocation_results:
            invocation_results_item: dict[str, Any]
            if isinstance(invocation_results_item_data, SucceededInvocationResult):
                invocation_results_item = invocation_results_item_data.to_dict()
            else:
                invocation_results_item = invocation_results_item_data.to_dict()

            invocation_results.append(invocation_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invocation_results": invocation_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"TestToolResponse takes a mapping of its fields, not {type(src_dict).__name__}") from None
        _invocation_results_value = d.pop("invocation_results")
        try:
            invocation_results: list[FailedInvocationResult | SucceededInvocationResult] = []
            _invocation_results = _invocation_results_value
            for invocation_results_item_data in _invocation_results:
                try:

                    def _parse_invocation_results_item(
                        data: object,
                    ) -> FailedInvocationResult | SucceededInvocationResult:

                        if isinstance(data, dict):
                            try:
                                componentsschemas_invocation_result_type_0 = SucceededInvocationResult.from_dict(data)

                                return componentsschemas_invocation_result_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_invocation_result_type_1 = FailedInvocationResult.from_dict(data)

                        return componentsschemas_invocation_result_type_1

                    invocation_results_item = _parse_invocation_results_item(invocation_results_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(invocation_results))
                    raise
                invocation_results.append(invocation_results_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invocation_results")
            raise

        test_tool_response = cls(
            invocation_results=invocation_results,
        )

        test_tool_response.additional_properties = d
        return test_tool_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["invocation_results"])

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
from ..models.failed_invocation_result import FailedInvocationResult
from ..models.succeeded_invocation_result import SucceededInvocationResult

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .failed_invocation_result import FailedInvocationResultParam
    from .succeeded_invocation_result import SucceededInvocationResultParam

    TestToolResponseParam = TypedDict(
        "TestToolResponseParam",
        {
            "invocation_results": Required[
                Sequence[
                    Union[
                        Union[SucceededInvocationResultParam, SucceededInvocationResult],
                        Union[FailedInvocationResultParam, FailedInvocationResult],
                    ]
                ]
            ],
        },
        total=False,
    )
