from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetUserDimensionsResponse")


@_attrs_define
class GetUserDimensionsResponse:
    """Answer to `get-user-dimensions`.

    Attributes:
        user_dimensions (list[UserDimensionOutput]): The organization's user dimensions.
    """

    user_dimensions: list[UserDimensionOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_dimensions = []
        for user_dimensions_item_data in self.user_dimensions:
            user_dimensions_item = user_dimensions_item_data.to_dict()
            user_dimensions.append(user_dimensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_dimensions": user_dimensions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetUserDimensionsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _user_dimensions_value = d.pop("user_dimensions")
        try:
            user_dimensions: list[UserDimensionOutput] = []
            _user_dimensions = _user_dimensions_value
            for user_dimensions_item_data in _user_dimensions:
                try:
                    user_dimensions_item = UserDimensionOutput.from_dict(user_dimensions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(user_dimensions))
                    raise
                user_dimensions.append(user_dimensions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "user_dimensions")
            raise

        get_user_dimensions_response = cls(
            user_dimensions=user_dimensions,
        )

        get_user_dimensions_response.additional_properties = d
        return get_user_dimensions_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["user_dimensions"])

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
from ..models.user_dimension_output import UserDimensionOutput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .user_dimension_output import UserDimensionOutputParam

    GetUserDimensionsResponseParam = TypedDict(
        "GetUserDimensionsResponseParam",
        {
            "user_dimensions": Required[Sequence[Union[UserDimensionOutputParam, UserDimensionOutput]]],
        },
        total=False,
    )
