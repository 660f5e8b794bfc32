from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="UpsertServiceVersionSetRequest")


@_attrs_define
class UpsertServiceVersionSetRequest:
    """Body for creating or replacing a version set.

    Attributes:
        version_set (VersionSetInput): Pins agent, state machine and model choices for a service (request form).
    """

    version_set: VersionSetInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_set = self.version_set.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_set": version_set,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpsertServiceVersionSetRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _version_set_value = d.pop("version_set")
        try:
            version_set = VersionSetInput.from_dict(_version_set_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "version_set")
            raise

        upsert_service_version_set_request = cls(
            version_set=version_set,
        )

        upsert_service_version_set_request.additional_properties = d
        return upsert_service_version_set_request

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


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.version_set_input import VersionSetInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .version_set_input import VersionSetInputParam

    UpsertServiceVersionSetRequestParam = TypedDict(
        "UpsertServiceVersionSetRequestParam",
        {
            "version_set": Required[Union[VersionSetInputParam, VersionSetInput]],
        },
        total=False,
    )
