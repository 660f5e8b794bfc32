from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="HTTPValidationError")


@_attrs_define
class HTTPValidationError:
    """Why a request was rejected as invalid.

    Attributes:
        detail (list[ValidationError] | Unset): One entry per problem found.
    """

    detail: list[ValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"HTTPValidationError takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _detail_value = d.pop("detail", UNSET)
        try:
            _detail = _detail_value
            detail: list[ValidationError] | Unset = UNSET
            if _detail is not UNSET:
                detail = []
                for detail_item_data in _detail:
                    try:
                        detail_item = ValidationError.from_dict(detail_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(detail))
                        raise
                    detail.append(detail_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "detail")
            raise

        http_validation_error = cls(
            detail=detail,
        )

        http_validation_error.additional_properties = d
        return http_validation_error

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["detail"])

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
from ..models.validation_error import ValidationError

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import TypedDict

    from .validation_error import ValidationErrorParam

    HTTPValidationErrorParam = TypedDict(
        "HTTPValidationErrorParam",
        {
            "detail": Sequence[Union[ValidationErrorParam, ValidationError]],
        },
        total=False,
    )
