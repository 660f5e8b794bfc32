from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="TestToolRequest")


@_attrs_define
class TestToolRequest:
    """Body for trying tool code from a branch without publishing it.

    Attributes:
        inputs (list[Input]): One to ten input sets; the code runs once for each.
        commit_branch (str): Branch of the tool repository whose latest commit is built.
        project_path (str): Directory of the tool repository that holds the project's `pyproject.toml`.
        required_envvars (TestToolRequestRequiredEnvvars): Plain environment variables (name to value) to run the code
            with.
        required_secret_envvars (TestToolRequestRequiredSecretEnvvars): Secret environment variables (name to value) to
            run the code with.
    """

    inputs: list[Input]
    commit_branch: str
    project_path: str
    required_envvars: TestToolRequestRequiredEnvvars = _attrs_field(factory=lambda: TestToolRequestRequiredEnvvars())
    required_secret_envvars: TestToolRequestRequiredSecretEnvvars = _attrs_field(
        factory=lambda: TestToolRequestRequiredSecretEnvvars()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        commit_branch = self.commit_branch

        project_path = self.project_path

        required_envvars = self.required_envvars.to_dict()

        required_secret_envvars = self.required_secret_envvars.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
                "commit_branch": commit_branch,
                "project_path": project_path,
                "required_envvars": required_envvars,
                "required_secret_envvars": required_secret_envvars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"TestToolRequest takes a mapping of its fields, not {type(src_dict).__name__}") from None
        _inputs_value = d.pop("inputs")
        try:
            inputs: list[Input] = []
            _inputs = _inputs_value
            for inputs_item_data in _inputs:
                try:
                    inputs_item = Input.from_dict(inputs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(inputs))
                    raise
                inputs.append(inputs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "inputs")
            raise

        commit_branch = d.pop("commit_branch")

        project_path = d.pop("project_path")

        _required_envvars_value = d.pop("required_envvars")
        try:
            required_envvars = TestToolRequestRequiredEnvvars.from_dict(_required_envvars_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "required_envvars")
            raise

        _required_secret_envvars_value = d.pop("required_secret_envvars")
        try:
            required_secret_envvars = TestToolRequestRequiredSecretEnvvars.from_dict(_required_secret_envvars_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "required_secret_envvars")
            raise

        test_tool_request = cls(
            inputs=inputs,
            commit_branch=commit_branch,
            project_path=project_path,
            required_envvars=required_envvars,
            required_secret_envvars=required_secret_envvars,
        )

        test_tool_request.additional_properties = d
        return test_tool_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["inputs"])

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
from ..models.input_ import Input
from ..models.test_tool_request_required_envvars import TestToolRequestRequiredEnvvars
from ..models.test_tool_request_required_secret_envvars import TestToolRequestRequiredSecretEnvvars

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .input_ import InputParam

    TestToolRequestParam = TypedDict(
        "TestToolRequestParam",
        {
            "inputs": Required[Sequence[Union[InputParam, Input]]],
            "commit_branch": Required[str],
            "project_path": Required[str],
            "required_envvars": Required[Union[Mapping[str, str], TestToolRequestRequiredEnvvars]],
            "required_secret_envvars": Required[Union[Mapping[str, str], TestToolRequestRequiredSecretEnvvars]],
        },
        total=False,
    )
