from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ModifyUserVariablesRequest")


@_attrs_define
class ModifyUserVariablesRequest:
    """Variables to write and variables to remove.

    Attributes:
        upserts (list[UpsertRequest] | Unset): Variables to create or overwrite.
        deletes (list[ModifyUserVariablesRequestDeleteRequest] | Unset): Variables to remove.
    """

    upserts: list[UpsertRequest] | Unset = UNSET
    deletes: list[ModifyUserVariablesRequestDeleteRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upserts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upserts, Unset):
            upserts = []
            for upserts_item_data in self.upserts:
                upserts_item = upserts_item_data.to_dict()
                upserts.append(upserts_item)

        deletes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deletes, Unset):
            deletes = []
            for deletes_item_data in self.deletes:
                deletes_item = deletes_item_data.to_dict()
                deletes.append(deletes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upserts is not UNSET:
            field_dict["upserts"] = upserts
        if deletes is not UNSET:
            field_dict["deletes"] = deletes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ModifyUserVariablesRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _upserts_value = d.pop("upserts", UNSET)
        try:
            _upserts = _upserts_value
            upserts: list[UpsertRequest] | Unset = UNSET
            if _upserts is not UNSET:
                upserts = []
                for upserts_item_data in _upserts:
                    try:
                        upserts_item = UpsertRequest.from_dict(upserts_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(upserts))
                        raise
                    upserts.append(upserts_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "upserts")
            raise

        _deletes_value = d.pop("deletes", UNSET)
        try:
            _deletes = _deletes_value
            deletes: list[ModifyUserVariablesRequestDeleteRequest] | Unset = UNSET
            if _deletes is not UNSET:
                deletes = []
                for deletes_item_data in _deletes:
                    try:
                        deletes_item = ModifyUserVariablesRequestDeleteRequest.from_dict(deletes_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(deletes))
                        raise
                    deletes.append(deletes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "deletes")
            raise

        modify_user_variables_request = cls(
            upserts=upserts,
            deletes=deletes,
        )

        modify_user_variables_request.additional_properties = d
        return modify_user_variables_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["upserts", "deletes"])

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
from ..models.modify_user_variables_request_delete_request import ModifyUserVariablesRequestDeleteRequest
from ..models.upsert_request import UpsertRequest

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import TypedDict

    from .modify_user_variables_request_delete_request import ModifyUserVariablesRequestDeleteRequestParam
    from .upsert_request import UpsertRequestParam

    ModifyUserVariablesRequestParam = TypedDict(
        "ModifyUserVariablesRequestParam",
        {
            "upserts": Sequence[Union[UpsertRequestParam, UpsertRequest]],
            "deletes": Sequence[
                Union[ModifyUserVariablesRequestDeleteRequestParam, ModifyUserVariablesRequestDeleteRequest]
            ],
        },
        total=False,
    )
