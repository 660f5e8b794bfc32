from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationRequestPreferences")


@_attrs_define
class CreateOrganizationRequestPreferences:
    """Default preferences for the users of a new organization.

    Attributes:
        enable_response_recommendation (bool | Unset): Suggest replies to a user who has been silent for some time.
            Default: False.
        preferred_language (None | str | Unset): Language users prefer by default.
        conversations_visible_to_admins (bool | Unset): Let administrators read users' conversations. Default: True.
        user_model_visible_to_admins (bool | Unset): Let administrators see what the platform has learned about each
            user. Default: True.
        timezone (None | str | Unset): Time zone users have by default.
        audio_keyterms (list[str] | Unset): Words that speech recognition often gets wrong and that come up often in
            voice sessions; listing them improves transcription.
    """

    enable_response_recommendation: bool | Unset = False
    preferred_language: None | str | Unset = UNSET
    conversations_visible_to_admins: bool | Unset = True
    user_model_visible_to_admins: bool | Unset = True
    timezone: None | str | Unset = UNSET
    audio_keyterms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_response_recommendation = self.enable_response_recommendation

        preferred_language: None | str | Unset
        if isinstance(self.preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = self.preferred_language

        conversations_visible_to_admins = self.conversations_visible_to_admins

        user_model_visible_to_admins = self.user_model_visible_to_admins

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        audio_keyterms: list[str] | Unset = UNSET
        if not isinstance(self.audio_keyterms, Unset):
            audio_keyterms = self.audio_keyterms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_response_recommendation is not UNSET:
            field_dict["enable_response_recommendation"] = enable_response_recommendation
        if preferred_language is not UNSET:
            field_dict["preferred_language"] = preferred_language
        if conversations_visible_to_admins is not UNSET:
            field_dict["conversations_visible_to_admins"] = conversations_visible_to_admins
        if user_model_visible_to_admins is not UNSET:
            field_dict["user_model_visible_to_admins"] = user_model_visible_to_admins
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if audio_keyterms is not UNSET:
            field_dict["audio_keyterms"] = audio_keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateOrganizationRequestPreferences takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        enable_response_recommendation = d.pop("enable_response_recommendation", UNSET)

        def _parse_preferred_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        preferred_language = _parse_preferred_language(d.pop("preferred_language", UNSET))

        conversations_visible_to_admins = d.pop("conversations_visible_to_admins", UNSET)

        user_model_visible_to_admins = d.pop("user_model_visible_to_admins", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        audio_keyterms = cast("list[str]", d.pop("audio_keyterms", UNSET))

        create_organization_request_preferences = cls(
            enable_response_recommendation=enable_response_recommendation,
            preferred_language=preferred_language,
            conversations_visible_to_admins=conversations_visible_to_admins,
            user_model_visible_to_admins=user_model_visible_to_admins,
            timezone=timezone,
            audio_keyterms=audio_keyterms,
        )

        create_organization_request_preferences.additional_properties = d
        return create_organization_request_preferences

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["audio_keyterms"])

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
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    CreateOrganizationRequestPreferencesParam = TypedDict(
        "CreateOrganizationRequestPreferencesParam",
        {
            "enable_response_recommendation": bool,
            "preferred_language": Union[str, None],
            "conversations_visible_to_admins": bool,
            "user_model_visible_to_admins": bool,
            "timezone": Union[str, None],
            "audio_keyterms": List[str],
        },
        total=False,
    )
