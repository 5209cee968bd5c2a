"""AUDIO_SOURCE=api: the recording streamed from ElevenLabs into S3, in bounded memory, with retries."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

import boto3
import pytest
from botocore.exceptions import EndpointConnectionError

from agentic_memory import audio_fetch, recording
from agentic_memory.audio_fetch import AudioNotReadyError, fetch_audio
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import s3_event, signed_webhook_event
from local_server.aws import free_port
from testkit.aws import BUCKET
from testkit.fakes.elevenlabs import FakeElevenLabs, recording_sha256
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, RETURNING_CONVERSATION as CONVERSATION, fixture_bytes, fixture_json
from testkit.queue import run_extraction_checks

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

KEY = f"conversations/{CONVERSATION}/audio.mp3"
FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture
def elevenlabs() -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs() as fake:
        yield fake


@pytest.fixture
def separate_s3() -> Iterator[S3Client]:
    """S3 in another process (moto's server), so this process's memory is only the transfer's."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        s3 = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 30
        while True:
            try:
                s3.create_bucket(Bucket=BUCKET)
                break
            except EndpointConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield s3
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(fake: FakeElevenLabs, waits: list[float] | None = None, s3: S3Client | None = None) -> int | None:
    return fetch_audio(
        CONVERSATION,
        s3=s3 or boto3.client("s3"),
        bucket=BUCKET,
        api_key=fake.api_key,
        base_url=fake.url,
        sleep=(waits if waits is not None else []).append,
    )


def stored_sha256(s3: S3Client | None = None) -> str:
    digest = hashlib.sha256()
    for piece in (
        (s3 or boto3.client("s3")).get_object(Bucket=BUCKET, Key=KEY)["Body"].iter_chunks(1024 * 1024)
    ):
        digest.update(piece)
    return digest.hexdigest()


@pytest.mark.slow
def test_a_50_mb_recording_is_streamed_to_s3_identically_in_bounded_memory(
    elevenlabs: FakeElevenLabs, separate_s3: S3Client
) -> None:
    elevenlabs.recordings[CONVERSATION] = FIFTY_MB
    tracemalloc.start()
    try:
        written = fetch(elevenlabs, s3=separate_s3)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert written == FIFTY_MB
    assert peak < 3 * audio_fetch.PART_SIZE < FIFTY_MB  # about one part in flight, never the whole call
    assert stored_sha256(separate_s3) == recording_sha256(CONVERSATION, FIFTY_MB)
    head = separate_s3.head_object(Bucket=BUCKET, Key=KEY)
    assert head["ContentType"] == "audio/mpeg"
    assert head["ETag"].strip('"').endswith("-7")  # 50 MB in 8 MiB parts: a multipart upload


@pytest.mark.usefixtures("aws")
def test_the_recording_is_retried_while_elevenlabs_is_still_processing(elevenlabs: FakeElevenLabs) -> None:
    elevenlabs.recordings[CONVERSATION] = 1000
    elevenlabs.not_ready = 2
    waits: list[float] = []

    assert fetch(elevenlabs, waits) == 1000
    assert waits == [1.0, 2.0]
    assert {r["xi-api-key"] for r in elevenlabs.requests} == {elevenlabs.api_key}


@pytest.mark.usefixtures("aws")
def test_a_recording_that_never_comes_fails_for_a_retry_and_leaves_no_parts(
    elevenlabs: FakeElevenLabs,
) -> None:
    with pytest.raises(AudioNotReadyError):
        fetch(elevenlabs)

    s3 = boto3.client("s3")
    assert "Contents" not in s3.list_objects_v2(Bucket=BUCKET)
    assert "Uploads" not in s3.list_multipart_uploads(Bucket=BUCKET)


@pytest.mark.usefixtures("aws")
def test_a_recording_already_archived_from_the_webhook_is_not_downloaded(elevenlabs: FakeElevenLabs) -> None:
    boto3.client("s3").put_object(Bucket=BUCKET, Key=KEY, Body=b"ID3 from the webhook")

    assert fetch(elevenlabs) is None
    assert elevenlabs.requests == []


@pytest.mark.usefixtures("aws")
def test_ingestion_with_audio_source_api_archives_the_recording(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    elevenlabs: FakeElevenLabs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AUDIO_SOURCE", "api")
    monkeypatch.setenv("ELEVENLABS_API_URL", elevenlabs.url)
    monkeypatch.setenv("ELEVENLABS_API_KEY", elevenlabs.api_key)
    get_settings.cache_clear()
    elevenlabs.recordings[CONVERSATION] = 3 * 1024 * 1024
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())

    result = post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )
    answers = run_extraction_checks(post_call)  # the recording is a step of its own, queued at once

    assert json.dumps(result).count("extracting") == 1
    assert {"conversation_id": CONVERSATION, "recording": "fetched"} in recordings(answers)
    assert stored_sha256() == recording_sha256(CONVERSATION, 3 * 1024 * 1024)


