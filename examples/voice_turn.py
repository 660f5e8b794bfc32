"""A voice turn: a WAV recording in, the agent's spoken reply out as raw PCM16.

    python examples/voice_turn.py [question.wav] [reply.pcm]

Runs against whatever the AMIGO_* variables point at: the real API, or the local emulator
(`make demo` prints them). Settings:

    AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID   (required)
    AMIGO_BASE_URL        default https://api.amigo.ai
    AMIGO_SERVICE_ID      the service to talk to (default: the first one the API lists)

Starts a conversation (the agent's greeting is read as text), sends the recording as one voice
turn (``client.interact(conversation_id, audio=path, response_format="voice")``: the SDK reads the
WAV header for the audio config and streams the file), and writes the reply's audio, decoded from
the stream's base64 pieces, to the output file as it arrives (mono signed 16-bit PCM; the
emulator speaks at 16 kHz). Prints what the server heard and what the agent said. Without a
recording it sends one second of a 440 Hz tone (a real API may hear nothing in it and refuse the
turn: record a question). The conversation is always finished. Exits non-zero with the error's
message if anything fails.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from typing import List, Union

from amigo_client import AmigoClient, AmigoError, BadRequestError


def tone_wav(seconds: float = 1.0, rate: int = 16000, frequency: float = 440.0) -> bytes:
    """A mono 16-bit PCM WAV of a sine tone (what the script sends when given no recording)."""
    samples = [int(8000 * math.sin(2 * math.pi * frequency * n / rate)) for n in range(int(seconds * rate))]
    data = struct.pack(f"<{len(samples)}h", *samples)
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 36 + len(data))
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", 16)
        + fmt
        + b"data"
        + (struct.pack("<I", len(data)) + data)
    )


def pick_service(client: AmigoClient) -> str:
    chosen = os.environ.get("AMIGO_SERVICE_ID")
    if chosen:
        return chosen
    for service in client.service.get_services(is_active=True):
        return service.id
    raise SystemExit("no active service in this organization; set AMIGO_SERVICE_ID")


def main(argv: List[str]) -> int:
    recording: Union[str, bytes] = argv[0] if argv else tone_wav()
    output = argv[1] if len(argv) > 1 else "reply.pcm"
    try:
        with AmigoClient() as client:
            service_id = pick_service(client)
            try:
                with client.create_conversation(service_id) as greeting:
                    print(f"agent: {greeting.until_done().text}")
            except BadRequestError as exc:
                unfinished = exc.unfinished_conversation_id
                reason = f"conversation {unfinished} of this service is unfinished" if unfinished else str(exc)
                print(f"the conversation cannot start: {reason}", file=sys.stderr)
                return 1
            conversation_id = greeting.conversation_id
            assert conversation_id is not None
            try:
                sent = recording if isinstance(recording, str) else f"a {len(recording):,}-byte tone"
                print(f"user: (voice) {sent}")
                size = 0
                with client.interact(conversation_id, audio=recording, response_format="voice") as reply:
                    with open(output, "wb") as pcm:
                        for chunk in reply.iter_audio():  # decoded audio, piece by piece
                            pcm.write(chunk)
                            size += len(chunk)
                heard = reply.user_message.user_message if reply.user_message is not None else "(not said)"
                print(f"heard: {heard}")
                print(f"agent: {reply.text}")
                print(f"reply audio: {size:,} bytes of PCM16 in {output}")
            finally:
                client.finish_conversation(conversation_id)
                print("(conversation finished)")
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
