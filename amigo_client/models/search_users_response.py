from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SearchUsersResponse")


@_attrs_define
class SearchUsersResponse:
    """Users matching a search.

    Attributes:
        users (list[UserInstance]): The matching users.
    """

    users: list[UserInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SearchUsersResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _users_value = d.pop("users")
        try:
            users: list[UserInstance] = []
            _users = _users_value
            for users_item_data in _users:
                try:
                    users_item = UserInstance.from_dict(users_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(users))
                    raise
                users.append(users_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "users")
            raise

        search_users_response = cls(
            users=users,
        )

        search_users_response.additional_properties = d
        return search_users_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["users"])

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
from ..models.user_instance import UserInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .user_instance import UserInstanceParam

    SearchUsersResponseParam = TypedDict(
        "SearchUsersResponseParam",
        {
            "users": Required[Sequence[Union[UserInstanceParam, UserInstance]]],
        },
        total=False,
    )
