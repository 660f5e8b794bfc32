"""Conversation operations (parsing; state and rules, turns included, in
:mod:`amigo_emulator.models.conversations`; streams written by :mod:`amigo_emulator.streaming`;
answers rendered through the contract): create and interact (NDJSON streams), finish, list,
messages, message sources, insights, recommendations, starters, tags.

Statuses (openapi.yaml's responses for each operation):

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
* retrieve-message-source: the source of a voice message is answered as a short-lived link to
  its audio (``url``, its ``content_type``, ``expires_at``: 12 hours ahead with
  ``long_lived=true``, else 15 minutes); a text message has none -> 400; unknown message -> 404.

Computed here: a conversation's version set info, last message and message count; the message
source link; interaction insights; recommendations; conversation starters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Dict, List, Optional, Tuple

from starlette.responses import Response

from . import agent
from .common import unprocessable
from .models import conversations as backend
from .multipart import MultipartError, Part, parse_multipart
from .registry import Answer, ApiError, Ctx, answer, no_content, operation
from .respond import listing
from .spec import ValidationProblem
from .store import Conversation, Message
from .streaming import EventStream
from .util import FieldKeys, iso, new_id, sort_items, state_of, tag_filter_matches, utcnow

__all__ = ["AUDIO_TYPES", "conversation_state", "message_state"]

AUDIO_TYPES = ("audio/wav", "audio/mpeg")
SOURCE_LIFETIME = timedelta(minutes=15)
LONG_LIVED_SOURCE_LIFETIME = timedelta(hours=12)


# -- state for the renderer ------------------------------------------------------------------


def conversation_state(ctx: Ctx, c: Conversation) -> Dict[str, Any]:
    """The conversation as the renderer gets it: its state plus the computed fields."""
    state = state_of(c, exclude=("messages", "interactions", "state", "busy", "pending"))
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
    state["version_set_info"] = version_set_info
    state["final_message"] = c.messages[-1].message if c.messages else ""
    state["num_messages"] = len(c.messages)
    return state


def message_state(m: Message) -> Dict[str, Any]:
    """A message as the renderer gets it (its audio stays behind its source link)."""
    return state_of(m, exclude=("audio", "audio_content_type"))


# -- helpers -------------------------------------------------------------------------------


def _action_filter(ctx: Ctx) -> Optional["re.Pattern[str]"]:
    """The compiled ``current_agent_action_type`` regex, only if the caller sent one."""
    if "current_agent_action_type" not in ctx.request.query_params:
        return None
    try:
        return re.compile(str(ctx.params.get("current_agent_action_type") or ""))
    except re.error as exc:
        raise unprocessable(("query", "current_agent_action_type"), f"invalid regular expression: {exc}") from None


def _sender(ctx: Ctx, kind: str) -> str:
    if kind == "external-event":
        return "External event"
    user = ctx.org.users.get(ctx.user_id or "")
    return user.display_name if user else "User"


# -- create --------------------------------------------------------------------------------


@operation("create-conversation")
async def create_conversation(ctx: Ctx) -> Response:
    body = ctx.body or {}
    initial = body.get("initial_message")
    kind = body.get("initial_message_type")
    if kind is not None and initial is None:
        raise unprocessable(
            ("body", "initial_message_type"), "initial_message_type can only be set with initial_message"
        )
    if initial is not None and kind is None:
        kind = "user-message"
    action_filter = _action_filter(ctx)
    voice = ctx.params.get("response_format") == "voice"
    with ctx.rt.store.lock:
        conversation = backend.start(
            ctx.org,
            ctx.user_id or "",
            body.get("service_id"),
            str(body.get("service_version_set_name", "release")),
            body.get("tags") or {},
        )
        service = backend.service_of(ctx.org, conversation.service_id)

    def drop() -> None:
        with ctx.rt.store.lock:
            ctx.org.conversations.pop(conversation.id, None)

    inputs: List[Message] = []
    announce = None
    if initial is not None and kind is not None:
        announce = Message(
            id=new_id(),
            interaction_id="",
            created_at=conversation.created_at,
            sender=_sender(ctx, kind),
            message=initial,
            format="text",
            message_type=kind,
        )
        inputs.append(announce)
    turn = backend.plan_turn(
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
    return EventStream(ctx.rt, ctx.op, 201, turn)


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
    voice = ctx.params.get("request_format") == "voice"
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
    # The form is validated against the contract's multipart schema (required fields, the message
    # type's enum, non-empty event contents, date-time stamps), FastAPI-style; what follows are the
    # interaction's rules.
    form = _form(ctx, fields)
    kind = str(form.get("initial_message_type", ""))
    contents = [str(c) for c in form.get("external_event_message_content") or []]
    stamps = [str(t) for t in form.get("external_event_message_timestamp") or []]
    if "recorded_message" not in fields:
        raise unprocessable(("body", "recorded_message"), "Field required", "missing")
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


def _form(ctx: Ctx, fields: Dict[str, List[Part]]) -> Dict[str, Any]:
    """The multipart fields as the contract's form schema types them (an array field gets every
    part of that name, any other field its first part's text), validated against that schema."""
    media = ctx.op.body_content.get("multipart/form-data") or {}
    validator = ctx.rt.contract.validator
    schema = validator.resolve(media.get("schema")) if isinstance(media, dict) else None
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    form: Dict[str, Any] = {}
    for name, parts in fields.items():
        sub = validator.resolve(properties.get(name))
        many = isinstance(sub, dict) and sub.get("type") == "array"
        form[name] = [p.text() for p in parts] if many else parts[0].text()
    if schema is not None:
        problems = [ValidationProblem(i.loc, i.msg, i.kind) for i in validator.errors(schema, form, ("body",))]
        if problems:
            raise ApiError(422, [p.as_dict() for p in problems])
    return form


