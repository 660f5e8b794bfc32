from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateDynamicBehaviorSetRequestInitialVersion")


@_attrs_define
class CreateDynamicBehaviorSetRequestInitialVersion:
    """Settings of the first version of a new set.

    Attributes:
        is_active (bool): Whether the set is switched on once created.
        conversation_triggers (list[str]): Phrases describing the conversation situations that trigger the set.
        actions (list[CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction |
            InjectInstructionActionInput]): What happens when the set is triggered.
    """

    is_active: bool
    conversation_triggers: list[str]
    actions: list[
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction | InjectInstructionActionInput
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        conversation_triggers = self.conversation_triggers

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if isinstance(actions_item_data, InjectInstructionActionInput):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_active": is_active,
                "conversation_triggers": conversation_triggers,
                "actions": actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateDynamicBehaviorSetRequestInitialVersion takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        is_active = d.pop("is_active")

        conversation_triggers = cast("list[str]", d.pop("conversation_triggers"))

        _actions_value = d.pop("actions")
        try:
            actions: list[
                CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction | InjectInstructionActionInput
            ] = []
            _actions = _actions_value
            for actions_item_data in _actions:
                try:

                    def _parse_actions_item(
                        data: object,
                    ) -> (
                        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction
                        | InjectInstructionActionInput
                    ):
                        if isinstance(data, dict) and "type" in data:
                            tag = data["type"]
                            if tag == "inject-instruction":
                                return InjectInstructionActionInput.from_dict(data)
                            if tag == "change-tool-candidates":
                                return (
                                    CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction.from_dict(
                                        data
                                    )
                                )
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
                                actions_item_type_0 = InjectInstructionActionInput.from_dict(data)

                                return actions_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_type_1 = (
                            CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction.from_dict(data)
                        )

                        return actions_item_type_1

                    actions_item = _parse_actions_item(actions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(actions))
                    raise
                actions.append(actions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "actions")
            raise

        create_dynamic_behavior_set_request_initial_version = cls(
            is_active=is_active,
            conversation_triggers=conversation_triggers,
            actions=actions,
        )

        create_dynamic_behavior_set_request_initial_version.additional_properties = d
        return create_dynamic_behavior_set_request_initial_version

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
from ..models.create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action import (
    CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction,
)
from ..models.inject_instruction_action_input import InjectInstructionActionInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionParam,
    )
    from .inject_instruction_action_input import InjectInstructionActionInputParam

    CreateDynamicBehaviorSetRequestInitialVersionParam = TypedDict(
        "CreateDynamicBehaviorSetRequestInitialVersionParam",
        {
            "is_active": Required[bool],
            "conversation_triggers": Required[List[str]],
            "actions": Required[
                Sequence[
                    Union[
                        Union[InjectInstructionActionInputParam, InjectInstructionActionInput],
                        Union[
                            CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionParam,
                            CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction,
                        ],
                    ]
                ]
            ],
        },
        total=False,
    )
