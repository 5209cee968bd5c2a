"""Logs an operator reads at INFO carry no secret, no raw phone number and no transcript text."""

from __future__ import annotations

import io
import json
import logging
import os
from types import ModuleType

import pytest

from agentic_memory import audit
from agentic_memory.runtime.ingestion import IngestionFailedError
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event, sqs_event
from testkit.aws import BUCKET
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY, fixture_bytes
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")

QUEUE = "arn:aws:sqs:us-east-1:123456789012:ingestion"
CALLER_FORMS = ("+15550100002", "15550100002", "5550100002", "555-0100")
TRANSCRIPT_WORDS = ("Doctor Rivera, please", "I'd like to book a cleaning", "prefer email over phone")


def test_a_whole_call_leaves_no_secret_number_or_transcript_in_the_logs(
    post_call: ModuleType, memory_server: FakeMem0Server, logs: io.StringIO
) -> None:
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    post_call.lambda_handler(http_event(body, {"ElevenLabs-Signature": "t=1,v0=00"}), LambdaContext())
    post_call.lambda_handler(
        s3_event(BUCKET, "conversations/conv_0000fake0000000000000000002/transcription.json"), LambdaContext()
    )
    for function, request in (
        ("client_data", {"caller_id": "+15550100002"}),
        ("retrieve", {"query": "preferred doctor", "caller_id": "+15550100002"}),
    ):
        handler = load_handler(function)
        for key in (WORKSPACE_KEY, "a-wrong-key"):
            handler.lambda_handler(
                http_event(json.dumps(request).encode(), {"X-Workspace-Key": key}), LambdaContext()
            )

    written = logs.getvalue()
    assert '"level":"INFO"' in written  # the flows did log
    for secret in (HMAC_SECRET, WORKSPACE_KEY, memory_server.api_key, "a-wrong-key"):
        assert secret not in written
    for number in CALLER_FORMS:
        assert number not in written
    for words in TRANSCRIPT_WORDS:
        assert words not in written
    assert "+1********02" in written  # the masked form is what identifies the caller


def test_dependency_failures_over_whole_calls_log_no_number_and_no_words_of_the_call(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    logs: io.StringIO,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Mem0 and AWS errors can quote what they were sent: an add refused with the turn in its body,
    an extraction failing with the turn in its error, a search refused likewise, an audit record
    whose key holds the number. None of it reaches the logs."""
    quoted = {"detail": f"Invalid memory '{TRANSCRIPT_WORDS[1]}' for user +15550100002"}
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    key = "conversations/conv_0000fake0000000000000000002/transcription.json"
    post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    memory_server.fail("/v3/memories/add/", 400, times=1, body=quoted)
    with pytest.raises(Exception, match="conv_0000fake0000000000000000002"):
        post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    memory_server.fail_extractions(times=3, error=f"LLM refused: {TRANSCRIPT_WORDS[0]} +15550100002")
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())  # the retry
    with pytest.raises(Exception, match="ExtractionFailedError"):
        run_extraction_checks(post_call)

    memory_server.fail("/v3/memories/search/", 400, body=quoted)
    monkeypatch.setenv("AUDIT_RECORDS", "on")
    monkeypatch.setenv("S3_BUCKET_NAME", "no-such-bucket")
    get_settings.cache_clear()
    request = json.dumps({"caller_id": "+15550100002", "query": "preferred doctor"}).encode()
    for function in ("retrieve", "client_data"):
        load_handler(function).lambda_handler(
            http_event(request, {"X-Workspace-Key": WORKSPACE_KEY}), LambdaContext()
        )
    audit.flush(timeout=10)

    written = logs.getvalue()
    assert "Memory search failed" in written and "Audit record not written" in written
    assert "Mem0 failed to extract a chunk" in written and "Ingestion failed" in written
    for number in CALLER_FORMS:
        assert number not in written
    for words in TRANSCRIPT_WORDS:
        assert words not in written


def test_at_debug_a_failed_ingestion_logs_no_dependency_error_text(
    post_call: ModuleType, memory_server: FakeMem0Server, logs: io.StringIO
) -> None:
    """A Mem0 error body may quote what was sent (here the caller's number): at DEBUG the traceback's
    frames are logged, never the exception's text."""
    # Powertools gives each child logger the level of POWERTOOLS_LOG_LEVEL (INFO here): ingestion's own.
    child = logging.getLogger(f"{os.environ['POWERTOOLS_SERVICE_NAME']}.agentic_memory.runtime.ingestion")
    levels = [(child, child.level)]
    child.setLevel(logging.DEBUG)
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    memory_server.fail("/v3/memories/add/", 400, body={"detail": "invalid user_id +15550100002"})
    try:
        with pytest.raises(IngestionFailedError):
            post_call.lambda_handler(
                s3_event(BUCKET, "conversations/conv_0000fake0000000000000000002/transcription.json"),
                LambdaContext(),
            )
    finally:
        for logger, level in levels:
            logger.setLevel(level)

    written = logs.getvalue()
    assert '"level":"DEBUG"' in written and '"traceback"' in written  # the frames are there
    for number in CALLER_FORMS:
        assert number not in written


def test_s3s_test_event_is_no_info_line_but_a_foreign_message_is(
    post_call: ModuleType, logs: io.StringIO
) -> None:
    """S3 sends an ``s3:TestEvent`` whenever the notification is configured (every deploy, every
    ``make run``): expected, so an operator reading INFO does not see it; anything else foreign does."""
    test_event = {"Service": "Amazon S3", "Event": "s3:TestEvent", "Bucket": BUCKET}
    post_call.lambda_handler(sqs_event(QUEUE, [("m1", json.dumps(test_event))]), LambdaContext())
    assert "ignored" not in logs.getvalue()

    post_call.lambda_handler(sqs_event(QUEUE, [("m2", json.dumps({"hello": "world"}))]), LambdaContext())
    assert "Not an ingestion message; ignored" in logs.getvalue()
