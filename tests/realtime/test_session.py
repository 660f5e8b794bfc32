"""A real-time session end to end, over real sockets against the emulator: text and voice turns,
audio sources, external events, VAD with a barge-in, finish and the REST history, two threads."""

from __future__ import annotations

import io
import threading
import urllib.request
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

import pytest

from amigo_client import AmigoClient, BadRequestError, ConfigurationError, RealtimeClosedError
from amigo_client._realtime_messages import (
    InteractionComplete,
    NewMessage,
    ServerMessage,
    UnknownMessage,
    VadModeSwitched,
    VadSpeechEnded,
    VadSpeechResetZero,
    VadSpeechStarted,
)
from amigo_client.models.message_instance import MessageInstance
from amigo_emulator.testing import Emulator

from .support import realtime, realtime_stats, tone, wav

PASSWORD_ANSWER = (
    "To reset your password, open the login page, choose 'Forgot password' and follow the link we email you."
)


def message_source(client: AmigoClient, conversation_id: Optional[str], message_id: str) -> bytes:
    """The bytes of a voice message as the server stored them (retrieve-message-source's URL)."""
    assert conversation_id is not None
    raw = client.with_raw_response.conversation.retrieve_message_source(conversation_id, message_id)
    with urllib.request.urlopen(raw.http_response.json()["url"], timeout=10) as answer:
        data: bytes = answer.read()
    return data


def history(client: AmigoClient, conversation_id: Optional[str]) -> List[MessageInstance]:
    """The conversation's messages as REST lists them."""
    assert conversation_id is not None
    return list(client.conversation.get_conversation_messages(conversation_id))


def test_text_turn(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        assert session.conversation_id is not None
        greeting = session.until_done()
        assert greeting.text == "Hi there! How can I help you today?"
        session.send_text("How can I reset my password?")
        reply = session.until_done()
        assert reply.text == PASSWORD_ANSWER
        assert reply.completed is not None and reply.completed.full_message == PASSWORD_ANSWER
        assert [type(m) for m in reply.messages][-1] is InteractionComplete
        pieces = [m for m in reply.messages if isinstance(m, NewMessage)]
        assert pieces[0].message == "" and pieces[-1].stop is True
        assert [p.sequence_number for p in pieces] == list(range(len(pieces)))
    assert session.closed and session.close_code == 1000
    # The conversation is one REST sees, with the same turns.
    listed = list(client.conversation.get_conversations(id=[session.conversation_id]))
    assert len(listed) == 1 and not listed[0].is_finished
    texts = [(m.message_type, m.message) for m in history(client, session.conversation_id)]
    assert texts == [
        ("agent-message", "Hi there! How can I help you today?"),
        ("user-message", "How can I reset my password?"),
        ("agent-message", PASSWORD_ANSWER),
    ]


def test_voice_turn_from_a_wav_file(client: AmigoClient, emu: Emulator, tmp_path: Path) -> None:
    spoken = tone(500, amplitude=6000, frequency=300.0)
    path = tmp_path / "question.wav"
    path.write_bytes(wav(spoken))
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="voice", audio_format="pcm") as session:
        greeting = session.until_done()
        assert greeting.audio and len(greeting.audio) % 2 == 0
        sent = session.send_audio(path)
        assert sent == len(spoken)
        reply = session.until_done()
    assert reply.text.startswith('You said: "[voice message, 16000 bytes]"')
    pieces = [m for m in reply.messages if isinstance(m, NewMessage)]
    # Every piece decodes; the reply's audio is their concatenation, whole 16-bit samples.
    assert reply.audio == b"".join(p.audio() for p in pieces)
    assert len(reply.audio) > 16000 and len(reply.audio) % 2 == 0
    assert reply.wav()[:4] == b"RIFF" and reply.wav()[44:] == reply.audio
    # The server got exactly the file's samples (its header removed): the stored voice message's
    # source is them, wrapped in a WAV header again.
    user = [m for m in history(client, session.conversation_id) if m.message_type == "user-message"]
    assert len(user) == 1 and user[0].format_ == "voice"
    assert message_source(client, session.conversation_id, user[0].id)[44:] == spoken


