from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FailedInvocationResult")


@_attrs_define
class FailedInvocationResult:
    """A tool run that raised an exception.

    Attributes:
        exception_message (str): Message of the exception.
        exception_type (str): Class name of the exception.
        exception_stack_trace (list[str]): The stack trace, as lines of text.
        duration_ms (int): How long the run took, in milliseconds.
        succeeded (bool | Unset): Always false. Default: False.
    """

    exception_message: str
    exception_type: str
    exception_stack_trace: list[str]
    duration_ms: int
    succeeded: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exception_message = self.exception_message

        exception_type = self.exception_type

        exception_stack_trace = self.exception_stack_trace

        duration_ms = self.duration_ms

        succeeded = self.succeeded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exception_message": exception_message,
                "exception_type": exception_type,
                "exception_stack_trace": exception_stack_trace,
                "duration_ms": duration_ms,
            }
        )
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"FailedInvocationResult takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        exception_message = d.pop("exception_message")

        exception_type = d.pop("exception_type")

        exception_stack_trace = cast("list[str]", d.pop("exception_stack_trace"))

        duration_ms = d.pop("duration_ms")

        succeeded = d.pop("succeeded", UNSET)

        failed_invocation_result = cls(
            exception_message=exception_message,
            exception_type=exception_type,
            exception_stack_trace=exception_stack_trace,
            duration_ms=duration_ms,
            succeeded=succeeded,
        )

        failed_invocation_result.additional_properties = d
        return failed_invocation_result

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["exception_stack_trace"])

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping

    from typing_extensions import Required, TypedDict

    FailedInvocationResultParam = TypedDict(
        "FailedInvocationResultParam",
        {
            "exception_message": Required[str],
            "exception_type": Required[str],
            "exception_stack_trace": Required[List[str]],
            "duration_ms": Required[int],
            "succeeded": bool,
        },
        total=False,
    )
