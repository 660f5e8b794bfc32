from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="RegularConversationInvocationSource")


@_attrs_define
class RegularConversationInvocationSource:
    """A tool call made in a real conversation.

    Attributes:
        user_id (str): The user whose conversation made the call.
        conversation_id (None | str): The conversation; it may not exist if the conversation was rolled back after the
            call.
        interaction_id (None | str): The interaction; it may not exist if the interaction was rolled back after the
            call.
        invocation_metadata (EngageUserInvocationMetadata | StateTransitionInvocationMetadata |
            ToolCallStateInvocationMetadata): Where in the agent's state machine a tool was called; `type` tells which kind
            of step it was.
        type_ (Literal['regular-conversation'] | Unset): Always `regular-conversation`. Default: 'regular-conversation'.
    """

    user_id: str
    conversation_id: None | str
    interaction_id: None | str
    invocation_metadata: (
        EngageUserInvocationMetadata | StateTransitionInvocationMetadata | ToolCallStateInvocationMetadata
    )
    type_: Literal["regular-conversation"] | Unset = "regular-conversation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        conversation_id: None | str
        conversation_id = self.conversation_id

        interaction_id: None | str
        interaction_id = self.interaction_id

        invocation_metadata: dict[str, Any]
        if isinstance(self.invocation_metadata, StateTransitionInvocationMetadata):
            invocation_metadata = self.invocation_metadata.to_dict()
        elif isinstance(self.invocation_metadata, EngageUserInvocationMetadata):
            invocation_metadata = self.invocation_metadata.to_dict()
        else:
            invocation_metadata = self.invocation_metadata.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "conversation_id": conversation_id,
                "interaction_id": interaction_id,
                "invocation_metadata": invocation_metadata,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"RegularConversationInvocationSource takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        user_id = d.pop("user_id")

        def _parse_conversation_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id"))

        def _parse_interaction_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id"))

        _invocation_metadata_value = d.pop("invocation_metadata")
        try:

            def _parse_invocation_metadata(
                data: object,
            ) -> EngageUserInvocationMetadata | StateTransitionInvocationMetadata | ToolCallStateInvocationMetadata:

                if isinstance(data, dict):
                    try:
                        componentsschemas_agent_framework_invocation_metadata_type_0 = (
                            StateTransitionInvocationMetadata.from_dict(data)
                        )

                        return componentsschemas_agent_framework_invocation_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_agent_framework_invocation_metadata_type_1 = (
                            EngageUserInvocationMetadata.from_dict(data)
                        )

                        return componentsschemas_agent_framework_invocation_metadata_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_framework_invocation_metadata_type_2 = (
                    ToolCallStateInvocationMetadata.from_dict(data)
                )

                return componentsschemas_agent_framework_invocation_metadata_type_2

            invocation_metadata = _parse_invocation_metadata(_invocation_metadata_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invocation_metadata")
            raise

        type_ = cast("Literal['regular-conversation'] | Unset", d.pop("type", UNSET))
        if type_ != "regular-conversation" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'regular-conversation', got '{type_}'")

        regular_conversation_invocation_source = cls(
            user_id=user_id,
            conversation_id=conversation_id,
            interaction_id=interaction_id,
            invocation_metadata=invocation_metadata,
            type_=type_,
        )

        regular_conversation_invocation_source.additional_properties = d
        return regular_conversation_invocation_source

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
from ..models.engage_user_invocation_metadata import EngageUserInvocationMetadata
from ..models.state_transition_invocation_metadata import StateTransitionInvocationMetadata
from ..models.tool_call_state_invocation_metadata import ToolCallStateInvocationMetadata

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .engage_user_invocation_metadata import EngageUserInvocationMetadataParam
    from .state_transition_invocation_metadata import StateTransitionInvocationMetadataParam
    from .tool_call_state_invocation_metadata import ToolCallStateInvocationMetadataParam

    RegularConversationInvocationSourceParam = TypedDict(
        "RegularConversationInvocationSourceParam",
        {
            "user_id": Required[str],
            "conversation_id": Required[Union[str, None]],
            "interaction_id": Required[Union[str, None]],
            "invocation_metadata": Required[
                Union[
                    Union[StateTransitionInvocationMetadataParam, StateTransitionInvocationMetadata],
                    Union[EngageUserInvocationMetadataParam, EngageUserInvocationMetadata],
                    Union[ToolCallStateInvocationMetadataParam, ToolCallStateInvocationMetadata],
                ]
            ],
            "type": Literal["regular-conversation"],
        },
        total=False,
    )