@pytest.mark.parametrize("kind", ["bytes", "stream", "chunks"])
def test_audio_sources_reach_the_server_whole(client: AmigoClient, emu: Emulator, kind: str) -> None:
    spoken = tone(300, frequency=200.0)
    source: object
    if kind == "bytes":
        source = spoken
    elif kind == "stream":
        source = io.BytesIO(wav(spoken))
    else:
        # A microphone's chunks: odd sizes, so a sample straddles two chunks.
        cuts = [0, 7, 1000, 1001, 4097, len(spoken)]
        source = iter([spoken[a:b] for a, b in zip(cuts, cuts[1:])])
    with client.realtime.connect(service_id=emu.service_ids[0], chunk_ms=20) as session:
        session.until_done()
        assert session.send_audio(source) == len(spoken)
        session.until_done()
    user = [m for m in history(client, session.conversation_id) if m.message_type == "user-message"]
    assert message_source(client, session.conversation_id, user[0].id)[44:] == spoken


def test_a_wav_of_another_format_is_refused_before_it_is_sent(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        with pytest.raises(ConfigurationError, match="44100 Hz.*16000 Hz"):
            session.send_audio(wav(b"\x00\x01" * 4410, rate=44100))
        with pytest.raises(ConfigurationError, match="2 channels"):
            session.send_audio(wav(b"\x00\x01" * 3200, channels=2))
        with pytest.raises(ConfigurationError, match="empty"):
            session.send_audio(b"")
        # Nothing reached the server: the next turn answers the text, not some audio.
        session.send_text("help")
        assert session.until_done().text.startswith("Sure, I can help.")


def test_external_events_attach_to_the_next_turn(client: AmigoClient, emu: Emulator) -> None:
    realtime(emu, event_turn_after_ms=None)  # events never start a turn alone here
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        session.send_external_event("User opened the billing screen")
        session.send_external_event("Cart total is 42 EUR")
        session.send_text("Why is my invoice so high?")
        first = session.until_done()
        # Sent after the user's turn: context for the following one.
        session.send_external_event("User scrolled to the refunds section")
        session.send_text("And refunds?")
        second = session.until_done()
    messages = history(client, session.conversation_id)
    by_interaction: Dict[str, List[Tuple[str, str]]] = {}
    for m in messages:
        by_interaction.setdefault(str(m.interaction_id), []).append((m.message_type, m.message))
    assert by_interaction[str(first.interaction_id)][:3] == [
        ("external-event", "User opened the billing screen"),
        ("external-event", "Cart total is 42 EUR"),
        ("user-message", "Why is my invoice so high?"),
    ]
    assert by_interaction[str(second.interaction_id)][:2] == [
        ("external-event", "User scrolled to the refunds section"),
        ("user-message", "And refunds?"),
    ]


def test_an_external_event_alone_starts_a_turn(client: AmigoClient, emu: Emulator) -> None:
    realtime(emu, event_turn_after_ms=0)
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        session.send_external_event("Payment failed for order 4711")
        reply = session.until_done()
    assert reply.text.startswith("Thanks, I've noted this event: Payment failed for order 4711")


def _speech_then_silence(speech_ms: int, silence_ms: int = 400) -> bytes:
    return tone(speech_ms) + tone(silence_ms, amplitude=0)


def test_vad_detects_speech_and_a_barge_in_interrupts_the_reply(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], vad=True) as session:
        greeting = session.until_done()
        assert session.vad_enabled
        # The reply to the next utterance holds after 3 messages until something interrupts it.
        realtime(emu, stall={"after_messages": 3, "stall_ms": 60_000})
        session.send_audio(_speech_then_silence(400))  # VAD mode: no end-of-audio is sent
        interrupted = None
        switched = any(isinstance(m, VadModeSwitched) and m.vad_enabled is True for m in greeting.messages)
        kinds: List[type] = []
        for message in session.iter_turn():
            if isinstance(message, VadModeSwitched):  # the server's answer to vad=True may come now
                assert message.vad_enabled is True
                switched = True
                continue
            kinds.append(type(message))
            if isinstance(message, NewMessage) and message.message and interrupted is None:
                interrupted = True
                session.send_audio(tone(200))  # the user talks over the agent
        turn = session.last_turn
        assert switched and turn is not None and turn.interrupted
        assert kinds[:2] == [VadSpeechStarted, VadSpeechEnded]
        assert kinds[-2:] == [VadSpeechStarted, InteractionComplete]
        assert turn.completed is not None
        cut = turn.completed.full_message or ""
        # The user stops talking: the reply to what they said streams in full.
        session.send_audio(tone(400, amplitude=0))
        full = session.until_done()
        assert [type(m) for m in full.messages][0] is VadSpeechEnded
        assert not full.interrupted and full.audio
    agent = [m.message for m in history(client, session.conversation_id) if m.message_type == "agent-message"]
    assert len(agent) == 3 and agent[1] == cut
    assert cut and full.text.startswith('You said: "[voice message') and len(cut) < len(full.text)
    assert realtime_stats(emu)["interrupted_turns"] == 1


