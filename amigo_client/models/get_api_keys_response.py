from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetApiKeysResponse")


@_attrs_define
class GetApiKeysResponse:
    """Answer to `get-api-keys`.

    Attributes:
        api_keys (list[APIKeyInstance]): The keys of the organization.
    """

    api_keys: list[APIKeyInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_keys": api_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetApiKeysResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _api_keys_value = d.pop("api_keys")
        try:
            api_keys: list[APIKeyInstance] = []
            _api_keys = _api_keys_value
            for api_keys_item_data in _api_keys:
                try:
                    api_keys_item = APIKeyInstance.from_dict(api_keys_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(api_keys))
                    raise
                api_keys.append(api_keys_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "api_keys")
            raise

        get_api_keys_response = cls(
            api_keys=api_keys,
        )

        get_api_keys_response.additional_properties = d
        return get_api_keys_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["api_keys"])

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
from ..models.api_key_instance import APIKeyInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .api_key_instance import APIKeyInstanceParam

    GetApiKeysResponseParam = TypedDict(
        "GetApiKeysResponseParam",
        {
            "api_keys": Required[Sequence[Union[APIKeyInstanceParam, APIKeyInstance]]],
        },
        total=False,
    )
