from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="PermissionGrantInstanceConditions")


@_attrs_define
class PermissionGrantInstanceConditions:
    """Conditions keyed by attribute name; the grant applies only when all of them hold."""

    additional_properties: dict[str, EqualCondition | InCondition | NotEqualCondition] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, EqualCondition):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, InCondition):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"PermissionGrantInstanceConditions takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        permission_grant_instance_conditions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:

                def _parse_additional_property(data: object) -> EqualCondition | InCondition | NotEqualCondition:

                    if isinstance(data, dict):
                        try:
                            componentsschemas_condition_type_0 = EqualCondition.from_dict(data)

                            return componentsschemas_condition_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if isinstance(data, dict):
                        try:
                            componentsschemas_condition_type_1 = InCondition.from_dict(data)

                            return componentsschemas_condition_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_condition_type_2 = NotEqualCondition.from_dict(data)

                    return componentsschemas_condition_type_2

                additional_property = _parse_additional_property(prop_dict)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, prop_name)
                raise
            additional_properties[prop_name] = additional_property

        permission_grant_instance_conditions.additional_properties = additional_properties
        return permission_grant_instance_conditions

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

    def __getitem__(self, key: str) -> EqualCondition | InCondition | NotEqualCondition:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EqualCondition | InCondition | NotEqualCondition) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.equal_condition import EqualCondition
from ..models.in_condition import InCondition
from ..models.not_equal_condition import NotEqualCondition

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from .equal_condition import EqualConditionParam
    from .in_condition import InConditionParam
    from .not_equal_condition import NotEqualConditionParam

    PermissionGrantInstanceConditionsParam = Mapping[
        str,
        Union[
            Union[EqualConditionParam, EqualCondition],
            Union[InConditionParam, InCondition],
            Union[NotEqualConditionParam, NotEqualCondition],
        ],
    ]
