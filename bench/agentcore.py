"""``make bench`` rows for MEMORY_BACKEND=agentcore, against the fake AgentCore data plane.

* Warm search: ``AgentCoreStore.search`` (what Retrieve asks the backend) against its floor, a bare
  ``retrieve_memory_records`` of the same namespace path through the same boto3 client and fake: the
  backend's own cost (parsing, the expiry filter) over the SDK's. The fake's and moto's cost is in both.
* Requests of a 30-minute call (18 chunks of 20 turns and its facts), ingested and confirmed: what
  AgentCore is asked, against the least the API allows (one CreateEvent per chunk, one
  BatchCreateMemoryRecords, one read per chunk to learn its fate). Each request is a billed,
  rate-limited call (docs/backends.md), so this is the number to keep down.
"""

from __future__ import annotations

import time
from typing import Any

from bench.report import Report, Row, median, ratio_row, verdict
from testkit.agentcore import agentcore_memory

SEARCH_MAX_RATIO = 1.5
REQUESTS_MAX_RATIO = 2.0
CALLER = "+14155550123"
AGENT = "agent_0000fake0000000000000000aa"
QUERY = "what is Rex allergic to"
CHUNKS, TURNS = 18, 20
WARMUP = 3


def search(report: Report, runs: int) -> None:
    with agentcore_memory() as (fake, store):
        for n in range(40):  # a caller with a year of calls: 40 extracted memories, one relevant
            text = "My dog Rex is allergic to chicken" if n == 7 else f"Call {n}: asked about invoice {n}"
            store.add([{"role": "user", "content": text}], infer=True, **_scope(f"conv_{n}"))
        fake.extract_now()
        client: Any = store._client  # the backend's own client: the same serializer, hook and fake
        path = f"/callers/{CALLER.lstrip('+')}/"

        def backend() -> Any:
            return store.search(QUERY, user_id=CALLER, limit=3)

        def bare() -> Any:
            criteria = {"searchQuery": QUERY, "topK": 3}
            return client.retrieve_memory_records(
                memoryId=fake.memory_id, namespacePath=path, searchCriteria=criteria, maxResults=3
            )

        pairs = []
        for _ in range(WARMUP + runs):
            started = time.perf_counter()
            found = backend()
            middle = time.perf_counter()
            floor = bare()
            pairs.append((middle - started, time.perf_counter() - middle))
            if not found or "Rex" not in found[0].memory or not floor["memoryRecordSummaries"]:
                raise RuntimeError("the AgentCore search did not find the relevant memory")
        measured = pairs[WARMUP:]
        report.add(
            ratio_row(
                "Warm",
                "search on AgentCore (backend)",
                value=median([spent for spent, _ in measured]),
                floor=median([floor for _, floor in measured]),
                floor_label="bare `retrieve_memory_records` (boto3)",
                limit=SEARCH_MAX_RATIO,
            )
        )


def requests(report: Report) -> None:
    with agentcore_memory() as (fake, store):
        chunks = [
            [
                {"role": "user" if t % 2 else "assistant", "content": f"Chunk {c} turn {t}"}
                for t in range(TURNS)
            ]
            for c in range(CHUNKS)
        ]
        facts = [{"role": "user", "content": "Name: Stefan"}, {"role": "user", "content": "Reason: booking"}]
        store.add(facts, infer=False, **_scope("conv_long", "factual"))
        sent = [store.add(chunk, infer=True, **_scope("conv_long")).event_id for chunk in chunks]
        fake.extract_now()
        confirmed = [store.extraction(event_id or "").status for event_id in sent]
        if set(confirmed) != {"SUCCEEDED"}:
            raise RuntimeError(f"the extractions were not confirmed: {sorted(set(confirmed))}")
        count, floor = len(fake.requests), 2 * CHUNKS + 1
        ratio = count / floor
        report.add(
            Row(
                "Requests",
                "30-minute call on AgentCore, ingested and confirmed",
                f"{count} requests",
                f"one event, one read per chunk, one fact batch: {floor}",
                f"{ratio:.2f}x",
                f"≤ {REQUESTS_MAX_RATIO}x",
                verdict(ratio <= REQUESTS_MAX_RATIO),
            )
        )


def _scope(conversation: str, kind: str = "episodic") -> dict[str, Any]:
    metadata = {"conversation_id": conversation, "call_date": "2026-11-02", "type": kind}
    return {"user_id": CALLER, "agent_id": AGENT, "metadata": metadata}
