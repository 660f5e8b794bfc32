from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ServiceInstance")


@_attrs_define
class ServiceInstance:
    """A service as returned by the list endpoint.

    Attributes:
        id (str): Service ID.
        name (str): Service name.
        version_sets (ServiceInstanceVersionSets): Version sets of the service, keyed by name.
        description (str): What the service is for.
        is_active (bool): Whether the service is active.
        service_hierarchical_state_machine_id (str): ID of the state machine the service runs.
        agent_id (str): ID of the agent the service uses.
        tags (list[Tag]): Tags on the service.
        keyterms (list[str]): Terms that help audio transcription for this service.
        creator (ServiceUserInfo): Reference to the user who created or changed a service.
        updated_by (ServiceUserInfo): Reference to the user who created or changed a service.
    """

    id: str
    name: str
    description: str
    is_active: bool
    service_hierarchical_state_machine_id: str
    agent_id: str
    tags: list[Tag]
    keyterms: list[str]
    creator: ServiceUserInfo
    updated_by: ServiceUserInfo
    version_sets: ServiceInstanceVersionSets = _attrs_field(factory=lambda: ServiceInstanceVersionSets())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        version_sets = self.version_sets.to_dict()

        description = self.description

        is_active = self.is_active

        service_hierarchical_state_machine_id = self.service_hierarchical_state_machine_id

        agent_id = self.agent_id

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        keyterms = self.keyterms

        creator = self.creator.to_dict()

        updated_by = self.updated_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "version_sets": version_sets,
                "description": description,
                "is_active": is_active,
                "service_hierarchical_state_machine_id": service_hierarchical_state_machine_id,
                "agent_id": agent_id,
                "tags": tags,
                "keyterms": keyterms,
                "creator": creator,
                "updated_by": updated_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"ServiceInstance takes a mapping of its fields, not {type(src_dict).__name__}") from None
        id = d.pop("id")

        name = d.pop("name")

        _version_sets_value = d.pop("version_sets")
        try:
            version_sets = ServiceInstanceVersionSets.from_dict(_version_sets_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "version_sets")
            raise

        description = d.pop("description")

        is_active = d.pop("is_active")

        service_hierarchical_state_machine_id = d.pop("service_hierarchical_state_machine_id")

        agent_id = d.pop("agent_id")

        _tags_value = d.pop("tags")
        try:
            tags: list[Tag] = []
            _tags = _tags_value
            for tags_item_data in _tags:
                try:
                    tags_item = Tag.from_dict(tags_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tags))
                    raise
                tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        keyterms = cast("list[str]", d.pop("keyterms"))

        _creator_value = d.pop("creator")
        try:
            creator = ServiceUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = ServiceUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
            raise

        service_instance = cls(
            id=id,
            name=name,
            version_sets=version_sets,
            description=description,
            is_active=is_active,
            service_hierarchical_state_machine_id=service_hierarchical_state_machine_id,
            agent_id=agent_id,
            tags=tags,
            keyterms=keyterms,
            creator=creator,
            updated_by=updated_by,
        )

        service_instance.additional_properties = d
        return service_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["tags", "keyterms"])

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
from ..models.service_instance_version_sets import ServiceInstanceVersionSets
from ..models.service_user_info import ServiceUserInfo
from ..models.tag import Tag

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .service_user_info import ServiceUserInfoParam
    from .tag import TagParam
    from .version_set_output import VersionSetOutput, VersionSetOutputParam

    ServiceInstanceParam = TypedDict(
        "ServiceInstanceParam",
        {
            "id": Required[str],
            "name": Required[str],
            "version_sets": Required[
                Union[Mapping[str, Union[VersionSetOutputParam, VersionSetOutput]], ServiceInstanceVersionSets]
            ],
            "description": Required[str],
            "is_active": Required[bool],
            "service_hierarchical_state_machine_id": Required[str],
            "agent_id": Required[str],
            "tags": Required[Sequence[Union[TagParam, Tag]]],
            "keyterms": Required[List[str]],
            "creator": Required[Union[ServiceUserInfoParam, ServiceUserInfo]],
            "updated_by": Required[Union[ServiceUserInfoParam, ServiceUserInfo]],
        },
        total=False,
    )
