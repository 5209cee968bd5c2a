"""Nothing lost, nothing false, in orders of events a call's life really sees: a caller back after the
retention period, a ``forget`` right after the call, many deliveries at once, an ingestion killed while
it held its conversation. The ingestion queue is driven as Lambda's event source drives it, with the
template's redrive (``QueueDriver``): a dead letter is a real failure or a bug."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.awsrequest import AWSResponse, HTTPHeaders

from agentic_memory.brief import CallFacts
from agentic_memory.ledger import Ledger
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime import aws as aws_clients, compose
from agentic_memory.runtime.observability import metrics
from agentic_memory_ops.cli import main, replay
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, PROFILE_TABLE, atomic_conditional_writes
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, told
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    fixture_json,
)
from testkit.queue import QueueDriver

pytestmark = pytest.mark.usefixtures("aws")
DAY = 86400


def transcription(started: float, turns: int | None = None) -> bytes:
    """The returning caller's call, started at ``started`` (unix seconds), ``turns`` long if given."""
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["metadata"]["start_time_unix_secs"] = int(started)
    if turns is not None:
        document["data"]["transcript"] = [
            {"role": "user" if n % 2 else "agent", "message": f"Turn number {n} about topic {n}."}
            for n in range(turns)
        ]
    return json.dumps(document).encode()


def deliver(post_call: ModuleType, body: bytes) -> None:
    answer = post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    assert answer["statusCode"] == 200


def notify(post_call: ModuleType) -> dict[str, Any]:
    """S3's ObjectCreated notification of the transcription, as the queue hands it to PostCall."""
    key = f"conversations/{CONVERSATION}/transcription.json"
    answer: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    return answer


def profile_item() -> dict[str, Any]:
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}}).get("Item")
    return {key: next(iter(value.values())) for key, value in (item or {}).items()}


def archived() -> list[str]:
    listed = boto3.client("s3").list_object_versions(Bucket=BUCKET)
    keys = [v["Key"] for v in listed.get("Versions", [])]
    return sorted(key for key in keys if not key.startswith("erasures/"))


