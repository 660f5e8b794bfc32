from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateInvitedUserRequest")


@_attrs_define
class CreateInvitedUserRequest:
    """Details of the user to create.

    Attributes:
        first_name (str): Given name.
        last_name (str): Family name.
        email (str): Email address, unique within the organization.
        role_name (str): Name of the role to grant the user.
        login_link (None | str | Unset): If given, a login link pointing here is emailed to the user.
        nonsensitive_user_variables (CreateInvitedUserRequestNonsensitiveUserVariables | Unset): Plain variables passed
            to tools when they run for this user.
        sensitive_user_variables (CreateInvitedUserRequestSensitiveUserVariables | Unset): Secret variables passed to
            tools when they run for this user.
        user_preferences (CreateInvitedUserRequestPreferences | None | Unset): Initial preferences; when absent the
            organization defaults apply.
    """

    first_name: str
    last_name: str
    email: str
    role_name: str
    login_link: None | str | Unset = UNSET
    nonsensitive_user_variables: CreateInvitedUserRequestNonsensitiveUserVariables | Unset = UNSET
    sensitive_user_variables: CreateInvitedUserRequestSensitiveUserVariables | Unset = UNSET
    user_preferences: CreateInvitedUserRequestPreferences | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        role_name = self.role_name

        login_link: None | str | Unset
        if isinstance(self.login_link, Unset):
            login_link = UNSET
        else:
            login_link = self.login_link

        nonsensitive_user_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nonsensitive_user_variables, Unset):
            nonsensitive_user_variables = self.nonsensitive_user_variables.to_dict()

        sensitive_user_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sensitive_user_variables, Unset):
            sensitive_user_variables = self.sensitive_user_variables.to_dict()

        user_preferences: dict[str, Any] | None | Unset
        if isinstance(self.user_preferences, Unset):
            user_preferences = UNSET
        elif isinstance(self.user_preferences, CreateInvitedUserRequestPreferences):
            user_preferences = self.user_preferences.to_dict()
        else:
            user_preferences = self.user_preferences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "role_name": role_name,
            }
        )
        if login_link is not UNSET:
            field_dict["login_link"] = login_link
        if nonsensitive_user_variables is not UNSET:
            field_dict["nonsensitive_user_variables"] = nonsensitive_user_variables
        if sensitive_user_variables is not UNSET:
            field_dict["sensitive_user_variables"] = sensitive_user_variables
        if user_preferences is not UNSET:
            field_dict["user_preferences"] = user_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateInvitedUserRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        role_name = d.pop("role_name")

        def _parse_login_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        login_link = _parse_login_link(d.pop("login_link", UNSET))

        _nonsensitive_user_variables_value = d.pop("nonsensitive_user_variables", UNSET)
        try:
            _nonsensitive_user_variables = _nonsensitive_user_variables_value
            nonsensitive_user_variables: CreateInvitedUserRequestNonsensitiveUserVariables | Unset
            if isinstance(_nonsensitive_user_variables, Unset):
                nonsensitive_user_variables = UNSET
            else:
                nonsensitive_user_variables = CreateInvitedUserRequestNonsensitiveUserVariables.from_dict(
                    _nonsensitive_user_variables
                )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "nonsensitive_user_variables")
            raise

        _sensitive_user_variables_value = d.pop("sensitive_user_variables", UNSET)
        try:
            _sensitive_user_variables = _sensitive_user_variables_value
            sensitive_user_variables: CreateInvitedUserRequestSensitiveUserVariables | Unset
            if isinstance(_sensitive_user_variables, Unset):
                sensitive_user_variables = UNSET
            else:
                sensitive_user_variables = CreateInvitedUserRequestSensitiveUserVariables.from_dict(
                    _sensitive_user_variables
                )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "sensitive_user_variables")
            raise

        _user_preferences_value = d.pop("user_preferences", UNSET)
        try:

            def _parse_user_preferences(data: object) -> CreateInvitedUserRequestPreferences | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        user_preferences_type_0 = CreateInvitedUserRequestPreferences.from_dict(data)

                        return user_preferences_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("CreateInvitedUserRequestPreferences | None | Unset", data)

            user_preferences = _parse_user_preferences(_user_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "user_preferences")
            raise

        create_invited_user_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            role_name=role_name,
            login_link=login_link,
            nonsensitive_user_variables=nonsensitive_user_variables,
            sensitive_user_variables=sensitive_user_variables,
            user_preferences=user_preferences,
        )

        create_invited_user_request.additional_properties = d
        return create_invited_user_request

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
from ..models.create_invited_user_request_nonsensitive_user_variables import (
    CreateInvitedUserRequestNonsensitiveUserVariables,
)
from ..models.create_invited_user_request_preferences import CreateInvitedUserRequestPreferences
from ..models.create_invited_user_request_sensitive_user_variables import CreateInvitedUserRequestSensitiveUserVariables

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .create_invited_user_request_preferences import CreateInvitedUserRequestPreferencesParam

    CreateInvitedUserRequestParam = TypedDict(
        "CreateInvitedUserRequestParam",
        {
            "first_name": Required[str],
            "last_name": Required[str],
            "email": Required[str],
            "role_name": Required[str],
            "login_link": Union[str, None],
            "nonsensitive_user_variables": Union[Mapping[str, str], CreateInvitedUserRequestNonsensitiveUserVariables],
            "sensitive_user_variables": Union[Mapping[str, str], CreateInvitedUserRequestSensitiveUserVariables],
            "user_preferences": Union[
                Union[CreateInvitedUserRequestPreferencesParam, CreateInvitedUserRequestPreferences], None
            ],
        },
        total=False,
    )
