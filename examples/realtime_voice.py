"""Real-time voice: send a WAV file as a user turn, write the agent's spoken reply to a WAV file.

    pip install 'amigo-client[realtime]'
    python examples/realtime_voice.py question.wav reply.wav

Settings come from the AMIGO_* variables (AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID,
AMIGO_ORGANIZATION_ID, AMIGO_BASE_URL); AMIGO_SERVICE_ID picks the service (default: the first
active one); AMIGO_GREETING_WAIT how long to wait for the agent's greeting (15 s). The input must
be 16-bit mono PCM WAV; it is sent at its own sample rate, and the reply is written at that rate
too (the real service's rates are not documented: see README).

The session: connect (the conversation starts, and the agent greets first in a new one), send the
audio (the SDK cuts it into base64 chunks and marks its end), collect the reply's audio, finish
the conversation, close. Exit status: 0 done, 1 the session failed, 2 bad input or setup.
"""

from __future__ import annotations

import os
import sys
import wave

from amigo_client import AmigoClient, AmigoError, ConfigurationError, RealtimeError, RealtimeTimeoutError

#: Seconds to wait for the agent's greeting (AMIGO_GREETING_WAIT).
GREETING_WAIT = float(os.environ.get("AMIGO_GREETING_WAIT") or 15)


def first_service(client: AmigoClient) -> str:
    chosen = os.environ.get("AMIGO_SERVICE_ID")
    if chosen:
        return chosen
    for service in client.service.get_services(is_active=True):
        return service.id
    raise SystemExit("no active service in this organization; set AMIGO_SERVICE_ID")


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print("usage: python examples/realtime_voice.py QUESTION.wav [REPLY.wav]", file=sys.stderr)
        return 2
    question, answer = argv[0], argv[1] if len(argv) == 2 else "reply.wav"
    try:
        with wave.open(question, "rb") as recording:
            rate = recording.getframerate()
    except (OSError, wave.Error, EOFError) as exc:
        print(f"cannot read {question} as a WAV file: {exc}", file=sys.stderr)
        return 2
    try:
        with AmigoClient() as client:
            service_id = first_service(client)
            with client.realtime.connect(
                service_id=service_id, response_format="voice", audio_format="pcm", sample_rate=rate
            ) as session:
                print(f"conversation {session.conversation_id}")
                # The agent speaks first in a new conversation (inferred from REST: not documented
                # for the WebSocket), so wait for its greeting a while, not for ever.
                try:
                    greeting = session.until_done(timeout=GREETING_WAIT)
                    print(f"agent: {greeting.text!r} ({len(greeting.audio)} bytes of audio)")
                except RealtimeTimeoutError:
                    print(f"(no greeting within {GREETING_WAIT:g} s)")
                sent = session.send_audio(question)
                print(f"sent {sent} bytes of audio from {question}")
                reply = session.until_done()
                with open(answer, "wb") as out:
                    out.write(reply.wav(rate))
                print(f"agent: {reply.text!r} ({len(reply.audio)} bytes of audio, written to {answer})")
                if not reply.conversation_ended:
                    session.finish_conversation()
        print(f"(conversation {session.conversation_id} finished)")
        return 0
    except ConfigurationError as exc:
        print(f"setup: {exc}", file=sys.stderr)
        return 2
    except RealtimeError as exc:
        print(f"the session failed: {exc}", file=sys.stderr)
        return 1
    except AmigoError as exc:
        print(f"the API refused: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
