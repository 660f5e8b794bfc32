from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SubmitSqlQueryResponse")


@_attrs_define
class SubmitSqlQueryResponse:
    """Result of a SQL query.

    Attributes:
        execution_time_ms (int): How long the query ran, in milliseconds.
        result (list[list[Any]]): The rows, each a list of values in the order of `columns`.
        truncated (bool): True when the row cap cut the result short.
        columns (list[Column]): The columns of the result.
    """

    execution_time_ms: int
    result: list[list[Any]]
    truncated: bool
    columns: list[Column]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_time_ms = self.execution_time_ms

        result = []
        for result_item_data in self.result:
            result_item = result_item_data

            result.append(result_item)

        truncated = self.truncated

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_time_ms": execution_time_ms,
                "result": result,
                "truncated": truncated,
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SubmitSqlQueryResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        execution_time_ms = d.pop("execution_time_ms")

        result: list[list[Any]] = []
        _result = d.pop("result")
        for result_item_data in _result:
            try:
                result_item = cast("list[Any]", result_item_data)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(result))
                raise
            result.append(result_item)

        truncated = d.pop("truncated")

        _columns_value = d.pop("columns")
        try:
            columns: list[Column] = []
            _columns = _columns_value
            for columns_item_data in _columns:
                try:
                    columns_item = Column.from_dict(columns_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(columns))
                    raise
                columns.append(columns_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "columns")
            raise

        submit_sql_query_response = cls(
            execution_time_ms=execution_time_ms,
            result=result,
            truncated=truncated,
            columns=columns,
        )

        submit_sql_query_response.additional_properties = d
        return submit_sql_query_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["result", "columns"])

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
from ..models.column import Column

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .column import ColumnParam

    SubmitSqlQueryResponseParam = TypedDict(
        "SubmitSqlQueryResponseParam",
        {
            "execution_time_ms": Required[int],
            "result": Required[List[List[Any]]],
            "truncated": Required[bool],
            "columns": Required[Sequence[Union[ColumnParam, Column]]],
        },
        total=False,
    )
