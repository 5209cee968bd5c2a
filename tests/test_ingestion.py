"""PostCall end to end: signed webhook → S3 → (ObjectCreated) → Mem0 memories, profile and caller index."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory.call_memory import EXTRACTION_INSTRUCTIONS
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE, atomic_conditional_writes
from testkit.fakes.mem0 import FakeMem0Server, RecordedRequest
from testkit.handlers import LambdaContext, told
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    fixture_json,
)
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")

TRANSCRIPTION_KEY = f"conversations/{CONVERSATION}/transcription.json"


def payload(**changes: Any) -> bytes:
    """The returning-caller transcription, optionally with ``data`` fields replaced."""
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"].update(changes)
    return json.dumps(document, indent=2).encode()


def deliver(post_call: ModuleType, body: bytes) -> int:
    event = signed_webhook_event(body, HMAC_SECRET)
    status: int = post_call.lambda_handler(event, LambdaContext())["statusCode"]
    return status


def notify(post_call: ModuleType, key: str = TRANSCRIPTION_KEY) -> dict[str, Any]:
    """What S3 does after the archive write: invoke PostCall with the ObjectCreated event."""
    result: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    return result


def adds(fake: FakeMem0Server) -> list[RecordedRequest]:
    return [r for r in fake.requests if r.method == "POST" and r.path == "/v3/memories/add/"]


def profile() -> dict[str, Any]:
    item = (
        boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}}).get("Item", {})
    )
    return {key: next(iter(value.values())) for key, value in item.items()}


def archive_keys() -> list[str]:
    return sorted(o["Key"] for o in boto3.client("s3").list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_known_caller_ends_with_factual_and_episodic_memories_a_profile_and_a_caller_index(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    body = payload()
    assert deliver(post_call, body) == 200
    assert adds(memory_server) == []  # nothing waits on Mem0 before the 200
    assert notify(post_call)["ingested"][0]["status"] == "extracting"  # accepted is not done
    assert "memory_count" not in profile()  # nothing is confirmed yet
    assert run_extraction_checks(post_call) == [
        {
            "confirmed": [
                {
                    "conversation_id": CONVERSATION,
                    "status": "ingested",
                    "memories_stored": 0,
                    "counted": False,
                }
            ]
        }
    ]

    factual, episodic = sorted(adds(memory_server), key=lambda r: bool(r.json.get("infer", True)))
    assert factual.json["infer"] is False
    assert [m["content"] for m in factual.json["messages"]] == [
        "Reason: booking",
        "Name: Stefan",
        "Call on 2025-11-21: Stefan called Example Dental Associates to book a cleaning. He prefers "
        "Tuesday mornings, asked for Doctor Rivera and prefers email reminders. Alexis booked Tuesday "
        "the 9th at 9 AM.",
    ]
    assert episodic.json["infer"] is True
    # The agent's lines go too, but not its opening line: the first message is ours, not the caller's.
    opening = fixture_json("post_call_transcription_returning_caller.json")["data"]["transcript"][0][
        "message"
    ]
    assert [m["role"] for m in episodic.json["messages"]][:2] == ["user", "assistant"]
    assert opening not in [m["content"] for m in episodic.json["messages"]]
    assert len(episodic.json["messages"]) == 6  # 7 turns, less the opening line
    assert episodic.json["custom_instructions"] == EXTRACTION_INSTRUCTIONS
    assert "custom_instructions" not in factual.json
    for request, kind in ((factual, "factual"), (episodic, "episodic")):
        assert request.json["user_id"] == CALLER
        assert "run_id" not in request.json  # memories with a run are left out of Dream's synthesis
        assert request.json["timestamp"] == 1763759979  # the call's start, not the ingestion's time
        assert request.json["metadata"] == {
            "type": kind,
            "conversation_id": CONVERSATION,
            "agent_id": "agent_0000fake0000000000000000aa",
            "call_date": "2025-11-21",
            "categories": "health",  # a dental call: every memory of it stays with its agent
        }

    stored = profile()
    assert stored["call_count"] == "1"
    # What Mem0 holds once the extraction is confirmed: 3 facts and the 4 caller turns (v3 extracts
    # the agent's lines too, which the fake keeps verbatim: 2 more, its opening line not being sent).
    assert stored["memory_count"] == str(len(memory_server.memories)) == "9"
    answer = told(CALLER)
    assert answer["caller_name"] == "Stefan"
    assert answer["last_call_date"] == "2025-11-21"
    assert answer["caller_language"] == "en"
    assert answer["last_call_summary"].startswith("Stefan called Example Dental")
    assert answer["first_message"].startswith("Hi Stefan, welcome back!")

    s3 = boto3.client("s3")
    assert s3.get_object(Bucket=BUCKET, Key=TRANSCRIPTION_KEY)["Body"].read() == body
    index = json.loads(
        s3.get_object(Bucket=BUCKET, Key=f"callers/15550100002/{CONVERSATION}.json")["Body"].read()
    )
    assert index == {
        "caller_id": CALLER,
        "conversation_id": CONVERSATION,
        "agent_id": "agent_0000fake0000000000000000aa",
        "call_date": "2025-11-21",
    }


def test_a_second_delivery_of_the_same_bytes_changes_nothing(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    body = payload()
    deliver(post_call, body)
    notify(post_call)
    requests_after_first = len(adds(memory_server))
    memories_after_first = memory_server.memories

    assert deliver(post_call, body) == 200
    notify(post_call)  # even if S3 did send a second event

    assert len(adds(memory_server)) == requests_after_first
    assert memory_server.memories == memories_after_first
    assert profile()["call_count"] == "1"
    versions = boto3.client("s3").list_object_versions(Bucket=BUCKET, Prefix=TRANSCRIPTION_KEY)["Versions"]
    assert len(versions) == 1


def test_a_second_call_of_the_same_caller_counts_twice_and_keeps_the_name(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call, payload())
    notify(post_call)
    second = fixture_json("post_call_transcription_inbound_twilio_real_2025-11.json")  # no name collected
    second["data"]["metadata"]["start_time_unix_secs"] += 3600  # an hour after the first
    body = json.dumps(second).encode()
    deliver(post_call, body)
    notify(post_call, "conversations/conv_0000fake0000000000000000001/transcription.json")

    assert profile()["call_count"] == "2"
    answer = told(CALLER)
    assert answer["caller_name"] == "Stefan"
    assert answer["last_call_summary"].startswith("Alexis, representing Example Dental")
    assert answer["first_message"].startswith("Hi Stefan, welcome back!")


def test_a_mem0_failure_raises_for_retry_keeps_the_archive_and_a_retry_counts_once(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call, payload())
    memory_server.fail("/v3/memories/add/", 500)

    with pytest.raises(Exception, match=r"500|Internal|error"):
        notify(post_call)
    assert TRANSCRIPTION_KEY in archive_keys()
    assert profile() == {}

    memory_server.reset()
    notify(post_call)  # Lambda's retry
    notify(post_call)  # and a duplicate event for good measure
    assert profile()["call_count"] == "1"
    assert len({m["memory"] for m in memory_server.memories}) == len(memory_server.memories)


def test_without_a_caller_number_the_call_is_archived_but_nothing_is_remembered(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["metadata"]["phone_call"] = None
    document["data"]["conversation_initiation_client_data"]["dynamic_variables"]["system__caller_id"] = ""
    deliver(post_call, json.dumps(document).encode())

    assert notify(post_call) == {"ingested": [{"conversation_id": CONVERSATION, "status": "archived_only"}]}
    assert memory_server.requests == []  # not even the client's ping
    assert profile() == {}
    assert archive_keys() == [TRANSCRIPTION_KEY]


def test_the_caller_falls_back_to_the_system_caller_id_variable(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["metadata"]["phone_call"]["external_number"] = None
    deliver(post_call, json.dumps(document).encode())
    notify(post_call)

    assert {r.json["user_id"] for r in adds(memory_server)} == {CALLER}
    assert profile()["call_count"] == "1"


def test_a_long_call_is_sent_in_bounded_chunks(post_call: ModuleType, memory_server: FakeMem0Server) -> None:
    turns = [
        {"role": "user" if n % 2 else "agent", "message": f"Turn number {n} about topic {n}."}
        for n in range(45)
    ]
    deliver(post_call, payload(transcript=turns))
    notify(post_call)

    episodic = [r for r in adds(memory_server) if r.json.get("infer", True)]
    assert sorted(len(r.json["messages"]) for r in episodic) == [4, 20, 20]  # 45 turns, less the opening line


def test_null_data_collection_values_are_skipped(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    document = fixture_json("post_call_transcription_inbound_twilio_real_2025-11.json")
    deliver(post_call, json.dumps(document).encode())
    notify(post_call, "conversations/conv_0000fake0000000000000000001/transcription.json")

    factual = [r for r in adds(memory_server) if r.json.get("infer") is False]
    assert [m["content"] for m in factual[0].json["messages"]] == [
        "Call on 2025-11-21: Alexis, representing Example Dental Associates, greeted the caller and offered "
        "assistance."
    ]
    assert told(CALLER)["caller_name"] == ""


def test_keys_that_are_not_transcriptions_are_ignored(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    assert notify(post_call, f"conversations/{CONVERSATION}/audio.mp3") == {"ingested": []}
    assert memory_server.requests == []


def test_concurrent_deliveries_and_duplicated_events_are_recorded_exactly_once(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    body = payload()
    atomic_conditional_writes()
    with ThreadPoolExecutor(max_workers=3) as pool:
        statuses = list(pool.map(lambda _: deliver(post_call, body), range(3)))
    assert statuses == [200, 200, 200]

    memory_server.delay("/v3/memories/add/", 0.3)  # keep the first run in progress while the others start
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = [pool.submit(notify, post_call) for _ in range(4)]
    ran = [outcome.result()["ingested"][0]["status"] for outcome in outcomes]  # none failed
    assert "busy" in ran, "the duplicates should have met the first run in progress"
    for _ in range(ran.count("busy")):
        notify(post_call)  # what each deferred one does when the queue brings it back

    assert len(adds(memory_server)) == 2  # one factual, one episodic chunk
    assert profile()["call_count"] == "1"
    versions = boto3.client("s3").list_object_versions(Bucket=BUCKET, Prefix=TRANSCRIPTION_KEY)["Versions"]
    assert len(versions) == 1
