"""Ingestion is done only when Mem0 says so: extractions confirmed, failures re-sent, nothing twice.

Mem0 accepts an ``infer=True`` add with ``PENDING`` and extracts it later (the fake follows the
documented event lifecycle); PostCall confirms through its ingestion queue (``run_extraction_checks``
plays Lambda's SQS event source).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory.ingest import MAX_RESENDS, ExtractionFailedError
from agentic_memory.ledger import Ledger
from agentic_memory.runtime.ingestion import IngestionFailedError
from agentic_memory_ops.cli import replay
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, told
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    fixture_json,
)
from testkit.queue import extraction_checks, run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")
KEY = f"conversations/{CONVERSATION}/transcription.json"


def deliver(post_call: ModuleType, turns: int = 45) -> None:
    """The returning caller's call, ``turns`` long (3 chunks of at most 20), archived."""
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["transcript"] = [
        {"role": "user" if n % 2 else "agent", "message": f"Turn number {n} about topic {n}."}
        for n in range(turns)
    ]
    event = signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET)
    assert post_call.lambda_handler(event, LambdaContext())["statusCode"] == 200


def ingest(post_call: ModuleType) -> dict[str, Any]:
    result: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, KEY), LambdaContext())["ingested"][0]
    return result


def profile() -> dict[str, Any]:
    item = (
        boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}}).get("Item", {})
    )
    return {key: next(iter(value.values())) for key, value in item.items()}


def episodic_adds(fake: FakeMem0Server) -> list[Any]:
    return [r.json for r in fake.requests if r.path == "/v3/memories/add/" and r.json.get("infer", True)]


def test_accepted_is_not_done_until_every_extraction_is_confirmed(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call)

    first = ingest(post_call)

    assert (first["status"], first["pending_chunks"]) == ("extracting", [0, 1, 2])
    assert "memory_count" not in profile()
    (answer,) = run_extraction_checks(post_call)
    assert answer["confirmed"][0]["status"] == "ingested"
    assert profile()["memory_count"] == str(len(memory_server.memories))
    assert extraction_checks() == []  # nothing more to check
    assert ingest(post_call)["status"] == "ingested"  # a late duplicate event does nothing
    assert len(episodic_adds(memory_server)) == 3


def test_a_failed_extraction_resends_that_chunk_only(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call)
    memory_server.fail_extractions(times=1)  # the first chunk's extraction fails after its 200

    ingest(post_call)
    run_extraction_checks(post_call)

    sent = Counter(json.dumps(add["messages"]) for add in episodic_adds(memory_server))
    assert sorted(sent.values()) == [1, 1, 2]  # one chunk twice, the others once
    assert profile()["memory_count"] == str(len(memory_server.memories))
    texts = [m["memory"] for m in memory_server.memories]
    assert (
        len(texts) == len(set(texts)) == 44 + 3
    )  # every turn once but the agent's opening line, and the 3 facts


def test_a_check_records_every_chunk_it_learned_about_in_the_ledger_at_once(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call)
    ingest(post_call)
    writes: list[str] = []
    dynamodb = boto3.client("dynamodb")
    dynamodb.meta.events.register(
        "before-parameter-build.dynamodb.UpdateItem",
        lambda params, **_: writes.append(params["UpdateExpression"]),
    )
    ledger = Ledger(dynamodb, INGESTION_LEDGER_TABLE)
    progress = ledger.get(CONVERSATION)
    assert progress is not None and {c.state for c in progress.chunks.values()} == {"sent"}

    ledger.chunks(
        CONVERSATION,
        {
            0: replace(progress.chunks[0], state="confirmed"),
            2: replace(progress.chunks[2], state="failed", error="x" * 900),
        },
    )

    assert len(writes) == 1  # one write: a check that dies midway leaves no chunk half recorded
    after = ledger.get(CONVERSATION)
    assert after is not None
    assert [after.chunks[i].state for i in range(3)] == ["confirmed", "sent", "failed"]
    assert after.chunks[2].event_id == progress.chunks[2].event_id
    assert after.chunks[2].error == "x" * 500  # Mem0's error text, bounded


def test_an_extraction_that_keeps_failing_fails_the_check_and_a_replay_sends_only_that_chunk(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call)
    memory_server.fail_extractions(times=1 + MAX_RESENDS, containing="Turn number 44")  # the last chunk
    ingest(post_call)

    with pytest.raises(IngestionFailedError, match=ExtractionFailedError.__name__):
        run_extraction_checks(post_call, rounds=MAX_RESENDS + 2)  # SQS would redeliver, then dead-letter
    before = len(episodic_adds(memory_server))

    outcome = replay.summary(post_call.lambda_handler(s3_event(BUCKET, KEY), LambdaContext()))
    run_extraction_checks(post_call)

    assert outcome.startswith("extracting")
    assert len(episodic_adds(memory_server)) == before + 1  # the failed chunk, once more
    assert profile()["memory_count"] == str(len(memory_server.memories))
    texts = [m["memory"] for m in memory_server.memories]
    assert len(texts) == len(set(texts)) == 44 + 3


