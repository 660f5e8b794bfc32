from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateAgentVersionRequest")


@_attrs_define
class CreateAgentVersionRequest:
    """Persona of a new agent version. A first version needs every field; later ones only the changes.

    Attributes:
        initials (None | str | Unset): Initials shown for the agent.
        identity (IdentityInput | None | Unset): Who the agent is and how it sees its relation to its maker.
        background (None | str | Unset): Backstory of the agent.
        behaviors (list[str] | None | Unset): Rules of conduct the agent sticks to.
        communication_patterns (list[str] | None | Unset): Examples and notes describing how the agent talks.
        voice_config (None | Unset | VoiceConfig): Voice the agent speaks with; null leaves it unchanged.
    """

    initials: None | str | Unset = UNSET
    identity: IdentityInput | None | Unset = UNSET
    background: None | str | Unset = UNSET
    behaviors: list[str] | None | Unset = UNSET
    communication_patterns: list[str] | None | Unset = UNSET
    voice_config: None | Unset | VoiceConfig = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        initials: None | str | Unset
        if isinstance(self.initials, Unset):
            initials = UNSET
        else:
            initials = self.initials

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, IdentityInput):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        behaviors: list[str] | None | Unset
        if isinstance(self.behaviors, Unset):
            behaviors = UNSET
        elif isinstance(self.behaviors, list):
            behaviors = self.behaviors

        else:
            behaviors = self.behaviors

        communication_patterns: list[str] | None | Unset
        if isinstance(self.communication_patterns, Unset):
            communication_patterns = UNSET
        elif isinstance(self.communication_patterns, list):
            communication_patterns = self.communication_patterns

        else:
            communication_patterns = self.communication_patterns

        voice_config: dict[str, Any] | None | Unset
        if isinstance(self.voice_config, Unset):
            voice_config = UNSET
        elif isinstance(self.voice_config, VoiceConfig):
            voice_config = self.voice_config.to_dict()
        else:
            voice_config = self.voice_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if initials is not UNSET:
            field_dict["initials"] = initials
        if identity is not UNSET:
            field_dict["identity"] = identity
        if background is not UNSET:
            field_dict["background"] = background
        if behaviors is not UNSET:
            field_dict["behaviors"] = behaviors
        if communication_patterns is not UNSET:
            field_dict["communication_patterns"] = communication_patterns
        if voice_config is not UNSET:
            field_dict["voice_config"] = voice_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateAgentVersionRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_initials(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        initials = _parse_initials(d.pop("initials", UNSET))

        _identity_value = d.pop("identity", UNSET)
        try:

            def _parse_identity(data: object) -> IdentityInput | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        identity_type_0 = IdentityInput.from_dict(data)

                        return identity_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("IdentityInput | None | Unset", data)

            identity = _parse_identity(_identity_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "identity")
            raise

        def _parse_background(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_behaviors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    behaviors_type_0 = cast("list[str]", data)

                    return behaviors_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        behaviors = _parse_behaviors(d.pop("behaviors", UNSET))

        def _parse_communication_patterns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    communication_patterns_type_0 = cast("list[str]", data)

                    return communication_patterns_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        communication_patterns = _parse_communication_patterns(d.pop("communication_patterns", UNSET))

        _voice_config_value = d.pop("voice_config", UNSET)
        try:

            def _parse_voice_config(data: object) -> None | Unset | VoiceConfig:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        voice_config_type_0 = VoiceConfig.from_dict(data)

                        return voice_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | VoiceConfig", data)

            voice_config = _parse_voice_config(_voice_config_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "voice_config")
            raise

        create_agent_version_request = cls(
            initials=initials,
            identity=identity,
            background=background,
            behaviors=behaviors,
            communication_patterns=communication_patterns,
            voice_config=voice_config,
        )

        create_agent_version_request.additional_properties = d
        return create_agent_version_request

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
from ..models.identity_input import IdentityInput
from ..models.voice_config import VoiceConfig

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    from .identity_input import IdentityInputParam
    from .voice_config import VoiceConfigParam

    CreateAgentVersionRequestParam = TypedDict(
        "CreateAgentVersionRequestParam",
        {
            "initials": Union[str, None],
            "identity": Union[Union[IdentityInputParam, IdentityInput], None],
            "background": Union[str, None],
            "behaviors": Union[List[str], None],
            "communication_patterns": Union[List[str], None],
            "voice_config": Union[Union[VoiceConfigParam, VoiceConfig], None],
        },
        total=False,
    )
