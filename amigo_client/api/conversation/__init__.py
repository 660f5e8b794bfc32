"""``client.conversation``: the 10 operations tagged conversation.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.conversation.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.action_state_transition_log import ActionStateTransitionLog
    from ...models.annotation_state_transition_log import AnnotationStateTransitionLog
    from ...models.conversation_instance import ConversationInstance
    from ...models.create_conversation_request import CreateConversationRequest, CreateConversationRequestParam
    from ...models.create_conversation_request_initial_message_type_type_0 import (
        CreateConversationRequestInitialMessageTypeType0,
        check_create_conversation_request_initial_message_type_type_0,
    )
    from ...models.create_conversation_request_tags import (
        CreateConversationRequestTags,
        CreateConversationRequestTagsParam,
    )
    from ...models.create_conversation_response_format import (
        CreateConversationResponseFormat,
        check_create_conversation_response_format,
    )
    from ...models.decision_state_transition_log import DecisionStateTransitionLog
    from ...models.generate_conversation_starter_request import (
        GenerateConversationStarterRequest,
        GenerateConversationStarterRequestParam,
    )
    from ...models.generate_conversation_starter_response import GenerateConversationStarterResponse
    from ...models.get_conversation_messages_response import GetConversationMessagesResponse
    from ...models.get_conversations_response import GetConversationsResponse
    from ...models.get_interaction_insights_response import GetInteractionInsightsResponse
    from ...models.interact_with_conversation_request import (
        InteractWithConversationRequest,
        InteractWithConversationRequestParam,
    )
    from ...models.interact_with_conversation_request_format import (
        InteractWithConversationRequestFormat,
        check_interact_with_conversation_request_format,
    )
    from ...models.interact_with_conversation_request_initial_message_type import (
        InteractWithConversationRequestInitialMessageType,
        check_interact_with_conversation_request_initial_message_type,
    )
    from ...models.interact_with_conversation_response_format import (
        InteractWithConversationResponseFormat,
        check_interact_with_conversation_response_format,
    )
    from ...models.jumpback_state_transition_log import JumpbackStateTransitionLog
    from ...models.message_instance import MessageInstance
    from ...models.message_type import MessageType, check_message_type
    from ...models.modify_tags_of_conversation_request import (
        ModifyTagsOfConversationRequest,
        ModifyTagsOfConversationRequestParam,
    )
    from ...models.modify_tags_of_conversation_request_updates import (
        ModifyTagsOfConversationRequestUpdates,
        ModifyTagsOfConversationRequestUpdatesParam,
    )
    from ...models.mp3_user_message_audio_config import MP3UserMessageAudioConfig
    from ...models.pcm_user_message_audio_config import PCMUserMessageAudioConfig
    from ...models.prompt import Prompt
    from ...models.recall_state_transition_log import RecallStateTransitionLog
    from ...models.recommend_responses_for_interaction_request import (
        RecommendResponsesForInteractionRequest,
        RecommendResponsesForInteractionRequestParam,
    )
    from ...models.recommend_responses_for_interaction_response import RecommendResponsesForInteractionResponse
    from ...models.reflection_state_transition_log import ReflectionStateTransitionLog
    from ...models.retrieve_message_source_response import RetrieveMessageSourceResponse
    from ...models.tool_call_log import ToolCallLog
    from ...models.tool_call_state_transition_log import ToolCallStateTransitionLog
    from ...models.working_memory import WorkingMemory

__all__ = ["INDEX", "OPERATIONS", "ConversationResource", "ConversationResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_conversation",
    "finish_conversation",
    "generate_conversation_starter",
    "get_conversation_messages",
    "get_conversations",
    "get_interaction_insights",
    "interact_with_conversation",
    "modify_tags_of_conversation",
    "recommend_responses_for_interaction",
    "retrieve_message_source",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_conversation", "POST", "/conversation/", "Start a new conversation"),
    ("finish_conversation", "POST", "/conversation/{conversation_id}/finish/", "Finish a conversation"),
    ("generate_conversation_starter", "POST", "/conversation/conversation_starter", "Generate conversation starters"),
    (
        "get_conversation_messages",
        "GET",
        "/conversation/{conversation_id}/messages/",
        "List messages of a conversation",
    ),
    ("get_conversations", "GET", "/conversation/", "List conversations"),
    (
        "get_interaction_insights",
        "GET",
        "/conversation/{conversation_id}/interaction/{interaction_id}/insights",
        "Inspect an interaction",
    ),
    (
        "interact_with_conversation",
        "POST",
        "/conversation/{conversation_id}/interact",
        "Send a message to a conversation",
    ),
    ("modify_tags_of_conversation", "POST", "/conversation/{conversation_id}/tags/", "Update conversation tags"),
    (
        "recommend_responses_for_interaction",
        "POST",
        "/conversation/{conversation_id}/interaction/{interaction_id}/recommend_responses",
        "Suggest user replies",
    ),
    (
        "retrieve_message_source",
        "GET",
        "/conversation/{conversation_id}/messages/{message_id}/source",
        "Get the original media of a message",
    ),
)


class ConversationResource(Resource):
    """The operations tagged conversation: ``client.conversation.<operation>(...)``.

    Methods: ``create_conversation``, ``finish_conversation``, ``generate_conversation_starter``, ``get_conversation_messages``, ``get_conversations``, ``get_interaction_insights``, ``interact_with_conversation``, ``modify_tags_of_conversation``, ``recommend_responses_for_interaction``, ``retrieve_message_source``.
    """

    __slots__ = ()

    @overload
    def create_conversation(
        self,
        *,
        body: CreateConversationRequest | CreateConversationRequestParam,
        response_format: CreateConversationResponseFormat,
        current_agent_action_type: str | Unset = "^.*$",
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EventStream: ...

    @overload
    def create_conversation(
        self,
        *,
        service_id: str,
        service_version_set_name: str | Unset = ...,
        initial_message: Union[str, None] | Unset = ...,
        initial_message_type: Union[CreateConversationRequestInitialMessageTypeType0, None] | Unset = ...,
        tags: Union[Mapping[str, Union[str, None]], CreateConversationRequestTags] | Unset = ...,
        response_format: CreateConversationResponseFormat,
        current_agent_action_type: str | Unset = "^.*$",
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EventStream: ...

    def create_conversation(
        self,
        *,
        body: CreateConversationRequest | Mapping[str, Any] | Unset = UNSET,
        response_format: CreateConversationResponseFormat,
        current_agent_action_type: str | Unset = "^.*$",
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> EventStream:
        """Start a new conversation

        Opens a conversation with a service's agent and streams its first interaction back as newline-
        delimited JSON events until the server closes the connection.

        ``POST /conversation/``.

        Args:
            response_format (CreateConversationResponseFormat): Whether the agent replies as text or as
                voice.
            current_agent_action_type (str | Unset): Regular expression selecting which agent action events
                are streamed; all by default, `^$` streams none. Default: '^.*$'.

        Body: ``body=CreateConversationRequest(...)``, or its fields as keyword arguments:
            service_id (str): Service the conversation runs on.
            service_version_set_name (str | Unset): Version set of the service to use. Default: 'release'.
            initial_message (None | str | Unset): Optional first message (user message or external event);
                without it the agent speaks first.
            initial_message_type (CreateConversationRequestInitialMessageTypeType0 | None | Unset): Kind of
                `initial_message`; only allowed together with it.
            tags (CreateConversationRequestTags | Unset): Tags to attach; keys use letters, digits,
                underscores and spaces, values are up to 100 characters or null.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            EventStream: the NDJSON events of the answer (use it in a ``with`` block).

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_conversation as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "response_format": response_format,
                "current_agent_action_type": current_agent_action_type,
            },
            body,
            fields,
            model="CreateConversationRequest",
            required=True,
            stream=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def finish_conversation(
        self,
        conversation_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Finish a conversation

        Marks an unfinished conversation as done so post-conversation analysis can run. Not needed when an
        interaction already ended the conversation automatically.

        ``POST /conversation/{conversation_id}/finish/``.

        Args:
            conversation_id (str): ID of the conversation to finish.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import finish_conversation as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def generate_conversation_starter(
        self,
        *,
        body: GenerateConversationStarterRequest | GenerateConversationStarterRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GenerateConversationStarterResponse: ...

    @overload
    def generate_conversation_starter(
        self,
        *,
        service_id: str,
        facets: List[str],
        min_count: int,
        max_count: int,
        generation_instructions: str,
        service_version_set_name: str | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GenerateConversationStarterResponse: ...

    def generate_conversation_starter(
        self,
        *,
        body: GenerateConversationStarterRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> GenerateConversationStarterResponse:
        """Generate conversation starters

        Produces suggested opening prompts for a service, built around the given facets.

        ``POST /conversation/conversation_starter``.

        Body: ``body=GenerateConversationStarterRequest(...)``, or its fields as keyword arguments:
            service_id (str): Service the starters are for.
            facets (list[str]): Topics the starters should cover.
            min_count (int): Fewest starters to return (inclusive).
            max_count (int): Most starters to return (inclusive).
            generation_instructions (str): Guidance for how the starters are written.
            service_version_set_name (str | Unset): Version set of the service to use. Default: 'release'.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GenerateConversationStarterResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import generate_conversation_starter as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="GenerateConversationStarterRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_conversation_messages(
        self,
        conversation_id: str,
        *,
        id: list[str] | Unset = UNSET,
        message_type: list[MessageType] | Unset = UNSET,
        interaction_id: list[str] | Unset = UNSET,
        limit: int | Unset = 500,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetConversationMessagesResponse, MessageInstance]:
        """List messages of a conversation

        Returns a page of the messages in a conversation, optionally filtered.

        ``GET /conversation/{conversation_id}/messages/``.

        Args:
            conversation_id (str): ID of the conversation.
            id (list[str] | Unset): Only messages with these IDs.
            message_type (list[MessageType] | Unset): Kinds of messages to include.
            interaction_id (list[str] | Unset): Only messages belonging to these interactions.
            limit (int | Unset): Maximum number of messages in the page (500 at most). Default: 500.
            continuation_token (int | Unset): Token from the previous page to fetch the next one. Default:
                0.
            sort_by (list[str] | Unset): Sort fields (`interaction_id`, `created_at`), prefixed with `+` for
                ascending or `-` for descending; later fields break ties.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetConversationMessagesResponse, MessageInstance]: iterate it for every item of every page; .data is the GetConversationMessagesResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_conversation_messages as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
                "id": id,
                "message_type": message_type,
                "interaction_id": interaction_id,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="messages",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_conversations(
        self,
        *,
        user_id: list[str] | Unset = UNSET,
        service_id: list[str] | Unset = UNSET,
        is_finished: bool | Unset = UNSET,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 150,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetConversationsResponse, ConversationInstance]:
        """List conversations

        Returns a page of conversations matching the given filters.

        ``GET /conversation/``.

        Args:
            user_id (list[str] | Unset): Only conversations started by these users.
            service_id (list[str] | Unset): Only conversations of these services.
            is_finished (bool | Unset): Filter on whether the conversation has finished.
            id (list[str] | Unset): Only conversations with these IDs.
            limit (int | Unset): Maximum number of conversations in the page. Default: 150.
            continuation_token (int | Unset): Token from the previous page to fetch the next one. Default:
                0.
            sort_by (list[str] | Unset): Sort fields (only `created_at`), prefixed with `+` for ascending or
                `-` for descending; later fields break ties.
            tag (list[str] | Unset): Tag filters written `key:value`; a `*` value matches any value and an
                empty value matches a tag without value.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetConversationsResponse, ConversationInstance]: iterate it for every item of every page; .data is the GetConversationsResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_conversations as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "user_id": user_id,
                "service_id": service_id,
                "is_finished": is_finished,
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
                "tag": tag,
            },
            items="conversations",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_interaction_insights(
        self,
        conversation_id: str,
        interaction_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetInteractionInsightsResponse:
        """Inspect an interaction

        Returns how the agent produced its reply in one interaction: state transitions, memories,
        reflections and tool calls.

        ``GET /conversation/{conversation_id}/interaction/{interaction_id}/insights``.

        Args:
            conversation_id (str): ID of the conversation.
            interaction_id (str): ID of the interaction.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetInteractionInsightsResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_interaction_insights as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
                "interaction_id": interaction_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def interact_with_conversation(
        self,
        conversation_id: str,
        *,
        body: InteractWithConversationRequest | InteractWithConversationRequestParam,
        request_format: InteractWithConversationRequestFormat,
        response_format: InteractWithConversationResponseFormat,
        current_agent_action_type: str | Unset = "^.*$",
        request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EventStream: ...

    @overload
    def interact_with_conversation(
        self,
        conversation_id: str,
        *,
        initial_message_type: InteractWithConversationRequestInitialMessageType,
        recorded_message: str,
        external_event_message_content: List[str] | Unset = ...,
        external_event_message_timestamp: List[datetime.datetime] | Unset = ...,
        request_format: InteractWithConversationRequestFormat,
        response_format: InteractWithConversationResponseFormat,
        current_agent_action_type: str | Unset = "^.*$",
        request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EventStream: ...

    def interact_with_conversation(
        self,
        conversation_id: str,
        *,
        body: InteractWithConversationRequest | Mapping[str, Any] | Unset = UNSET,
        request_format: InteractWithConversationRequestFormat,
        response_format: InteractWithConversationResponseFormat,
        current_agent_action_type: str | Unset = "^.*$",
        request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> EventStream:
        """Send a message to a conversation

        Sends the user's next message (text or audio), or an external event or a skip, and streams the
        agent's reply as NDJSON events. A 200 status is sent before the stream starts, so failures arrive as
        an `error` event inside the stream.

        ``POST /conversation/{conversation_id}/interact``.

        Args:
            conversation_id (str): ID of the conversation.
            request_format (InteractWithConversationRequestFormat): Whether the message being sent is text
                or voice.
            response_format (InteractWithConversationResponseFormat): Whether the agent replies as text or
                as voice.
            current_agent_action_type (str | Unset): Regular expression selecting which agent action events
                are streamed; all by default, `^$` streams none. Default: '^.*$'.
            request_audio_config (MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset): Encoding
                of an uploaded voice message.

        Body: ``body=InteractWithConversationRequest(...)``, or its fields as keyword arguments:
            initial_message_type (InteractWithConversationRequestInitialMessageType): What the submitted
                message is.
            recorded_message (str): The message text, or for voice requests the audio file part; must be
                empty for `skip`.
            external_event_message_content (list[str] | Unset): Texts of external events to insert before
                the message, oldest first (not allowed with `skip`).
            external_event_message_timestamp (list[datetime.datetime] | Unset): Times of those external
                events, one per content entry, oldest first (not allowed with `skip`).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            EventStream: the NDJSON events of the answer (use it in a ``with`` block).

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            APIStatusError: 408.
            ConflictError: 409.
            UnsupportedMediaTypeError: 415.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import interact_with_conversation as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
                "request_format": request_format,
                "response_format": response_format,
                "current_agent_action_type": current_agent_action_type,
                "request_audio_config": request_audio_config,
            },
            body,
            fields,
            model="InteractWithConversationRequest",
            required=True,
            stream=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def modify_tags_of_conversation(
        self,
        conversation_id: str,
        *,
        body: ModifyTagsOfConversationRequest | ModifyTagsOfConversationRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def modify_tags_of_conversation(
        self,
        conversation_id: str,
        *,
        updates: Union[Mapping[str, Union[str, None]], ModifyTagsOfConversationRequestUpdates] | Unset = ...,
        deletes: List[str] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def modify_tags_of_conversation(
        self,
        conversation_id: str,
        *,
        body: ModifyTagsOfConversationRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update conversation tags

        Adds, changes or removes tags on a conversation.

        ``POST /conversation/{conversation_id}/tags/``.

        Args:
            conversation_id (str): ID of the conversation.

        Body: ``body=ModifyTagsOfConversationRequest(...)``, or its fields as keyword arguments:
            updates (ModifyTagsOfConversationRequestUpdates | Unset): Tags to add or overwrite; tags not
                listed stay as they are.
            deletes (list[str] | Unset): Tag keys to remove.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import modify_tags_of_conversation as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
            },
            body,
            fields,
            model="ModifyTagsOfConversationRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def recommend_responses_for_interaction(
        self,
        conversation_id: str,
        interaction_id: str,
        *,
        body: RecommendResponsesForInteractionRequest | RecommendResponsesForInteractionRequestParam | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RecommendResponsesForInteractionResponse: ...

    @overload
    def recommend_responses_for_interaction(
        self,
        conversation_id: str,
        interaction_id: str,
        *,
        context: str | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RecommendResponsesForInteractionResponse: ...

    def recommend_responses_for_interaction(
        self,
        conversation_id: str,
        interaction_id: str,
        *,
        body: RecommendResponsesForInteractionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> RecommendResponsesForInteractionResponse:
        """Suggest user replies

        Generates candidate replies the user could send after the latest completed interaction, e.g. when
        the user has gone quiet.

        ``POST /conversation/{conversation_id}/interaction/{interaction_id}/recommend_responses``.

        Args:
            conversation_id (str): ID of the conversation.
            interaction_id (str): ID of the latest interaction of the conversation.

        Body: ``body=RecommendResponsesForInteractionRequest(...)``, or its fields as keyword arguments:
            context (str | Unset): Persona and scenario the suggested replies should fit. Default:
                '\\\\nPERSONA:\\\\nName: User\\\\nBackground: A typical person seeking this
                service.\\\\n---\\\\nSCENARIO:\\\\nName: Complete Service\\\\nObjective: Successfully complete
                the service interaction.\\\\nInstructions: Engage naturally with the agent to achieve the
                service objective.\\\\n'.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            RecommendResponsesForInteractionResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import recommend_responses_for_interaction as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
                "interaction_id": interaction_id,
            },
            body,
            fields,
            model="RecommendResponsesForInteractionRequest",
            required=False,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def retrieve_message_source(
        self,
        conversation_id: str,
        message_id: str,
        *,
        long_lived: bool | Unset = False,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RetrieveMessageSourceResponse:
        """Get the original media of a message

        Gives access to the raw source of a message that was not sent as text (e.g. audio).

        ``GET /conversation/{conversation_id}/messages/{message_id}/source``.

        Args:
            conversation_id (str): ID of the conversation.
            message_id (str): ID of the message.
            long_lived (bool | Unset): Ask for a URL valid for 12 hours instead of a short-lived one; prefer
                false. Default: False.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            RetrieveMessageSourceResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import retrieve_message_source as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "conversation_id": conversation_id,
                "message_id": message_id,
                "long_lived": long_lived,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class ConversationResourceWithRawResponse(RawResource):
        """``client.with_raw_response.conversation``: the same methods, returning a RawResponse."""

        @overload
        def create_conversation(
            self,
            *,
            body: CreateConversationRequest | CreateConversationRequestParam,
            response_format: CreateConversationResponseFormat,
            current_agent_action_type: str | Unset = "^.*$",
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[EventStream]: ...

        @overload
        def create_conversation(
            self,
            *,
            service_id: str,
            service_version_set_name: str | Unset = ...,
            initial_message: Union[str, None] | Unset = ...,
            initial_message_type: Union[CreateConversationRequestInitialMessageTypeType0, None] | Unset = ...,
            tags: Union[Mapping[str, Union[str, None]], CreateConversationRequestTags] | Unset = ...,
            response_format: CreateConversationResponseFormat,
            current_agent_action_type: str | Unset = "^.*$",
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[EventStream]: ...

        def create_conversation(
            self,
            *,
            body: CreateConversationRequest | Mapping[str, Any] | Unset = UNSET,
            response_format: CreateConversationResponseFormat,
            current_agent_action_type: str | Unset = "^.*$",
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[EventStream]: ...

        def finish_conversation(
            self,
            conversation_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def generate_conversation_starter(
            self,
            *,
            body: GenerateConversationStarterRequest | GenerateConversationStarterRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GenerateConversationStarterResponse]: ...

        @overload
        def generate_conversation_starter(
            self,
            *,
            service_id: str,
            facets: List[str],
            min_count: int,
            max_count: int,
            generation_instructions: str,
            service_version_set_name: str | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GenerateConversationStarterResponse]: ...

        def generate_conversation_starter(
            self,
            *,
            body: GenerateConversationStarterRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[GenerateConversationStarterResponse]: ...

        def get_conversation_messages(
            self,
            conversation_id: str,
            *,
            id: list[str] | Unset = UNSET,
            message_type: list[MessageType] | Unset = UNSET,
            interaction_id: list[str] | Unset = UNSET,
            limit: int | Unset = 500,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetConversationMessagesResponse, MessageInstance]]: ...

        def get_conversations(
            self,
            *,
            user_id: list[str] | Unset = UNSET,
            service_id: list[str] | Unset = UNSET,
            is_finished: bool | Unset = UNSET,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 150,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetConversationsResponse, ConversationInstance]]: ...

        def get_interaction_insights(
            self,
            conversation_id: str,
            interaction_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetInteractionInsightsResponse]: ...

        @overload
        def interact_with_conversation(
            self,
            conversation_id: str,
            *,
            body: InteractWithConversationRequest | InteractWithConversationRequestParam,
            request_format: InteractWithConversationRequestFormat,
            response_format: InteractWithConversationResponseFormat,
            current_agent_action_type: str | Unset = "^.*$",
            request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[EventStream]: ...

        @overload
        def interact_with_conversation(
            self,
            conversation_id: str,
            *,
            initial_message_type: InteractWithConversationRequestInitialMessageType,
            recorded_message: str,
            external_event_message_content: List[str] | Unset = ...,
            external_event_message_timestamp: List[datetime.datetime] | Unset = ...,
            request_format: InteractWithConversationRequestFormat,
            response_format: InteractWithConversationResponseFormat,
            current_agent_action_type: str | Unset = "^.*$",
            request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[EventStream]: ...

        def interact_with_conversation(
            self,
            conversation_id: str,
            *,
            body: InteractWithConversationRequest | Mapping[str, Any] | Unset = UNSET,
            request_format: InteractWithConversationRequestFormat,
            response_format: InteractWithConversationResponseFormat,
            current_agent_action_type: str | Unset = "^.*$",
            request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[EventStream]: ...

        @overload
        def modify_tags_of_conversation(
            self,
            conversation_id: str,
            *,
            body: ModifyTagsOfConversationRequest | ModifyTagsOfConversationRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def modify_tags_of_conversation(
            self,
            conversation_id: str,
            *,
            updates: Union[Mapping[str, Union[str, None]], ModifyTagsOfConversationRequestUpdates] | Unset = ...,
            deletes: List[str] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def modify_tags_of_conversation(
            self,
            conversation_id: str,
            *,
            body: ModifyTagsOfConversationRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def recommend_responses_for_interaction(
            self,
            conversation_id: str,
            interaction_id: str,
            *,
            body: RecommendResponsesForInteractionRequest
            | RecommendResponsesForInteractionRequestParam
            | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[RecommendResponsesForInteractionResponse]: ...

        @overload
        def recommend_responses_for_interaction(
            self,
            conversation_id: str,
            interaction_id: str,
            *,
            context: str | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[RecommendResponsesForInteractionResponse]: ...

        def recommend_responses_for_interaction(
            self,
            conversation_id: str,
            interaction_id: str,
            *,
            body: RecommendResponsesForInteractionRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[RecommendResponsesForInteractionResponse]: ...

        def retrieve_message_source(
            self,
            conversation_id: str,
            message_id: str,
            *,
            long_lived: bool | Unset = False,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[RetrieveMessageSourceResponse]: ...


else:

    class ConversationResourceWithRawResponse(RawResource, ConversationResource):
        """``client.with_raw_response.conversation``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
