from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_conversation_request_initial_message_type_type_0 import (
    CreateConversationRequestInitialMessageTypeType0,
    check_create_conversation_request_initial_message_type_type_0,
)
from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateConversationRequest")


@_attrs_define
class CreateConversationRequest:
    """Parameters of a new conversation.

    Attributes:
        service_id (str): Service the conversation runs on.
        service_version_set_name (str | Unset): Version set of the service to use. Default: 'release'.
        initial_message (None | str | Unset): Optional first message (user message or external event); without it the
            agent speaks first.
        initial_message_type (CreateConversationRequestInitialMessageTypeType0 | None | Unset): Kind of
            `initial_message`; only allowed together with it.
        tags (CreateConversationRequestTags | Unset): Tags to attach; keys use letters, digits, underscores and spaces,
            values are up to 100 characters or null.
    """

    service_id: str
    service_version_set_name: str | Unset = "release"
    initial_message: None | str | Unset = UNSET
    initial_message_type: CreateConversationRequestInitialMessageTypeType0 | None | Unset = UNSET
    tags: CreateConversationRequestTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        service_version_set_name = self.service_version_set_name

        initial_message: None | str | Unset
        if isinstance(self.initial_message, Unset):
            initial_message = UNSET
        else:
            initial_message = self.initial_message

        initial_message_type: None | str | Unset
        if isinstance(self.initial_message_type, Unset):
            initial_message_type = UNSET
        elif isinstance(self.initial_message_type, str):
            initial_message_type = self.initial_message_type
        else:
            initial_message_type = self.initial_message_type

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
            }
        )
        if service_version_set_name is not UNSET:
            field_dict["service_version_set_name"] = service_version_set_name
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if initial_message_type is not UNSET:
            field_dict["initial_message_type"] = initial_message_type
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateConversationRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        service_id = d.pop("service_id")

        service_version_set_name = d.pop("service_version_set_name", UNSET)

        def _parse_initial_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        initial_message = _parse_initial_message(d.pop("initial_message", UNSET))

        def _parse_initial_message_type(
            data: object,
        ) -> CreateConversationRequestInitialMessageTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, str):
                try:
                    initial_message_type_type_0 = check_create_conversation_request_initial_message_type_type_0(data)

                    return initial_message_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("CreateConversationRequestInitialMessageTypeType0 | None | Unset", data)

        initial_message_type = _parse_initial_message_type(d.pop("initial_message_type", UNSET))

        _tags_value = d.pop("tags", UNSET)
        try:
            _tags = _tags_value
            tags: CreateConversationRequestTags | Unset
            if isinstance(_tags, Unset):
                tags = UNSET
            else:
                tags = CreateConversationRequestTags.from_dict(_tags)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        create_conversation_request = cls(
            service_id=service_id,
            service_version_set_name=service_version_set_name,
            initial_message=initial_message,
            initial_message_type=initial_message_type,
            tags=tags,
        )

        create_conversation_request.additional_properties = d
        return create_conversation_request

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
from ..models.create_conversation_request_tags import CreateConversationRequestTags

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    CreateConversationRequestParam = TypedDict(
        "CreateConversationRequestParam",
        {
            "service_id": Required[str],
            "service_version_set_name": str,
            "initial_message": Union[str, None],
            "initial_message_type": Union[CreateConversationRequestInitialMessageTypeType0, None],
            "tags": Union[Mapping[str, Union[str, None]], CreateConversationRequestTags],
        },
        total=False,
    )
