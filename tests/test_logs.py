"""Logs an operator reads at INFO carry no secret, no raw phone number and no transcript text."""

from __future__ import annotations

import io
import json
import logging
import os
from collections.abc import Iterator
from types import ModuleType

import pytest

from agentic_memory_ops.events import signed_webhook_event
from conftest import (
    BUCKET,
    HMAC_SECRET,
    WORKSPACE_KEY,
    FakeMem0Server,
    LambdaContext,
    fixture_bytes,
    http_event,
    load_handler,
    s3_event,
)

pytestmark = pytest.mark.usefixtures("aws")

CALLER_FORMS = ("+15550100002", "15550100002", "5550100002", "555-0100")
TRANSCRIPT_WORDS = ("Doctor Rivera, please", "I'd like to book a cleaning", "prefer email over phone")


@pytest.fixture
def logs(post_call: ModuleType) -> Iterator[io.StringIO]:
    """Everything the functions' Powertools logger writes, formatted exactly as Lambda would ship it."""
    service = logging.getLogger(os.environ["POWERTOOLS_SERVICE_NAME"])
    stream = io.StringIO()
    copy = logging.StreamHandler(stream)
    copy.setFormatter(service.handlers[0].formatter)
    service.addHandler(copy)
    yield stream
    service.removeHandler(copy)


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