@pytest.mark.slow
def test_any_single_failed_request_leaves_no_duplicate_and_no_gap(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    """Fail each Mem0 request of a whole ingestion once, in turn; retry as SQS would, to the end."""
    deliver(post_call)
    ingest(post_call)
    run_extraction_checks(post_call)
    expected = sorted(m["memory"] for m in memory_server.memories)
    requests = len(memory_server.requests)
    assert requests > 5

    for failing in range(1, requests + 1):
        memory_server.reset()
        boto3.client("dynamodb").delete_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})
        boto3.client("dynamodb").delete_item(
            TableName=INGESTION_LEDGER_TABLE, Key={"id": {"S": CONVERSATION}}
        )
        memory_server.fail_request(number=failing)
        for _ in range(5):  # the failed message, delivered again
            try:
                ingest(post_call)
                run_extraction_checks(post_call)
                break
            except Exception:
                continue
        run_extraction_checks(post_call)
        assert sorted(m["memory"] for m in memory_server.memories) == expected, f"request {failing} failed"
        assert profile()["call_count"] == "1"


def test_a_corrected_fact_replaces_the_old_memory_instead_of_standing_beside_it(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call)
    ingest(post_call)
    run_extraction_checks(post_call)
    assert "Name: Stefan" in [m["memory"] for m in memory_server.memories]

    corrected = fixture_json("post_call_transcription_returning_caller.json")
    corrected["data"]["conversation_id"] = "conv_0000fake0000000000000000009"
    corrected["data"]["analysis"]["data_collection_results"]["name"]["value"] = "Stephan"
    event = signed_webhook_event(json.dumps(corrected).encode(), HMAC_SECRET)
    post_call.lambda_handler(event, LambdaContext())
    key = "conversations/conv_0000fake0000000000000000009/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    run_extraction_checks(post_call)

    names = [m["memory"] for m in memory_server.memories if m["memory"].startswith("Name:")]
    assert names == ["Name: Stephan"]
    # Two names on one number: nobody is greeted by a name we are unsure of.
    assert told(CALLER)["caller_name"] == ""
    assert "Name: Stephan (changed 2025-11-21)" in told(CALLER)["memory_context"]


def test_a_redacted_value_is_never_a_fact_nor_the_callers_name(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["analysis"]["data_collection_results"]["name"]["value"] = "[NAME]"
    document["data"]["transcript"][1]["message"] = "Hi, this is [NAME_1], calling about my cleaning."
    post_call.lambda_handler(
        signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET), LambdaContext()
    )
    ingest(post_call)
    run_extraction_checks(post_call)

    assert "caller_name" not in profile()
    assert not [m for m in memory_server.memories if m["memory"].startswith("Name:")]
    assert '"TranscriptRedacted":[1.0]' in capsys.readouterr().out.replace(" ", "")


def test_a_name_redaction_took_for_a_secret_is_never_the_callers_name(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    document = fixture_json("post_call_transcription_returning_caller.json")
    # said as a password, the name goes from every text of the call, the collected one too
    document["data"]["transcript"][1]["message"] = "My password is Stefan, by the way."
    post_call.lambda_handler(
        signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET), LambdaContext()
    )
    ingest(post_call)
    run_extraction_checks(post_call)

    assert told(CALLER)["caller_name"] == ""
    assert not [m for m in memory_server.memories if m["memory"].startswith("Name:")]


def test_a_transcription_without_turns_still_stores_the_analysis_and_says_why(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["transcript"] = []  # exclude_transcript is on
    post_call.lambda_handler(
        signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET), LambdaContext()
    )

    outcome = ingest(post_call)

    assert outcome["status"] == "ingested"  # nothing to extract: done at once
    assert episodic_adds(memory_server) == []
    assert told(CALLER)["caller_name"] == "Stefan"
    assert '"TranscriptWithoutTurns":[1.0]' in capsys.readouterr().out.replace(" ", "")


def test_a_profile_erased_before_the_confirmation_is_not_recreated_and_the_check_still_succeeds(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call)
    ingest(post_call)
    boto3.client("dynamodb").delete_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})

    (answer,) = run_extraction_checks(post_call)

    assert answer["confirmed"][0]["status"] == "ingested"
    assert profile() == {}
