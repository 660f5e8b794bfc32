from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.post_analysis_type import PostAnalysisType, check_post_analysis_type
from ..types import located

T = TypeVar("T", bound="ConversationInstance")


@_attrs_define
class ConversationInstance:
    """Summary of one conversation.

    Attributes:
        id (str): Conversation ID.
        user_id (str): User who started it.
        created_at (datetime.datetime): When it started.
        is_finished (bool): Whether it has ended.
        is_analyzed (bool): Whether post-conversation analysis has run.
        completed_post_processings (list[PostAnalysisType]): Post-processing steps already done.
        final_message (str): Latest message; empty if the caller may not read it.
        service_id (str): Service the conversation runs on.
        version_set_info (None | VersionSetInfo): Version set used; only filled for callers allowed to read version
            sets.
        num_messages (int): Number of messages.
        tags (ConversationInstanceTags): Tags on the conversation.
    """

    id: str
    user_id: str
    created_at: datetime.datetime
    is_finished: bool
    is_analyzed: bool
    completed_post_processings: list[PostAnalysisType]
    final_message: str
    service_id: str
    version_set_info: None | VersionSetInfo
    num_messages: int
    tags: ConversationInstanceTags = _attrs_field(factory=lambda: ConversationInstanceTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        is_finished = self.is_finished

        is_analyzed = self.is_analyzed

        completed_post_processings = []
        for completed_post_processings_item_data in self.completed_post_processings:
            completed_post_processings_item: str = completed_post_processings_item_data
            completed_post_processings.append(completed_post_processings_item)

        final_message = self.final_message

        service_id = self.service_id

        version_set_info: dict[str, Any] | None
        if isinstance(self.version_set_info, VersionSetInfo):
            version_set_info = self.version_set_info.to_dict()
        else:
            version_set_info = self.version_set_info

        num_messages = self.num_messages

        tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "created_at": created_at,
                "is_finished": is_finished,
                "is_analyzed": is_analyzed,
                "completed_post_processings": completed_post_processings,
                "final_message": final_message,
                "service_id": service_id,
                "version_set_info": version_set_info,
                "num_messages": num_messages,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ConversationInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        user_id = d.pop("user_id")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        is_finished = d.pop("is_finished")

        is_analyzed = d.pop("is_analyzed")

        completed_post_processings: list[PostAnalysisType] = []
        _completed_post_processings = d.pop("completed_post_processings")
        for completed_post_processings_item_data in _completed_post_processings:
            try:
                completed_post_processings_item = check_post_analysis_type(completed_post_processings_item_data)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(completed_post_processings))
                raise
            completed_post_processings.append(completed_post_processings_item)

        final_message = d.pop("final_message")

        service_id = d.pop("service_id")

        _version_set_info_value = d.pop("version_set_info")
        try:

            def _parse_version_set_info(data: object) -> None | VersionSetInfo:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        version_set_info_type_0 = VersionSetInfo.from_dict(data)

                        return version_set_info_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | VersionSetInfo", data)

            version_set_info = _parse_version_set_info(_version_set_info_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "version_set_info")
            raise

        num_messages = d.pop("num_messages")

        _tags_value = d.pop("tags")
        try:
            tags = ConversationInstanceTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        conversation_instance = cls(
            id=id,
            user_id=user_id,
            created_at=created_at,
            is_finished=is_finished,
            is_analyzed=is_analyzed,
            completed_post_processings=completed_post_processings,
            final_message=final_message,
            service_id=service_id,
            version_set_info=version_set_info,
            num_messages=num_messages,
            tags=tags,
        )

        conversation_instance.additional_properties = d
        return conversation_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["completed_post_processings"])

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
from ..models.conversation_instance_tags import ConversationInstanceTags
from ..models.version_set_info import VersionSetInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .version_set_info import VersionSetInfoParam

    ConversationInstanceParam = TypedDict(
        "ConversationInstanceParam",
        {
            "id": Required[str],
            "user_id": Required[str],
            "created_at": Required[datetime.datetime],
            "is_finished": Required[bool],
            "is_analyzed": Required[bool],
            "completed_post_processings": Required[List[PostAnalysisType]],
            "final_message": Required[str],
            "service_id": Required[str],
            "version_set_info": Required[Union[Union[VersionSetInfoParam, VersionSetInfo], None]],
            "num_messages": Required[int],
            "tags": Required[Union[Mapping[str, Union[str, None]], ConversationInstanceTags]],
        },
        total=False,
    )
