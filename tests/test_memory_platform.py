"""The mem0-platform backend against the fake Mem0 server: rate limits waited out within bounds, queued
deletes waited out, odd answers survived."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from mem0.exceptions import RateLimitError

from agentic_memory.mem0_platform import Mem0PlatformStore
from agentic_memory.runtime.observability import metrics
from testkit.fakes.mem0 import FakeMem0Server
from testkit.payloads import RETURNING_CALLER as CALLER

FACT = [{"role": "user", "content": "Prefers email reminders"}]


def store(fake: FakeMem0Server, waits: list[float]) -> Mem0PlatformStore:
    return Mem0PlatformStore(api_key=fake.api_key, host=fake.url, timeout=2, sleep=waits.append)


def add(backend: Mem0PlatformStore) -> int:
    return backend.add(FACT, user_id=CALLER, agent_id=None, metadata={"type": "factual"}, infer=False).stored


def test_a_rate_limited_add_waits_what_retry_after_asks_then_succeeds(fake_mem0: FakeMem0Server) -> None:
    waits: list[float] = []
    fake_mem0.fail("/v3/memories/add/", 429, times=2, headers={"Retry-After": "3"})

    assert add(store(fake_mem0, waits)) == 1
    assert waits == [3.0, 3.0]
    assert [m["memory"] for m in fake_mem0.memories] == ["Prefers email reminders"]


def test_without_retry_after_the_backoff_is_exponential(fake_mem0: FakeMem0Server) -> None:
    waits: list[float] = []
    fake_mem0.fail("/v3/memories/add/", 429, times=2)

    add(store(fake_mem0, waits))
    assert waits == [1.0, 2.0]


def test_a_persistent_rate_limit_raises_after_three_attempts_for_lambda_to_retry(
    fake_mem0: FakeMem0Server,
) -> None:
    waits: list[float] = []
    fake_mem0.fail("/v3/memories/add/", 429, headers={"Retry-After": "1"})

    with pytest.raises(RateLimitError):
        add(store(fake_mem0, waits))
    assert waits == [1.0, 1.0]
    assert len([r for r in fake_mem0.requests if r.path == "/v3/memories/add/"]) == 3


def test_a_retry_after_beyond_the_budget_is_not_waited_for(fake_mem0: FakeMem0Server) -> None:
    waits: list[float] = []
    fake_mem0.fail("/v3/memories/add/", 429, headers={"Retry-After": "120"})

    with pytest.raises(RateLimitError):
        add(store(fake_mem0, waits))
    assert waits == []


@pytest.mark.slow
def test_the_platform_client_loads_without_the_open_source_stack(fake_mem0: FakeMem0Server) -> None:
    probe = (
        "import sys\n"
        "from agentic_memory.mem0_platform import Mem0PlatformStore\n"
        f"Mem0PlatformStore(api_key={fake_mem0.api_key!r}, host={fake_mem0.url!r}, timeout=2)\n"
        "heavy = {'qdrant_client', 'numpy', 'openai', 'sqlalchemy'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
        "import mem0\n"  # the real package initializer still runs for whoever needs it later
        "print(hasattr(mem0, 'Memory'))\n"
    )
    env = {**os.environ, "MEM0_TELEMETRY": "False"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env, check=True
    )

    assert out.stdout.split() == ["[]", "True"]
    assert [r.path for r in fake_mem0.requests] == ["/v1/ping/"]


def test_a_retry_after_given_as_an_http_date_is_waited_for(fake_mem0: FakeMem0Server) -> None:
    waits: list[float] = []
    soon = datetime.now(UTC) + timedelta(seconds=5)
    fake_mem0.rate_limit("/v3/memories/add/", retry_after=soon)

    assert add(store(fake_mem0, waits)) == 1
    (wait,) = waits
    assert 3 < wait <= 5  # what the date asks, less the time the request took


def test_a_rate_limited_extraction_check_is_waited_out_too(fake_mem0: FakeMem0Server) -> None:
    waits: list[float] = []
    backend = store(fake_mem0, waits)
    added = backend.add(FACT, user_id=CALLER, agent_id=None, metadata={}, infer=True)
    assert added.event_id is not None and added.stored == 0
    fake_mem0.rate_limit("/v1/event/", retry_after=2)

    assert backend.extraction(added.event_id).status == "SUCCEEDED"
    assert waits == [2.0]


@pytest.mark.parametrize(
    "odd",
    [
        {"memory": 42},
        {"memory": None},
        {"memory": "Prefers email", "score": "high", "metadata": "x", "created_at": 7},
        {"memory": "Prefers email", "score": float("nan")},
        "not an object",
    ],
)
def test_odd_search_results_are_skipped_or_coerced_never_fatal(fake_mem0: FakeMem0Server, odd: Any) -> None:
    good = {"memory": "Prefers email reminders", "score": "0.8", "metadata": {"call_date": "2026-11-02"}}
    fake_mem0.fail("/v3/memories/search/", 200, body={"results": [odd, good]})

    found = store(fake_mem0, []).search("reminders", user_id=CALLER, limit=3)

    assert found[-1].memory == "Prefers email reminders" and found[-1].score == 0.8
    assert all(isinstance(record.memory, str) and record.memory for record in found)
    assert all(record.score is None or isinstance(record.score, float) for record in found)


def test_delete_caller_waits_out_a_queued_delete(fake_mem0: FakeMem0Server) -> None:
    waits: list[float] = []
    fake_mem0.delete_visible_reads = 3
    fake_mem0.seed("Likes jazz", user_id=CALLER)

    store(fake_mem0, waits).delete_caller(CALLER)

    assert fake_mem0.memories == []
    assert waits == [0.5, 1.0, 2.0]  # three reads still saw it; after each wait the delete is re-issued
    assert len([r for r in fake_mem0.requests if r.method == "DELETE"]) == 4


def test_a_delete_that_never_completes_is_an_error_not_a_silent_success(fake_mem0: FakeMem0Server) -> None:
    fake_mem0.delete_visible_reads = 100
    fake_mem0.seed("Likes jazz", user_id=CALLER)

    with pytest.raises(TimeoutError, match="still holds"):
        store(fake_mem0, []).delete_caller(CALLER)


def remember(backend: Mem0PlatformStore, text: str, **options: Any) -> None:
    said = [{"role": "user", "content": text}]
    backend.add(said, user_id=CALLER, agent_id=None, metadata={"type": "factual"}, infer=False, **options)


def test_held_reads_expired_superseded_and_merged_memories_and_says_why_each_is_hidden(
    fake_mem0: FakeMem0Server,
) -> None:
    backend = store(fake_mem0, [])
    remember(backend, "First name: Maria")
    remember(backend, "First name: Mary")  # supersedes Maria (docs: platform/features/dream)
    remember(backend, "Pro trial ends soon", expires="2020-01-31")  # past: hidden, not deleted
    barer = fake_mem0.seed("Has a dog named Rex", user_id=CALLER)
    fuller = fake_mem0.seed("Has a dog named Rex, a golden retriever", user_id=CALLER)
    fake_mem0.merge(barer["id"], into=fuller["id"])

    held = backend.held(CALLER)

    assert {(record.memory, record.hidden) for record in held.memories} == {
        ("First name: Mary", ()),
        ("First name: Maria", ("superseded",)),
        ("Pro trial ends soon", ("expired",)),
        ("Has a dog named Rex", ("merged",)),
        ("Has a dog named Rex, a golden retriever", ()),
    }
    assert held.unread == []
    assert {record.memory for record in backend.all_of(CALLER)} == {  # what agents are told of
        "First name: Mary",
        "Has a dog named Rex, a golden retriever",
    }


@pytest.mark.slow
def test_held_reads_every_page_past_twenty_thousand_memories(fake_mem0: FakeMem0Server) -> None:
    fake_mem0.seed_many([f"memory number {n}" for n in range(20_050)], user_id=CALLER)

    held = store(fake_mem0, []).held(CALLER)

    assert len({record.memory for record in held.memories}) == 20_050
    assert held.unread == []


def test_a_page_mem0_fails_to_answer_is_named_and_the_other_pages_still_read(
    fake_mem0: FakeMem0Server,
) -> None:
    fake_mem0.seed_many([f"memory number {n}" for n in range(450)], user_id=CALLER)
    backend = store(fake_mem0, [])
    fake_mem0.fail_request(2)  # the second page of three answers 500

    held = backend.held(CALLER)

    assert len(held.memories) == 250
    (unread,) = held.unread
    assert "page 2" in unread and "memories 201-400 of 450" in unread
    assert "memory number" not in unread


def test_an_unknown_extraction_status_is_still_running_never_failed_and_logged_without_text(
    fake_mem0: FakeMem0Server, logs: io.StringIO
) -> None:
    """v3 adds only: a chunk taken for FAILED is sent again and its memories stored twice."""
    backend = store(fake_mem0, [])
    event = {"id": "e-1", "status": "REQUEUED", "payload": {"messages": FACT}, "error": None}
    fake_mem0.fail("/v1/event/", 200, body=event)
    metrics.clear_metrics()

    extraction = backend.extraction("00000000-0000-4000-8000-000000000001")

    assert extraction.status in ("PENDING", "RUNNING")  # what ingestion checks again later
    assert extraction.assumed is not None and "REQUEUED" in extraction.assumed
    assert metrics.metric_set["ExtractionStatusUnknown"]["Value"] == [1.0]
    written = logs.getvalue()
    assert "REQUEUED" in written and "Prefers email reminders" not in written


def test_an_event_mem0_no_longer_knows_is_checked_again_not_an_error(
    fake_mem0: FakeMem0Server, logs: io.StringIO
) -> None:
    """openapi ``event_read``: 404 "Event not found or you don't have permission to access it."."""
    backend = store(fake_mem0, [])
    added = backend.add(FACT, user_id=CALLER, agent_id=None, metadata={}, infer=True)
    assert added.event_id is not None
    body = {"error": "Event not found or you don't have permission to access it."}
    fake_mem0.fail(f"/v1/event/{added.event_id}/", 404, body=body)  # fault injection: the event is gone
    metrics.clear_metrics()

    extraction = backend.extraction(added.event_id)

    assert extraction.status == "PENDING"  # ingestion's bounded check rounds apply, then the DLQ
    assert extraction.assumed is not None and "404" in extraction.assumed
    assert metrics.metric_set["ExtractionEventNotFound"]["Value"] == [1.0]
    assert "Mem0 does not know the extraction" in logs.getvalue()


def test_deleting_a_conversation_deletes_its_expired_and_merged_memories_too(
    fake_mem0: FakeMem0Server,
) -> None:
    call = {"conversation_id": "conv_1"}
    expired = fake_mem0.seed(
        "Pro trial ends soon", user_id=CALLER, metadata=call, expiration_date="2020-01-31"
    )
    barer = fake_mem0.seed("Has a dog", user_id=CALLER, metadata=call)
    fuller = fake_mem0.seed("Has a dog named Rex", user_id=CALLER, metadata=call)
    fake_mem0.merge(barer["id"], into=fuller["id"])
    fake_mem0.seed("Likes jazz", user_id=CALLER, metadata={"conversation_id": "conv_2"})

    assert store(fake_mem0, []).delete_conversation(CALLER, "conv_1") == 3

    assert [m["memory"] for m in fake_mem0.memories] == ["Likes jazz"]
    assert expired["id"] not in {m["id"] for m in fake_mem0.memories}


def test_delete_caller_waits_out_a_queued_delete_of_memories_that_are_hidden(
    fake_mem0: FakeMem0Server,
) -> None:
    waits: list[float] = []
    fake_mem0.delete_visible_reads = 3
    fake_mem0.seed("Pro trial ends soon", user_id=CALLER, expiration_date="2020-01-31")

    store(fake_mem0, waits).delete_caller(CALLER)

    assert fake_mem0.memories == []
    assert waits == [0.5, 1.0, 2.0]