def recordings(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [outcome for answer in answers for outcome in answer.get("recordings", [])]


def transcription(**changes: Any) -> bytes:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"].update(changes)
    return json.dumps(document).encode()


@pytest.fixture
def api_fallback(elevenlabs: FakeElevenLabs, monkeypatch: pytest.MonkeyPatch) -> FakeElevenLabs:
    """The default AUDIO_SOURCE=webhook, with an API key for the fallback, checked at once."""
    monkeypatch.setenv("ELEVENLABS_API_URL", elevenlabs.url)
    monkeypatch.setenv("ELEVENLABS_API_KEY", elevenlabs.api_key)
    monkeypatch.setenv("AUDIO_WAIT_SECONDS", "0")
    get_settings.cache_clear()
    return elevenlabs


@pytest.mark.usefixtures("aws")
def test_a_recording_whose_webhook_never_came_is_fetched_from_the_api(
    post_call: ModuleType, memory_server: FakeMem0Server, api_fallback: FakeElevenLabs
) -> None:
    api_fallback.recordings[CONVERSATION] = 2 * 1024 * 1024  # a long call: its webhook was too big
    post_call.lambda_handler(
        signed_webhook_event(transcription(has_audio=True), HMAC_SECRET), LambdaContext()
    )
    post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )

    answers = run_extraction_checks(post_call)

    assert {"conversation_id": CONVERSATION, "recording": "fetched"} in recordings(answers)
    assert stored_sha256() == recording_sha256(CONVERSATION, 2 * 1024 * 1024)


@pytest.mark.usefixtures("aws")
def test_a_conversation_without_audio_is_remembered_and_its_recording_skipped(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    api_fallback: FakeElevenLabs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AUDIO_SOURCE", "api")  # once, the audio fetch failed such a call's ingestion
    get_settings.cache_clear()
    post_call.lambda_handler(
        signed_webhook_event(transcription(has_audio=False), HMAC_SECRET), LambdaContext()
    )
    ingested = post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )

    answers = run_extraction_checks(post_call)

    assert ingested["ingested"][0]["status"] == "extracting"
    assert {"conversation_id": CONVERSATION, "recording": "no_audio"} in recordings(answers)
    assert any(answer.get("confirmed", [{}])[0].get("status") == "ingested" for answer in answers)
    assert api_fallback.requests == []


@pytest.mark.slow
@pytest.mark.usefixtures("aws")
def test_a_recording_not_ready_is_checked_again_later_then_given_up(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    api_fallback: FakeElevenLabs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waits: list[float] = []  # ingestion's fetch pauses between its two attempts: recorded, not slept
    assert fetch_audio.__kwdefaults__ is not None
    monkeypatch.setitem(fetch_audio.__kwdefaults__, "sleep", waits.append)
    post_call.lambda_handler(signed_webhook_event(transcription(), HMAC_SECRET), LambdaContext())
    post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )

    answers = run_extraction_checks(post_call, rounds=recording.MAX_ATTEMPTS + 2)

    outcomes = [o["recording"] for o in recordings(answers)]
    assert outcomes == ["not_ready"] * (recording.MAX_ATTEMPTS - 1) + ["missing"]
    assert waits == [1.0] * len(outcomes)  # each check: an attempt, a second's pause, a last attempt
