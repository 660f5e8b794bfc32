from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="UserInstance")


@_attrs_define
class UserInstance:
    """A user of the organization.

    Attributes:
        org_id (str): Organization the user belongs to.
        user_id (str): User identifier.
        first_name (str): Given name.
        last_name (str): Family name.
        email (str): Email address.
        user_stats (UserStats): Usage counters for a user.
        role (str): Identifier of the user's role.
        preferences (PreferencesOutput): Per-user settings that tailor the experience.
        nonsensitive_variables (UserInstanceNonsensitiveVariables): The user's plain variables and their values.
        sensitive_variables (list[str]): Names of the user's secret variables (values are never returned).
    """

    org_id: str
    user_id: str
    first_name: str
    last_name: str
    email: str
    user_stats: UserStats
    role: str
    preferences: PreferencesOutput
    sensitive_variables: list[str]
    nonsensitive_variables: UserInstanceNonsensitiveVariables = _attrs_field(
        factory=lambda: UserInstanceNonsensitiveVariables()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        user_id = self.user_id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        user_stats = self.user_stats.to_dict()

        role = self.role

        preferences = self.preferences.to_dict()

        nonsensitive_variables = self.nonsensitive_variables.to_dict()

        sensitive_variables = self.sensitive_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "user_id": user_id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "user_stats": user_stats,
                "role": role,
                "preferences": preferences,
                "nonsensitive_variables": nonsensitive_variables,
                "sensitive_variables": sensitive_variables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"UserInstance takes a mapping of its fields, not {type(src_dict).__name__}") from None
        org_id = d.pop("org_id")

        user_id = d.pop("user_id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        _user_stats_value = d.pop("user_stats")
        try:
            user_stats = UserStats.from_dict(_user_stats_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "user_stats")
            raise

        role = d.pop("role")

        _preferences_value = d.pop("preferences")
        try:
            preferences = PreferencesOutput.from_dict(_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "preferences")
            raise

        _nonsensitive_variables_value = d.pop("nonsensitive_variables")
        try:
            nonsensitive_variables = UserInstanceNonsensitiveVariables.from_dict(_nonsensitive_variables_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "nonsensitive_variables")
            raise

        sensitive_variables = cast("list[str]", d.pop("sensitive_variables"))

        user_instance = cls(
            org_id=org_id,
            user_id=user_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            user_stats=user_stats,
            role=role,
            preferences=preferences,
            nonsensitive_variables=nonsensitive_variables,
            sensitive_variables=sensitive_variables,
        )

        user_instance.additional_properties = d
        return user_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["sensitive_variables"])

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
from ..models.preferences_output import PreferencesOutput
from ..models.user_instance_nonsensitive_variables import UserInstanceNonsensitiveVariables
from ..models.user_stats import UserStats

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .preferences_output import PreferencesOutputParam
    from .user_stats import UserStatsParam

    UserInstanceParam = TypedDict(
        "UserInstanceParam",
        {
            "org_id": Required[str],
            "user_id": Required[str],
            "first_name": Required[str],
            "last_name": Required[str],
            "email": Required[str],
            "user_stats": Required[Union[UserStatsParam, UserStats]],
            "role": Required[str],
            "preferences": Required[Union[PreferencesOutputParam, PreferencesOutput]],
            "nonsensitive_variables": Required[Union[Mapping[str, str], UserInstanceNonsensitiveVariables]],
            "sensitive_variables": Required[List[str]],
        },
        total=False,
    )
