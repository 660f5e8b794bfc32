from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.initial_message_type import InitialMessageType, check_initial_message_type
from ..types import located

T = TypeVar("T", bound="CreateSimulationScenarioVersionRequest")


@_attrs_define
class CreateSimulationScenarioVersionRequest:
    """The content of a new simulation scenario version.

    Attributes:
        objective (str): What the simulated user is trying to achieve in the conversation.
        instructions (str): How the simulated user should act to pursue the objective.
        initial_message_type (InitialMessageType): How a conversation is opened.
        conversation_starts_at (datetime.datetime | None): UTC moment the simulated conversation pretends to begin at;
            null means the server's current time.
    """

    objective: str
    instructions: str
    initial_message_type: InitialMessageType
    conversation_starts_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective = self.objective

        instructions = self.instructions

        initial_message_type: str = self.initial_message_type

        conversation_starts_at: None | str
        if isinstance(self.conversation_starts_at, datetime.datetime):
            conversation_starts_at = self.conversation_starts_at.isoformat()
        else:
            conversation_starts_at = self.conversation_starts_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objective": objective,
                "instructions": instructions,
                "initial_message_type": initial_message_type,
                "conversation_starts_at": conversation_starts_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateSimulationScenarioVersionRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        objective = d.pop("objective")

        instructions = d.pop("instructions")

        initial_message_type = check_initial_message_type(d.pop("initial_message_type"))

        _conversation_starts_at_value = d.pop("conversation_starts_at")
        try:

            def _parse_conversation_starts_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, str):
                    try:
                        conversation_starts_at_type_0 = isoparse(data)

                        return conversation_starts_at_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("datetime.datetime | None", data)

            conversation_starts_at = _parse_conversation_starts_at(_conversation_starts_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "conversation_starts_at")
            raise

        create_simulation_scenario_version_request = cls(
            objective=objective,
            instructions=instructions,
            initial_message_type=initial_message_type,
            conversation_starts_at=conversation_starts_at,
        )

        create_simulation_scenario_version_request.additional_properties = d
        return create_simulation_scenario_version_request

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    CreateSimulationScenarioVersionRequestParam = TypedDict(
        "CreateSimulationScenarioVersionRequestParam",
        {
            "objective": Required[str],
            "instructions": Required[str],
            "initial_message_type": Required[InitialMessageType],
            "conversation_starts_at": Required[Union[datetime.datetime, None]],
        },
        total=False,
    )
