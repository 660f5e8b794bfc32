from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ModifyToolEnvvarsRequest")


@_attrs_define
class ModifyToolEnvvarsRequest:
    """Environment variable changes for a tool, applied together.

    Attributes:
        inserts (list[InsertRequest] | Unset): Variables to add; their names must not be in use.
        updates (list[UpdateRequest] | Unset): Existing variables to give new values.
        deletes (list[ModifyToolEnvvarsRequestDeleteRequest] | Unset): Existing variables to remove.
    """

    inserts: list[InsertRequest] | Unset = UNSET
    updates: list[UpdateRequest] | Unset = UNSET
    deletes: list[ModifyToolEnvvarsRequestDeleteRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inserts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inserts, Unset):
            inserts = []
            for inserts_item_data in self.inserts:
                inserts_item = inserts_item_data.to_dict()
                inserts.append(inserts_item)

        updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = []
            for updates_item_data in self.updates:
                updates_item = updates_item_data.to_dict()
                updates.append(updates_item)

        deletes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deletes, Unset):
            deletes = []
            for deletes_item_data in self.deletes:
                deletes_item = deletes_item_data.to_dict()
                deletes.append(deletes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inserts is not UNSET:
            field_dict["inserts"] = inserts
        if updates is not UNSET:
            field_dict["updates"] = updates
        if deletes is not UNSET:
            field_dict["deletes"] = deletes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ModifyToolEnvvarsRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _inserts_value = d.pop("inserts", UNSET)
        try:
            _inserts = _inserts_value
            inserts: list[InsertRequest] | Unset = UNSET
            if _inserts is not UNSET:
                inserts = []
                for inserts_item_data in _inserts:
                    try:
                        inserts_item = InsertRequest.from_dict(inserts_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(inserts))
                        raise
                    inserts.append(inserts_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "inserts")
            raise

        _updates_value = d.pop("updates", UNSET)
        try:
            _updates = _updates_value
            updates: list[UpdateRequest] | Unset = UNSET
            if _updates is not UNSET:
                updates = []
                for updates_item_data in _updates:
                    try:
                        updates_item = UpdateRequest.from_dict(updates_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(updates))
                        raise
                    updates.append(updates_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updates")
            raise

        _deletes_value = d.pop("deletes", UNSET)
        try:
            _deletes = _deletes_value
            deletes: list[ModifyToolEnvvarsRequestDeleteRequest] | Unset = UNSET
            if _deletes is not UNSET:
                deletes = []
                for deletes_item_data in _deletes:
                    try:
                        deletes_item = ModifyToolEnvvarsRequestDeleteRequest.from_dict(deletes_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(deletes))
                        raise
                    deletes.append(deletes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "deletes")
            raise

        modify_tool_envvars_request = cls(
            inserts=inserts,
            updates=updates,
            deletes=deletes,
        )

        modify_tool_envvars_request.additional_properties = d
        return modify_tool_envvars_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["inserts", "updates", "deletes"])

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
from ..models.insert_request import InsertRequest
from ..models.modify_tool_envvars_request_delete_request import ModifyToolEnvvarsRequestDeleteRequest
from ..models.update_request import UpdateRequest

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import TypedDict

    from .insert_request import InsertRequestParam
    from .modify_tool_envvars_request_delete_request import ModifyToolEnvvarsRequestDeleteRequestParam
    from .update_request import UpdateRequestParam

    ModifyToolEnvvarsRequestParam = TypedDict(
        "ModifyToolEnvvarsRequestParam",
        {
            "inserts": Sequence[Union[InsertRequestParam, InsertRequest]],
            "updates": Sequence[Union[UpdateRequestParam, UpdateRequest]],
            "deletes": Sequence[
                Union[ModifyToolEnvvarsRequestDeleteRequestParam, ModifyToolEnvvarsRequestDeleteRequest]
            ],
        },
        total=False,
    )
