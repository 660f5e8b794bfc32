"""Conversation operations: create and interact (NDJSON streams), finish, list, messages, extras.

Rules, with the status each one answers (openapi.yaml's responses for the operation):

* create while the user has an unfinished conversation of the same service -> **400** ("The
  conversation cannot start (for example another one is unfinished...)"); unknown service or
  version set -> 404; ``initial_message_type`` without ``initial_message`` -> 422.
* interact or finish on a finished conversation -> **409** ("already finished"); interact or
  finish while a create/interact stream of the conversation is still running -> **409** ("a
  conflicting operation is running"); unknown conversation -> 404; an id not matching
  ``^[a-f0-9]{24}$`` -> 422 (parameter validation).
* interact body: ``multipart/form-data`` with ``initial_message_type`` and ``recorded_message``
  (a text field, or for ``request_format=voice`` an audio file part) plus repeated
  ``external_event_message_content`` / ``external_event_message_timestamp``; or, for voice, the raw
  audio as the whole body. Missing fields -> 422; an empty or blank message -> 400; external event
  timestamps in the future, out of order, before the conversation's last message, or not one per
  content -> 400; ``skip`` with a message or events -> 422; audio that is not ``audio/wav`` or
  ``audio/mpeg`` -> 415.
* finish -> 204; a conversation with no user input yet (only the agent's greeting) is deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from starlette.responses import Response

from . import agent
from .common import lookup, paged, unprocessable
from .multipart import MultipartError, Part, parse_multipart
from .registry import ApiError, Ctx, json_response, no_content, operation
from .store import Conversation, Message, Service
from .streaming import EventStream
from .turns import plan_turn
from .util import iso, new_id, parse_datetime, sort_items, tag_filter_matches, utcnow

__all__ = ["AUDIO_TYPES", "conversation_instance", "message_instance"]

AUDIO_TYPES = ("audio/wav", "audio/mpeg")


# -- serialization -------------------------------------------------------------------------


def conversation_instance(ctx: Ctx, c: Conversation) -> Dict[str, Any]:
    service = ctx.org.services.get(c.service_id)
    version_set_info = None
    if service is not None:
        vs = service.version_sets.get(c.version_set_name) or {}
        version_set_info = {
            "name": c.version_set_name,
            "agent_version_info": [service.agent_id, vs.get("agent_version_number") or 1],
            "service_hierarchical_state_machine_version_info": [
                service.hsm_id,
                vs.get("service_hierarchical_state_machine_version_number") or 1,
            ],
            "llm_model_preferences": dict(vs.get("llm_model_preferences") or {}),
        }
    return {
        "id": c.id,
        "user_id": c.user_id,
        "created_at": iso(c.created_at),
        "is_finished": c.is_finished,
        "is_analyzed": c.is_analyzed,
        "completed_post_processings": list(c.completed_post_processings),
        "final_message": c.messages[-1].message if c.messages else "",
        "service_id": c.service_id,
        "version_set_info": version_set_info,
        "num_messages": len(c.messages),
        "tags": dict(c.tags),
    }


def message_instance(m: Message) -> Dict[str, Any]:
    return {
        "id": m.id,
        "interaction_id": m.interaction_id,
        "created_at": iso(m.created_at),
        "sender": m.sender,
        "message": m.message,
        "format": m.format,
        "message_type": m.message_type,
    }


# -- helpers -------------------------------------------------------------------------------


def _action_filter(ctx: Ctx) -> Optional["re.Pattern[str]"]:
    """The compiled ``current_agent_action_type`` regex, only if the caller sent one."""
    if "current_agent_action_type" not in ctx.request.query_params:
        return None
    try:
        return re.compile(ctx.params["current_agent_action_type"])
    except re.error as exc:
        raise unprocessable(("query", "current_agent_action_type"), f"invalid regular expression: {exc}") from None


def _conversation(ctx: Ctx) -> Conversation:
    return lookup(ctx.org.conversations, ctx.params["conversation_id"], "conversation")


def _service(ctx: Ctx, service_id: str) -> Service:
    return lookup(ctx.org.services, service_id, "service")


def _sender(ctx: Ctx, kind: str) -> str:
    if kind == "external-event":
        return "External event"
    user = ctx.org.users.get(ctx.user_id or "")
    return user.display_name if user else "User"


# -- create --------------------------------------------------------------------------------


@operation("create-conversation")
async def create_conversation(ctx: Ctx) -> Response:
    body = ctx.body
    initial = body.get("initial_message")
    kind = body.get("initial_message_type")
    if kind is not None and initial is None:
        raise unprocessable(
            ("body", "initial_message_type"), "initial_message_type can only be set with initial_message"
        )
    if initial is not None and kind is None:
        kind = "user-message"
    action_filter = _action_filter(ctx)
    voice = ctx.params["response_format"] == "voice"
    version_set = body.get("service_version_set_name", "release")
    now = utcnow()
    with ctx.rt.store.lock:
        service = _service(ctx, body["service_id"])
        if version_set not in service.version_sets:
            raise ApiError(404, f"Version set {version_set!r} not found for this service.")
        for other in ctx.org.conversations.values():
            if other.user_id == ctx.user_id and other.service_id == service.id and not other.is_finished:
                raise ApiError(
                    400,
                    f"The user already has an unfinished conversation ({other.id}) for this service; "
                    "finish it before starting another.",
                )
        conversation = Conversation(
            id=new_id(),
            org_id=ctx.org_id,
            user_id=ctx.user_id or "",
            service_id=service.id,
            version_set_name=version_set,
            created_at=now,
            tags=dict(body.get("tags") or {}),
            busy=True,
            pending=True,
        )
        ctx.org.conversations[conversation.id] = conversation

    def drop() -> None:
        with ctx.rt.store.lock:
            ctx.org.conversations.pop(conversation.id, None)

    inputs: List[Message] = []
    announce = None
    if initial is not None:
        announce = Message(
            id=new_id(),
            interaction_id="",
            created_at=now,
            sender=_sender(ctx, kind),
            message=initial,
            format="text",
            message_type=kind,
        )
        inputs.append(announce)
    plan = plan_turn(
        ctx.rt,
        ctx.org,
        conversation,
        service,
        prefix=[{"type": "conversation-created", "conversation_id": conversation.id}],
        inputs=inputs,
        announce=announce,
        reply_kind=kind if kind is not None else "greeting",
        voice=voice,
        action_filter=action_filter,
        on_rollback=drop,
    )
    return EventStream(ctx.rt, ctx.op, 201, plan)


# -- interact ------------------------------------------------------------------------------


@dataclass
class _Input:
    kind: str  # user-message | external-event | skip
    text: str = ""
    audio: Optional[bytes] = None
    audio_type: Optional[str] = None
    events: List[Tuple[str, str]] = field(default_factory=list)  # (content, raw timestamp)


async def _read_interact_body(ctx: Ctx) -> _Input:
    request = ctx.request
    voice = ctx.params["request_format"] == "voice"
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    body = await request.body()
    if media != "multipart/form-data":
        if not voice:
            raise unprocessable(("body",), "request_format=text needs a multipart/form-data body")
        if media not in AUDIO_TYPES:
            raise ApiError(415, f"Unsupported audio format {media or 'unknown'!r}; send audio/wav or audio/mpeg.")
        if not body:
            raise ApiError(400, "The user message is empty.")
        return _Input(kind="user-message", audio=body, audio_type=media)
    try:
        parts = parse_multipart(body, content_type)
    except MultipartError as exc:
        raise unprocessable(("body",), str(exc)) from None
    fields: Dict[str, List[Part]] = {}
    for part in parts:
        fields.setdefault(part.name, []).append(part)
    missing = [name for name in ("initial_message_type", "recorded_message") if name not in fields]
    if missing:
        raise ApiError(
            422,
            [{"type": "missing", "loc": ["body", name], "msg": "Field required", "input": None} for name in missing],
        )
    kind = fields["initial_message_type"][0].text()
    if kind not in ("user-message", "external-event", "skip"):
        raise unprocessable(
            ("body", "initial_message_type"), "must be one of user-message, external-event, skip", "enum"
        )
    contents = [p.text() for p in fields.get("external_event_message_content", [])]
    stamps = [p.text() for p in fields.get("external_event_message_timestamp", [])]
    for index, content in enumerate(contents):
        if not content:
            raise unprocessable(
                ("body", "external_event_message_content", index), "must not be empty", "string_too_short"
            )
    for index, stamp in enumerate(stamps):
        try:
            parse_datetime(stamp)
        except ValueError:
            raise unprocessable(
                ("body", "external_event_message_timestamp", index), "must be an ISO 8601 date-time", "datetime_parsing"
            ) from None
    recorded = fields["recorded_message"][0]
    result = _Input(kind=kind, events=list(zip(contents, stamps)))
    if kind == "skip":
        if recorded.data or contents or stamps:
            raise unprocessable(("body",), "skip needs an empty recorded_message and no external events")
        return result
    if len(contents) != len(stamps):
        raise ApiError(400, "Give exactly one external_event_message_timestamp per external_event_message_content.")
    if voice:
        if not recorded.is_file and recorded.content_type in (None, "text/plain"):
            raise unprocessable(
                ("body", "recorded_message"), "request_format=voice needs recorded_message as an audio file part"
            )
        if recorded.content_type not in AUDIO_TYPES:
            raise ApiError(
                415, f"Unsupported audio format {recorded.content_type or 'unknown'!r}; send audio/wav or audio/mpeg."
            )
        if not recorded.data:
            raise ApiError(400, "The user message is empty.")
        result.audio, result.audio_type = recorded.data, recorded.content_type
        return result
    if recorded.content_type is not None and recorded.content_type.startswith("audio/"):
        raise unprocessable(("body", "recorded_message"), "request_format=text needs recorded_message as text")
    result.text = recorded.text()
    if not result.text.strip():
        raise ApiError(400, "The user message is empty.")
    return result


def _check_event_times(conversation: Conversation, events: List[Tuple[str, str]]) -> List[Any]:
    now = utcnow()
    last = max((m.created_at for m in conversation.messages), default=conversation.created_at)
    times = [parse_datetime(stamp) for _, stamp in events]
    for index, when in enumerate(times):
        if when > now:
            raise ApiError(400, "External event timestamps must be in the past.")
        if when < last:
            raise ApiError(400, "External event timestamps must not be earlier than the conversation's last message.")
        if index and when < times[index - 1]:
            raise ApiError(400, "External events must be given oldest first.")
    return times


@operation("interact-with-conversation")
async def interact_with_conversation(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        _conversation(ctx)
    parsed = await _read_interact_body(ctx)
    action_filter = _action_filter(ctx)
    voice_out = ctx.params["response_format"] == "voice"
    now = utcnow()
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        if conversation.is_finished:
            raise ApiError(409, "The conversation is already finished.")
        if conversation.busy:
            raise ApiError(409, "Another operation is in progress on this conversation; wait for it to finish.")
        service = _service(ctx, conversation.service_id)
        times = _check_event_times(conversation, parsed.events)
        conversation.busy = True
    inputs = [
        Message(
            id=new_id(),
            interaction_id="",
            created_at=when,
            sender="External event",
            message=content,
            format="text",
            message_type="external-event",
        )
        for (content, _), when in zip(parsed.events, times)
    ]
    announce = None
    if parsed.kind != "skip":
        text = parsed.text if parsed.audio is None else agent.voice_transcript(parsed.audio)
        announce = Message(
            id=new_id(),
            interaction_id="",
            created_at=now,
            sender=_sender(ctx, parsed.kind),
            message=text,
            format="voice" if parsed.audio is not None else "text",
            message_type=parsed.kind,
            audio=parsed.audio,
            audio_content_type=parsed.audio_type,
        )
        inputs.append(announce)
    plan = plan_turn(
        ctx.rt,
        ctx.org,
        conversation,
        service,
        prefix=[],
        inputs=inputs,
        announce=announce,
        reply_kind=parsed.kind,
        voice=voice_out,
        action_filter=action_filter,
    )
    return EventStream(ctx.rt, ctx.op, 200, plan)


# -- finish, list, messages ------------------------------------------------------------------


@operation("finish-conversation")
async def finish_conversation(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        if conversation.is_finished:
            raise ApiError(409, "The conversation is already finished.")
        if conversation.busy:
            raise ApiError(409, "Another operation is in progress on this conversation; wait for it to finish.")
        if not conversation.has_user_input:
            del ctx.org.conversations[conversation.id]
            return no_content()
        conversation.is_finished = True
        ctx.rt.webhooks.conversation_finished(ctx.org_id, conversation.id)
    return no_content()


@operation("get-conversations")
async def get_conversations(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        items = []
        for c in ctx.org.conversations.values():
            if p.get("user_id") and c.user_id not in p["user_id"]:
                continue
            if p.get("service_id") and c.service_id not in p["service_id"]:
                continue
            if p.get("id") and c.id not in p["id"]:
                continue
            if p.get("is_finished") is not None and c.is_finished != p["is_finished"]:
                continue
            if not tag_filter_matches(c.tags, p.get("tag") or []):
                continue
            items.append(c)
        items = sort_items(
            items, p.get("sort_by") or [], {"created_at": lambda c: c.created_at}, default=["-created_at"]
        )
        chunk, paging = paged(items, ctx, 150)
        return json_response({"conversations": [conversation_instance(ctx, c) for c in chunk], **paging})


@operation("get-conversation-messages")
async def get_conversation_messages(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        types = p.get("message_type") or ["external-event", "agent-message", "user-message"]
        items = [
            m
            for m in conversation.messages
            if m.message_type in types
            and (not p.get("id") or m.id in p["id"])
            and (not p.get("interaction_id") or m.interaction_id in p["interaction_id"])
        ]
        items = sort_items(
            items,
            p.get("sort_by") or [],
            {"created_at": lambda m: m.created_at, "interaction_id": lambda m: m.interaction_id},
        )
        chunk, paging = paged(items, ctx, 500)
        return json_response({"messages": [message_instance(m) for m in chunk], **paging})


# -- the smaller conversation operations -------------------------------------------------------


@operation("recommend-responses-for-interaction")
async def recommend_responses(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        if conversation.is_finished:
            raise ApiError(400, "The conversation has finished.")
        if not conversation.interactions or conversation.interactions[-1].id != ctx.params["interaction_id"]:
            raise ApiError(400, "The interaction is not the latest completed interaction of the conversation.")
        last = conversation.messages[-1].message if conversation.messages else ""
    suggestions = [
        "Can you tell me more?",
        "Thanks, that helps.",
        f'Could you explain "{last[:40]}" differently?' if last else "What can you help me with?",
    ]
    return json_response({"recommended_responses": suggestions})


@operation("get-interaction-insights")
async def get_interaction_insights(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        found = [i for i in conversation.interactions if i.id == ctx.params["interaction_id"]]
        if not found:
            raise ApiError(404, "Interaction not found.")
        interaction = found[0]
        service = ctx.org.services.get(conversation.service_id)
    hsm = service.hsm_id if service else "0" * 24
    return json_response(
        {
            "current_state_name": interaction.next_state,
            "current_state_action": "Reply with the scripted answer.",
            "current_state_objective": "Help the user with their request.",
            "state_transition_logs": [
                {
                    "type": "action",
                    "previous_state": interaction.prev_state,
                    "previous_service_hierarchical_state_machine_version_info": [hsm, 1],
                    "next_state": interaction.next_state,
                    "next_service_hierarchical_state_machine_version_info": [hsm, 1],
                    "previous_state_exit_condition_description": "The scripted agent always moves on.",
                    "tool_call_logs": [],
                }
            ],
            "working_memory": [],
            "reflections": [],
            "triggered_dynamic_behavior_set_version_info": interaction.triggered_behavior,
            "select_next_action_tool_call_logs": [],
            "engage_user_tool_call_logs": [],
        }
    )


@operation("retrieve-message-source")
async def retrieve_message_source(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        found = [m for m in conversation.messages if m.id == ctx.params["message_id"]]
        if not found:
            raise ApiError(404, "Message not found.")
        message = found[0]
        if message.audio is None:
            raise ApiError(400, "The message was sent as text and has no separate source.")
    base = str(ctx.request.base_url).rstrip("/")
    return json_response(
        {
            "url": f"{base}/_emulator/media/{ctx.org_id}/{conversation.id}/{message.id}",
            "content_type": message.audio_content_type,
            "expires_at": iso(utcnow().replace(microsecond=0)),
        }
    )


@operation("generate-conversation-starter")
async def generate_conversation_starter(ctx: Ctx) -> Response:
    body = ctx.body
    if body["min_count"] > body["max_count"]:
        raise unprocessable(("body", "min_count"), "min_count must not exceed max_count")
    with ctx.rt.store.lock:
        service = _service(ctx, body["service_id"])
        if body.get("service_version_set_name", "release") not in service.version_sets:
            raise ApiError(404, "Version set not found.")
    facets = body["facets"]
    count = max(body["min_count"], min(body["max_count"], len(facets)))
    prompts = [
        {"prompt": f"Ask {service.name} about {facets[i % len(facets)]}.", "facets": [facets[i % len(facets)]]}
        for i in range(count)
    ]
    return json_response({"prompts": prompts})


@operation("modify-tags-of-conversation")
async def modify_tags_of_conversation(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        conversation = _conversation(ctx)
        tags = dict(conversation.tags)
        tags.update(body.get("updates") or {})
        for key in body.get("deletes") or []:
            tags.pop(key, None)
        if len(tags) > 20:
            raise ApiError(400, "A conversation can have at most 20 tags.")
        conversation.tags = tags
    return no_content()
