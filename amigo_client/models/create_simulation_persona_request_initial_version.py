from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateSimulationPersonaRequestInitialVersion")


@_attrs_define
class CreateSimulationPersonaRequestInitialVersion:
    """Content of the first version of a new persona.

    Attributes:
        background (str): Who the simulated user is, in free text.
        user_models (list[str]): Free-text user models attached to the persona.
        nonsensitive_user_variables (CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables): Ordinary
            variables about the user, made available to tools.
        sensitive_user_variables (CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables): Sensitive
            variables made available to tools; stored unencrypted, so use test data only.
        preferred_language (None | NotSet | str | Unset): Language the persona speaks. Omit to fall back to the
            organization's, then the agent's, language.
        timezone (None | NotSet | str | Unset): Time zone of the persona. Omit to fall back to the organization's
            default, then UTC.
    """

    background: str
    user_models: list[str]
    nonsensitive_user_variables: CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables = _attrs_field(
        factory=lambda: CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables()
    )
    sensitive_user_variables: CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables = _attrs_field(
        factory=lambda: CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables()
    )
    preferred_language: None | NotSet | str | Unset = UNSET
    timezone: None | NotSet | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background = self.background

        user_models = self.user_models

        nonsensitive_user_variables = self.nonsensitive_user_variables.to_dict()

        sensitive_user_variables = self.sensitive_user_variables.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "background": background,
                "user_models": user_models,
                "nonsensitive_user_variables": nonsensitive_user_variables,
                "sensitive_user_variables": sensitive_user_variables,
            }
        )
        if preferred_language is not UNSET:
            field_dict["preferred_language"] = preferred_language
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateSimulationPersonaRequestInitialVersion takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        background = d.pop("background")

        user_models = cast("list[str]", d.pop("user_models"))

        _nonsensitive_user_variables_value = d.pop("nonsensitive_user_variables")
        try:
            nonsensitive_user_variables = (
                CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables.from_dict(
                    _nonsensitive_user_variables_value
                )
            )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "nonsensitive_user_variables")
            raise

        _sensitive_user_variables_value = d.pop("sensitive_user_variables")
        try:
            sensitive_user_variables = CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables.from_dict(
                _sensitive_user_variables_value
            )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "sensitive_user_variables")
            raise

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

        create_simulation_persona_request_initial_version = cls(
            background=background,
            user_models=user_models,
            nonsensitive_user_variables=nonsensitive_user_variables,
            sensitive_user_variables=sensitive_user_variables,
            preferred_language=preferred_language,
            timezone=timezone,
        )

        create_simulation_persona_request_initial_version.additional_properties = d
        return create_simulation_persona_request_initial_version

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["user_models"])

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
from ..models.create_simulation_persona_request_initial_version_nonsensitive_user_variables import (
    CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables,
)
from ..models.create_simulation_persona_request_initial_version_sensitive_user_variables import (
    CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables,
)
from ..models.not_set import NotSet

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    CreateSimulationPersonaRequestInitialVersionParam = TypedDict(
        "CreateSimulationPersonaRequestInitialVersionParam",
        {
            "background": Required[str],
            "user_models": Required[List[str]],
            "nonsensitive_user_variables": Required[
                Union[Mapping[str, str], CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables]
            ],
            "sensitive_user_variables": Required[
                Union[Mapping[str, str], CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables]
            ],
            "preferred_language": Union[str, Union[Mapping[str, Any], NotSet], None],
            "timezone": Union[str, Union[Mapping[str, Any], NotSet], None],
        },
        total=False,
    )
