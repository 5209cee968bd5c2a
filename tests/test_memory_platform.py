"""The mem0-platform backend against the fake Mem0 server: rate limits waited out within bounds, queued
deletes waited out, odd answers survived."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from mem0.exceptions import RateLimitError

from agentic_memory.mem0_platform import Mem0PlatformStore
from conftest import RETURNING_CALLER as CALLER
from fake_mem0 import FakeMem0Server

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
