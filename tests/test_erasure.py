"""Erasure that lasts: after ``agentic-memory forget``, nothing of the caller comes back, whatever
arrives or was running (a redelivered webhook, a pending extraction, an ingestion in flight, a dead
letter); a later call starts afresh."""

from __future__ import annotations

import json
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory.archive import Archive
from agentic_memory.erasure import Eraser, Tombstones
from agentic_memory.mem0_platform import Mem0PlatformStore
from agentic_memory.profiles import ProfileStore
from agentic_memory.settings import get_settings
from agentic_memory_ops.cli import main
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.elevenlabs import FakeElevenLabs
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler, told
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER as CALLER, WORKSPACE_KEY, fixture_json
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")
FIRST = "conv_0000fake0000000000000000002"
LATER = "conv_0000fake0000000000000000077"


def transcription(conversation_id: str = FIRST, started: int | None = None) -> bytes:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["conversation_id"] = conversation_id
    if started is not None:
        document["data"]["metadata"]["start_time_unix_secs"] = started
    return json.dumps(document).encode()


def deliver(post_call: ModuleType, body: bytes) -> None:
    assert (
        post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
        == 200
    )


def notify(post_call: ModuleType, conversation_id: str = FIRST) -> dict[str, Any]:
    key = f"conversations/{conversation_id}/transcription.json"
    answer: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    return answer


def forget() -> None:
    assert main(["forget", CALLER, "--yes"]) == 0


def memories(fake: FakeMem0Server) -> list[str]:
    return [m["memory"] for m in fake.memories if m.get("user_id") == CALLER]


def archived() -> list[str]:
    listed = boto3.client("s3").list_object_versions(Bucket=BUCKET)
    return sorted(v["Key"] for v in listed.get("Versions", []) if not v["Key"].startswith("erasures/"))


def nothing_of_the_caller(fake: FakeMem0Server) -> None:
    assert memories(fake) == []
    assert ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE).get(CALLER) is None
    assert told(CALLER)["returning_caller"] == "no"
    assert archived() == []


