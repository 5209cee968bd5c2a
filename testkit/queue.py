"""Lambda's SQS event source over the ingestion queue, as tests and the bench drive it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from typing import Any

import boto3
import moto.sqs.models as sqs_models
import pytest
from moto.core.utils import unix_time_millis

from agentic_memory_ops.events import sqs_event
from testkit.aws import INGESTION_QUEUE
from testkit.handlers import LambdaContext


def extraction_checks() -> list[str]:
    """The bodies of the messages on the ingestion queue (in tests, PostCall's extraction checks:
    moto's bucket has no notification configured), taken off the queue."""
    sqs = boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    bodies: list[str] = []
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
        for message in messages:
            bodies.append(message["Body"])
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return bodies


def run_extraction_checks(post_call: ModuleType, rounds: int = 10) -> list[dict[str, Any]]:
    """What the ingestion queue's event source does: each queued message handed to PostCall, deleted
    when PostCall succeeds, until none is left (or ``rounds`` passes). A failure raises, and the
    message stays for its next delivery. Returns PostCall's answers."""
    sqs = boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    arn = f"arn:aws:sqs:us-east-1:123456789012:{INGESTION_QUEUE}"
    answers: list[dict[str, Any]] = []
    for _ in range(rounds):
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not messages:
            break
        for message in messages:
            event = sqs_event(arn, [(message["MessageId"], message["Body"])])
            answers.append(post_call.lambda_handler(event, LambdaContext()))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return answers


@dataclass
class QueueDriver:
    """Lambda's SQS event source over the ingestion queue, with time under the test's control.

    Each ``advance`` moves SQS's clock on (moto's, by ``seconds``), so that delayed messages (extraction
    checks, recording checks, deferrals) come due without waiting; ``deliver_due`` then hands each due
    message to PostCall as the event source does, deletes it on success, and on a failure hides it
    until the next advance (a visibility timeout). After ``max_receives`` failed receives a message goes
    to ``dead``, as the template's redrive policy sends it to the dead-letter queue."""

    post_call: ModuleType
    monkeypatch: pytest.MonkeyPatch
    max_receives: int = 3
    elapsed: float = 0.0  # seconds SQS's clock was moved on
    answers: list[dict[str, Any]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # the error of every failed receive
    dead: list[str] = field(default_factory=list)  # bodies of the messages redriven to the DLQ

    def __post_init__(self) -> None:
        self.monkeypatch.setattr(sqs_models, "unix_time_millis", self.now_millis)

    def now_millis(self, moment: datetime | None = None) -> float:
        """SQS's clock (moto's ``unix_time_millis``), ``elapsed`` seconds ahead of the real one."""
        return unix_time_millis(moment) + self.elapsed * 1000

    def advance(self, seconds: float) -> None:
        self.elapsed += seconds

    def send(self, body: dict[str, Any]) -> None:
        """A message as another sender puts it on the queue (S3's notification, say)."""
        boto3.client("sqs").send_message(
            QueueUrl=os.environ["INGESTION_QUEUE_URL"], MessageBody=json.dumps(body)
        )

    def reset(self) -> None:
        """Forget what was delivered and failed (the queue itself is the test's to purge)."""
        self.answers.clear()
        self.failures.clear()
        self.dead.clear()

    def deliver_due(self) -> int:
        """Every message due now, once each; returns how many were handed to PostCall. What PostCall
        sends meanwhile waits for the next ``advance``, even undelayed: each round is one instant."""
        sqs, url = boto3.client("sqs"), os.environ["INGESTION_QUEUE_URL"]
        arn = f"arn:aws:sqs:us-east-1:123456789012:{url.rsplit('/', 1)[-1]}"
        started = self.now_millis()
        handed = 0
        while messages := sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=10,
            AttributeNames=["ApproximateReceiveCount", "SentTimestamp"],
        ).get("Messages", []):
            for message in messages:
                handle = message["ReceiptHandle"]
                if int(message["Attributes"]["SentTimestamp"]) > started:
                    sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=handle, VisibilityTimeout=1)
                    continue
                handed += 1
                event = sqs_event(arn, [(message["MessageId"], message["Body"])])
                try:
                    self.answers.append(self.post_call.lambda_handler(event, LambdaContext()))
                except Exception as error:
                    self.failures.append(f"{type(error).__name__}: {error}")
                    if int(message["Attributes"]["ApproximateReceiveCount"]) < self.max_receives:
                        sqs.change_message_visibility(
                            QueueUrl=url, ReceiptHandle=handle, VisibilityTimeout=60
                        )
                        continue
                    self.dead.append(message["Body"])
                sqs.delete_message(QueueUrl=url, ReceiptHandle=handle)
        return handed

    def run(self, step: float = 900, rounds: int = 40) -> None:
        """Advance ``step`` seconds and deliver what is due, until the queue holds nothing at all."""
        for _ in range(rounds):
            if self.queued() == 0:
                return
            self.advance(step)
            self.deliver_due()
        raise AssertionError(f"the queue still holds {self.queued()} messages after {rounds} rounds")

    @staticmethod
    def queued() -> int:
        attributes = boto3.client("sqs").get_queue_attributes(
            QueueUrl=os.environ["INGESTION_QUEUE_URL"],
            AttributeNames=[
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
                "ApproximateNumberOfMessagesDelayed",
            ],
        )["Attributes"]
        return sum(int(value) for value in attributes.values())
