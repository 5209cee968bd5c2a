"""Mem0's add rate: a burst of calls ending together stays under it, and the waits fit PostCall's time-out."""

from __future__ import annotations

import math

from agentic_memory.ingest import MAX_PARALLEL_ADDS
from agentic_memory.mem0_platform import ATTEMPTS, MAX_RATE_LIMIT_WAIT_SECONDS
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.rate_limit import AddBudget, TokenBucket, add_budget
from local_server.template import Stack
from testkit import ROOT

CALL_OF_30_MINUTES = 1 + math.ceil(360 / 20)  # the factual add and 18 chunks


def template_defaults() -> tuple[int, int, int]:
    parameters = Stack(ROOT / "template.yaml").parameters
    timeout = Stack(ROOT / "template.yaml").resources["PostCallFunction"]["Properties"]["Timeout"]
    return int(parameters["Mem0AddsPerMinute"]), int(parameters["IngestionConcurrency"]), int(timeout)


def test_every_ingestion_at_once_stays_within_mem0s_add_rate() -> None:
    limit, concurrency, _ = template_defaults()
    for workers in (2, concurrency, 20, 100):
        budget = add_budget(limit, workers)
        assert workers * (budget.capacity + budget.per_minute) <= limit, workers
    assert add_budget(limit, concurrency).capacity >= CALL_OF_30_MINUTES  # a long call goes out at once


def test_the_worst_case_of_waiting_fits_post_calls_timeout() -> None:
    limit, concurrency, timeout = template_defaults()
    budget = add_budget(limit, concurrency)
    from_an_empty_bucket = CALL_OF_30_MINUTES / budget.per_minute * 60
    # Adds go out MAX_PARALLEL_ADDS at a time, so a call's adds run in one round; each may be
    # rate-limited and wait, then time out on each of its attempts.
    per_add = MAX_RATE_LIMIT_WAIT_SECONDS + ATTEMPTS * INGEST_TIMEOUT_SECONDS
    rounds = math.ceil(CALL_OF_30_MINUTES / MAX_PARALLEL_ADDS)
    assert from_an_empty_bucket + rounds * per_add < timeout


def test_the_bucket_lets_a_burst_through_then_paces() -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    bucket = TokenBucket(AddBudget(capacity=3, per_minute=60), clock=lambda: now[0], sleep=sleep)

    assert [bucket.take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take() == 1.0  # one per second once the burst is spent
    now[0] += 10  # idle: the bucket refills, up to its capacity
    assert [bucket.take() for _ in range(4)] == [0.0, 0.0, 0.0, 1.0]
    assert waits == [1.0, 1.0]
