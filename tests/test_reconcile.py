"""Conversations whose webhook never came are found through ElevenLabs' API, archived and ingested."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory.settings import get_settings
from agentic_memory_ops.cli import main
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET
from testkit.fakes.elevenlabs import FakeElevenLabs
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER, fixture_json

pytestmark = pytest.mark.usefixtures("aws")
AGENT = "agent_0000fake0000000000000000aa"
SCHEDULED = {"version": "0", "detail-type": "Scheduled Event", "source": "aws.events", "detail": {}}


def conversation(conversation_id: str, *, agent: str = AGENT, status: str = "done") -> dict[str, Any]:
    data: dict[str, Any] = fixture_json("post_call_transcription_returning_caller.json")["data"]
    data.update(conversation_id=conversation_id, agent_id=agent, status=status)
    data["metadata"]["start_time_unix_secs"] = int(time.time()) - 600  # within the schedule's look-back
    return data


@pytest.fixture
def elevenlabs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs() as fake:
        monkeypatch.setenv("ELEVENLABS_API_URL", fake.url)
        monkeypatch.setenv("ELEVENLABS_API_KEY", fake.api_key)
        monkeypatch.setenv("RECONCILE_AGENT_IDS", AGENT)
        get_settings.cache_clear()
        yield fake


def archived(conversation_id: str) -> dict[str, Any] | None:
    s3 = boto3.client("s3")
    try:
        body = s3.get_object(Bucket=BUCKET, Key=f"conversations/{conversation_id}/transcription.json")["Body"]
    except s3.exceptions.NoSuchKey:
        return None
    document: dict[str, Any] = json.loads(body.read())
    return document


def fetched(fake: FakeElevenLabs) -> list[str]:
    return [r["path"].rsplit("/", 1)[-1] for r in fake.requests if "?" not in r["path"]]


def test_the_schedule_archives_what_never_came_and_ingestion_remembers_it(
    post_call: ModuleType, memory_server: FakeMem0Server, elevenlabs: FakeElevenLabs
) -> None:
    delivered, missed, running = "conv_delivered", "conv_missed", "conv_running"
    for conversation_id in (delivered, missed):
        elevenlabs.conversations[conversation_id] = conversation(conversation_id)
    elevenlabs.conversations[running] = conversation(running, status="processing")
    elevenlabs.conversations["conv_other_agent"] = conversation("conv_other_agent", agent="agent_other")
    webhook = {"type": "post_call_transcription", "data": conversation(delivered)}
    post_call.lambda_handler(signed_webhook_event(json.dumps(webhook).encode(), HMAC_SECRET), LambdaContext())

    answer = post_call.lambda_handler(SCHEDULED, LambdaContext())

    assert answer == {"reconciled": [missed], "listed": 3}
    assert fetched(elevenlabs) == [missed]  # the delivered one is never fetched again
    document = archived(missed)
    assert document is not None
    assert (document["type"], document["source"]) == ("post_call_transcription", "reconciliation")
    assert document["data"] == elevenlabs.conversations[missed]
    assert archived(running) is None  # left for the next run
    ingested = post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{missed}/transcription.json"), LambdaContext()
    )
    assert ingested["ingested"][0]["status"] == "extracting"
    assert any(r.json and r.json.get("user_id") == RETURNING_CALLER for r in memory_server.requests)


@pytest.mark.slow
def test_every_page_is_listed(post_call: ModuleType, elevenlabs: FakeElevenLabs) -> None:
    for n in range(150):
        conversation_id = f"conv_{n:04d}"
        elevenlabs.conversations[conversation_id] = conversation(conversation_id)

    answer = post_call.lambda_handler(SCHEDULED, LambdaContext())

    assert answer["listed"] == 150 and len(answer["reconciled"]) == 150
    assert len([r for r in elevenlabs.requests if "cursor=" in r["path"]]) == 1


def test_without_an_api_key_the_schedule_does_nothing(
    post_call: ModuleType, elevenlabs: FakeElevenLabs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY")
    get_settings.cache_clear()
    elevenlabs.conversations["conv_missed"] = conversation("conv_missed")

    assert post_call.lambda_handler(SCHEDULED, LambdaContext()) == {"reconciled": []}
    assert elevenlabs.requests == []


def test_backfill_imports_history_with_progress(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    for conversation_id in ("conv_a", "conv_b"):
        elevenlabs.conversations[conversation_id] = conversation(conversation_id)

    assert main(["backfill", "--since", "2025-01-01", "--agent", AGENT]) == 0
    assert main(["backfill", "--since", "2025-01-01", "--agent", AGENT]) == 0  # a second run fetches nothing

    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split()[1:] for line in lines[:2]) == [["conv_a", "archived"], ["conv_b", "archived"]]
    assert lines[2] == "Listed 2: 2 archived for ingestion, 0 already archived, 0 still in progress"
    assert lines[-1] == "Listed 2: 0 archived for ingestion, 2 already archived, 0 still in progress"
    assert sorted(fetched(elevenlabs)) == ["conv_a", "conv_b"]  # each fetched once, by the first run
    assert main(["backfill", "--since", "yesterday", "--agent", AGENT]) == 2
