from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateOrganizationRequest")


@_attrs_define
class CreateOrganizationRequest:
    """Everything a new organization starts with; images are base64-encoded file bytes.

    Attributes:
        org_name (str): Display name of the organization.
        title (str): Short marketing line shown for the organization.
        main_description (str): Text on the login page of the organization's frontend that presents what it offers.
        sub_description (str): Smaller secondary text shown under `main_description`.
        user_dimensions (list[UserDimensionInput]): The user dimensions the organization starts with.
        logo (str): Wide logo (PNG, 5:2, at least 400x160 pixels) used on the frontend and in messages sent to users.
        square_logo (str): Square logo (PNG, at least 40x40 pixels).
        favicon (str): Browser icon of the frontend (square ICO, at least 40x40 pixels).
        signup_page_headshot (str): Portrait of the organization's main persona for the signup page (PNG, at least
            292x400 pixels, ratio 0.73); a stock image is used when empty.
        onboarding_instructions (list[str]): Markdown pages of the onboarding flow, one entry per page.
        azure_devops_team_name (str): Azure DevOps team that holds the organization's tool source code; created when
            missing, and shared by all organizations naming the same team.
        default_user_preferences (CreateOrganizationRequestPreferences | Unset): Default preferences for the users of a
            new organization.
    """

    org_name: str
    title: str
    main_description: str
    sub_description: str
    user_dimensions: list[UserDimensionInput]
    logo: str
    square_logo: str
    favicon: str
    signup_page_headshot: str
    onboarding_instructions: list[str]
    azure_devops_team_name: str
    default_user_preferences: CreateOrganizationRequestPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_name = self.org_name

        title = self.title

        main_description = self.main_description

        sub_description = self.sub_description

        user_dimensions = []
        for user_dimensions_item_data in self.user_dimensions:
            user_dimensions_item = user_dimensions_item_data.to_dict()
            user_dimensions.append(user_dimensions_item)

        logo = self.logo

        square_logo = self.square_logo

        favicon = self.favicon

        signup_page_headshot = self.signup_page_headshot

        onboarding_instructions = self.onboarding_instructions

        azure_devops_team_name = self.azure_devops_team_name

        default_user_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_user_preferences, Unset):
            default_user_preferences = self.default_user_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_name": org_name,
                "title": title,
                "main_description": main_description,
                "sub_description": sub_description,
                "user_dimensions": user_dimensions,
                "logo": logo,
                "square_logo": square_logo,
                "favicon": favicon,
                "signup_page_headshot": signup_page_headshot,
                "onboarding_instructions": onboarding_instructions,
                "azure_devops_team_name": azure_devops_team_name,
            }
        )
        if default_user_preferences is not UNSET:
            field_dict["default_user_preferences"] = default_user_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateOrganizationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        org_name = d.pop("org_name")

        title = d.pop("title")

        main_description = d.pop("main_description")

        sub_description = d.pop("sub_description")

        _user_dimensions_value = d.pop("user_dimensions")
        try:
            user_dimensions: list[UserDimensionInput] = []
            _user_dimensions = _user_dimensions_value
            for user_dimensions_item_data in _user_dimensions:
                try:
                    user_dimensions_item = UserDimensionInput.from_dict(user_dimensions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(user_dimensions))
                    raise
                user_dimensions.append(user_dimensions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "user_dimensions")
            raise

        logo = d.pop("logo")

        square_logo = d.pop("square_logo")

        favicon = d.pop("favicon")

        signup_page_headshot = d.pop("signup_page_headshot")

        onboarding_instructions = cast("list[str]", d.pop("onboarding_instructions"))

        azure_devops_team_name = d.pop("azure_devops_team_name")

        _default_user_preferences_value = d.pop("default_user_preferences", UNSET)
        try:
            _default_user_preferences = _default_user_preferences_value
            default_user_preferences: CreateOrganizationRequestPreferences | Unset
            if isinstance(_default_user_preferences, Unset):
                default_user_preferences = UNSET
            else:
                default_user_preferences = CreateOrganizationRequestPreferences.from_dict(_default_user_preferences)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "default_user_preferences")
            raise

        create_organization_request = cls(
            org_name=org_name,
            title=title,
            main_description=main_description,
            sub_description=sub_description,
            user_dimensions=user_dimensions,
            logo=logo,
            square_logo=square_logo,
            favicon=favicon,
            signup_page_headshot=signup_page_headshot,
            onboarding_instructions=onboarding_instructions,
            azure_devops_team_name=azure_devops_team_name,
            default_user_preferences=default_user_preferences,
        )

        create_organization_request.additional_properties = d
        return create_organization_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["user_dimensions", "onboarding_instructions"])

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
from ..models.create_organization_request_preferences import CreateOrganizationRequestPreferences
from ..models.user_dimension_input import UserDimensionInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .create_organization_request_preferences import CreateOrganizationRequestPreferencesParam
    from .user_dimension_input import UserDimensionInputParam

    CreateOrganizationRequestParam = TypedDict(
        "CreateOrganizationRequestParam",
        {
            "org_name": Required[str],
            "title": Required[str],
            "main_description": Required[str],
            "sub_description": Required[str],
            "user_dimensions": Required[Sequence[Union[UserDimensionInputParam, UserDimensionInput]]],
            "logo": Required[str],
            "square_logo": Required[str],
            "favicon": Required[str],
            "signup_page_headshot": Required[str],
            "onboarding_instructions": Required[List[str]],
            "azure_devops_team_name": Required[str],
            "default_user_preferences": Union[
                CreateOrganizationRequestPreferencesParam, CreateOrganizationRequestPreferences
            ],
        },
        total=False,
    )
