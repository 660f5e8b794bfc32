from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ModifyOrganizationRequest")


@_attrs_define
class ModifyOrganizationRequest:
    """Organization fields to change; a field left out or null keeps its current value.

    Attributes:
        title (None | str | Unset): New marketing line.
        main_description (None | str | Unset): New text for the login page of the organization's frontend.
        sub_description (None | str | Unset): New secondary text shown under `main_description`.
        logo (None | str | Unset): New wide logo (PNG, 5:2, at least 400x160 pixels, base64).
        square_logo (None | str | Unset): New square logo (PNG, at least 40x40 pixels, base64).
        favicon (None | str | Unset): New browser icon (square ICO, at least 40x40 pixels, base64).
        signup_page_headshot (None | str | Unset): New signup-page portrait (PNG, at least 292x400 pixels, ratio 0.73,
            base64).
        user_dimensions (list[UserDimensionInput] | None | Unset): New list of user dimensions, replacing the current
            one.
        default_user_preferences (ModifyOrganizationRequestPreferences | None | Unset): New default preferences for the
            organization's users.
        onboarding_instructions (list[str] | None | Unset): New Markdown onboarding pages, one entry per page.
    """

    title: None | str | Unset = UNSET
    main_description: None | str | Unset = UNSET
    sub_description: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    square_logo: None | str | Unset = UNSET
    favicon: None | str | Unset = UNSET
    signup_page_headshot: None | str | Unset = UNSET
    user_dimensions: list[UserDimensionInput] | None | Unset = UNSET
    default_user_preferences: ModifyOrganizationRequestPreferences | None | Unset = UNSET
    onboarding_instructions: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        main_description: None | str | Unset
        if isinstance(self.main_description, Unset):
            main_description = UNSET
        else:
            main_description = self.main_description

        sub_description: None | str | Unset
        if isinstance(self.sub_description, Unset):
            sub_description = UNSET
        else:
            sub_description = self.sub_description

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        square_logo: None | str | Unset
        if isinstance(self.square_logo, Unset):
            square_logo = UNSET
        else:
            square_logo = self.square_logo

        favicon: None | str | Unset
        if isinstance(self.favicon, Unset):
            favicon = UNSET
        else:
            favicon = self.favicon

        signup_page_headshot: None | str | Unset
        if isinstance(self.signup_page_headshot, Unset):
            signup_page_headshot = UNSET
        else:
            signup_page_headshot = self.signup_page_headshot

        user_dimensions: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_dimensions, Unset):
            user_dimensions = UNSET
        elif isinstance(self.user_dimensions, list):
            user_dimensions = []
            for user_dimensions_type_0_item_data in self.user_dimensions:
                user_dimensions_type_0_item = user_dimensions_type_0_item_data.to_dict()
                user_dimensions.append(user_dimensions_type_0_item)

        else:
            user_dimensions = self.user_dimensions

        default_user_preferences: dict[str, Any] | None | Unset
        if isinstance(self.default_user_preferences, Unset):
            default_user_preferences = UNSET
        elif isinstance(self.default_user_preferences, ModifyOrganizationRequestPreferences):
            default_user_preferences = self.default_user_preferences.to_dict()
        else:
            default_user_preferences = self.default_user_preferences

        onboarding_instructions: list[str] | None | Unset
        if isinstance(self.onboarding_instructions, Unset):
            onboarding_instructions = UNSET
        elif isinstance(self.onboarding_instructions, list):
            onboarding_instructions = self.onboarding_instructions

        else:
            onboarding_instructions = self.onboarding_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if main_description is not UNSET:
            field_dict["main_description"] = main_description
        if sub_description is not UNSET:
            field_dict["sub_description"] = sub_description
        if logo is not UNSET:
            field_dict["logo"] = logo
        if square_logo is not UNSET:
            field_dict["square_logo"] = square_logo
        if favicon is not UNSET:
            field_dict["favicon"] = favicon
        if signup_page_headshot is not UNSET:
            field_dict["signup_page_headshot"] = signup_page_headshot
        if user_dimensions is not UNSET:
            field_dict["user_dimensions"] = user_dimensions
        if default_user_preferences is not UNSET:
            field_dict["default_user_preferences"] = default_user_preferences
        if onboarding_instructions is not UNSET:
            field_dict["onboarding_instructions"] = onboarding_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ModifyOrganizationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_main_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        main_description = _parse_main_description(d.pop("main_description", UNSET))

        def _parse_sub_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        sub_description = _parse_sub_description(d.pop("sub_description", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_square_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        square_logo = _parse_square_logo(d.pop("square_logo", UNSET))

        def _parse_favicon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        favicon = _parse_favicon(d.pop("favicon", UNSET))

        def _parse_signup_page_headshot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        signup_page_headshot = _parse_signup_page_headshot(d.pop("signup_page_headshot", UNSET))

        _user_dimensions_value = d.pop("user_dimensions", UNSET)
        try:

            def _parse_user_dimensions(data: object) -> list[UserDimensionInput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, list):
                    try:
                        user_dimensions_type_0: list[UserDimensionInput] = []
                        _user_dimensions_type_0 = data
                        for user_dimensions_type_0_item_data in _user_dimensions_type_0:
                            try:
                                user_dimensions_type_0_item = UserDimensionInput.from_dict(
                                    user_dimensions_type_0_item_data
                                )

                            except (KeyError, TypeError, ValueError, AttributeError) as error:
                                located(error, len(user_dimensions_type_0))
                                raise
                            user_dimensions_type_0.append(user_dimensions_type_0_item)

                        return user_dimensions_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("list[UserDimensionInput] | None | Unset", data)

            user_dimensions = _parse_user_dimensions(_user_dimensions_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "user_dimensions")
            raise

        _default_user_preferences_value = d.pop("default_user_preferences", UNSET)
        try:

            def _parse_default_user_preferences(data: object) -> ModifyOrganizationRequestPreferences | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        default_user_preferences_type_0 = ModifyOrganizationRequestPreferences.from_dict(data)

                        return default_user_preferences_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("ModifyOrganizationRequestPreferences | None | Unset", data)

            default_user_preferences = _parse_default_user_preferences(_default_user_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "default_user_preferences")
            raise

        def _parse_onboarding_instructions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    onboarding_instructions_type_0 = cast("list[str]", data)

                    return onboarding_instructions_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        onboarding_instructions = _parse_onboarding_instructions(d.pop("onboarding_instructions", UNSET))

        modify_organization_request = cls(
            title=title,
            main_description=main_description,
            sub_description=sub_description,
            logo=logo,
            square_logo=square_logo,
            favicon=favicon,
            signup_page_headshot=signup_page_headshot,
            user_dimensions=user_dimensions,
            default_user_preferences=default_user_preferences,
            onboarding_instructions=onboarding_instructions,
        )

        modify_organization_request.additional_properties = d
        return modify_organization_request

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
from ..models.modify_organization_request_preferences import ModifyOrganizationRequestPreferences
from ..models.user_dimension_input import UserDimensionInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import TypedDict

    from .modify_organization_request_preferences import ModifyOrganizationRequestPreferencesParam
    from .user_dimension_input import UserDimensionInputParam

    ModifyOrganizationRequestParam = TypedDict(
        "ModifyOrganizationRequestParam",
        {
            "title": Union[str, None],
            "main_description": Union[str, None],
            "sub_description": Union[str, None],
            "logo": Union[str, None],
            "square_logo": Union[str, None],
            "favicon": Union[str, None],
            "signup_page_headshot": Union[str, None],
            "user_dimensions": Union[Sequence[Union[UserDimensionInputParam, UserDimensionInput]], None],
            "default_user_preferences": Union[
                Union[ModifyOrganizationRequestPreferencesParam, ModifyOrganizationRequestPreferences], None
            ],
            "onboarding_instructions": Union[List[str], None],
        },
        total=False,
    )
