from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="DynamicBehaviorSetVersion")


@_attrs_define
class DynamicBehaviorSetVersion:
    """One version of a dynamic behavior set.

    Attributes:
        field_id (str): ID of the version document.
        org_id (str): ID of the organization.
        dynamic_behavior_set_id (str): ID of the set this version belongs to.
        version (int): Number of this version within the set.
        conversation_triggers (list[str]): Descriptions of the conversational situations that trigger the behavior.
        actions (list[ChangeToolCandidatesActionOutput | InjectInstructionActionOutput]): What the agent does when the
            behavior is triggered.
        creator (DynamicBehaviorSetVersionUserInfo): Identifies the user who created a set version.
        created_at (datetime.datetime | Unset): When this version was created.
        updated_at (datetime.datetime | Unset): When this version last changed.
    """

    field_id: str
    org_id: str
    dynamic_behavior_set_id: str
    version: int
    conversation_triggers: list[str]
    actions: list[ChangeToolCandidatesActionOutput | InjectInstructionActionOutput]
    creator: DynamicBehaviorSetVersionUserInfo
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        dynamic_behavior_set_id = self.dynamic_behavior_set_id

        version = self.version

        conversation_triggers = self.conversation_triggers

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if isinstance(actions_item_data, InjectInstructionActionOutput):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        creator = self.creator.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "org_id": org_id,
                "dynamic_behavior_set_id": dynamic_behavior_set_id,
                "version": version,
                "conversation_triggers": conversation_triggers,
                "actions": actions,
                "creator": creator,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"DynamicBehaviorSetVersion takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        dynamic_behavior_set_id = d.pop("dynamic_behavior_set_id")

        version = d.pop("version")

        conversation_triggers = cast("list[str]", d.pop("conversation_triggers"))

        _actions_value = d.pop("actions")
        try:
            actions: list[ChangeToolCandidatesActionOutput | InjectInstructionActionOutput] = []
            _actions = _actions_value
            for actions_item_data in _actions:
                try:

                    def _parse_actions_item(
                        data: object,
                    ) -> ChangeToolCandidatesActionOutput | InjectInstructionActionOutput:
                        if isinstance(data, dict) and "type" in data:
                            tag = data["type"]
                            if tag == "inject-instruction":
                                return InjectInstructionActionOutput.from_dict(data)
                            if tag == "change-tool-candidates":
                                return ChangeToolCandidatesActionOutput.from_dict(data)
                            raise ValueError(
                                "type is "
                                + repr(tag)
                                + ", not one of "
                                + ", ".join(
                                    repr(known)
                                    for known in (
                                        "inject-instruction",
                                        "change-tool-candidates",
                                    )
                                )
                            )

                        if isinstance(data, dict):
                            try:
                                componentsschemas_dynamic_behavior_set_version_action_type_0 = (
                                    InjectInstructionActionOutput.from_dict(data)
                                )

                                return componentsschemas_dynamic_behavior_set_version_action_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_dynamic_behavior_set_version_action_type_1 = (
                            ChangeToolCandidatesActionOutput.from_dict(data)
                        )

                        return componentsschemas_dynamic_behavior_set_version_action_type_1

                    actions_item = _parse_actions_item(actions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(actions))
                    raise
                actions.append(actions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "actions")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = DynamicBehaviorSetVersionUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
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

        dynamic_behavior_set_version = cls(
            field_id=field_id,
            org_id=org_id,
            dynamic_behavior_set_id=dynamic_behavior_set_id,
            version=version,
            conversation_triggers=conversation_triggers,
            actions=actions,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
        )

        dynamic_behavior_set_version.additional_properties = d
        return dynamic_behavior_set_version

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["conversation_triggers", "actions"])

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
from ..models.change_tool_candidates_action_output import ChangeToolCandidatesActionOutput
from ..models.dynamic_behavior_set_version_user_info import DynamicBehaviorSetVersionUserInfo
from ..models.inject_instruction_action_output import InjectInstructionActionOutput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .change_tool_candidates_action_output import ChangeToolCandidatesActionOutputParam
    from .dynamic_behavior_set_version_user_info import DynamicBehaviorSetVersionUserInfoParam
    from .inject_instruction_action_output import InjectInstructionActionOutputParam

    DynamicBehaviorSetVersionParam = TypedDict(
        "DynamicBehaviorSetVersionParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "dynamic_behavior_set_id": Required[str],
            "version": Required[int],
            "conversation_triggers": Required[List[str]],
            "actions": Required[
                Sequence[
                    Union[
                        Union[InjectInstructionActionOutputParam, InjectInstructionActionOutput],
                        Union[ChangeToolCandidatesActionOutputParam, ChangeToolCandidatesActionOutput],
                    ]
                ]
            ],
            "creator": Required[Union[DynamicBehaviorSetVersionUserInfoParam, DynamicBehaviorSetVersionUserInfo]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
