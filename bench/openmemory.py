"""``make bench`` rows for MEMORY_BACKEND=openmemory, against the fake OpenMemory server.

* Warm search: ``OpenMemoryStore.search`` (what Retrieve asks the backend) against its floor, the least
  the API allows for the same answer, through bare httpx to the same fake: one ``POST /memory/query``,
  then a ``GET /memory/:id`` of each match kept, all at once, since a query's matches carry no
  metadata (agent, date, categories, which the search's private categories need). Against the query
  alone the backend costs about 16x on this fake (26.5 ms against 1.6 ms, 30 samples): the reads are
  the price of the API's shape (on a network, about one round trip more than the query).
* Export of one caller (``held``: an access request, and every erasure check) in a tenant of
  ``CALLERS`` callers against its floor, the bare pages of ``GET /memory/all`` the route must send: the
  server filters by tenant only (one key is one tenant), so the whole tenant is read, and the row says
  how long that takes at this size.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from agentic_memory import openmemory_wire
from agentic_memory.openmemory import QUERY_K, OpenMemoryStore, caller_tag
from bench.report import Report, median, ratio_row
from testkit.fakes.openmemory import FakeOpenMemoryServer

SEARCH_MAX_RATIO = 1.5
EXPORT_MAX_RATIO = 1.5
CALLER = "+14155550123"
QUERY = "what is Rex allergic to"
CALLERS, PER_CALLER = 300, 10  # a tenant of 3 000 memories, three pages of 1 000
WARMUP = 3


def search(report: Report, runs: int) -> None:
    with FakeOpenMemoryServer() as fake:
        store = OpenMemoryStore(fake.url, fake.api_key or "", 5.0)
        for n in range(40):  # a caller with a year of calls, one memory relevant
            text = "My dog Rex is allergic to chicken" if n == 7 else f"Call {n} asked about invoice {n * 13}"
            store.add([{"role": "user", "content": text}], infer=False, **_scope(CALLER, f"conv_{n}"))
        bare = httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key or ""}, timeout=5.0)
        # The backend's own query: the caller's tag, the candidates it asks for, a far endTime.
        body = {"query": f"{caller_tag(CALLER)} {QUERY}", "k": QUERY_K, "filters": {"endTime": 2**52}}

        def backend() -> bool:
            found = store.search(QUERY, user_id=CALLER, limit=12)
            return bool(found) and "Rex" in found[0].memory

        def floor() -> bool:
            matches = bare.post("/memory/query", json=body).json()["matches"][:12]
            with ThreadPoolExecutor(max_workers=len(matches) or 1) as pool:
                read = list(pool.map(lambda match: bare.get(f"/memory/{match['id']}").is_success, matches))
            return bool(read) and all(read)

        measured, floors = _paired(backend, floor, runs)
        report.add(
            ratio_row(
                "Warm",
                "search on OpenMemory (backend)",
                value=measured,
                floor=floors,
                floor_label="bare query, then the matches read at once (httpx)",
                limit=SEARCH_MAX_RATIO,
            )
        )


def export(report: Report, runs: int) -> None:
    with FakeOpenMemoryServer() as fake:
        store = OpenMemoryStore(fake.url, fake.api_key or "", 10.0)
        for caller in range(CALLERS):
            number = f"+1415555{caller:04d}"
            texts = [
                f"Caller {caller} fact {n} about appointment {caller * 100 + n}" for n in range(PER_CALLER)
            ]
            store.add([{"role": "user", "content": t} for t in texts], infer=False, **_scope(number, "conv"))
        bare = httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key or ""}, timeout=10.0)
        size = openmemory_wire.PAGE_SIZE

        def backend() -> bool:
            return len(store.held("+14155550007").memories) == PER_CALLER

        def floor() -> bool:
            offset, items = 0, size
            while items == size:
                items = len(bare.get("/memory/all", params={"l": size, "u": offset}).json()["items"])
                offset += size
            return True

        measured, floors = _paired(backend, floor, max(3, runs // 10))
        report.add(
            ratio_row(
                "Export",
                f"one caller in a tenant of {CALLERS * PER_CALLER} memories, OpenMemory",
                value=measured,
                floor=floors,
                floor_label="bare pages of `GET /memory/all`",
                limit=EXPORT_MAX_RATIO,
            )
        )


def _paired(backend: Callable[[], bool], floor: Callable[[], bool], runs: int) -> tuple[float, float]:
    """Medians of ``runs`` interleaved samples of each, after ``WARMUP`` unmeasured ones."""
    pairs = []
    for _ in range(WARMUP + runs):
        started = time.perf_counter()
        found = backend()
        middle = time.perf_counter()
        floored = floor()
        pairs.append((middle - started, time.perf_counter() - middle))
        if not (found and floored):
            raise RuntimeError("the OpenMemory backend did not find what it was given")
    measured = pairs[WARMUP:]
    return median([spent for spent, _ in measured]), median([spent for _, spent in measured])


def _scope(caller: str, conversation: str) -> dict[str, Any]:
    metadata = {"conversation_id": conversation, "call_date": "2026-11-02", "type": "factual"}
    return {"user_id": caller, "agent_id": "agent_a", "metadata": metadata}
