from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """Parameters of a new API key.

    Attributes:
        name (None | str): Optional label that helps people recognise the key.
        duration (str): Lifetime of the key as an ISO 8601 duration (for example `P30D`), from 1 to 90 days.
        role_name (str | Unset): Role bound to the key; the key can only sign in users whose role grants less than this
            one. Default: 'DefaultAdministratorRole'.
    """

    name: None | str
    duration: str
    role_name: str | Unset = "DefaultAdministratorRole"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        duration = self.duration

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "duration": duration,
            }
        )
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateApiKeyRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        duration = d.pop("duration")

        role_name = d.pop("role_name", UNSET)

        create_api_key_request = cls(
            name=name,
            duration=duration,
            role_name=role_name,
        )

        create_api_key_request.additional_properties = d
        return create_api_key_request

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

    CreateApiKeyRequestParam = TypedDict(
        "CreateApiKeyRequestParam",
        {
            "name": Required[Union[str, None]],
            "duration": Required[str],
            "role_name": str,
        },
        total=False,
    )
