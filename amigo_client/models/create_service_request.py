from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define
class CreateServiceRequest:
    """Body for creating a service.

    Attributes:
        service_hierarchical_state_machine_id (str): ID of the state machine the service will run.
        agent_id (str): ID of the agent the service will use.
        name (str): Service name.
        description (str): What the service is for.
        is_active (bool): Whether the service starts out active (visible on the dashboard).
        keyterms (list[str]): Terms that help audio transcription for this service.
        tags (CreateServiceRequestTags): Tags to attach, as a key-to-value map.
        release_version_set (None | Unset | VersionSetInput): Initial `release` version set; defaults to the same as
            `edge` when omitted.
    """

    service_hierarchical_state_machine_id: str
    agent_id: str
    name: str
    description: str
    is_active: bool
    keyterms: list[str]
    tags: CreateServiceRequestTags = _attrs_field(factory=lambda: CreateServiceRequestTags())
    release_version_set: None | Unset | VersionSetInput = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_hierarchical_state_machine_id = self.service_hierarchical_state_machine_id

        agent_id = self.agent_id

        name = self.name

        description = self.description

        is_active = self.is_active

        keyterms = self.keyterms

        tags = self.tags.to_dict()

        release_version_set: dict[str, Any] | None | Unset
        if isinstance(self.release_version_set, Unset):
            release_version_set = UNSET
        elif isinstance(self.release_version_set, VersionSetInput):
            release_version_set = self.release_version_set.to_dict()
        else:
            release_version_set = self.release_version_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_hierarchical_state_machine_id": service_hierarchical_state_machine_id,
                "agent_id": agent_id,
                "name": name,
                "description": description,
                "is_active": is_active,
                "keyterms": keyterms,
                "tags": tags,
            }
        )
        if release_version_set is not UNSET:
            field_dict["release_version_set"] = release_version_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateServiceRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        service_hierarchical_state_machine_id = d.pop("service_hierarchical_state_machine_id")

        agent_id = d.pop("agent_id")

        name = d.pop("name")

        description = d.pop("description")

        is_active = d.pop("is_active")

        keyterms = cast("list[str]", d.pop("keyterms"))

        _tags_value = d.pop("tags")
        try:
            tags = CreateServiceRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _release_version_set_value = d.pop("release_version_set", UNSET)
        try:

            def _parse_release_version_set(data: object) -> None | Unset | VersionSetInput:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        release_version_set_type_0 = VersionSetInput.from_dict(data)

                        return release_version_set_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | VersionSetInput", data)

            release_version_set = _parse_release_version_set(_release_version_set_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "release_version_set")
            raise

        create_service_request = cls(
            service_hierarchical_state_machine_id=service_hierarchical_state_machine_id,
            agent_id=agent_id,
            name=name,
            description=description,
            is_active=is_active,
            keyterms=keyterms,
            tags=tags,
            release_version_set=release_version_set,
        )

        create_service_request.additional_properties = d
        return create_service_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["keyterms"])

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
from ..models.create_service_request_tags import CreateServiceRequestTags
from ..models.version_set_input import VersionSetInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .version_set_input import VersionSetInputParam

    CreateServiceRequestParam = TypedDict(
        "CreateServiceRequestParam",
        {
            "service_hierarchical_state_machine_id": Required[str],
            "agent_id": Required[str],
            "name": Required[str],
            "description": Required[str],
            "is_active": Required[bool],
            "keyterms": Required[List[str]],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateServiceRequestTags]],
            "release_version_set": Union[Union[VersionSetInputParam, VersionSetInput], None],
        },
        total=False,
    )
