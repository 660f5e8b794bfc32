from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="PermissionGrantInstance")


@_attrs_define
class PermissionGrantInstance:
    """A permission with the conditions under which it applies, as sent in a temporary grant.

    Attributes:
        permission_name (str): Name of the permission.
        conditions (PermissionGrantInstanceConditions): Conditions keyed by attribute name; the grant applies only when
            all of them hold.
    """

    permission_name: str
    conditions: PermissionGrantInstanceConditions = _attrs_field(factory=lambda: PermissionGrantInstanceConditions())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_name = self.permission_name

        conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_name": permission_name,
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"PermissionGrantInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        permission_name = d.pop("permission_name")

        _conditions_value = d.pop("conditions")
        try:
            conditions = PermissionGrantInstanceConditions.from_dict(_conditions_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "conditions")
            raise

        permission_grant_instance = cls(
            permission_name=permission_name,
            conditions=conditions,
        )

        permission_grant_instance.additional_properties = d
        return permission_grant_instance

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
from ..models.permission_grant_instance_conditions import PermissionGrantInstanceConditions

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .equal_condition import EqualCondition, EqualConditionParam
    from .in_condition import InCondition, InConditionParam
    from .not_equal_condition import NotEqualCondition, NotEqualConditionParam

    PermissionGrantInstanceParam = TypedDict(
        "PermissionGrantInstanceParam",
        {
            "permission_name": Required[str],
            "conditions": Required[
                Union[
                    Mapping[
                        str,
                        Union[
                            Union[EqualConditionParam, EqualCondition],
                            Union[InConditionParam, InCondition],
                            Union[NotEqualConditionParam, NotEqualCondition],
                        ],
                    ],
                    PermissionGrantInstanceConditions,
                ]
            ],
        },
        total=False,
    )
