"""A failing ingestion, end to end as the template wires it: retried, dead-lettered, then replayed once.

The local runtime follows the template's EventInvokeConfig (two retries, OnFailure SQS record);
`agentic-memory replay --dlq` reads those records and re-drives ingestion, here through the same
in-process function, with no duplicate memory or count.
"""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest

from agentic_memory_ops.cli import replay
from agentic_memory_ops.events import signed_webhook_event
from conftest import (
    BUCKET,
    HMAC_SECRET,
    PROFILE_TABLE,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    ROOT,
    FakeMem0Server,
    fixture_bytes,
    s3_event,
)
from local_server.runtime import AsyncInvoker, LocalFunction
from local_server.template import Stack

pytestmark = pytest.mark.usefixtures("aws")


def post_call_function() -> LocalFunction:
    (spec,) = [f for f in Stack(ROOT / "template.yaml").functions() if f.logical_id == "PostCallFunction"]
    assert spec.max_retries == 2 and spec.on_failure_queue  # what the template says
    return LocalFunction(spec)


def test_a_failing_ingestion_is_dead_lettered_after_retries_and_replayed_exactly_once(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    function = post_call_function()
    sqs = boto3.client("sqs")
    queue_url = sqs.create_queue(QueueName=str(function.spec.on_failure_queue))["QueueUrl"]
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    function.invoke(signed_webhook_event(body, HMAC_SECRET))

    memory_server.fail("/v3/memories/add/", 503)
    invoker = AsyncInvoker()
    invoker.submit(function, s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"))
    assert invoker.wait_idle(timeout=60)

    attempts = [r for r in memory_server.requests if r.path == "/v3/memories/add/"]
    assert len({json.dumps(r.json, sort_keys=True) for r in attempts}) == 2  # the same two adds, 3 times
    assert len(attempts) >= 6
    messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10, VisibilityTimeout=0)[
        "Messages"
    ]
    record = json.loads(messages[0]["Body"])
    assert record["requestContext"]["condition"] == "RetriesExhausted"
    assert record["requestContext"]["approximateInvokeCount"] == 3

    memory_server.reset()  # the operator fixed Mem0

    def invoke(event: dict[str, Any]) -> replay.Outcome:
        return replay.Outcome(True, replay.summary(function.invoke(event)))

    assert replay.run_dead_letters(sqs, queue_url, invoke) == 0
    assert replay.run_dead_letters(sqs, queue_url, invoke) == 0  # nothing left to replay
    assert "[1/1]" in capsys.readouterr().out
    assert "Messages" not in sqs.receive_message(QueueUrl=queue_url, VisibilityTimeout=0)
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})["Item"]
    assert item["call_count"] == {"N": "1"}
    assert len([r for r in memory_server.requests if r.path == "/v3/memories/add/"]) == 2
