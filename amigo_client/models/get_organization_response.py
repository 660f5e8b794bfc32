from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetOrganizationResponse")


@_attrs_define
class GetOrganizationResponse:
    """Public profile of an organization.

    Attributes:
        org_id (str): Organization identifier.
        org_name (str): Display name of the organization.
        title (str): Short marketing tagline.
        main_description (str): Main description of what the organization offers.
        sub_description (str): Secondary description of what the organization offers.
        onboarding_instructions (list[str]): Markdown pages shown to users while onboarding.
        default_user_preferences (None | PreferencesOutput): Preferences given to newly created users, if configured.
        tenant_id (None | str): Tenant identifier, when the organization has one.
    """

    org_id: str
    org_name: str
    title: str
    main_description: str
    sub_description: str
    onboarding_instructions: list[str]
    default_user_preferences: None | PreferencesOutput
    tenant_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        org_name = self.org_name

        title = self.title

        main_description = self.main_description

        sub_description = self.sub_description

        onboarding_instructions = self.onboarding_instructions

        default_user_preferences: dict[str, Any] | None
        if isinstance(self.default_user_preferences, PreferencesOutput):
            default_user_preferences = self.default_user_preferences.to_dict()
        else:
            default_user_preferences = self.default_user_preferences

        tenant_id: None | str
        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "org_name": org_name,
                "title": title,
                "main_description": main_description,
                "sub_description": sub_description,
                "onboarding_instructions": onboarding_instructions,
                "default_user_preferences": default_user_preferences,
                "tenant_id": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetOrganizationResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        title = d.pop("title")

        main_description = d.pop("main_description")

        sub_description = d.pop("sub_description")

        onboarding_instructions = cast("list[str]", d.pop("onboarding_instructions"))

        _default_user_preferences_value = d.pop("default_user_preferences")
        try:

            def _parse_default_user_preferences(data: object) -> None | PreferencesOutput:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        default_user_preferences_type_0 = PreferencesOutput.from_dict(data)

                        return default_user_preferences_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | PreferencesOutput", data)

            default_user_preferences = _parse_default_user_preferences(_default_user_preferences_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "default_user_preferences")
            raise

        def _parse_tenant_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        tenant_id = _parse_tenant_id(d.pop("tenant_id"))

        get_organization_response = cls(
            org_id=org_id,
            org_name=org_name,
            title=title,
            main_description=main_description,
            sub_description=sub_description,
            onboarding_instructions=onboarding_instructions,
            default_user_preferences=default_user_preferences,
            tenant_id=tenant_id,
        )

        get_organization_response.additional_properties = d
        return get_organization_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["onboarding_instructions"])

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

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .preferences_output import PreferencesOutputParam

    GetOrganizationResponseParam = TypedDict(
        "GetOrganizationResponseParam",
        {
            "org_id": Required[str],
            "org_name": Required[str],
            "title": Required[str],
            "main_description": Required[str],
            "sub_description": Required[str],
            "onboarding_instructions": Required[List[str]],
            "default_user_preferences": Required[Union[Union[PreferencesOutputParam, PreferencesOutput], None]],
            "tenant_id": Required[Union[str, None]],
        },
        total=False,
    )
