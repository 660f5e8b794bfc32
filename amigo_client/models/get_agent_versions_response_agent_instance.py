from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="GetAgentVersionsResponseAgentInstance")


@_attrs_define
class GetAgentVersionsResponseAgentInstance:
    """One stored version of an agent with its full persona.

    Attributes:
        id (str): ID of this version.
        org_id (str): Organization the agent belongs to.
        agent_id (str): ID of the agent.
        version (int): Sequence number of this version.
        voice_config (None | VoiceConfigInstance): Voice settings, or null when the version has none.
        initials (str): Initials shown for the agent.
        identity (IdentityOutput): Identity of an agent.
        background (str): Backstory of the agent.
        behaviors (list[str]): Rules of conduct the agent sticks to.
        communication_patterns (list[str]): Examples and notes describing how the agent talks.
        created_at (datetime.datetime): When this version was created.
        creator (AgentUserInfo): The user who created an agent version.
    """

    id: str
    org_id: str
    agent_id: str
    version: int
    voice_config: None | VoiceConfigInstance
    initials: str
    identity: IdentityOutput
    background: str
    behaviors: list[str]
    communication_patterns: list[str]
    created_at: datetime.datetime
    creator: AgentUserInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        agent_id = self.agent_id

        version = self.version

        voice_config: dict[str, Any] | None
        if isinstance(self.voice_config, VoiceConfigInstance):
            voice_config = self.voice_config.to_dict()
        else:
            voice_config = self.voice_config

        initials = self.initials

        identity = self.identity.to_dict()

        background = self.background

        behaviors = self.behaviors

        communication_patterns = self.communication_patterns

        created_at = self.created_at.isoformat()

        creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "agent_id": agent_id,
                "version": version,
                "voice_config": voice_config,
                "initials": initials,
                "identity": identity,
                "background": background,
                "behaviors": behaviors,
                "communication_patterns": communication_patterns,
                "created_at": created_at,
                "creator": creator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetAgentVersionsResponseAgentInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        agent_id = d.pop("agent_id")

        version = d.pop("version")

        _voice_config_value = d.pop("voice_config")
        try:

            def _parse_voice_config(data: object) -> None | VoiceConfigInstance:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        voice_config_type_0 = VoiceConfigInstance.from_dict(data)

                        return voice_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | VoiceConfigInstance", data)

            voice_config = _parse_voice_config(_voice_config_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "voice_config")
            raise

        initials = d.pop("initials")

        _identity_value = d.pop("identity")
        try:
            identity = IdentityOutput.from_dict(_identity_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "identity")
            raise

        background = d.pop("background")

        behaviors = cast("list[str]", d.pop("behaviors"))

        communication_patterns = cast("list[str]", d.pop("communication_patterns"))

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = AgentUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        get_agent_versions_response_agent_instance = cls(
            id=id,
            org_id=org_id,
            agent_id=agent_id,
            version=version,
            voice_config=voice_config,
            initials=initials,
            identity=identity,
            background=background,
            behaviors=behaviors,
            communication_patterns=communication_patterns,
            created_at=created_at,
            creator=creator,
        )

        get_agent_versions_response_agent_instance.additional_properties = d
        return get_agent_versions_response_agent_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["behaviors", "communication_patterns"])

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
from ..models.agent_user_info import AgentUserInfo
from ..models.identity_output import IdentityOutput
from ..models.voice_config_instance import VoiceConfigInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .agent_user_info import AgentUserInfoParam
    from .identity_output import IdentityOutputParam
    from .voice_config_instance import VoiceConfigInstanceParam

    GetAgentVersionsResponseAgentInstanceParam = TypedDict(
        "GetAgentVersionsResponseAgentInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "agent_id": Required[str],
            "version": Required[int],
            "voice_config": Required[Union[Union[VoiceConfigInstanceParam, VoiceConfigInstance], None]],
            "initials": Required[str],
            "identity": Required[Union[IdentityOutputParam, IdentityOutput]],
            "background": Required[str],
            "behaviors": Required[List[str]],
            "communication_patterns": Required[List[str]],
            "created_at": Required[datetime.datetime],
            "creator": Required[Union[AgentUserInfoParam, AgentUserInfo]],
        },
        total=False,
    )
