from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetAgentsResponseAgentInstance")


@_attrs_define
class GetAgentsResponseAgentInstance:
    """Summary of one agent.

    Attributes:
        id (str): ID of the agent.
        name (str): Name of the agent.
        deprecated (bool): True once the agent has been deleted (retired).
        latest_version (int | None): Number of the newest version, or null while the agent has none.
    """

    id: str
    name: str
    deprecated: bool
    latest_version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        deprecated = self.deprecated

        latest_version: int | None
        latest_version = self.latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "deprecated": deprecated,
                "latest_version": latest_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetAgentsResponseAgentInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        name = d.pop("name")

        deprecated = d.pop("deprecated")

        def _parse_latest_version(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        latest_version = _parse_latest_version(d.pop("latest_version"))

        get_agents_response_agent_instance = cls(
            id=id,
            name=name,
            deprecated=deprecated,
            latest_version=latest_version,
        )

        get_agents_response_agent_instance.additional_properties = d
        return get_agents_response_agent_instance

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
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    GetAgentsResponseAgentInstanceParam = TypedDict(
        "GetAgentsResponseAgentInstanceParam",
        {
            "id": Required[str],
            "name": Required[str],
            "deprecated": Required[bool],
            "latest_version": Required[Union[int, None]],
        },
        total=False,
    )
