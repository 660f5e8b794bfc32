from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ExitConditionInput")


@_attrs_define
class ExitConditionInput:
    """An exit condition, as sent in a new version; see `ExitConditionOutput`.

    Attributes:
        description (str): When this exit applies.
        next_state (list[str] | str): Where to go; a state of this machine or a pair, see
            `ExitConditionOutput.next_state`.
    """

    description: str
    next_state: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        next_state: list[str] | str
        if isinstance(self.next_state, list):
            next_state = []
            for next_state_type_1_item_data in self.next_state:
                next_state_type_1_item: str
                next_state_type_1_item = next_state_type_1_item_data
                next_state.append(next_state_type_1_item)

        else:
            next_state = self.next_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "next_state": next_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ExitConditionInput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        description = d.pop("description")

        def _parse_next_state(data: object) -> list[str] | str:

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    next_state_type_1: list[str] = []
                    _next_state_type_1 = data
                    for next_state_type_1_item_data in _next_state_type_1:
                        try:

                            def _parse_next_state_type_1_item(data: object) -> str:

                                return cast("str", data)

                            next_state_type_1_item = _parse_next_state_type_1_item(next_state_type_1_item_data)

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(next_state_type_1))
                            raise
                        next_state_type_1.append(next_state_type_1_item)

                    return next_state_type_1
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None and not isinstance(data, (str,)):
                raise failure
            return cast("list[str] | str", data)

        next_state = _parse_next_state(d.pop("next_state"))

        exit_condition_input = cls(
            description=description,
            next_state=next_state,
        )

        exit_condition_input.additional_properties = d
        return exit_condition_input

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
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    ExitConditionInputParam = TypedDict(
        "ExitConditionInputParam",
        {
            "description": Required[str],
            "next_state": Required[Union[str, List[Union[str]]]],
        },
        total=False,
    )
