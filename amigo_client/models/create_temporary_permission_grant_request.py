from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateTemporaryPermissionGrantRequest")


@_attrs_define
class CreateTemporaryPermissionGrantRequest:
    """Parameters of a new temporary permission grant.

    Attributes:
        user_id (str): ID of the user who gets the permission.
        duration (str): How long the grant lasts, as an ISO 8601 duration.
        permission_grant (PermissionGrantInstance): A permission with the conditions under which it applies, as sent in
            a temporary grant.
        tags (CreateTemporaryPermissionGrantRequestTags): Tags of the grant; keys and values hold letters, digits,
            underscores and spaces only.
        justification (str): Why the grant is needed.
    """

    user_id: str
    duration: str
    permission_grant: PermissionGrantInstance
    justification: str
    tags: CreateTemporaryPermissionGrantRequestTags = _attrs_field(
        factory=lambda: CreateTemporaryPermissionGrantRequestTags()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        duration = self.duration

        permission_grant = self.permission_grant.to_dict()

        tags = self.tags.to_dict()

        justification = self.justification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "duration": duration,
                "permission_grant": permission_grant,
                "tags": tags,
                "justification": justification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateTemporaryPermissionGrantRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        user_id = d.pop("user_id")

        duration = d.pop("duration")

        _permission_grant_value = d.pop("permission_grant")
        try:
            permission_grant = PermissionGrantInstance.from_dict(_permission_grant_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "permission_grant")
            raise

        _tags_value = d.pop("tags")
        try:
            tags = CreateTemporaryPermissionGrantRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        justification = d.pop("justification")

        create_temporary_permission_grant_request = cls(
            user_id=user_id,
            duration=duration,
            permission_grant=permission_grant,
            tags=tags,
            justification=justification,
        )

        create_temporary_permission_grant_request.additional_properties = d
        return create_temporary_permission_grant_request

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
from ..models.create_temporary_permission_grant_request_tags import CreateTemporaryPermissionGrantRequestTags
from ..models.permission_grant_instance import PermissionGrantInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .permission_grant_instance import PermissionGrantInstanceParam

    CreateTemporaryPermissionGrantRequestParam = TypedDict(
        "CreateTemporaryPermissionGrantRequestParam",
        {
            "user_id": Required[str],
            "duration": Required[str],
            "permission_grant": Required[Union[PermissionGrantInstanceParam, PermissionGrantInstance]],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateTemporaryPermissionGrantRequestTags]],
            "justification": Required[str],
        },
        total=False,
    )
