from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateUserInfoRequest")


@_attrs_define
class UpdateUserInfoRequest:
    """Changes to apply to a user; omitted or null fields are generally left unchanged.

    Attributes:
        first_name (None | str | Unset): New given name; null keeps the current one.
        last_name (None | str | Unset): New family name; null keeps the current one.
        enable_response_recommendation (bool | None | Unset): New reply-suggestion setting; null keeps the current one.
        preferred_language (None | NotSet | str | Unset): New preferred language as an ISO 639-3 code. Null clears it
            (agent default is used); omit it or send an empty object to keep the current value.
        timezone (None | NotSet | str | Unset): New IANA time zone; when unset the organization's time zone applies.
        conversations_visible_to_admins (bool | None | Unset): New conversation visibility setting; null keeps the
            current one.
        user_model_visible_to_admins (bool | None | Unset): New user-model visibility setting; null keeps the current
            one.
        additional_context (list[str] | None | Unset): Replacement list of extra context about the user; null keeps the
            current one.
        audio_keyterms (list[str] | None | Unset): Replacement list of transcription key terms; null keeps the current
            one.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    enable_response_recommendation: bool | None | Unset = UNSET
    preferred_language: None | NotSet | str | Unset = UNSET
    timezone: None | NotSet | str | Unset = UNSET
    conversations_visible_to_admins: bool | None | Unset = UNSET
    user_model_visible_to_admins: bool | None | Unset = UNSET
    additional_context: list[str] | None | Unset = UNSET
    audio_keyterms: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        enable_response_recommendation: bool | None | Unset
        if isinstance(self.enable_response_recommendation, Unset):
            enable_response_recommendation = UNSET
        else:
            enable_response_recommendation = self.enable_response_recommendation

        preferred_language: dict[str, Any] | None | str | Unset
        if isinstance(self.preferred_language, Unset):
            preferred_language = UNSET
        elif isinstance(self.preferred_language, NotSet):
            preferred_language = self.preferred_language.to_dict()
        else:
            preferred_language = self.preferred_language

        timezone: dict[str, Any] | None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        elif isinstance(self.timezone, NotSet):
            timezone = self.timezone.to_dict()
        else:
            timezone = self.timezone

        conversations_visible_to_admins: bool | None | Unset
        if isinstance(self.conversations_visible_to_admins, Unset):
            conversations_visible_to_admins = UNSET
        else:
            conversations_visible_to_admins = self.conversations_visible_to_admins

        user_model_visible_to_admins: bool | None | Unset
        if isinstance(self.user_model_visible_to_admins, Unset):
            user_model_visible_to_admins = UNSET
        else:
            user_model_visible_to_admins = self.user_model_visible_to_admins

        additional_context: list[str] | None | Unset
        if isinstance(self.additional_context, Unset):
            additional_context = UNSET
        elif isinstance(self.additional_context, list):
            additional_context = self.additional_context

        else:
            additional_context = self.additional_context

        audio_keyterms: list[str] | None | Unset
        if isinstance(self.audio_keyterms, Unset):
            audio_keyterms = UNSET
        elif isinstance(self.audio_keyterms, list):
            audio_keyterms = self.audio_keyterms

        else:
            audio_keyterms = self.audio_keyterms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if enable_response_recommendation is not UNSET:
            field_dict["enable_response_recommendation"] = enable_response_recommendation
        if preferred_language is not UNSET:
            field_dict["preferred_language"] = preferred_language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if conversations_visible_to_admins is not UNSET:
            field_dict["conversations_visible_to_admins"] = conversations_visible_to_admins
        if user_model_visible_to_admins is not UNSET:
            field_dict["user_model_visible_to_admins"] = user_model_visible_to_admins
        if additional_context is not UNSET:
            field_dict["additional_context"] = additional_context
        if audio_keyterms is not UNSET:
            field_dict["audio_keyterms"] = audio_keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateUserInfoRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_enable_response_recommendation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("bool | None | Unset", data)

        enable_response_recommendation = _parse_enable_response_recommendation(
            d.pop("enable_response_recommendation", UNSET)
        )

        _preferred_language_value = d.pop("preferred_language", UNSET)
        try:

            def _parse_preferred_language(data: object) -> None | NotSet | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        preferred_language_type_1 = NotSet.from_dict(data)

                        return preferred_language_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None and not isinstance(data, (str,)):
                    raise failure
                return cast("None | NotSet | str | Unset", data)

            preferred_language = _parse_preferred_language(_preferred_language_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "preferred_language")
            raise

        _timezone_value = d.pop("timezone", UNSET)
        try:

            def _parse_timezone(data: object) -> None | NotSet | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        timezone_type_1 = NotSet.from_dict(data)

                        return timezone_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None and not isinstance(data, (str,)):
                    raise failure
                return cast("None | NotSet | str | Unset", data)

            timezone = _parse_timezone(_timezone_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "timezone")
            raise

        def _parse_conversations_visible_to_admins(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("bool | None | Unset", data)

        conversations_visible_to_admins = _parse_conversations_visible_to_admins(
            d.pop("conversations_visible_to_admins", UNSET)
        )

        def _parse_user_model_visible_to_admins(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("bool | None | Unset", data)

        user_model_visible_to_admins = _parse_user_model_visible_to_admins(d.pop("user_model_visible_to_admins", UNSET))

        def _parse_additional_context(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    additional_context_type_0 = cast("list[str]", data)

                    return additional_context_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        additional_context = _parse_additional_context(d.pop("additional_context", UNSET))

        def _parse_audio_keyterms(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    audio_keyterms_type_0 = cast("list[str]", data)

                    return audio_keyterms_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        audio_keyterms = _parse_audio_keyterms(d.pop("audio_keyterms", UNSET))

        update_user_info_request = cls(
            first_name=first_name,
            last_name=last_name,
            enable_response_recommendation=enable_response_recommendation,
            preferred_language=preferred_language,
            timezone=timezone,
            conversations_visible_to_admins=conversations_visible_to_admins,
            user_model_visible_to_admins=user_model_visible_to_admins,
            additional_context=additional_context,
            audio_keyterms=audio_keyterms,
        )

        update_user_info_request.additional_properties = d
        return update_user_info_request

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
from ..models.not_set import NotSet

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    UpdateUserInfoRequestParam = TypedDict(
        "UpdateUserInfoRequestParam",
        {
            "first_name": Union[str, None],
            "last_name": Union[str, None],
            "enable_response_recommendation": Union[bool, None],
            "preferred_language": Union[str, Union[Mapping[str, Any], NotSet], None],
            "timezone": Union[str, Union[Mapping[str, Any], NotSet], None],
            "conversations_visible_to_admins": Union[bool, None],
            "user_model_visible_to_admins": Union[bool, None],
            "additional_context": Union[List[str], None],
            "audio_keyterms": Union[List[str], None],
        },
        total=False,
    )