def test_a_short_noise_is_a_false_start(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text", vad=True) as session:
        session.until_done()
        session.send_audio(_speech_then_silence(20))  # under vad_min_speech_ms
        session.send_text("How can I reset my password?")
        turn = session.until_done()
    kinds = [type(m) for m in turn.messages if not isinstance(m, VadModeSwitched)]
    assert kinds[:2] == [VadSpeechStarted, VadSpeechResetZero] and VadSpeechEnded not in kinds
    assert turn.text == PASSWORD_ANSWER


def test_finish_then_the_rest_history(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[1], response_format="text") as session:
        session.until_done()
        session.send_text("When are invoices issued?")
        session.until_done()
        session.finish_conversation()
        with pytest.raises(RealtimeClosedError) as closed:
            session.send_text("one more thing")
            session.until_done()
    assert closed.value.code == 4409 and "finished" in closed.value.reason
    conversation_id = session.conversation_id
    assert conversation_id is not None
    listed = list(client.conversation.get_conversations(id=[conversation_id]))
    assert listed[0].is_finished
    assert [m.message_type for m in history(client, conversation_id)] == [
        "agent-message",
        "user-message",
        "agent-message",
    ]
    # A finished conversation cannot be continued over the WebSocket either.
    with pytest.raises(RealtimeClosedError) as again:
        client.realtime.connect(service_id=emu.service_ids[1], conversation_id=conversation_id)
    assert again.value.code == 4409


def test_one_unfinished_conversation_per_user_and_service(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as first:
        first.until_done()
        first.send_text("hello")
        first.until_done()
        with pytest.raises(RealtimeClosedError) as second:
            client.realtime.connect(service_id=emu.service_ids[0], response_format="text")
        assert second.value.code == 4400 and str(first.conversation_id) in second.value.reason
        with pytest.raises(BadRequestError):  # the REST rule is the same one
            with client.create_conversation(emu.service_ids[0]) as stream:
                stream.until_done()
    # Closed without finishing: the conversation goes on in a new session (no new greeting).
    with client.realtime.connect(
        service_id=emu.service_ids[0], response_format="text", conversation_id=first.conversation_id
    ) as resumed:
        assert resumed.conversation_id == first.conversation_id
        resumed.send_text("How can I reset my password?")
        assert resumed.until_done().text == PASSWORD_ANSWER
    assert len(history(client, first.conversation_id)) == 5


def test_reading_and_sending_from_two_threads(client: AmigoClient, emu: Emulator) -> None:
    received: List[ServerMessage] = []
    reply_started = threading.Event()
    failure: List[BaseException] = []

    with client.realtime.connect(service_id=emu.service_ids[0]) as session:
        session.until_done()

        def read() -> None:
            try:
                completes = 0
                for message in session:
                    received.append(message)
                    if isinstance(message, NewMessage) and message.message:
                        reply_started.set()
                    if isinstance(message, InteractionComplete):
                        completes += 1
                        if completes == 2:
                            return
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                failure.append(exc)
                reply_started.set()

        reader = threading.Thread(target=read)
        reader.start()
        session.send_text("How can I reset my password?")

        def microphone() -> Iterator[bytes]:
            yield tone(100)
            # The next chunk is "recorded" only once the reader has received the first reply:
            # the sending thread streams while the reading thread receives.
            assert reply_started.wait(30), "the reader thread received nothing while this one was sending"
            yield tone(100)
            yield tone(100)

        session.send_audio(microphone())
        reader.join(30)
        assert not reader.is_alive() and not failure, failure
    completes = [m for m in received if isinstance(m, InteractionComplete)]
    assert len(completes) == 2 and completes[0].full_message == PASSWORD_ANSWER


def test_unknown_message_types_and_fields_are_kept(client: AmigoClient, emu: Emulator) -> None:
    realtime(emu, future_fields=True)
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        greeting = session.until_done()
    unknown = [m for m in greeting.messages if isinstance(m, UnknownMessage)]
    assert len(unknown) == 1 and unknown[0].type == "server.emulator-notice"
    assert unknown[0].data["note"] == "a message type no client knows yet"
    known = [m for m in greeting.messages if not isinstance(m, UnknownMessage)]
    assert known and all(
        m.additional_properties["x_emulator_future_field"] == {"added_in": "a later version"}
        and m.data["x_emulator_future_field"] == {"added_in": "a later version"}
        for m in known
    )
    # A field the REST event has and this version does not declare is kept the same way.
    assert all("message_metadata" in m.additional_properties for m in known if isinstance(m, NewMessage))
    assert greeting.text == "Hi there! How can I help you today?"


def test_extend_timeout_reaches_the_server(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        session.extend_timeout()
        session.send_text("help")
        session.until_done()  # messages are handled in order: the extension came first
    assert realtime_stats(emu)["timeout_extensions"] == 1


def test_close_from_another_thread_ends_a_reading_thread_quietly(client: AmigoClient, emu: Emulator) -> None:
    outcome: List[object] = []
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        started = threading.Event()

        def read() -> None:
            try:
                started.set()
                outcome.append(list(session))  # waits between turns until the session ends
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                outcome.append(exc)

        reader = threading.Thread(target=read)
        reader.start()
        assert started.wait(10)
        session.close()  # from this thread, while the other one is receiving
        reader.join(30)
    assert not reader.is_alive() and outcome == [[]]
    assert session.closed and session.close_code == 1000


def test_agent_actions_follow_the_query_filter(client: AmigoClient, emu: Emulator) -> None:
    from amigo_client._realtime_messages import CurrentAgentAction

    with client.realtime.connect(
        service_id=emu.service_ids[0], response_format="text", current_agent_action_type="^navigate-"
    ) as session:
        session.until_done()
        session.send_text("How can I reset my password?")
        turn = session.until_done()
    actions = [m for m in turn.messages if isinstance(m, CurrentAgentAction)]
    assert actions and all(a.action is not None and a.action["type"].startswith("navigate-") for a in actions)
    assert turn.messages.index(actions[0]) < min(i for i, m in enumerate(turn.messages) if isinstance(m, NewMessage))


def test_a_receive_while_close_drains_ends_quietly(client: AmigoClient, emu: Emulator) -> None:
    # close() in one thread reads the last messages while another thread asks for the next one:
    # that thread must see the end of the session, not "another thread is receiving". The
    # connection's recv is gated so that close() is certainly draining when the other thread asks.
    session = client.realtime.connect(service_id=emu.service_ids[0], response_format="text")
    session.until_done()
    draining, go_on = threading.Event(), threading.Event()
    recv = session._ws.recv

    def gated(timeout: Optional[float] = None) -> object:
        draining.set()
        assert go_on.wait(30)
        return recv(timeout=timeout)

    session._ws.recv = gated
    closer = threading.Thread(target=session.close)
    closer.start()
    assert draining.wait(30)
    outcome: List[object] = []
    reader = threading.Thread(target=lambda: outcome.append(session.receive()))
    reader.start()
    reader.join(1.0)  # let it ask while close() holds the connection (it waits for the end)
    go_on.set()
    closer.join(30)
    reader.join(30)
    assert outcome == [None] and session.closed and session.close_code == 1000
