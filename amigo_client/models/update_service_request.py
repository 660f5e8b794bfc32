from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateServiceRequest")


@_attrs_define
class UpdateServiceRequest:
    """Body for updating a service; only non-null fields are applied.

    Attributes:
        name (None | str | Unset): New name.
        description (None | str | Unset): New description.
        is_active (bool | None | Unset): Activate or deactivate the service.
        agent_id (None | str | Unset): New agent ID.
        service_hierarchical_state_machine_id (None | str | Unset): New state machine ID.
        tags (None | Unset | UpdateServiceRequestTagsType0): Replacement tags, as a key-to-value map.
        keyterms (list[str] | None | Unset): Replacement transcription keyterms.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    service_hierarchical_state_machine_id: None | str | Unset = UNSET
    tags: None | Unset | UpdateServiceRequestTagsType0 = UNSET
    keyterms: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        service_hierarchical_state_machine_id: None | str | Unset
        if isinstance(self.service_hierarchical_state_machine_id, Unset):
            service_hierarchical_state_machine_id = UNSET
        else:
            service_hierarchical_state_machine_id = self.service_hierarchical_state_machine_id

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateServiceRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        keyterms: list[str] | None | Unset
        if isinstance(self.keyterms, Unset):
            keyterms = UNSET
        elif isinstance(self.keyterms, list):
            keyterms = self.keyterms

        else:
            keyterms = self.keyterms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if service_hierarchical_state_machine_id is not UNSET:
            field_dict["service_hierarchical_state_machine_id"] = service_hierarchical_state_machine_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateServiceRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("bool | None | Unset", data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_service_hierarchical_state_machine_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        service_hierarchical_state_machine_id = _parse_service_hierarchical_state_machine_id(
            d.pop("service_hierarchical_state_machine_id", UNSET)
        )

        _tags_value = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> None | Unset | UpdateServiceRequestTagsType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        tags_type_0 = UpdateServiceRequestTagsType0.from_dict(data)

                        return tags_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | UpdateServiceRequestTagsType0", data)

            tags = _parse_tags(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        def _parse_keyterms(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    keyterms_type_0 = cast("list[str]", data)

                    return keyterms_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        keyterms = _parse_keyterms(d.pop("keyterms", UNSET))

        update_service_request = cls(
            name=name,
            description=description,
            is_active=is_active,
            agent_id=agent_id,
            service_hierarchical_state_machine_id=service_hierarchical_state_machine_id,
            tags=tags,
            keyterms=keyterms,
        )

        update_service_request.additional_properties = d
        return update_service_request

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
from ..models.update_service_request_tags_type_0 import UpdateServiceRequestTagsType0

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    UpdateServiceRequestParam = TypedDict(
        "UpdateServiceRequestParam",
        {
            "name": Union[str, None],
            "description": Union[str, None],
            "is_active": Union[bool, None],
            "agent_id": Union[str, None],
            "service_hierarchical_state_machine_id": Union[str, None],
            "tags": Union[Union[Mapping[str, Union[str, None]], UpdateServiceRequestTagsType0], None],
            "keyterms": Union[List[str], None],
        },
        total=False,
    )
