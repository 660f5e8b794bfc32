from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEvent")


@_attrs_define
class ErrorEvent:
    """Something failed mid-stream (even after a success status); the connection closes right after.

    Attributes:
        http_error_code (int): HTTP status code describing the failure.
        error_description (str): What went wrong.
        type_ (Literal['error'] | Unset): Always `error`. Default: 'error'.
    """

    http_error_code: int
    error_description: str
    type_: Literal["error"] | Unset = "error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_error_code = self.http_error_code

        error_description = self.error_description

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "http_error_code": http_error_code,
                "error_description": error_description,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"ErrorEvent takes a mapping of its fields, not {type(src_dict).__name__}") from None
        http_error_code = d.pop("http_error_code")

        error_description = d.pop("error_description")

        type_ = cast("Literal['error'] | Unset", d.pop("type", UNSET))
        if type_ != "error" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'error', got '{type_}'")

        error_event = cls(
            http_error_code=http_error_code,
            error_description=error_description,
            type_=type_,
        )

        error_event.additional_properties = d
        return error_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, [])

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
    from typing import Any, Literal, Mapping

    from typing_extensions import Required, TypedDict

    ErrorEventParam = TypedDict(
        "ErrorEventParam",
        {
            "http_error_code": Required[int],
            "error_description": Required[str],
            "type": Literal["error"],
        },
        total=False,
    )
