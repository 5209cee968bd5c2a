"""Mem0 Platform, live, through our own client (``Mem0PlatformStore``, the real ``mem0ai`` SDK): how an
extraction's event moves and how long it takes, when its memories can be searched, and how long a
deleted caller's memories stay visible. The fake (testkit/fakes/mem0.py) models each of these."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest

from agentic_memory.mem0_platform import Mem0PlatformStore
from live_tests.conftest import key
from live_tests.observations import Observations

POLL_SECONDS = 1.0
EXTRACTION_LIMIT = 300.0  # ingestion's own patience is bounded rounds of checks; this is generous
DELETE_LIMIT = 120.0
FACT = "reminders by text message"
CALL = [
    {
        "role": "user",
        "content": "Hi, I'm Testa Livecheck. Please send my reminders by text message, not email.",
    },
    {"role": "assistant", "content": "Noted: reminders by text message from now on."},
]


@pytest.fixture
def mem0() -> Iterator[tuple[Mem0PlatformStore, str]]:
    store = Mem0PlatformStore(
        api_key=key("MEM0_API_KEY"), host=os.environ.get("MEM0_HOST", "https://api.mem0.ai"), timeout=30.0
    )
    user = f"live-test-{uuid.uuid4().hex[:12]}"  # a throwaway user, deleted whatever happens
    try:
        yield store, user
    finally:
        store.delete_caller(user)


def test_extraction_states_timings_and_delete_visibility(
    mem0: tuple[Mem0PlatformStore, str], observations: Observations
) -> None:
    from testkit.fakes.mem0 import FakeMem0Server  # noqa: PLC0415 - tests/ is on the path from conftest

    fake = FakeMem0Server()
    store, user = mem0
    started = time.monotonic()
    added = store.add(CALL, user_id=user, agent_id=None, metadata={"conversation_id": "live"}, infer=True)
    assert added.event_id, "an infer=True add answers PENDING with an event id (asynchronous extraction)"

    states: list[dict[str, object]] = []
    while True:
        extraction = store.extraction(added.event_id)
        if not states or states[-1]["status"] != extraction.status:
            states.append({"status": extraction.status, "at_seconds": round(time.monotonic() - started, 1)})
        if extraction.status in ("SUCCEEDED", "FAILED") and extraction.assumed is None:
            break
        assert time.monotonic() - started < EXTRACTION_LIMIT, (
            f"no final state in {EXTRACTION_LIMIT} s: {states}"
        )
        time.sleep(POLL_SECONDS)
    found = store.search("How does the caller want reminders?", user_id=user, limit=5)
    observations.record(
        "mem0.extraction",
        {
            "states": states,
            "searchable_when_final": bool(found),
            "memories": len(store.all_of(user)),
            "stored_at_add": added.stored,
        },
        {
            "states": ["PENDING", "RUNNING", "SUCCEEDED"],
            "extraction_seconds": fake.extraction_seconds,
            "searchable_when_final": True,
            "stored_at_add": 0,
        },
    )
    assert states[-1]["status"] == "SUCCEEDED", states

    deleted_at = time.monotonic()
    store.delete_caller(user)
    reads_still_visible = 0
    while store.all_of(user):
        reads_still_visible += 1
        assert time.monotonic() - deleted_at < DELETE_LIMIT, "memories still visible after a delete"
        time.sleep(POLL_SECONDS)
    observations.record(
        "mem0.delete_visibility",
        {"reads_still_visible": reads_still_visible, "seconds": round(time.monotonic() - deleted_at, 1)},
        {"delete_visible_reads": fake.delete_visible_reads},
    )
