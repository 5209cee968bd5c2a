"""Writes build/events/*.json: HTTP API v2.0 and S3 events for `sam local invoke -e`, signed like
ElevenLabs (git-ignored: they are signed for now and expire).

ElevenLabs signatures expire after 30 minutes, so run `make events` just before invoking the
post-call samples. They are signed with the documented local secret below, which env.json.example
gives the functions too; never use it for a deployed stack.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from pathlib import Path

from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event

ROOT = Path(__file__).resolve().parent.parent

LOCAL_HMAC_SECRET = "local-hmac-secret"  # noqa: S105 - documented local-only value
# `ELEVENLABS_HMAC_KEY=<your dev stack's secret> make events` signs for a stack that is not local.
SECRET = os.environ.get("ELEVENLABS_HMAC_KEY") or LOCAL_HMAC_SECRET
LOCAL_WORKSPACE_KEY = "local-workspace-key"
LOCAL_BUCKET = "agentic-memory-archive-local"
FIXTURES = ROOT / "tests" / "fixtures"
EVENTS = ROOT / "build" / "events"
# A valid MP3 frame header followed by silence: small, but real base64 of real-looking MP3 bytes.
SAMPLE_MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(413)


def audio_body() -> bytes:
    return json.dumps(
        {
            "type": "post_call_audio",
            "event_timestamp": 1763760000,
            "data": {
                "agent_id": "agent_0000fake0000000000000000aa",
                "conversation_id": "conv_0000fake0000000000000000002",
                "full_audio": base64.b64encode(SAMPLE_MP3).decode(),
            },
        }
    ).encode()


def main(out: Path = EVENTS) -> None:
    transcription = (FIXTURES / "post_call_transcription_returning_caller.json").read_bytes()
    events = {
        "post_call_transcription.json": signed_webhook_event(transcription, SECRET),
        "post_call_audio.json": signed_webhook_event(audio_body(), SECRET),
        "call_initiation_failure.json": signed_webhook_event(
            (FIXTURES / "call_initiation_failure_twilio_docs.json").read_bytes(), SECRET
        ),
        "s3_transcription_created.json": s3_event(
            LOCAL_BUCKET, "conversations/conv_0000fake0000000000000000002/transcription.json"
        ),
        "client_data.json": http_event(
            (FIXTURES / "conversation_initiation_request_docs.json").read_bytes(),
            {"Content-Type": "application/json", "X-Workspace-Key": LOCAL_WORKSPACE_KEY},
            path="/client-data",
        ),
        "retrieve.json": http_event(
            json.dumps(
                {"query": "Which dentist does the caller prefer?", "caller_id": "+15550100002"}
            ).encode(),
            {"Content-Type": "application/json", "X-Workspace-Key": LOCAL_WORKSPACE_KEY},
            path="/retrieve",
        ),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, event in events.items():
        (out / name).write_text(json.dumps(event, indent=2) + "\n")
        print(f"wrote {out / name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else EVENTS)
