"""`make run` stopped and started again, any number of times: the queues hold what they held.

The emulated AWS (moto, in memory) is put back at each start from the journal in the data folder
(``local_server.durable``). Here the journal is driven in this process across "restarts" (moto
emptied, a new server on the same folder, the template's resources created and the journal
restored, as ``python -m local_server`` does), and once end to end with ``make run`` itself: a
message SQS moved to the dead-letter queue stays there, once; a dead letter replayed and deleted
stays deleted; nothing comes back twice; a start prints no NoSuchKey.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest
from aws_lambda_powertools.utilities.data_classes import S3Event
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from local_server import aws
from local_server.template import Stack
from testkit import ROOT
from testkit.local_stack import INGEST_TIMEOUT, RunningServer

pytestmark = pytest.mark.slow  # make run as a subprocess, restarted

STACK = Stack(ROOT / "template.yaml")
INGESTION = STACK.physical_name("IngestionQueue")
DEAD_LETTERS = STACK.physical_name("DeadLetterQueue")
MAX_RECEIVES = STACK.resolve(STACK.resources["IngestionQueue"]["Properties"]["RedrivePolicy"])[
    "maxReceiveCount"
]


class LocalAwsRuns:
    """The emulated AWS of successive `make run`s on one data folder, in this process."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.local: aws.LocalAws | None = None
        self.restored = 0

    def start(self) -> None:
        self.local = aws.LocalAws(aws.free_port(), self.folder, "the-server-token").start()
        made = aws.create_resources(STACK, {})
        self.restored = self.local.journal.restore(made.values())

    def stop(self) -> None:
        """What stopping (or ``kill -9``) loses: everything moto held in memory."""
        assert self.local is not None
        reset = AWSRequest("POST", f"{self.local.endpoint}/moto-api/reset")  # signed, as every request
        SigV4Auth(Credentials("local", self.local.secret), "moto", "us-east-1").add_auth(reset)
        httpx.post(str(reset.url), headers=dict(reset.headers), timeout=10).raise_for_status()
        self.local.stop()
        self.local = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def sqs(self) -> Any:
        return boto3.client("sqs")

    def url(self, queue: str) -> str:
        return str(self.sqs().get_queue_url(QueueName=queue)["QueueUrl"])

    def send(self, queue: str, body: str) -> str:
        return str(self.sqs().send_message(QueueUrl=self.url(queue), MessageBody=body)["MessageId"])

    def receive(self, queue: str, hide: int = 0) -> list[dict[str, Any]]:
        """One receive of every visible message (a delivery attempt, as the queue poller makes)."""
        answer = self.sqs().receive_message(
            QueueUrl=self.url(queue), MaxNumberOfMessages=10, VisibilityTimeout=hide
        )
        return list(answer.get("Messages", []))

    def contents(self, queue: str) -> list[str]:
        """Every message body the queue holds (sorted), each taken once and hidden till the next run."""
        bodies: list[str] = []
        while batch := self.receive(queue, hide=600):
            bodies += [message["Body"] for message in batch]
        return sorted(bodies)

    def dead_letter(self, body: str) -> None:
        """A message that fails every delivery: SQS moves it to the dead-letter queue."""
        self.send(INGESTION, body)
        for _ in range(MAX_RECEIVES):
            assert [m["Body"] for m in self.receive(INGESTION)] == [body]
        assert self.receive(INGESTION) == []  # this receive moved it

    def depths(self) -> dict[str, int]:
        return depths(self.sqs())


@pytest.fixture
def runs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[LocalAwsRuns]:
    environment = dict(os.environ)
    caplog.set_level(logging.WARNING, logger="local_server")
    runs = LocalAwsRuns(tmp_path / "aws")
    runs.start()
    try:
        yield runs
    finally:
        if runs.local is not None:
            runs.stop()
        os.environ.clear()
        os.environ.update(environment)
    assert [r.getMessage() for r in caplog.records if r.name == "local_server"] == []


def test_a_dead_lettered_message_stays_in_the_dead_letter_queue_once_across_restarts(
    runs: LocalAwsRuns,
) -> None:
    runs.dead_letter("failed every time")
    runs.send(INGESTION, "still to do")
    assert runs.depths() == {INGESTION: 1, DEAD_LETTERS: 1}

    for _ in range(3):
        runs.restart()
        assert runs.depths() == {INGESTION: 1, DEAD_LETTERS: 1}
        assert runs.contents(DEAD_LETTERS) == ["failed every time"]
        assert runs.contents(INGESTION) == ["still to do"]


def test_a_dead_letter_replayed_and_deleted_stays_deleted(runs: LocalAwsRuns) -> None:
    runs.dead_letter("replayed")
    runs.dead_letter("kept")
    runs.restart()
    sqs = runs.sqs()
    for message in runs.receive(DEAD_LETTERS, hide=600):  # `agentic-memory replay --dlq`
        if message["Body"] == "replayed":
            sqs.delete_message(QueueUrl=runs.url(DEAD_LETTERS), ReceiptHandle=message["ReceiptHandle"])

    for _ in range(3):
        runs.restart()
        assert runs.depths() == {INGESTION: 0, DEAD_LETTERS: 1}
        assert runs.contents(DEAD_LETTERS) == ["kept"]


