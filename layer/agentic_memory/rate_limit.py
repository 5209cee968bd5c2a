"""Mem0's add rate: how fast one ingestion may send adds, so that all of them together stay under it.

Mem0 Platform limits adds to ``MEM0_ADDS_PER_MINUTE`` (1000 per minute, mem0 docs:
changelog/platform, 2025-06-27). At most ``INGEST_CONCURRENCY`` ingestions run at once (the SQS
event source's maximum concurrency), each in a container of its own; each container sends through
a token bucket of ``capacity`` adds (a whole call goes out at once) refilled at ``per_minute``.
Over any minute, then, all of them send at most ``concurrency x (capacity + per_minute)`` adds, and
``add_budget`` chooses both so that this stays within 90 % of the limit (the rest is left for
retries and other writers). A container replaced within the minute starts with a full bucket again:
Mem0's 429 and its ``Retry-After`` cover that edge (``mem0_platform``).

The arithmetic with the template's defaults (1000 per minute, 5 at once, bursts of 20):
5 x (20 + 160) = 900 <= 1000; a 30-minute call's 19 adds go out at once from a full bucket, and wait
at most 19 / 160 min about 7 s from an empty one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# What a call's adds need at once: MAX_PARALLEL_ADDS in ingest.
BURST = 20
SHARE_OF_LIMIT = 0.9


@dataclass(frozen=True)
class AddBudget:
    capacity: int
    per_minute: float


def add_budget(limit_per_minute: int, concurrency: int) -> AddBudget:
    """Each container's bucket, so that ``concurrency`` of them stay within the limit."""
    allowed = limit_per_minute * SHARE_OF_LIMIT / concurrency
    capacity = max(1, min(BURST, int(allowed / 2)))
    return AddBudget(capacity=capacity, per_minute=max(1.0, allowed - capacity))


class TokenBucket:
    """``take`` returns at once while tokens last, then paces callers at the refill rate."""

    def __init__(
        self,
        budget: AddBudget,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._capacity = float(budget.capacity)
        self._per_second = budget.per_minute / 60
        self._tokens = self._capacity
        self._clock = clock
        self._sleep = sleep
        self._updated = clock()
        self._lock = threading.Lock()

    def take(self) -> float:
        """One token, waiting for it if need be; returns the seconds waited."""
        with self._lock:  # callers queue here, each waiting its turn: the rate holds across threads
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._updated) * self._per_second)
            self._updated = now
            wait = 0.0 if self._tokens >= 1 else (1 - self._tokens) / self._per_second
            if wait:
                self._sleep(wait)
                self._tokens += wait * self._per_second
                self._updated = self._clock()
            self._tokens -= 1
            return wait
