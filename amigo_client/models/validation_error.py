from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """One problem found while validating a request.

    Attributes:
        loc (list[int | str]): Where the problem is, as a path of names and indexes (for example `path`, then the
            parameter name).
        msg (str): Readable explanation of the problem.
        type_ (str): Machine-readable kind of problem.
        input_ (Any | Unset): The value that was rejected.
        ctx (ValidationErrorCtx | Unset): Extra details about the problem, depending on its kind.
    """

    loc: list[int | str]
    msg: str
    type_: str
    input_: Any | Unset = UNSET
    ctx: ValidationErrorCtx | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        input_ = self.input_

        ctx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ctx, Unset):
            ctx = self.ctx.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ctx is not UNSET:
            field_dict["ctx"] = ctx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"ValidationError takes a mapping of its fields, not {type(src_dict).__name__}") from None
        loc: list[int | str] = []
        _loc = d.pop("loc")
        for loc_item_data in _loc:
            try:

                def _parse_loc_item(data: object) -> int | str:

                    return cast("int | str", data)

                loc_item = _parse_loc_item(loc_item_data)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(loc))
                raise
            loc.append(loc_item)

        msg = d.pop("msg")

        type_ = d.pop("type")

        input_ = d.pop("input", UNSET)

        _ctx_value = d.pop("ctx", UNSET)
        try:
            _ctx = _ctx_value
            ctx: ValidationErrorCtx | Unset
            if isinstance(_ctx, Unset):
                ctx = UNSET
            else:
                ctx = ValidationErrorCtx.from_dict(_ctx)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "ctx")
            raise

        validation_error = cls(
            loc=loc,
            msg=msg,
            type_=type_,
            input_=input_,
            ctx=ctx,
        )

        validation_error.additional_properties = d
        return validation_error

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["loc"])

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
from ..models.validation_error_ctx import ValidationErrorCtx

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    ValidationErrorParam = TypedDict(
        "ValidationErrorParam",
        {
            "loc": Required[List[Union[str, int]]],
            "msg": Required[str],
            "type": Required[str],
            "input": Any,
            "ctx": Union[Mapping[str, Any], ValidationErrorCtx],
        },
        total=False,
    )
