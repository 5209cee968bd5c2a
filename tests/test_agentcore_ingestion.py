"""A call's ingestion through PostCall with MEMORY_BACKEND=agentcore: the same guarantees as on Mem0.

The call counts only once AgentCore has extracted every chunk (records carrying it), a failed
extraction is re-run without a second event, what the brief learns comes from the records, and an
erasure leaves nothing the export could show.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType, SimpleNamespace
from typing import Any

import boto3
import pytest

from agentic_memory import agentcore_wire
from agentic_memory.agentcore import AgentCoreStore
from agentic_memory.erasure import Eraser
from agentic_memory.ingest import MAX_RESENDS, ExtractionFailedError
from agentic_memory.runtime import compose
from agentic_memory.runtime.ingestion import IngestionFailedError
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.agentcore import REGION, agentcore_client, template_memory
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.agentcore import FakeAgentCore
from testkit.handlers import LambdaContext, told
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    fixture_json,
)
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAgentCore]:
    """The template's Memory in moto, the functions' environment pointing at it, and their AgentCore
    client answered by the fake (deletes immediate: the functions' waits are real sleeps)."""
    memory_id = boto3.client("bedrock-agentcore-control", region_name=REGION).create_memory(
        **template_memory()
    )["memory"]["id"]
    agentcore = FakeAgentCore(memory_id, region=REGION, delete_lag=0)
    monkeypatch.setenv("MEMORY_BACKEND", "agentcore")
    monkeypatch.setenv("AGENTCORE_MEMORY_ID", memory_id)
    session = SimpleNamespace(client=lambda *_, **__: agentcore_client(agentcore))
    monkeypatch.setattr(agentcore_wire, "agentcore_session", lambda: session)
    compose.forget()
    yield agentcore
    compose.forget()


def store(fake: FakeAgentCore) -> AgentCoreStore:
    return AgentCoreStore(agentcore_client(fake), fake.memory_id, sleep=fake.advance)


def ingest(post_call: ModuleType) -> dict[str, Any]:
    body = json.dumps(fixture_json("post_call_transcription_returning_caller.json")).encode()
    assert (
        post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
        == 200
    )
    key = f"conversations/{CONVERSATION}/transcription.json"
    answer: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    return answer


def profile() -> dict[str, Any]:
    item = (
        boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}}).get("Item", {})
    )
    return {key: next(iter(value.values())) for key, value in item.items()}


def statuses(answers: list[dict[str, Any]]) -> list[str]:
    return [c["status"] for answer in answers for c in answer.get("confirmed", [])]


def test_the_call_counts_once_agentcore_has_extracted_it_and_the_brief_learns_from_the_records(
    post_call: ModuleType, fake: FakeAgentCore
) -> None:
    assert ingest(post_call)["ingested"][0]["status"] == "extracting"
    assert "memory_count" not in profile()
    assert statuses(run_extraction_checks(post_call, rounds=2)) == ["extracting", "extracting"]

    fake.extract_now()
    assert statuses(run_extraction_checks(post_call)) == ["ingested"]
    held = store(fake).all_of(CALLER)
    assert int(profile()["memory_count"]) == len(held) > 0
    said = next(r.memory for r in held if r.metadata.get("type") == "episodic" and "Summary" not in r.memory)
    assert said in json.dumps(told(CALLER))
    creates = [p for operation, p in fake.requests if operation == "CreateEvent"]
    assert {p["sessionId"] for p in creates} == {CONVERSATION} and len(
        {p["clientToken"] for p in creates}
    ) == len(creates)


def test_a_failed_extraction_is_run_again_and_then_counts(post_call: ModuleType, fake: FakeAgentCore) -> None:
    fake.fail_extractions(1)
    ingest(post_call)
    fake.extract_now()
    assert statuses(run_extraction_checks(post_call, rounds=1)) == ["extracting"]  # FAILED, re-run

    fake.extract_now()
    assert statuses(run_extraction_checks(post_call)) == ["ingested"]
    events = [p for operation, p in fake.requests if operation == "CreateEvent"]
    assert len({p["clientToken"] for p in events}) == len(events) - 1  # the resend: the same event


def test_an_erased_caller_leaves_nothing_in_agentcore(post_call: ModuleType, fake: FakeAgentCore) -> None:
    ingest(post_call)
    fake.extract_now()
    run_extraction_checks(post_call)
    assert store(fake).held(CALLER).memories

    memory = compose.memory(30.0)  # the erasure as the functions build it, on AgentCore
    eraser = Eraser(compose.archive(), compose.profiles(), compose.tombstones(), memory, None)
    report = eraser.erase(eraser.plan(CALLER))
    assert report.profile_deleted and store(fake).held(CALLER).memories == []
    assert [op for op, p in fake.requests if op == "ListSessions"]  # the events were looked for too
    assert "memory_count" not in profile()


def test_an_extraction_that_keeps_failing_fails_the_conversation_for_an_operator(
    post_call: ModuleType, fake: FakeAgentCore
) -> None:
    fake.fail_extractions(10)
    ingest(post_call)
    for _ in range(MAX_RESENDS):
        fake.extract_now()
        assert statuses(run_extraction_checks(post_call, rounds=1)) == ["extracting"]
    fake.extract_now()
    with pytest.raises(
        IngestionFailedError, match=f"{ExtractionFailedError.__name__}.* {MAX_RESENDS + 1} times"
    ):
        run_extraction_checks(post_call, rounds=1)
    assert "memory_count" not in profile()
