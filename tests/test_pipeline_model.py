"""The whole post-call pipeline against a model of what it must guarantee, in random orders of events.

Hypothesis drives random sequences of: signed deliveries (transcription, audio, call-start failure,
unknown types), their duplicates and S3's duplicated notifications, Mem0 faults (adds refused,
extractions that fail after acceptance, slow extractions, event reads failing), ingestions killed while
holding their conversation, ``forget`` and ``forget --do-not-remember``, calls already past retention,
time passing for the queue, and an operator's ``replay`` of the dead letters. After every step:

* a dead letter has a real cause: a fault this run injected, never "busy", a missing transcript, an
  unconfirmed duplicate or a profile conflict;
* nothing of an erased or opted-out caller is in Mem0, the profile or the archive once the work in
  flight has settled, and a tombstoned call is never counted.

At ``settle`` (faults cleared, time passed, dead letters replayed, as an operator would), moreover:

* every signed call is remembered — ledger done, memories in Mem0, counted in the profile — unless
  erased, opted out or past retention;
* each episodic chunk reached Mem0 once, plus once per extraction Mem0 failed;
* nothing is left pending: the queue is empty, no conversation is still extracting.

A failure prints the steps and the seed that reproduce it (``--hypothesis-seed``).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from agentic_memory.erasure import Tombstones
from agentic_memory.ledger import Ledger
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime import compose
from agentic_memory_ops.cli import main, replay
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, INGESTION_QUEUE, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, fixture_json
from testkit.queue import QueueDriver

pytestmark = pytest.mark.usefixtures("aws")
CALLERS = ("+15550100011", "+15550100012")
DAY = 86400
# What a dead letter may be caused by: only what the run injected.
INJECTED = ("NetworkError (HTTP_503)", "ExtractionFailedError", "HTTPStatusError (500)")
KILLED_LEASE_SECONDS = 1200
ONE_IN_SIX = [False] * 5 + [True]  # how often a call arrives already past retention


@dataclass
class Call:
    conversation_id: str
    caller: str
    started: int
    turns: int
    old: bool = False  # already past the retention period when it arrived
    audio: bool = False


class Pipeline(RuleBasedStateMachine):
    """The deployed pipeline (PostCall's handler, S3, DynamoDB, the queue, Mem0), and what it owes."""

    post_call: ModuleType
    mem0: FakeMem0Server
    driver: QueueDriver

    def __init__(self) -> None:
        super().__init__()
        _empty_the_stack(self.mem0, self.driver)
        start = datetime.now(UTC)
        self.mem0.now = lambda: start + timedelta(seconds=self.driver.elapsed)
        self.calls: dict[str, Call] = {}
        self.erased_at: dict[str, int] = {}  # caller → when its last erasure happened
        self.opted_out: set[str] = set()
        self.killed: dict[str, float] = {}  # conversation → queue time its killed lease ends

    # -- deliveries ----------------------------------------------------------------------------

    @rule(
        caller=st.sampled_from(CALLERS), turns=st.integers(2, 45), old=st.sampled_from([False] * 5 + [True])
    )
    def a_call_ends(self, caller: str, turns: int, old: bool) -> None:
        conversation_id = f"conv_model{len(self.calls):04d}"
        started = int(time.time()) - (400 * DAY if old else 1)
        call = Call(conversation_id, caller, started, turns, old=old)
        self.calls[conversation_id] = call
        self._deliver(_transcription(call), notify=conversation_id)

    @precondition(lambda self: self.calls)
    @rule(data=st.data())
    def a_webhook_is_delivered_again(self, data: st.DataObject) -> None:
        call = data.draw(st.sampled_from(sorted(self.calls.values(), key=lambda c: c.conversation_id)))
        self._deliver(_transcription(call), notify=call.conversation_id)

    @precondition(lambda self: self.calls)
    @rule(data=st.data())
    def s3_notifies_twice(self, data: st.DataObject) -> None:
        conversation_id = data.draw(st.sampled_from(sorted(self.calls)))
        self.driver.send(s3_event(BUCKET, f"conversations/{conversation_id}/transcription.json"))

    @precondition(lambda self: self.calls)
    @rule(data=st.data(), kind=st.sampled_from(["post_call_audio", "call_initiation_failure", "other"]))
    def another_webhook_type_arrives(self, data: st.DataObject, kind: str) -> None:
        call = data.draw(st.sampled_from(sorted(self.calls.values(), key=lambda c: c.conversation_id)))
        payload: dict[str, Any] = {"agent_id": "agent_model", "conversation_id": call.conversation_id}
        if kind == "post_call_audio":
            payload["full_audio"] = "SUQzBAAAAAAAAA=="
            call.audio = True
        elif kind == "call_initiation_failure":
            payload.update(failure_reason="busy", metadata={"type": "twilio", "body": {"From": call.caller}})
        body = {"type": kind, "event_timestamp": int(time.time()), "data": payload}
        self._deliver(json.dumps(body).encode(), notify=None)

    # -- faults --------------------------------------------------------------------------------

    @rule(times=st.integers(1, 4))
    def mem0_refuses_adds(self, times: int) -> None:
        self.mem0.fail("/v3/memories/add/", 503, times=times)

    @rule()
    def an_extraction_fails_after_acceptance(self) -> None:
        self.mem0.fail_extractions(times=1)

    @rule(seconds=st.sampled_from([0, 600, 3600]))
    def mem0_extracts_slowly(self, seconds: int) -> None:
        self.mem0.extraction_seconds = seconds

    @rule(times=st.integers(1, 3))
    def mem0_event_reads_fail(self, times: int) -> None:
        self.mem0.fail("/v1/event/", 500, times=times)

    @precondition(lambda self: self.calls)
    @rule(data=st.data())
    def an_ingestion_is_killed_holding_its_conversation(self, data: st.DataObject) -> None:
        conversation_id = data.draw(st.sampled_from(sorted(self.calls)))
        if conversation_id in self.killed:
            return
        try:
            Ledger(boto3.client("dynamodb"), INGESTION_LEDGER_TABLE).lease(
                conversation_id, 10 * DAY
            ).__enter__()
        except Exception:  # held already: the kill found it busy, nothing to kill
            return
        self.killed[conversation_id] = self.driver.elapsed + KILLED_LEASE_SECONDS

    # -- the operator and the callers ----------------------------------------------------------

    @rule(caller=st.sampled_from(CALLERS), opt_out=st.booleans())
    def the_caller_is_forgotten(self, caller: str, opt_out: bool) -> None:
        args = ["forget", caller, "--yes", *(["--do-not-remember"] if opt_out else [])]
        assert main(args) == 0
        stone = Tombstones(boto3.client("dynamodb"), PROFILE_TABLE).of_caller(caller)
        assert stone is not None
        self.erased_at[caller] = stone.erased_at  # the product's own moment: the rule is "started before"
        if opt_out:
            self.opted_out.add(caller)

    @rule(seconds=st.sampled_from([1, 60, 900]))
    def time_passes(self, seconds: int) -> None:
        self.driver.advance(seconds)
        self._end_killed_leases()
        self.driver.deliver_due()

    @rule()
    def the_operator_replays_the_dead_letters(self) -> None:
        letters, self.driver.dead = self.driver.dead, []
        for body in letters:
            event = replay.original_event(body, BUCKET)
            assert event is not None, body
            try:
                self.post_call.lambda_handler(event, LambdaContext())
            except Exception as error:
                self.driver.failures.append(f"{type(error).__name__}: {error}")
                self.driver.dead.append(body)

    # -- what must hold ------------------------------------------------------------------------

    @invariant()
    def every_failure_has_a_cause_this_run_injected(self) -> None:
        for failure in self.driver.failures:
            assert any(cause in failure for cause in INJECTED), failure

    @invariant()
    def no_erased_call_is_counted(self) -> None:
        profiles = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE)
        for caller in CALLERS:
            profile = profiles.get(caller, consistent=True)
            merged = set(profile.recent_conversations) if profile else set()
            for conversation_id in merged:
                assert not self._forgotten(self.calls[conversation_id]), conversation_id

    def teardown(self) -> None:
        self.settle()

    def settle(self) -> None:
        """Faults cleared, time enough passed, dead letters replayed: then everything owed is there."""
        self.mem0.clear_faults()
        self.mem0.extraction_seconds = 0
        for _ in range(4):
            self.driver.advance(KILLED_LEASE_SECONDS)
            self._end_killed_leases()
            self.driver.run(step=900, rounds=60)
            self.the_operator_replays_the_dead_letters()
        self.driver.run(step=900, rounds=60)
        assert self.driver.dead == [], self.driver.failures
        self.every_failure_has_a_cause_this_run_injected()
        self._owed_is_there()

    def _owed_is_there(self) -> None:
        ledger = Ledger(boto3.client("dynamodb"), INGESTION_LEDGER_TABLE)
        profiles = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE)
        held = Counter(str(m["metadata"].get("conversation_id")) for m in self.mem0.memories)
        keys = _archived()
        for call in self.calls.values():
            progress = ledger.get(call.conversation_id)
            prefix = f"conversations/{call.conversation_id}/"
            if self._forgotten(call):
                assert held[call.conversation_id] == 0, f"{call.conversation_id} came back in Mem0"
                assert not any(k.startswith(prefix) for k in keys), f"{call.conversation_id} archived"
                continue
            assert any(k == f"{prefix}transcription.json" for k in keys)
            if call.audio:
                assert f"{prefix}audio.mp3" in keys
            if call.old:
                assert held[call.conversation_id] == 0
                continue
            assert progress is not None and progress.status == "done", (call.conversation_id, progress)
            assert held[call.conversation_id] > 0, f"{call.conversation_id} has no memory"
            profile = profiles.get(call.caller, consistent=True)
            assert profile is not None and call.conversation_id in profile.recent_conversations
        # Every accepted infer=True add is an event: a chunk's are one, plus one per FAILED extraction
        # (re-sent; but not once its call is erased: nothing of it is wanted any more).
        events = self.mem0.events
        accepted = Counter(_chunk(event) for event in events)
        failed = Counter(_chunk(event) for event in events if event["status"] == "FAILED")
        for (conversation_id, chunk), times in accepted.items():
            extra = times - failed[conversation_id, chunk]
            wanted = {0, 1} if self._forgotten(self.calls[conversation_id]) else {1}
            assert extra in wanted, (times, failed[conversation_id, chunk], chunk[:120])

    # -- helpers -------------------------------------------------------------------------------

    def _forgotten(self, call: Call) -> bool:
        erased = self.erased_at.get(call.caller)
        return call.caller in self.opted_out or (erased is not None and call.started < erased)

    def _deliver(self, body: bytes, notify: str | None) -> None:
        answer = self.post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
        assert answer["statusCode"] == 200, answer
        if notify and json.loads(answer["body"])["status"] == "stored":  # S3 notifies each new write
            self.driver.send(s3_event(BUCKET, f"conversations/{notify}/transcription.json"))

    def _end_killed_leases(self) -> None:
        for conversation_id, ends in list(self.killed.items()):
            if self.driver.elapsed >= ends:
                boto3.client("dynamodb").update_item(
                    TableName=INGESTION_LEDGER_TABLE,
                    Key={"id": {"S": conversation_id}},
                    UpdateExpression="SET lease_until = :past",
                    ExpressionAttributeValues={":past": {"N": str(int(time.time()) - 1)}},
                )
                del self.killed[conversation_id]