@operation("interact-with-conversation")
async def interact_with_conversation(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.get(ctx.org, ctx.params.get("conversation_id"))
    parsed = await _read_interact_body(ctx)
    action_filter = _action_filter(ctx)
    voice_out = ctx.params.get("response_format") == "voice"
    now = utcnow()
    with ctx.rt.store.lock:
        conversation, service, times = backend.begin(
            ctx.org, ctx.params.get("conversation_id"), [stamp for _, stamp in parsed.events]
        )
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
    turn = backend.plan_turn(
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
    return EventStream(ctx.rt, ctx.op, 200, turn)


# -- finish, list, messages ------------------------------------------------------------------


@operation("finish-conversation")
async def finish_conversation(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.finish(ctx.rt, ctx.org, ctx.params.get("conversation_id"))
    return no_content()


@operation("get-conversations")
async def get_conversations(ctx: Ctx) -> Answer:
    p = ctx.params
    with ctx.rt.store.lock:
        items = [
            c
            for c in ctx.org.conversations.values()
            if (not p.get("user_id") or c.user_id in p["user_id"])
            and (not p.get("service_id") or c.service_id in p["service_id"])
            and (not p.get("id") or c.id in p["id"])
            and (p.get("is_finished") is None or c.is_finished == p["is_finished"])
            and tag_filter_matches(c.tags, p.get("tag") or [])
        ]
        items = sort_items(
            items, p.get("sort_by") or [], {"created_at": lambda c: c.created_at}, default=["-created_at"]
        )
        states = [conversation_state(ctx, c) for c in items]
    return answer(listing(ctx, states, 150), kind="conversation")


@operation("get-conversation-messages")
async def get_conversation_messages(ctx: Ctx) -> Answer:
    p = ctx.params
    with ctx.rt.store.lock:
        conversation = backend.get(ctx.org, p.get("conversation_id"))
        types = p.get("message_type") or ["external-event", "agent-message", "user-message"]
        found = [
            m
            for m in conversation.messages
            if m.message_type in types
            and (not p.get("id") or m.id in p["id"])
            and (not p.get("interaction_id") or m.interaction_id in p["interaction_id"])
        ]
        # Sorted on the stored times (microseconds), not their millisecond ISO form.
        items = [message_state(m) for m in sort_items(found, p.get("sort_by") or [], FieldKeys())]
    return answer(listing(ctx, items, 500), kind="message")


# -- the smaller conversation operations -------------------------------------------------------


@operation("recommend-responses-for-interaction")
async def recommend_responses(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        conversation = backend.get(ctx.org, ctx.params.get("conversation_id"))
        backend.latest_interaction(conversation, ctx.params.get("interaction_id"))
        last = conversation.messages[-1].message if conversation.messages else ""
    suggestions = [
        "Can you tell me more?",
        "Thanks, that helps.",
        f'Could you explain "{last[:40]}" differently?' if last else "What can you help me with?",
    ]
    return answer({"recommended_responses": suggestions})


@operation("get-interaction-insights")
async def get_interaction_insights(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        conversation = backend.get(ctx.org, ctx.params.get("conversation_id"))
        interaction = backend.interaction(conversation, ctx.params.get("interaction_id"))
        service = ctx.org.services.get(conversation.service_id)
    hsm = service.hsm_id if service else "0" * 24
    return answer(
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
                }
            ],
            "triggered_dynamic_behavior_set_version_info": interaction.triggered_behavior,
        }
    )


@operation("retrieve-message-source")
async def retrieve_message_source(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        conversation = backend.get(ctx.org, ctx.params.get("conversation_id"))
        message = backend.message(conversation, ctx.params.get("message_id"))
        if message.audio is None:
            raise ApiError(400, "The message was sent as text and has no separate source.")
    base = str(ctx.request.base_url).rstrip("/")
    lifetime = LONG_LIVED_SOURCE_LIFETIME if ctx.params.get("long_lived") else SOURCE_LIFETIME
    return answer(
        {
            "url": f"{base}/_emulator/media/{ctx.org_id}/{conversation.id}/{message.id}",
            "content_type": message.audio_content_type,
            "expires_at": iso(utcnow() + lifetime),
        }
    )


@operation("generate-conversation-starter")
async def generate_conversation_starter(ctx: Ctx) -> Answer:
    body = ctx.body or {}
    low, high = int(body.get("min_count") or 1), int(body.get("max_count") or 1)
    if low > high:
        raise unprocessable(("body", "min_count"), "min_count must not exceed max_count")
    with ctx.rt.store.lock:
        service = backend.service_of(ctx.org, body.get("service_id"))
        if body.get("service_version_set_name", "release") not in service.version_sets:
            raise ApiError(404, "Version set not found.")
    facets = [str(f) for f in body.get("facets") or []] or ["anything"]
    count = max(low, min(high, len(facets)))
    prompts = [
        {"prompt": f"Ask {service.name} about {facets[i % len(facets)]}.", "facets": [facets[i % len(facets)]]}
        for i in range(count)
    ]
    return answer({"prompts": prompts})


@operation("modify-tags-of-conversation")
async def modify_tags_of_conversation(ctx: Ctx) -> Response:
    body = ctx.body or {}
    with ctx.rt.store.lock:
        conversation = backend.get(ctx.org, ctx.params.get("conversation_id"))
        tags = dict(conversation.tags)
        tags.update(body.get("updates") or {})
        for key in body.get("deletes") or []:
            tags.pop(key, None)
        if len(tags) > 20:
            raise ApiError(400, "A conversation can have at most 20 tags.")
        conversation.tags = tags
    return no_content()
