from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="RecallStateOutput")


@_attrs_define
class RecallStateOutput:
    """A pass-through state that looks things up in the user's memory, adds the findings to working memory, and moves on.

    Attributes:
        type_ (Literal['recall']): Always `recall`.
        name (str): Name of the state.
        queries (list[str] | None): Fixed memory queries to run; null when `requested_information` is used.
        requested_information (None | str): What to look up, from which the queries are generated; null when `queries`
            is used.
        next_state (list[str] | str): Where to go next; see `ExitConditionOutput.next_state` for the two forms.
    """

    type_: Literal["recall"]
    name: str
    queries: list[str] | None
    requested_information: None | str
    next_state: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        queries: list[str] | None
        if isinstance(self.queries, list):
            queries = self.queries

        else:
            queries = self.queries

        requested_information: None | str
        requested_information = self.requested_information

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
                "type": type_,
                "name": name,
                "queries": queries,
                "requested_information": requested_information,
                "next_state": next_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"RecallStateOutput takes a mapping of its fields, not {type(src_dict).__name__}") from None
        type_ = cast("Literal['recall']", d.pop("type"))
        if type_ != "recall":
            raise ValueError(f"type must match const 'recall', got '{type_}'")

        name = d.pop("name")

        def _parse_queries(data: object) -> list[str] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    queries_type_0 = cast("list[str]", data)

                    return queries_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None", data)

        queries = _parse_queries(d.pop("queries"))

        def _parse_requested_information(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        requested_information = _parse_requested_information(d.pop("requested_information"))

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

        recall_state_output = cls(
            type_=type_,
            name=name,
            queries=queries,
            requested_information=requested_information,
            next_state=next_state,
        )

        recall_state_output.additional_properties = d
        return recall_state_output

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
    from typing import Any, List, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    RecallStateOutputParam = TypedDict(
        "RecallStateOutputParam",
        {
            "type": Required[Literal["recall"]],
            "name": Required[str],
            "queries": Required[Union[List[str], None]],
            "requested_information": Required[Union[str, None]],
            "next_state": Required[Union[str, List[Union[str]]]],
        },
        total=False,
    )
