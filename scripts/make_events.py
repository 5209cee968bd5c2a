"""Events for `sam local invoke -e`, built with the helpers the tests and the local server use.

    python scripts/make_events.py [OUT]              # `make events`: signed post-call events
    python scripts/make_events.py --unsigned [OUT]   # the events/ folder, as committed

Signed (`make events`, into the git-ignored build/events/): the post-call webhooks, HTTP API v2.0
events signed like ElevenLabs. A signature is good for 30 minutes only, so they are written fresh
just before use, never committed. They are signed with the documented local secret below unless
``ELEVENLABS_HMAC_KEY`` is set (your dev stack's webhook secret); never use the local one for a
deployed stack.

Unsigned (events/, committed): ClientData's and Retrieve's requests (HTTP API v2.0, with the local
``X-Workspace-Key``), S3's notification of the returning caller's archived transcription (PostCall
invoked directly, as a replay does) and the ingestion queue's SQS event carrying that notification
(what PostCall's event source delivers). They are dated and numbered once, so they never change
unless these builders do; tests/test_events.py checks each file equals what is built here.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agentic_memory.archive import transcription_key
from agentic_memory_ops.events import REGION, http_event, s3_event, signed_webhook_event, sqs_event

ROOT = Path(__file__).resolve().parent.parent

LOCAL_HMAC_SECRET = "local-hmac-secret"  # noqa: S105 - documented local-only value
# `ELEVENLABS_HMAC_KEY=<your dev stack's secret> make events` signs for a stack that is not local.
SECRET = os.environ.get("ELEVENLABS_HMAC_KEY") or LOCAL_HMAC_SECRET
LOCAL_WORKSPACE_KEY = "local-workspace-key"
FIXTURES = ROOT / "tests" / "fixtures"
EVENTS = ROOT / "build" / "events"
UNSIGNED = ROOT / "events"
# The returning caller of tests/fixtures/post_call_transcription_returning_caller.json, whose
# transcription post_call_transcription.json archives: the unsigned events ingest, greet and search it.
CONVERSATION = "conv_0000fake0000000000000000002"
CALLER = "+15550100002"
AGENT = "agent_0000fake0000000000000000aa"
QUERY = "Which doctor does the caller prefer?"
SAMPLED_AT = datetime(2025, 11, 21, 10, 0, tzinfo=UTC)  # the day of the fixtures' calls
# The names env.json.example gives (replace them with your dev stack's in both).
DEV_ACCOUNT = "111111111111"
DEV_BUCKET = f"agentic-memory-dev-archive-{DEV_ACCOUNT}-{REGION}"
DEV_INGESTION_QUEUE = f"arn:aws:sqs:{REGION}:{DEV_ACCOUNT}:agentic-memory-dev-IngestionQueue-REPLACE"
# A valid MP3 frame header followed by silence: small, but real base64 of real-looking MP3 bytes.
SAMPLE_MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(413)


def audio_body() -> bytes:
    return json.dumps(
        {
            "type": "post_call_audio",
            "event_timestamp": 1763760000,
            "data": {
                "agent_id": AGENT,
                "conversation_id": CONVERSATION,
                "full_audio": base64.b64encode(SAMPLE_MP3).decode(),
            },
        }
    ).encode()


def signed_events() -> dict[str, dict[str, Any]]:
    """The post-call webhooks, signed now."""
    transcription = (FIXTURES / "post_call_transcription_returning_caller.json").read_bytes()
    return {
        "post_call_transcription.json": signed_webhook_event(transcription, SECRET),
        "post_call_audio.json": signed_webhook_event(audio_body(), SECRET),
        "call_initiation_failure.json": signed_webhook_event(
            (FIXTURES / "call_initiation_failure_twilio_docs.json").read_bytes(), SECRET
        ),
    }


def unsigned_events() -> dict[str, dict[str, Any]]:
    """What events/ holds: the same every time they are built."""
    headers = {"Content-Type": "application/json", "X-Workspace-Key": LOCAL_WORKSPACE_KEY}
    start = {
        "caller_id": CALLER,
        "agent_id": AGENT,
        "called_number": "+15550100001",
        "call_sid": "CA00000000000000000000000000000001",
    }
    notification = s3_event(DEV_BUCKET, transcription_key(CONVERSATION), at=SAMPLED_AT)
    return {
        "client_data.json": http_event(
            json.dumps(start).encode(),
            headers,
            path="/client-data",
            at=SAMPLED_AT,
            request_id="sample-client-data",
        ),
        "retrieve.json": http_event(
            json.dumps({"query": QUERY, "caller_id": CALLER, "agent_id": AGENT}).encode(),
            headers,
            path="/retrieve",
            at=SAMPLED_AT,
            request_id="sample-retrieve",
        ),
        "s3_transcription_created.json": notification,
        "sqs_transcription_created.json": sqs_event(
            DEV_INGESTION_QUEUE,
            [("00000000-0000-4000-8000-000000000001", json.dumps(notification))],
            at=SAMPLED_AT,
        ),
    }


def write(folder: Path, events: dict[str, dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, event in events.items():
        (folder / name).write_text(json.dumps(event, indent=2) + "\n")
        print(f"wrote {folder / name}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--unsigned", action="store_true", help="write the unsigned events (events/)")
    parser.add_argument("out", nargs="?", type=Path, help="the folder (default: build/events, or events)")
    args = parser.parse_args(argv)
    if args.unsigned:
        write(args.out or UNSIGNED, unsigned_events())
    else:
        write(args.out or EVENTS, signed_events())


if __name__ == "__main__":
    main()