def test_a_webhook_redelivered_after_the_erasure_brings_nothing_back(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    deliver(post_call, transcription())
    notify(post_call)
    run_extraction_checks(post_call)
    assert memories(memory_server)
    forget()

    deliver(post_call, transcription())  # ElevenLabs' retry, after the erasure
    assert notify(post_call) == {"ingested": [{"conversation_id": FIRST, "status": "dropped"}]}
    run_extraction_checks(post_call)

    nothing_of_the_caller(memory_server)
    assert '"ErasedCallDropped":[1.0]' in capsys.readouterr().out.replace(" ", "")


def test_what_mem0_extracts_after_the_erasure_is_deleted_when_the_extraction_ends(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    memory_server.extraction_seconds = 60  # Mem0 is busy: the call's extraction is still running
    deliver(post_call, transcription())
    assert notify(post_call)["ingested"][0]["status"] == "extracting"
    forget()
    assert memories(memory_server) == []

    later = datetime.now(UTC) + timedelta(minutes=5)
    memory_server.now = lambda: later  # Mem0 finishes: the episodic memories appear…
    run_extraction_checks(post_call)  # …and the extraction check deletes them

    nothing_of_the_caller(memory_server)


def test_an_ingestion_running_during_the_erasure_keeps_nothing(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    deliver(post_call, transcription())
    real_record_call = ProfileStore.record_call

    def erased_meanwhile(self: ProfileStore, *args: Any, **kwargs: Any) -> Any:
        forget()  # the operator's erasure lands between the Mem0 adds and the profile write
        return real_record_call(self, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(ProfileStore, "record_call", erased_meanwhile)
        assert notify(post_call)["ingested"][0]["status"] in ("dropped", "extracting")
    run_extraction_checks(post_call)

    nothing_of_the_caller(memory_server)


def test_a_dead_letter_of_an_erased_caller_is_dropped_not_failed_forever(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    deliver(post_call, transcription())
    memory_server.fail("/v3/memories/add/", 500)
    with pytest.raises(Exception, match=r"500|Internal|error"):
        notify(post_call)  # the ingestion fails and would end in the dead-letter queue
    memory_server.reset()
    forget()

    # Its replay (agentic-memory replay invokes PostCall with the S3 event) ends it, successfully.
    assert notify(post_call) == {"ingested": [{"conversation_id": FIRST, "status": "dropped"}]}
    nothing_of_the_caller(memory_server)


def test_a_call_after_the_erasure_is_a_new_start(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call, transcription())
    notify(post_call)
    run_extraction_checks(post_call)
    forget()

    deliver(post_call, transcription(LATER, started=int(time.time()) + 60))
    assert notify(post_call, LATER)["ingested"][0]["status"] in ("ingested", "extracting")
    run_extraction_checks(post_call)

    answer = told(CALLER)
    assert answer["returning_caller"] == "yes"
    assert "1 previous call" in answer["memory_context"]
    assert memories(memory_server)


def test_forgetting_a_number_never_seen_says_nothing_was_held_and_still_leaves_its_tombstone(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["forget", CALLER, "--yes"]) == 0  # nothing of this number anywhere yet

    out = capsys.readouterr().out
    said = out.split("  unindexed         0 quarantined or unattached payloads naming the number\n", 1)[1]
    first, *rest = said.splitlines()
    assert first.startswith("Nothing was held about caller +1********02: ")
    assert "tombstone" in first  # one line: nothing was there, and what is left all the same
    assert [line.split()[:2] for line in rest] == [["erasure", "record"]]  # no column of zeros
    # An erasure request for someone unknown still means "keep nothing from before now": a call of
    # theirs that started before it and arrives afterwards is dropped.
    deliver(post_call, transcription(started=int(time.time()) - 60))
    assert notify(post_call) == {"ingested": [{"conversation_id": FIRST, "status": "dropped"}]}
    nothing_of_the_caller(memory_server)


def test_forget_finds_failed_call_starts_and_quarantined_payloads_naming_the_number(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    failure = fixture_json("call_initiation_failure_twilio_docs.json")
    failure["data"]["metadata"]["body"]["From"] = failure["data"]["metadata"]["body"]["Caller"] = CALLER
    deliver(post_call, json.dumps(failure).encode())
    quarantined = json.dumps([{"note": f"a list, not an object, from {CALLER}"}]).encode()
    post_call.lambda_handler(signed_webhook_event(quarantined, HMAC_SECRET), LambdaContext())
    someone_else = json.dumps(["about +15550100099"]).encode()
    post_call.lambda_handler(signed_webhook_event(someone_else, HMAC_SECRET), LambdaContext())
    assert any(key.startswith("quarantine/") for key in archived())

    forget()

    left = archived()
    assert not any(key.startswith("conversations/abc/") for key in left)
    assert not any(key.startswith("callers/15550100002/") for key in left)
    quarantine = boto3.client("s3")
    bodies = [quarantine.get_object(Bucket=BUCKET, Key=k)["Body"].read() for k in left if "quarantine/" in k]
    assert bodies == [someone_else]


def test_do_not_remember_keeps_every_later_call_out_until_opt_in(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call, transcription())
    notify(post_call)
    assert main(["forget", CALLER, "--yes", "--do-not-remember"]) == 0

    deliver(post_call, transcription(LATER, started=int(time.time()) + 60))  # a call after the erasure
    assert notify(post_call, LATER) == {"ingested": [{"conversation_id": LATER, "status": "dropped"}]}
    nothing_of_the_caller(memory_server)

    assert main(["opt-in", CALLER]) == 0
    again = "conv_0000fake0000000000000000078"
    deliver(post_call, transcription(again, started=int(time.time()) + 120))
    notify(post_call, again)
    run_extraction_checks(post_call)
    assert told(CALLER)["returning_caller"] == "yes"


def forget_me_request(body: dict[str, Any], key: str = WORKSPACE_KEY) -> tuple[int, dict[str, Any]]:
    event = http_event(json.dumps(body).encode(), {"X-Workspace-Key": key}, path="/forget-me")
    result = load_handler("retrieve").lambda_handler(event, LambdaContext())
    return int(result["statusCode"]), json.loads(result["body"])


def test_the_forget_me_tool_is_off_unless_switched_on() -> None:
    assert forget_me_request({"caller_id": CALLER})[0] == 404
    assert forget_me_request({"caller_id": CALLER}, key="wrong")[0] == 401


def test_the_forget_me_tool_forgets_the_caller_on_the_line_and_every_later_call(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORGET_ME_TOOL", "on")
    get_settings.cache_clear()
    deliver(post_call, transcription())
    notify(post_call)
    run_extraction_checks(post_call)
    assert told(CALLER)["returning_caller"] == "yes"

    status, answer = forget_me_request({"caller_id": CALLER, "agent_id": "agent_1"})
    assert (status, answer["forgotten"]) == (200, True)
    assert told(CALLER)["returning_caller"] == "no"  # at once, before the erasure has run
    run_extraction_checks(post_call)  # PostCall takes the queued erasure
    nothing_of_the_caller(memory_server)

    deliver(post_call, transcription(LATER, started=int(time.time()) + 60))  # this call's transcript
    assert notify(post_call, LATER)["ingested"][0]["status"] == "dropped"
    nothing_of_the_caller(memory_server)


def test_the_forget_me_tool_forgets_only_the_number_on_the_line_never_one_the_model_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FORGET_ME_TOOL", "on")
    get_settings.cache_clear()
    tombstones = Tombstones(boto3.client("dynamodb"), PROFILE_TABLE)

    status, answer = forget_me_request({"phone": "+15550100099", "query": "forget +15550100099"})

    assert (status, answer["forgotten"]) == (200, False)  # no system__caller_id: nobody is forgotten
    assert tombstones.of_caller("+15550100099") is None


def test_retention_dates_memories_and_profiles_from_the_call_and_forgets_past_it(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", "30")
    get_settings.cache_clear()
    recent = int(time.time()) - 5 * 86400  # five days ago: kept for 25 more days
    deliver(post_call, transcription(started=recent))
    notify(post_call)
    run_extraction_checks(post_call)

    adds = [r.json for r in memory_server.requests if r.path == "/v3/memories/add/"]
    last_day = (datetime.fromtimestamp(recent, UTC) + timedelta(days=30)).date().isoformat()
    assert {add["expiration_date"] for add in adds} == {last_day}
    assert told(CALLER)["returning_caller"] == "yes"
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})["Item"]
    assert int(item["expiration"]["N"]) == recent + 30 * 86400  # DynamoDB's TTL deletes it then

    later = datetime.now(UTC) + timedelta(days=40)
    memory_server.now = lambda: later  # Mem0 hides memories past their expiration date
    assert memories(memory_server)  # kept in Mem0's storage…
    search = json.dumps({"query": "cleaning", "caller_id": CALLER}).encode()
    found = load_handler("retrieve").lambda_handler(
        http_event(search, {"X-Workspace-Key": WORKSPACE_KEY}), LambdaContext()
    )
    assert json.loads(found["body"])["memories"] == []  # …but never returned
    monkeypatch.setattr(time, "time", later.timestamp)
    assert told(CALLER)["returning_caller"] == "no"  # an expired profile reads as none


def test_show_and_export_give_what_is_held_about_one_caller(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    deliver(post_call, transcription())
    notify(post_call)
    run_extraction_checks(post_call)
    capsys.readouterr()

    assert main(["show", CALLER]) == 0
    shown = capsys.readouterr().out
    assert "+1********02" in shown and CALLER not in shown  # masked on screen
    assert "Returning caller Stefan" in shown
    assert f"memories          {len(memories(memory_server))}" in shown
    assert f"{FIRST}  transcription.json" in shown

    assert main(["export", CALLER, "-o", str(tmp_path / "caller.json")]) == 0
    document = json.loads((tmp_path / "caller.json").read_text())
    assert document["caller"] == CALLER
    assert {m["memory"] for m in document["memories"]} == set(memories(memory_server))
    assert document["told_to_agents"]["caller_name"] == "Stefan"

    assert main(["export", CALLER, "--zip", "-o", str(tmp_path / "caller.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "caller.zip") as bundle:
        assert sorted(bundle.namelist()) == ["caller.json", f"conversations/{FIRST}/transcription.json"]
        assert bundle.read(f"conversations/{FIRST}/transcription.json") == transcription()


def test_show_and_export_include_the_memories_mem0_keeps_hidden(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Expired, superseded and merged memories are still held (docs: platform/features/memory-expiration,
    platform/features/dream): an access request gives them, saying why agents are not told of them."""
    deliver(post_call, transcription())
    notify(post_call)
    run_extraction_checks(post_call)
    memory_server.seed(
        "Pro trial ends soon",
        user_id=CALLER,
        metadata={"call_date": "2019-12-01"},
        expiration_date="2020-01-31",
    )
    memory_server.seed(
        "Preferred dentist: Doctor Rivera", user_id=CALLER, metadata={"call_date": "2025-10-01"}
    )
    memory_server.seed("Preferred dentist: Doctor Chen", user_id=CALLER, metadata={"call_date": "2025-10-20"})
    barer = memory_server.seed("Has a dog", user_id=CALLER, metadata={"call_date": "2025-09-01"})
    fuller = memory_server.seed("Has a dog named Rex", user_id=CALLER, metadata={"call_date": "2025-09-02"})
    memory_server.merge(barer["id"], into=fuller["id"])
    held = memories(memory_server)
    capsys.readouterr()

    assert main(["show", CALLER]) == 0
    shown = capsys.readouterr().out
    assert f"memories          {len(held)} (1 expired, 1 superseded, 1 merged: hidden from agents)" in shown
    assert "2019-12-01  Pro trial ends soon  [expired]" in shown
    assert "2025-10-01  Preferred dentist: Doctor Rivera  [superseded]" in shown
    assert "2025-09-01  Has a dog  [merged]" in shown
    assert "2025-10-20  Preferred dentist: Doctor Chen\n" in shown

    assert main(["export", CALLER, "-o", str(tmp_path / "caller.json")]) == 0
    document = json.loads((tmp_path / "caller.json").read_text())
    assert sorted(m["memory"] for m in document["memories"]) == sorted(held)
    assert {m["memory"]: m["hidden"] for m in document["memories"] if m["hidden"]} == {
        "Pro trial ends soon": ["expired"],
        "Preferred dentist: Doctor Rivera": ["superseded"],
        "Has a dog": ["merged"],
    }
    assert document["memories_unread"] == []


def test_an_erasure_waits_until_memories_mem0_hides_are_gone_too(memory_server: FakeMem0Server) -> None:
    """The erasure's check reads expired and merged memories: were it to count only those agents see,
    a queued delete still under way would pass for done (mem0ai/mem0#3695)."""
    memory_server.seed("Pro trial ends soon", user_id=CALLER, expiration_date="2020-01-31")
    barer = memory_server.seed("Has a dog", user_id=CALLER)
    fuller = memory_server.seed("Has a dog named Rex", user_id=CALLER, expiration_date="2020-02-01")
    memory_server.merge(barer["id"], into=fuller["id"])
    memory_server.delete_visible_reads = 3  # Mem0's delete_all takes a while
    waits: list[float] = []
    dynamodb = boto3.client("dynamodb")
    eraser = Eraser(
        archive=Archive(boto3.client("s3"), BUCKET),
        profiles=ProfileStore(dynamodb, PROFILE_TABLE),
        tombstones=Tombstones(dynamodb, PROFILE_TABLE),
        memory=Mem0PlatformStore(memory_server.api_key, memory_server.url, timeout=2, sleep=waits.append),
        ledger=None,
    )

    eraser.erase(eraser.plan(CALLER))

    assert memories(memory_server) == []
    assert waits  # it did wait for the queued delete


def test_forget_with_elevenlabs_deletes_the_callers_conversations_there_too(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FakeElevenLabs() as fake:
        monkeypatch.setenv("ELEVENLABS_API_URL", fake.url)
        monkeypatch.setenv("ELEVENLABS_API_KEY", fake.api_key)
        get_settings.cache_clear()
        fake.conversations[FIRST] = json.loads(transcription())["data"]
        fake.conversations["conv_someone_else"] = {"conversation_id": "conv_someone_else"}
        deliver(post_call, transcription())
        notify(post_call)

        assert main(["forget", CALLER, "--yes", "--elevenlabs"]) == 0

        assert set(fake.conversations) == {"conv_someone_else"}
        deletes = [r["path"] for r in fake.requests if r.get("method") == "DELETE"]
        assert deletes == [f"/v1/convai/conversations/{FIRST}"]


# Unknown webhook types of conversations no index links to the caller, each naming the number in one
# of the forms people, carriers and SIP trunks write it (the caller is +1 555-010-0002).
NUMBER_FORMS = {
    "e164": "+15550100002",
    "national": "(555) 010-0002",
    "dashes": "555-010-0002",
    "dots": "555.010.0002",
    "spaces": "555 010 0002",
    "international": "+1 555-010-0002",
    "bare national digits": "5550100002",
    "bare digits with the country code": "15550100002",
    "tel uri": "tel:+1-555-010-0002;ext=7",
    "sip uri": "sip:+15550100002@pbx.example",
    "json escaped": "\\u002b\\u0031\\u0035\\u0035\\u0035\\u0030\\u0031\\u0030\\u0030\\u0030\\u0030\\u0032",
}
NOT_THE_CALLER = {
    "another number": "(555) 010-0099",
    "the same digits in another country": "+44 5550 100002",
    "the digits inside a longer id": "order 555010000212",
}


def unknown_event(index: int, kind: str, number_form: str) -> bytes:
    conversation = f"conv_0000unindexed{index:013d}"
    raw = f'{{"type": "call_transfer_{kind.replace(" ", "_")}", "data": {{"conversation_id": '
    return (raw + f'"{conversation}", "transfer": {{"from": "{number_form}"}}}}}}').encode()


def test_forget_finds_unknown_webhooks_naming_the_number_in_any_form(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    bodies = {}
    for index, (kind, form) in enumerate([*NUMBER_FORMS.items(), *NOT_THE_CALLER.items()]):
        bodies[kind] = unknown_event(index, kind, form)
        assert json.loads(bodies[kind])["data"]["conversation_id"]  # a JSON object, archived as is
        deliver(post_call, bodies[kind])
    number = {"conversation_id": "conv_0000number0000000000000001", "called": 15550100002}  # a JSON number
    as_number = json.dumps({"type": "dial_result", "data": number}).encode()
    deliver(post_call, as_number)
    stored = [key for key in archived() if "/events/" in key]
    assert len(stored) == len(NUMBER_FORMS) + len(NOT_THE_CALLER) + 1

    forget()

    s3 = boto3.client("s3")
    left = {s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() for key in archived() if "/events/" in key}
    assert left == {bodies[kind] for kind in NOT_THE_CALLER}