def test_restarts_put_back_exactly_what_the_queues_held_whatever_happened_before(
    runs: LocalAwsRuns,
) -> None:
    sqs = runs.sqs()
    ingestion = runs.url(INGESTION)
    runs.send(INGESTION, "sent")
    runs.send(INGESTION, "in flight")  # received, not deleted: delivered again after the restart
    for message in runs.receive(INGESTION, hide=600):
        if message["Body"] == "sent":
            sqs.change_message_visibility(
                QueueUrl=ingestion, ReceiptHandle=message["ReceiptHandle"], VisibilityTimeout=0
            )
    sqs.send_message_batch(
        QueueUrl=ingestion,
        Entries=[{"Id": str(n), "MessageBody": f"batch {n}"} for n in range(3)],
    )
    done = [m for m in runs.receive(INGESTION, hide=600) if m["Body"] in ("batch 0", "batch 1")]
    sqs.delete_message_batch(
        QueueUrl=ingestion,
        Entries=[{"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(done)],
    )
    runs.send(DEAD_LETTERS, "an OnFailure record")
    runs.restart()
    runs.sqs().purge_queue(QueueUrl=runs.url(DEAD_LETTERS))  # `aws sqs purge-queue --endpoint-url …`
    runs.send(DEAD_LETTERS, "after the purge")

    for _ in range(3):
        runs.restart()
        assert runs.contents(INGESTION) == ["batch 2", "in flight", "sent"]
        assert runs.contents(DEAD_LETTERS) == ["after the purge"]


def test_a_notification_s3_sent_before_a_restart_is_still_queued_after_it(runs: LocalAwsRuns) -> None:
    """moto sends the archive's notification itself, inside the write: no SQS call the journal sees."""
    aws.notify_queues(STACK)
    key = "conversations/conv_written_elsewhere/transcription.json"
    boto3.client("s3").put_object(Bucket=STACK.physical_name("ArchiveBucket"), Key=key, Body=b"{}")

    for _ in range(2):
        runs.restart()
        bodies = [json.loads(body) for body in runs.contents(INGESTION)]
        # As PostCall's queue consumer reads them (agentic_memory.runtime.queue and .ingestion): S3's
        # {"Records": [...]}, its key as written; and S3's test event, which it ignores.
        notified = [S3Event(body) for body in bodies if "Records" in body]
        assert [record.s3.get_object.key for event in notified for record in event.records] == [key]
        assert [body.get("Event") for body in bodies if "Records" not in body] == ["s3:TestEvent"]


def depths(sqs: Any) -> dict[str, int]:
    """How many messages each queue holds (visible, in flight or delayed), without receiving any."""
    counts = {}
    for name in (INGESTION, DEAD_LETTERS):
        url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
        attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
        counts[name] = sum(
            int(attributes[name])
            for name in (
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
                "ApproximateNumberOfMessagesDelayed",
            )
        )
    return counts


def queue_depths(server: RunningServer) -> dict[str, int]:
    described = json.loads((server.data_dir / "server.json").read_text())
    sqs = boto3.client(
        "sqs", endpoint_url=described["aws_endpoint"], region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key=described["token"],
    )  # fmt: skip
    return depths(sqs)


def test_make_run_keeps_a_dead_letter_in_the_dead_letter_queue_until_replayed_then_never_again(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "local-data"
    broken = tmp_path / "broken.json"  # memory unusable: every ingestion attempt fails
    env = json.loads((ROOT / "env.local.json").read_text())
    env["Parameters"]["MEM0_OSS_CONFIG"] = json.dumps({"not_an_option": True})
    broken.write_text(json.dumps(env))

    first = RunningServer(data_dir, "--env-vars", str(broken))
    try:
        sent = first.cli("send")
        assert sent.returncode == 0, sent.stdout + sent.stderr
        deadline = time.monotonic() + INGEST_TIMEOUT  # three deliveries, 5 s apart, then moved
        while queue_depths(first)[DEAD_LETTERS] == 0:
            assert time.monotonic() < deadline, first.log.read_text()[-3000:]
            time.sleep(0.5)
        assert queue_depths(first) == {INGESTION: 0, DEAD_LETTERS: 1}
    finally:
        assert first.stop() == 0

    started = len(first.log.read_text())
    second = RunningServer(data_dir)  # memory usable again
    try:
        # S3's test event, sent as each start configures the archive's notification, is taken first.
        second.wait_for_log("queue PostCallFunction ok", since=started)
        started = len(second.log.read_text())
        assert queue_depths(second) == {INGESTION: 0, DEAD_LETTERS: 1}
        replayed = second.cli("replay", "--dlq")
        assert replayed.returncode == 0, replayed.stdout + replayed.stderr
        assert "Replayed 1 dead letters: 1 ok and deleted" in replayed.stdout
        assert queue_depths(second)[DEAD_LETTERS] == 0
        # The dead letter reached ingestion through the replay only, not back through its queue.
        assert "queue PostCallFunction" not in second.log.read_text()[started:]
    finally:
        assert second.stop() == 0

    third = RunningServer(data_dir)
    try:
        assert queue_depths(third)[DEAD_LETTERS] == 0
    finally:
        assert third.stop() == 0
    assert "NoSuchKey" not in third.log.read_text()