def _chunk(event: dict[str, Any]) -> tuple[str, str]:
    """The conversation an extraction event is of, and its chunk's messages."""
    return str(event["payload"]["metadata"]["conversation_id"]), json.dumps(event["payload"]["messages"])


def _transcription(call: Call) -> bytes:
    document = fixture_json("post_call_transcription_returning_caller.json")
    data = document["data"]
    data["conversation_id"] = call.conversation_id
    data["metadata"]["start_time_unix_secs"] = call.started
    data["metadata"]["phone_call"]["external_number"] = call.caller
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    variables["system__caller_id"], variables["system__conversation_id"] = call.caller, call.conversation_id
    data["transcript"] = [
        {"role": "user" if i % 2 else "agent", "message": f"{call.conversation_id} turn {i} about topic {i}."}
        for i in range(call.turns)
    ]
    return json.dumps(document).encode()


def _archived() -> list[str]:
    listed = boto3.client("s3").list_object_versions(Bucket=BUCKET)
    return sorted({v["Key"] for v in listed.get("Versions", [])})


def _empty_the_stack(mem0: FakeMem0Server, driver: QueueDriver) -> None:
    """Each example starts from nothing: the bucket, both tables, the queue and Mem0 emptied."""
    s3 = boto3.client("s3")
    listed = s3.list_object_versions(Bucket=BUCKET)
    versions = listed.get("Versions", []) + listed.get("DeleteMarkers", [])
    if versions:
        s3.delete_objects(
            Bucket=BUCKET,
            Delete={"Objects": [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in versions]},
        )
    dynamodb = boto3.client("dynamodb")
    for table, key in ((PROFILE_TABLE, "pk"), (INGESTION_LEDGER_TABLE, "id")):
        for item in dynamodb.scan(TableName=table).get("Items", []):
            dynamodb.delete_item(TableName=table, Key={key: item[key]})
    sqs = boto3.client("sqs")  # PurgeQueue allows one purge a minute: the queue is made anew instead
    sqs.delete_queue(QueueUrl=os.environ["INGESTION_QUEUE_URL"])
    url = sqs.create_queue(QueueName=INGESTION_QUEUE, Attributes={"VisibilityTimeout": "0"})["QueueUrl"]
    assert url == os.environ["INGESTION_QUEUE_URL"]
    mem0.reset()
    mem0.extraction_seconds = 0
    driver.reset()


@pytest.mark.slow
def test_the_pipeline_keeps_its_guarantees_in_any_order_of_events(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    queue_driver: QueueDriver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", "365")
    monkeypatch.setenv("EXTRACTION_CHECK_SECONDS", "2")
    compose.forget()
    Pipeline.post_call, Pipeline.mem0, Pipeline.driver = post_call, memory_server, queue_driver
    run_state_machine_as_test(
        Pipeline,
        settings=settings(
            max_examples=int(os.environ.get("PIPELINE_MODEL_EXAMPLES", "15")),
            stateful_step_count=16,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            print_blob=True,
        ),
    )
