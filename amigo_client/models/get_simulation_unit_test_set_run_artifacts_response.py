from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="GetSimulationUnitTestSetRunArtifactsResponse")


@_attrs_define
class GetSimulationUnitTestSetRunArtifactsResponse:
    """Where to download a run's artifacts.

    Attributes:
        presigned_url (str): Pre-signed URL of the artifact archive.
        url_expires_at (datetime.datetime): UTC time after which the URL stops working.
    """

    presigned_url: str
    url_expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presigned_url = self.presigned_url

        url_expires_at = self.url_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "presigned_url": presigned_url,
                "url_expires_at": url_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetSimulationUnitTestSetRunArtifactsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        presigned_url = d.pop("presigned_url")

        _url_expires_at_value = d.pop("url_expires_at")
        try:
            url_expires_at = isoparse(_url_expires_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "url_expires_at")
            raise

        get_simulation_unit_test_set_run_artifacts_response = cls(
            presigned_url=presigned_url,
            url_expires_at=url_expires_at,
        )

        get_simulation_unit_test_set_run_artifacts_response.additional_properties = d
        return get_simulation_unit_test_set_run_artifacts_response

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
    import datetime
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    GetSimulationUnitTestSetRunArtifactsResponseParam = TypedDict(
        "GetSimulationUnitTestSetRunArtifactsResponseParam",
        {
            "presigned_url": Required[str],
            "url_expires_at": Required[datetime.datetime],
        },
        total=False,
    )
