from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateInvitedUserResponse")


@_attrs_define
class CreateInvitedUserResponse:
    """The newly created user.

    Attributes:
        user_id (str): Identifier of the new user.
        verify_link (None | str): The link that was emailed, present only when a login link was requested.
    """

    user_id: str
    verify_link: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        verify_link: None | str
        verify_link = self.verify_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "verify_link": verify_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateInvitedUserResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        user_id = d.pop("user_id")

        def _parse_verify_link(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        verify_link = _parse_verify_link(d.pop("verify_link"))

        create_invited_user_response = cls(
            user_id=user_id,
            verify_link=verify_link,
        )

        create_invited_user_response.additional_properties = d
        return create_invited_user_response

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
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    CreateInvitedUserResponseParam = TypedDict(
        "CreateInvitedUserResponseParam",
        {
            "user_id": Required[str],
            "verify_link": Required[Union[str, None]],
        },
        total=False,
    )
