from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="UserModel")


@_attrs_define
class UserModel:
    """A summary of what is known about a user, with the insights behind it.

    Attributes:
        content (str): The model's text about the user.
        insight_ids (list[str]): IDs of the insights the model was built from.
        dimensions (list[UserDimensionOutput]): The aspects of the user the model covers.
    """

    content: str
    insight_ids: list[str]
    dimensions: list[UserDimensionOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        insight_ids = self.insight_ids

        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.to_dict()
            dimensions.append(dimensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "insight_ids": insight_ids,
                "dimensions": dimensions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"UserModel takes a mapping of its fields, not {type(src_dict).__name__}") from None
        content = d.pop("content")

        insight_ids = cast("list[str]", d.pop("insight_ids"))

        _dimensions_value = d.pop("dimensions")
        try:
            dimensions: list[UserDimensionOutput] = []
            _dimensions = _dimensions_value
            for dimensions_item_data in _dimensions:
                try:
                    dimensions_item = UserDimensionOutput.from_dict(dimensions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(dimensions))
                    raise
                dimensions.append(dimensions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "dimensions")
            raise

        user_model = cls(
            content=content,
            insight_ids=insight_ids,
            dimensions=dimensions,
        )

        user_model.additional_properties = d
        return user_model

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["insight_ids", "dimensions"])

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
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .user_dimension_output import UserDimensionOutputParam

    UserModelParam = TypedDict(
        "UserModelParam",
        {
            "content": Required[str],
            "insight_ids": Required[List[str]],
            "dimensions": Required[Sequence[Union[UserDimensionOutputParam, UserDimensionOutput]]],
        },
        total=False,
    )
