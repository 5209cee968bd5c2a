"""A failing ingestion, end to end as the template wires it: redelivered, dead-lettered, then replayed once.

The ingestion queue's redrive policy (three receives, then the dead-letter queue) comes from the
template; the local runtime's queue poller hands each message to PostCall as Lambda's SQS event
source does; `agentic-memory replay --dlq` re-drives what failed, with no duplicate memory or count.
"""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest

from agentic_memory_ops.cli import replay
from agentic_memory_ops.events import s3_event, signed_webhook_event
from local_server.runtime import LocalFunction, QueuePoller
from local_server.template import Stack
from testkit import ROOT
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    fixture_bytes,
)

pytestmark = pytest.mark.usefixtures("aws")
KEY = f"conversations/{CONVERSATION}/transcription.json"


def queues(monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """The ingestion queue and its dead-letter queue, with the template's redrive policy (failed
    messages visible again at once, so that the test need not wait out a visibility timeout)."""
    stack = Stack(ROOT / "template.yaml")
    redrive = stack.resolve(stack.resources["IngestionQueue"]["Properties"]["RedrivePolicy"])
    assert redrive["maxReceiveCount"] == 3
    sqs = boto3.client("sqs")
    dead_letters = sqs.create_queue(QueueName="dead-letters")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=dead_letters, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    policy = json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": redrive["maxReceiveCount"]})
    ingestion = sqs.create_queue(
        QueueName="ingestion", Attributes={"RedrivePolicy": policy, "VisibilityTimeout": "0"}
    )["QueueUrl"]
    monkeypatch.setenv("INGESTION_QUEUE_URL", ingestion)
    return ingestion, dead_letters


def wait_for_message(queue_url: str) -> dict[str, Any]:
    sqs = boto3.client("sqs")
    for _ in range(60):
        found = sqs.receive_message(QueueUrl=queue_url, WaitTimeSeconds=1, VisibilityTimeout=0).get(
            "Messages"
        )
        if found:
            return dict(found[0])
    raise AssertionError("nothing reached the queue")


def test_a_failing_ingestion_is_dead_lettered_after_redeliveries_and_replayed_exactly_once(
    memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ingestion, dead_letters = queues(monkeypatch)
    (spec,) = [f for f in Stack(ROOT / "template.yaml").functions() if f.logical_id == "PostCallFunction"]
    function = LocalFunction(spec)
    function.invoke(
        signed_webhook_event(fixture_bytes("post_call_transcription_returning_caller.json"), HMAC_SECRET)
    )
    memory_server.fail("/v3/memories/add/", 503)
    sqs = boto3.client("sqs")
    sqs.send_message(QueueUrl=ingestion, MessageBody=json.dumps(s3_event(BUCKET, KEY)))  # what S3 sends

    poller = QueuePoller(function, "ingestion").start()
    try:
        dead = wait_for_message(dead_letters)
    finally:
        poller.stop(timeout=30)

    assert json.loads(dead["Body"])["Records"][0]["s3"]["object"]["key"] == KEY  # S3's message, as sent
    attempts = [r for r in memory_server.requests if r.path == "/v3/memories/add/"]
    assert len(attempts) == 3  # the factual add, once per receive; no chunk was sent before it worked
    assert len({json.dumps(r.json, sort_keys=True) for r in attempts}) == 1

    memory_server.reset()  # the operator fixed Mem0

    def invoke(event: dict[str, Any]) -> replay.Outcome:
        return replay.Outcome(True, replay.summary(function.invoke(event)))

    assert replay.run_dead_letters(sqs, dead_letters, invoke, BUCKET) == 0
    assert replay.run_dead_letters(sqs, dead_letters, invoke, BUCKET) == 0  # nothing left to replay
    assert "[1/1]" in capsys.readouterr().out
    check = wait_for_message(ingestion)  # the replay queued the check of Mem0's extraction
    assert json.loads(check["Body"]) == {"step": "confirm", "conversation_id": CONVERSATION, "round": 1}
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})["Item"]
    assert item["call_count"] == {"N": "1"}
    assert len([r for r in memory_server.requests if r.path == "/v3/memories/add/"]) == 2
