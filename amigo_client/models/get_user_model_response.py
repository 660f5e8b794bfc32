from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetUserModelResponse")


@_attrs_define
class GetUserModelResponse:
    """The latest user models of a user.

    Attributes:
        user_models (list[UserModel]): Most recent user models.
        additional_context (list[str]): Extra context recorded for the user.
    """

    user_models: list[UserModel]
    additional_context: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_models = []
        for user_models_item_data in self.user_models:
            user_models_item = user_models_item_data.to_dict()
            user_models.append(user_models_item)

        additional_context = self.additional_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_models": user_models,
                "additional_context": additional_context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetUserModelResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _user_models_value = d.pop("user_models")
        try:
            user_models: list[UserModel] = []
            _user_models = _user_models_value
            for user_models_item_data in _user_models:
                try:
                    user_models_item = UserModel.from_dict(user_models_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(user_models))
                    raise
                user_models.append(user_models_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "user_models")
            raise

        additional_context = cast("list[str]", d.pop("additional_context"))

        get_user_model_response = cls(
            user_models=user_models,
            additional_context=additional_context,
        )

        get_user_model_response.additional_properties = d
        return get_user_model_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["user_models", "additional_context"])

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
from ..models.user_model import UserModel

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .user_model import UserModelParam

    GetUserModelResponseParam = TypedDict(
        "GetUserModelResponseParam",
        {
            "user_models": Required[Sequence[Union[UserModelParam, UserModel]]],
            "additional_context": Required[List[str]],
        },
        total=False,
    )
