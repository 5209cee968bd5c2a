"""The offline world the handlers run in: moto resources, a metered fake Mem0, and payloads."""

from __future__ import annotations

import base64
import copy
import json
import os
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3

from agentic_memory_ops.events import signed_webhook_event
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server, Reply
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY, fixture_json

AGENT = "agent_0000fake0000000000000000aa"
TRANSCRIPTION_FIXTURE = "post_call_transcription_returning_caller.json"
MEM0_API_KEY = "m0-bench-key"


class MeteredFake(FakeMem0Server):
    """The fake Mem0 server, also counting how many requests it holds at once (peak concurrency)."""

    def __init__(self) -> None:
        super().__init__(api_key=MEM0_API_KEY)
        self._meter = threading.Lock()
        self._in_flight = 0
        self.peak_in_flight = 0

    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Reply:
        with self._meter:
            self._in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        try:
            return super().handle(method, target, headers, raw)
        finally:
            with self._meter:
                self._in_flight -= 1

    def reset_peak(self) -> None:
        with self._meter:
            self.peak_in_flight = 0


def function_env(mem0_url: str) -> dict[str, str]:
    """What the three functions read from their environment, pointing at moto and the fake Mem0."""
    return {
        "S3_BUCKET_NAME": BUCKET,
        "PROFILE_TABLE": PROFILE_TABLE,
        "INGESTION_LEDGER_TABLE": INGESTION_LEDGER_TABLE,
        "ELEVENLABS_HMAC_KEY": HMAC_SECRET,
        "ELEVENLABS_WORKSPACE_KEY": WORKSPACE_KEY,
        "MEMORY_BACKEND": "mem0-platform",
        "MEM0_HOST": mem0_url,
        "MEM0_API_KEY": MEM0_API_KEY,
        # Checks run as soon as the bench delivers them; the extraction row sets its own delay.
        "EXTRACTION_CHECK_SECONDS": "0",
        # Back-to-back ingestions, far above a real add rate: the bench measures our own overhead,
        # not the pacing that keeps a burst under Mem0's limit (tests/test_rate_limit.py proves that).
        "MEM0_ADDS_PER_MINUTE": "1000000",
    }


def create_resources() -> None:
    """The template's bucket (versioned), tables and ingestion queue, in moto; call inside ``mock_aws``."""
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket=BUCKET)
    s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
    dynamodb = boto3.client("dynamodb")
    for table, key in ((PROFILE_TABLE, "pk"), (INGESTION_LEDGER_TABLE, "id")):
        dynamodb.create_table(
            TableName=table,
            BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": key, "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": key, "AttributeType": "S"}],
        )
    os.environ["INGESTION_QUEUE_URL"] = boto3.client("sqs").create_queue(QueueName=INGESTION_QUEUE)[
        "QueueUrl"
    ]


def purge(prefix: str) -> None:
    """Drop every version under ``prefix`` (outside any timing) so big payloads do not pile up."""
    s3 = boto3.client("s3")
    listed = s3.list_object_versions(Bucket=BUCKET, Prefix=prefix)
    versions = [*listed.get("Versions", []), *listed.get("DeleteMarkers", [])]
    for version in versions:
        s3.delete_object(Bucket=BUCKET, Key=version["Key"], VersionId=version["VersionId"])


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """Send file descriptor 1 to /dev/null: the handlers still write their logs and metrics (as on
    Lambda), but the bench's own output stays one table."""
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(devnull)
        os.close(saved)


INGESTION_QUEUE = "bench-ingestion"


def new_conversation_id() -> str:
    return f"conv_bench_{uuid.uuid4().hex}"


def signed_event(document: dict[str, Any]) -> dict[str, Any]:
    """A post-call webhook as API Gateway hands it to PostCall, signed as ElevenLabs signs it."""
    body = json.dumps(document).encode()
    return signed_webhook_event(body, HMAC_SECRET)


def transcription_document(conversation_id: str, turns: int | None = None) -> dict[str, Any]:
    """The returning-caller transcription; with ``turns``, its dialogue repeated to that many turns
    (5 s apart: 360 turns is a 30-minute call)."""
    document = fixture_json(TRANSCRIPTION_FIXTURE)
    data = document["data"]
    data["conversation_id"] = conversation_id
    if turns is not None:
        spoken = [turn for turn in data["transcript"] if (turn.get("message") or "").strip()]
        data["transcript"] = [_turn_at(spoken[i % len(spoken)], i * 5) for i in range(turns)]
        data["metadata"]["call_duration_secs"] = turns * 5
    # A call that just ended, as `send` dates its samples: the fixture's own date falls out of the
    # default retention a year on, and a call past retention is archived, not remembered.
    data["metadata"]["start_time_unix_secs"] = int(time.time()) - data["metadata"]["call_duration_secs"]
    return document


def _turn_at(turn: dict[str, Any], second: int) -> dict[str, Any]:
    moved = copy.deepcopy(turn)
    moved["time_in_call_secs"] = second
    return moved


def audio_document(conversation_id: str, full_audio_b64: str) -> dict[str, Any]:
    return {
        "type": "post_call_audio",
        "event_timestamp": 1739537319,
        "data": {"agent_id": AGENT, "conversation_id": conversation_id, "full_audio": full_audio_b64},
    }


def mp3_bytes(size: int) -> bytes:
    """Incompressible bytes standing in for an MP3 of ``size`` bytes (the content is never parsed)."""
    return os.urandom(size)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
