from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

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
        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        agent_id = d.pop("agent_id")

        version = d.pop("version")

        def _parse_voice_config(data: object) -> None | VoiceConfigInstance:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_config_type_0 = VoiceConfigInstance.from_dict(data)

                return voice_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | VoiceConfigInstance", data)

        voice_config = _parse_voice_config(d.pop("voice_config"))

        initials = d.pop("initials")

        identity = IdentityOutput.from_dict(d.pop("identity"))

        background = d.pop("background")

        behaviors = cast("list[str]", d.pop("behaviors"))

        communication_patterns = cast("list[str]", d.pop("communication_patterns"))

        created_at = isoparse(d.pop("created_at"))

        creator = AgentUserInfo.from_dict(d.pop("creator"))

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
