from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetTemporaryPermissionGrantsResponse")


@_attrs_define
class GetTemporaryPermissionGrantsResponse:
    """One page of temporary permission grants.

    Attributes:
        temporary_permission_grants (list[TemporaryPermissionGrant]): The grants on this page.
        has_more (bool): True when another page follows.
        continuation_token (int | None): Pass this to the next call to get the following page.
    """

    temporary_permission_grants: list[TemporaryPermissionGrant]
    has_more: bool
    continuation_token: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temporary_permission_grants = []
        for temporary_permission_grants_item_data in self.temporary_permission_grants:
            temporary_permission_grants_item = temporary_permission_grants_item_data.to_dict()
            temporary_permission_grants.append(temporary_permission_grants_item)

        has_more = self.has_more

        continuation_token: int | None
        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "temporary_permission_grants": temporary_permission_grants,
                "has_more": has_more,
                "continuation_token": continuation_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetTemporaryPermissionGrantsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _temporary_permission_grants_value = d.pop("temporary_permission_grants")
        try:
            temporary_permission_grants: list[TemporaryPermissionGrant] = []
            _temporary_permission_grants = _temporary_permission_grants_value
            for temporary_permission_grants_item_data in _temporary_permission_grants:
                try:
                    temporary_permission_grants_item = TemporaryPermissionGrant.from_dict(
                        temporary_permission_grants_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(temporary_permission_grants))
                    raise
                temporary_permission_grants.append(temporary_permission_grants_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "temporary_permission_grants")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        get_temporary_permission_grants_response = cls(
            temporary_permission_grants=temporary_permission_grants,
            has_more=has_more,
            continuation_token=continuation_token,
        )

        get_temporary_permission_grants_response.additional_properties = d
        return get_temporary_permission_grants_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["temporary_permission_grants"])

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
from ..models.temporary_permission_grant import TemporaryPermissionGrant

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .temporary_permission_grant import TemporaryPermissionGrantParam

    GetTemporaryPermissionGrantsResponseParam = TypedDict(
        "GetTemporaryPermissionGrantsResponseParam",
        {
            "temporary_permission_grants": Required[
                Sequence[Union[TemporaryPermissionGrantParam, TemporaryPermissionGrant]]
            ],
            "has_more": Required[bool],
            "continuation_token": Required[Union[int, None]],
        },
        total=False,
    )
