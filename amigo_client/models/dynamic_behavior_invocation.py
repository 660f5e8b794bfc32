from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="DynamicBehaviorInvocation")


@_attrs_define
class DynamicBehaviorInvocation:
    """A record of a dynamic behavior set being triggered in a conversation.

    Attributes:
        field_id (str): ID of the invocation record.
        org_id (str): ID of the organization.
        conversation_id (str): ID of the conversation in which the behavior was invoked.
        service_id (str): ID of the service the conversation runs on.
        user_id (str): The user whose conversation triggered the behavior.
        initial_message_id (str): The message that started the invocation.
        agent_message_id (None | str): The agent reply produced under the behavior, if any.
        agent_inner_thoughts_ids (list[str]): IDs of the agent's inner-thought messages that triggered the behavior.
        dynamic_behavior_set_version_info (list[int | str]): Pair of the set ID and the version number that was
            triggered.
        invoked_at (datetime.datetime): When the behavior was triggered.
        created_at (datetime.datetime | Unset): When the record was created.
        updated_at (datetime.datetime | Unset): When the record last changed.
        external_event_message_ids (list[str] | Unset): External event messages taken into account, besides the initial
            message.
    """

    field_id: str
    org_id: str
    conversation_id: str
    service_id: str
    user_id: str
    initial_message_id: str
    agent_message_id: None | str
    agent_inner_thoughts_ids: list[str]
    dynamic_behavior_set_version_info: list[int | str]
    invoked_at: datetime.datetime
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    external_event_message_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        conversation_id = self.conversation_id

        service_id = self.service_id

        user_id = self.user_id

        initial_message_id = self.initial_message_id

        agent_message_id: None | str
        agent_message_id = self.agent_message_id

        agent_inner_thoughts_ids = self.agent_inner_thoughts_ids

        dynamic_behavior_set_version_info = []
        for dynamic_behavior_set_version_info_item_data in self.dynamic_behavior_set_version_info:
            dynamic_behavior_set_version_info_item: int | str
            dynamic_behavior_set_version_info_item = dynamic_behavior_set_version_info_item_data
            dynamic_behavior_set_version_info.append(dynamic_behavior_set_version_info_item)

        invoked_at = self.invoked_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        external_event_message_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_event_message_ids, Unset):
            external_event_message_ids = self.external_event_message_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "org_id": org_id,
                "conversation_id": conversation_id,
                "service_id": service_id,
                "user_id": user_id,
                "initial_message_id": initial_message_id,
                "agent_message_id": agent_message_id,
                "agent_inner_thoughts_ids": agent_inner_thoughts_ids,
                "dynamic_behavior_set_version_info": dynamic_behavior_set_version_info,
                "invoked_at": invoked_at,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if external_event_message_ids is not UNSET:
            field_dict["external_event_message_ids"] = external_event_message_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"DynamicBehaviorInvocation takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        conversation_id = d.pop("conversation_id")

        service_id = d.pop("service_id")

        user_id = d.pop("user_id")

        initial_message_id = d.pop("initial_message_id")

        def _parse_agent_message_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        agent_message_id = _parse_agent_message_id(d.pop("agent_message_id"))

        agent_inner_thoughts_ids = cast("list[str]", d.pop("agent_inner_thoughts_ids"))

        dynamic_behavior_set_version_info: list[int | str] = []
        _dynamic_behavior_set_version_info = d.pop("dynamic_behavior_set_version_info")
        for dynamic_behavior_set_version_info_item_data in _dynamic_behavior_set_version_info:
            try:

                def _parse_dynamic_behavior_set_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                dynamic_behavior_set_version_info_item = _parse_dynamic_behavior_set_version_info_item(
                    dynamic_behavior_set_version_info_item_data
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(dynamic_behavior_set_version_info))
                raise
            dynamic_behavior_set_version_info.append(dynamic_behavior_set_version_info_item)

        _invoked_at_value = d.pop("invoked_at")
        try:
            invoked_at = isoparse(_invoked_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invoked_at")
            raise

        _created_at_value = d.pop("created_at", UNSET)
        try:
            _created_at = _created_at_value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = isoparse(_created_at)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _updated_at_value = d.pop("updated_at", UNSET)
        try:
            _updated_at = _updated_at_value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = isoparse(_updated_at)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_at")
            raise

        external_event_message_ids = cast("list[str]", d.pop("external_event_message_ids", UNSET))

        dynamic_behavior_invocation = cls(
            field_id=field_id,
            org_id=org_id,
            conversation_id=conversation_id,
            service_id=service_id,
            user_id=user_id,
            initial_message_id=initial_message_id,
            agent_message_id=agent_message_id,
            agent_inner_thoughts_ids=agent_inner_thoughts_ids,
            dynamic_behavior_set_version_info=dynamic_behavior_set_version_info,
            invoked_at=invoked_at,
            created_at=created_at,
            updated_at=updated_at,
            external_event_message_ids=external_event_message_ids,
        )

        dynamic_behavior_invocation.additional_properties = d
        return dynamic_behavior_invocation

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self, ["agent_inner_thoughts_ids", "dynamic_behavior_set_version_info", "external_event_message_ids"]
            )

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
    import datetime
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    DynamicBehaviorInvocationParam = TypedDict(
        "DynamicBehaviorInvocationParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "conversation_id": Required[str],
            "service_id": Required[str],
            "user_id": Required[str],
            "initial_message_id": Required[str],
            "agent_message_id": Required[Union[str, None]],
            "agent_inner_thoughts_ids": Required[List[str]],
            "dynamic_behavior_set_version_info": Required[List[Union[str, int]]],
            "invoked_at": Required[datetime.datetime],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
            "external_event_message_ids": List[str],
        },
        total=False,
    )
