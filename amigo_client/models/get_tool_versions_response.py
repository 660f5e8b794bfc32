from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetToolVersionsResponse")


@_attrs_define
class GetToolVersionsResponse:
    """One page of tool versions.

    Attributes:
        tool_versions (list[ToolVersionInstance]): The versions in this page.
        has_more (bool): True when another page can be fetched.
        continuation_token (Any | None): Pass as `continuation_token` to fetch the next page; only set when `has_more`
            is true.
        filter_values (GetToolVersionsResponseFilterValues | None): Values available for the dynamic filters; only sent
            with the first page. They are counted
            over all versions, including ones the caller cannot see, so they may exceed what is listed.
    """

    tool_versions: list[ToolVersionInstance]
    has_more: bool
    continuation_token: Any | None
    filter_values: GetToolVersionsResponseFilterValues | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_versions = []
        for tool_versions_item_data in self.tool_versions:
            tool_versions_item = tool_versions_item_data.to_dict()
            tool_versions.append(tool_versions_item)

        has_more = self.has_more

        continuation_token: Any | None
        continuation_token = self.continuation_token

        filter_values: dict[str, Any] | None
        if isinstance(self.filter_values, GetToolVersionsResponseFilterValues):
            filter_values = self.filter_values.to_dict()
        else:
            filter_values = self.filter_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_versions": tool_versions,
                "has_more": has_more,
                "continuation_token": continuation_token,
                "filter_values": filter_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetToolVersionsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _tool_versions_value = d.pop("tool_versions")
        try:
            tool_versions: list[ToolVersionInstance] = []
            _tool_versions = _tool_versions_value
            for tool_versions_item_data in _tool_versions:
                try:
                    tool_versions_item = ToolVersionInstance.from_dict(tool_versions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_versions))
                    raise
                tool_versions.append(tool_versions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_versions")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> Any | None:
            if data is None:
                return data

            return cast("Any | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        _filter_values_value = d.pop("filter_values")
        try:

            def _parse_filter_values(data: object) -> GetToolVersionsResponseFilterValues | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        filter_values_type_0 = GetToolVersionsResponseFilterValues.from_dict(data)

                        return filter_values_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("GetToolVersionsResponseFilterValues | None", data)

            filter_values = _parse_filter_values(_filter_values_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "filter_values")
            raise

        get_tool_versions_response = cls(
            tool_versions=tool_versions,
            has_more=has_more,
            continuation_token=continuation_token,
            filter_values=filter_values,
        )

        get_tool_versions_response.additional_properties = d
        return get_tool_versions_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["tool_versions"])

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
from ..models.get_tool_versions_response_filter_values import GetToolVersionsResponseFilterValues
from ..models.tool_version_instance import ToolVersionInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .get_tool_versions_response_filter_values import GetToolVersionsResponseFilterValuesParam
    from .tool_version_instance import ToolVersionInstanceParam

    GetToolVersionsResponseParam = TypedDict(
        "GetToolVersionsResponseParam",
        {
            "tool_versions": Required[Sequence[Union[ToolVersionInstanceParam, ToolVersionInstance]]],
            "has_more": Required[bool],
            "continuation_token": Required[Union[Any, None]],
            "filter_values": Required[
                Union[Union[GetToolVersionsResponseFilterValuesParam, GetToolVersionsResponseFilterValues], None]
            ],
        },
        total=False,
    )