def metrics_per_invocation(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Lambda each invocation has its container's metric set to itself; threads here share one, and
    one thread's flush could empty it under another's. Take turns, as separate containers would."""
    lock = threading.RLock()
    for name in ("add_metric", "flush_metrics"):
        real = getattr(metrics, name)

        def taking_turns(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            with lock:
                return _real(*args, **kwargs)

        monkeypatch.setattr(metrics, name, taking_turns)


def retention(monkeypatch: pytest.MonkeyPatch, days: int) -> None:
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", str(days))
    compose.forget()


def test_a_caller_back_after_the_retention_period_is_a_new_caller_whose_call_is_remembered(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    queue_driver: QueueDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    retention(monkeypatch, 365)
    long_ago = time.time() - 400 * DAY
    old = CallFacts(
        "conv_from_long_ago", datetime.fromtimestamp(long_ago, UTC).date().isoformat(), name="Olga",
        facts={"name": "Olga"}, started=int(long_ago),
    )  # fmt: skip
    profiles = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE, retention_days=365)
    profiles.record_call(CALLER, old)
    profiles.set_memory_count(CALLER, 40)
    assert profile_item()["call_count"] == "1"  # still in the table: TTL removes it days later
    assert profiles.get(CALLER) is None  # but past retention, read as absent
    assert told(CALLER)["returning_caller"] == "no"

    deliver(post_call, transcription(time.time() - 60))
    (ingested,) = notify(post_call)["ingested"]
    queue_driver.run()

    assert ingested["counted"] is True
    assert queue_driver.dead == [] and queue_driver.failures == []
    item = profile_item()
    assert item["call_count"] == "1"  # a new caller: the expired profile's call is not counted
    assert "conv_from_long_ago" not in json.dumps(item)
    assert item["memory_count"] == str(len(memory_server.memories))  # not the expired profile's 40
    variables = told(CALLER)
    assert variables["returning_caller"] == "yes"
    assert variables["caller_name"] != "Olga"
    assert variables["caller_name"]


def test_a_call_older_than_the_retention_period_is_archived_but_not_remembered(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    queue_driver: QueueDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    retention(monkeypatch, 365)
    deliver(post_call, transcription(time.time() - 400 * DAY))  # e.g. a sample of last year, sent today

    (ingested,) = notify(post_call)["ingested"]
    queue_driver.run()

    assert ingested["status"] == "expired"
    assert memory_server.memories == []
    assert profile_item() == {}
    assert told(CALLER)["returning_caller"] == "no"
    assert f"conversations/{CONVERSATION}/transcription.json" in archived()
    assert queue_driver.dead == [] and queue_driver.failures == []


def test_a_call_older_than_the_retention_period_is_erased_with_its_caller(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    queue_driver: QueueDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    retention(monkeypatch, 365)
    deliver(post_call, transcription(time.time() - 400 * DAY))
    notify(post_call)
    queue_driver.run()  # archived only, no memory: but its caller's index still names it

    assert main(["forget", CALLER, "--yes"]) == 0

    assert [key for key in archived() if key.startswith("conversations/")] == []


def test_forget_right_after_the_call_leaves_its_recording_check_nothing_to_fail(
    post_call: ModuleType, memory_server: FakeMem0Server, queue_driver: QueueDriver
) -> None:
    deliver(post_call, transcription(time.time() - 60))
    notify(post_call)  # queues the recording check for AUDIO_WAIT_SECONDS later, and the extraction's
    assert main(["forget", CALLER, "--yes"]) == 0  # within AUDIO_WAIT_SECONDS: the README's walk-through
    late_audio = {
        "type": "post_call_audio",
        "event_timestamp": int(time.time()),
        "data": {"agent_id": "agent_x", "conversation_id": CONVERSATION, "full_audio": "SUQzBAAAAAAAAA=="},
    }
    deliver(post_call, json.dumps(late_audio).encode())  # the recording arrives after the erasure

    queue_driver.run()

    assert queue_driver.failures == [] and queue_driver.dead == []
    recordings = [r for answer in queue_driver.answers for r in answer.get("recordings", [])]
    assert [r["recording"] for r in recordings] == ["erased"]
    assert archived() == []  # the late recording is purged with the rest
    assert [m for m in memory_server.memories if m.get("user_id") == CALLER] == []


@pytest.mark.slow
def test_twenty_deliveries_of_one_conversation_at_once_end_once_each_and_raise_no_alarm(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    queue_driver: QueueDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Mem0 takes an hour to extract (on its clock, which follows the queue's): 20 ingestions at once,
    each duplicate deferred, each chain of checks bounded by its own rounds."""
    metrics_per_invocation(monkeypatch)
    atomic_conditional_writes()
    start = datetime.now(UTC)
    memory_server.now = lambda: start + timedelta(seconds=queue_driver.elapsed)
    memory_server.extraction_seconds = 3600
    deliver(post_call, transcription(time.time() - 60, turns=45))

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda _: notify(post_call), range(20)))
    queue_driver.run()

    statuses = sorted(answer["ingested"][0]["status"] for answer in answers)
    assert "busy" in statuses  # the duplicates met the first in progress: deferred, not failed
    assert queue_driver.failures == [] and queue_driver.dead == []
    episodic = [r.json for r in memory_server.requests if r.path == "/v3/memories/add/" and r.json["infer"]]
    assert len(episodic) == 3  # each chunk once
    item = profile_item()
    assert item["call_count"] == "1"
    assert item["memory_count"] == str(len(memory_server.memories))
    ledger = Ledger(boto3.client("dynamodb"), INGESTION_LEDGER_TABLE).get(CONVERSATION)
    assert ledger is not None and ledger.status == "done"


