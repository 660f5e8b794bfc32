from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateMetricRequest")


@_attrs_define
class UpdateMetricRequest:
    """Metric fields to change; a field left out keeps its current value.

    Attributes:
        description (None | str | Unset): New description of what the metric measures.
        applied_to_services (list[str] | None | Unset): New list of IDs of the services the metric is evaluated for.
        additional_notes (None | NotSet | str | Unset): New free-form notes on the metric.
        tags (None | Unset | UpdateMetricRequestTagsType0): New tags of the metric.
    """

    description: None | str | Unset = UNSET
    applied_to_services: list[str] | None | Unset = UNSET
    additional_notes: None | NotSet | str | Unset = UNSET
    tags: None | Unset | UpdateMetricRequestTagsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        applied_to_services: list[str] | None | Unset
        if isinstance(self.applied_to_services, Unset):
            applied_to_services = UNSET
        elif isinstance(self.applied_to_services, list):
            applied_to_services = self.applied_to_services

        else:
            applied_to_services = self.applied_to_services

        additional_notes: dict[str, Any] | None | str | Unset
        if isinstance(self.additional_notes, Unset):
            additional_notes = UNSET
        elif isinstance(self.additional_notes, NotSet):
            additional_notes = self.additional_notes.to_dict()
        else:
            additional_notes = self.additional_notes

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateMetricRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if applied_to_services is not UNSET:
            field_dict["applied_to_services"] = applied_to_services
        if additional_notes is not UNSET:
            field_dict["additional_notes"] = additional_notes
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateMetricRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_applied_to_services(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    applied_to_services_type_0 = cast("list[str]", data)

                    return applied_to_services_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        applied_to_services = _parse_applied_to_services(d.pop("applied_to_services", UNSET))

        _additional_notes_value = d.pop("additional_notes", UNSET)
        try:

            def _parse_additional_notes(data: object) -> None | NotSet | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        additional_notes_type_1 = NotSet.from_dict(data)

                        return additional_notes_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None and not isinstance(data, (str,)):
                    raise failure
                return cast("None | NotSet | str | Unset", data)

            additional_notes = _parse_additional_notes(_additional_notes_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "additional_notes")
            raise

        _tags_value = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> None | Unset | UpdateMetricRequestTagsType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        tags_type_0 = UpdateMetricRequestTagsType0.from_dict(data)

                        return tags_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | UpdateMetricRequestTagsType0", data)

            tags = _parse_tags(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        update_metric_request = cls(
            description=description,
            applied_to_services=applied_to_services,
            additional_notes=additional_notes,
            tags=tags,
        )

        update_metric_request.additional_properties = d
        return update_metric_request

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
from ..models.not_set import NotSet
from ..models.update_metric_request_tags_type_0 import UpdateMetricRequestTagsType0

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    UpdateMetricRequestParam = TypedDict(
        "UpdateMetricRequestParam",
        {
            "description": Union[str, None],
            "applied_to_services": Union[List[str], None],
            "additional_notes": Union[str, Union[Mapping[str, Any], NotSet], None],
            "tags": Union[Union[Mapping[str, Union[str, None]], UpdateMetricRequestTagsType0], None],
        },
        total=False,
    )
