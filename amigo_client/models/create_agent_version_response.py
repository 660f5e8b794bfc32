from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="CreateAgentVersionResponse")


@_attrs_define
class CreateAgentVersionResponse:
    """Answer to `create-agent-version`.

    Attributes:
        id (str): ID of the new version; APIs identify versions by this ID.
        version (int): Sequence number of the version, starting at 1; informational only.
        created_at (datetime.datetime): When the version was created.
    """

    id: str
    version: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateAgentVersionResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        version = d.pop("version")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        create_agent_version_response = cls(
            id=id,
            version=version,
            created_at=created_at,
        )

        create_agent_version_response.additional_properties = d
        return create_agent_version_response

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
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    CreateAgentVersionResponseParam = TypedDict(
        "CreateAgentVersionResponseParam",
        {
            "id": Required[str],
            "version": Required[int],
            "created_at": Required[datetime.datetime],
        },
        total=False,
    )