def test_an_ingestion_killed_holding_its_lease_is_deferred_then_resumed_never_dead_lettered(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    queue_driver: QueueDriver,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deliver(post_call, transcription(time.time() - 60))
    ledger = Ledger(boto3.client("dynamodb"), INGESTION_LEDGER_TABLE)
    killed = ledger.lease(CONVERSATION, 600)
    killed.__enter__()  # kill -9, or a Lambda time-out: the block never ends, the lease stays held

    (first,) = notify(post_call)["ingested"]
    assert first["status"] == "busy"

    def invoke(event: dict[str, Any]) -> replay.Outcome:
        return replay.Outcome(True, replay.summary(post_call.lambda_handler(event, LambdaContext())))

    assert replay.run_conversations(BUCKET, [CONVERSATION], invoke) == 0
    said = capsys.readouterr().out
    until = time.strftime("%H:%M:%S UTC", time.gmtime(first["until"]))
    assert f"busy: another ingestion holds it until {until}; queued to run again then" in said

    for _ in range(3):  # the lease outlives SQS's longest delay (15 minutes): deferred again, not failed
        queue_driver.advance(900)
        queue_driver.deliver_due()
    boto3.client("dynamodb").update_item(  # the killed invocation's lease ends
        TableName=INGESTION_LEDGER_TABLE,
        Key={"id": {"S": CONVERSATION}},
        UpdateExpression="SET lease_until = :past",
        ExpressionAttributeValues={":past": {"N": str(int(time.time()) - 1)}},
    )
    queue_driver.run()

    assert queue_driver.failures == [] and queue_driver.dead == []
    assert profile_item()["call_count"] == "1"
    assert profile_item()["memory_count"] == str(len(memory_server.memories))
    adds = [r for r in memory_server.requests if r.path == "/v3/memories/add/"]
    assert len(adds) == 2  # the facts and the one chunk, once, though three runs were deferred


def test_a_recording_that_arrives_after_the_erasure_and_its_check_is_not_kept(
    post_call: ModuleType, memory_server: FakeMem0Server, queue_driver: QueueDriver
) -> None:
    deliver(post_call, transcription(time.time() - 60))
    notify(post_call)
    queue_driver.run()  # ingested, and its recording checked (none came)
    assert main(["forget", CALLER, "--yes"]) == 0

    audio = {
        "type": "post_call_audio",
        "event_timestamp": int(time.time()),
        "data": {"agent_id": "agent_x", "conversation_id": CONVERSATION, "full_audio": "SUQzBAAAAAAAAA=="},
    }
    answer = post_call.lambda_handler(
        signed_webhook_event(json.dumps(audio).encode(), HMAC_SECRET), LambdaContext()
    )

    assert answer["statusCode"] == 200
    assert json.loads(answer["body"])["status"] == "erased"
    assert archived() == []


def test_a_throttled_profile_write_still_greets_the_caller_by_name_next_time(
    post_call: ModuleType, memory_server: FakeMem0Server, queue_driver: QueueDriver
) -> None:
    """DynamoDB throttles the merge's write once (ProvisionedThroughputExceededException, which the
    AWS SDK retries): the next call start still has the caller's name and a personal greeting."""
    throttled: list[str] = []

    def throttle_once(request: Any, **_: Any) -> Any:  # a response returned is taken as the answer
        body = request.body.decode() if isinstance(request.body, bytes) else str(request.body)
        if throttled or PROFILE_TABLE not in body or "UpdateItem" not in str(request.headers["X-Amz-Target"]):
            return None
        throttled.append(body)
        error = {"__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException"}
        return AWSResponse(request.url, 400, HTTPHeaders(), _Raw(json.dumps(error).encode()))

    aws_clients.dynamodb_client().meta.events.register("before-send.dynamodb", throttle_once)
    deliver(post_call, transcription(time.time() - 60))
    notify(post_call)
    queue_driver.run()

    assert throttled and queue_driver.failures == []
    variables = told(CALLER)
    assert variables["caller_name"] == "Stefan"
    assert "Stefan" in variables["first_message"]


class _Raw:
    """A raw HTTP body as botocore reads it."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **_: Any) -> Any:
        yield self.data
