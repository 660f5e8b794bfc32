from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ToolInvocationInstance")


@_attrs_define
class ToolInvocationInstance:
    """A recorded call of a tool.

    Attributes:
        id (str): ID of the invocation.
        org_id (str): Organization the tool belongs to.
        invocation_status (FailedInvocationStatus | SucceededInvocationStatus): How a recorded tool call ended;
            `succeeded` tells whether it holds an output or an exception.
        invocation_source (RegularConversationInvocationSource | SimulationConversationInvocationSource): Where a tool
            call came from; `type` tells a real conversation from a simulated one.
        duration_ms (int): How long the call took, in milliseconds.
        tool_id (str): The tool that was called.
        tool_version (Version): A version number made of major, minor and patch parts.
        inputs (ToolInvocationInstanceInputs): The input parameters the tool was called with.
        created_at (datetime.datetime | Unset): When the invocation was recorded.
        updated_at (datetime.datetime | Unset): When the invocation record last changed.
    """

    id: str
    org_id: str
    invocation_status: FailedInvocationStatus | SucceededInvocationStatus
    invocation_source: RegularConversationInvocationSource | SimulationConversationInvocationSource
    duration_ms: int
    tool_id: str
    tool_version: Version
    inputs: ToolInvocationInstanceInputs = _attrs_field(factory=lambda: ToolInvocationInstanceInputs())
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        invocation_status: dict[str, Any]
        if isinstance(self.invocation_status, SucceededInvocationStatus):
            invocation_status = self.invocation_status.to_dict()
        else:
            invocation_status = self.invocation_status.to_dict()

        invocation_source: dict[str, Any]
        if isinstance(self.invocation_source, RegularConversationInvocationSource):
            invocation_source = self.invocation_source.to_dict()
        else:
            invocation_source = self.invocation_source.to_dict()

        duration_ms = self.duration_ms

        tool_id = self.tool_id

        tool_version = self.tool_version.to_dict()

        inputs = self.inputs.to_dict()

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
                "id": id,
                "org_id": org_id,
                "invocation_status": invocation_status,
                "invocation_source": invocation_source,
                "duration_ms": duration_ms,
                "tool_id": tool_id,
                "tool_version": tool_version,
                "inputs": inputs,
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
                f"ToolInvocationInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        _invocation_status_value = d.pop("invocation_status")
        try:

            def _parse_invocation_status(data: object) -> FailedInvocationStatus | SucceededInvocationStatus:

                if isinstance(data, dict):
                    try:
                        componentsschemas_invocation_status_type_0 = SucceededInvocationStatus.from_dict(data)

                        return componentsschemas_invocation_status_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_invocation_status_type_1 = FailedInvocationStatus.from_dict(data)

                return componentsschemas_invocation_status_type_1

            invocation_status = _parse_invocation_status(_invocation_status_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invocation_status")
            raise

        _invocation_source_value = d.pop("invocation_source")
        try:

            def _parse_invocation_source(
                data: object,
            ) -> RegularConversationInvocationSource | SimulationConversationInvocationSource:

                if isinstance(data, dict):
                    try:
                        componentsschemas_invocation_source_type_0 = RegularConversationInvocationSource.from_dict(data)

                        return componentsschemas_invocation_source_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_invocation_source_type_1 = SimulationConversationInvocationSource.from_dict(data)

                return componentsschemas_invocation_source_type_1

            invocation_source = _parse_invocation_source(_invocation_source_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "invocation_source")
            raise

        duration_ms = d.pop("duration_ms")

        tool_id = d.pop("tool_id")

        _tool_version_value = d.pop("tool_version")
        try:
            tool_version = Version.from_dict(_tool_version_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_version")
            raise

        _inputs_value = d.pop("inputs")
        try:
            inputs = ToolInvocationInstanceInputs.from_dict(_inputs_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "inputs")
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

        tool_invocation_instance = cls(
            id=id,
            org_id=org_id,
            invocation_status=invocation_status,
            invocation_source=invocation_source,
            duration_ms=duration_ms,
            tool_id=tool_id,
            tool_version=tool_version,
            inputs=inputs,
            created_at=created_at,
            updated_at=updated_at,
        )

        tool_invocation_instance.additional_properties = d
        return tool_invocation_instance

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
from ..models.failed_invocation_status import FailedInvocationStatus
from ..models.regular_conversation_invocation_source import RegularConversationInvocationSource
from ..models.simulation_conversation_invocation_source import SimulationConversationInvocationSource
from ..models.succeeded_invocation_status import SucceededInvocationStatus
from ..models.tool_invocation_instance_inputs import ToolInvocationInstanceInputs
from ..models.version import Version

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .failed_invocation_status import FailedInvocationStatusParam
    from .regular_conversation_invocation_source import RegularConversationInvocationSourceParam
    from .simulation_conversation_invocation_source import SimulationConversationInvocationSourceParam
    from .succeeded_invocation_status import SucceededInvocationStatusParam
    from .version import VersionParam

    ToolInvocationInstanceParam = TypedDict(
        "ToolInvocationInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "invocation_status": Required[
                Union[
                    Union[SucceededInvocationStatusParam, SucceededInvocationStatus],
                    Union[FailedInvocationStatusParam, FailedInvocationStatus],
                ]
            ],
            "invocation_source": Required[
                Union[
                    Union[RegularConversationInvocationSourceParam, RegularConversationInvocationSource],
                    Union[SimulationConversationInvocationSourceParam, SimulationConversationInvocationSource],
                ]
            ],
            "duration_ms": Required[int],
            "tool_id": Required[str],
            "tool_version": Required[Union[VersionParam, Version]],
            "inputs": Required[Union[Mapping[str, Any], ToolInvocationInstanceInputs]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
