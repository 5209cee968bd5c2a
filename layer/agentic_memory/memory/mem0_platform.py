"""The ``mem0-platform`` backend: Mem0 Cloud through the official ``MemoryClient`` (API v3)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from agentic_memory.memory import MemoryRecord, Message

# A rate-limited add is retried in the same invocation, waiting what Mem0's Retry-After asks, this
# many times and never longer than this in all; beyond that the invocation fails and Lambda retries.
ADD_ATTEMPTS = 3
MAX_RATE_LIMIT_WAIT_SECONDS = 20.0


class Mem0PlatformStore:
    def __init__(
        self, api_key: str, host: str, timeout: float, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        from mem0 import MemoryClient  # noqa: PLC0415 - heavy import, paid only where memory is used
        from mem0.exceptions import RateLimitError  # noqa: PLC0415

        self._rate_limited = RateLimitError
        self._sleep = sleep

        # Our own httpx client: the SDK's default waits 300 s, far beyond any caller's patience.
        http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)))
        self._client = MemoryClient(api_key=api_key, host=host, client=http)

    def add(
        self, messages: list[Message], *, user_id: str, run_id: str, metadata: dict[str, str], infer: bool
    ) -> int:
        waited = 0.0
        for attempt in range(1, ADD_ATTEMPTS + 1):
            try:
                response = self._client.add(
                    messages, user_id=user_id, run_id=run_id, metadata=metadata, infer=infer
                )
                break
            except self._rate_limited as error:
                wait = _retry_after(error, attempt)
                if attempt == ADD_ATTEMPTS or waited + wait > MAX_RATE_LIMIT_WAIT_SECONDS:
                    raise
                self._sleep(wait)
                waited += wait
        results = response.get("results", []) if isinstance(response, dict) else response
        return len(results) if isinstance(results, list) else 0

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        # Mem0 Platform scopes implicitly: a filter naming only user_id finds only records whose other
        # entities are null, and ours all carry run_id (the conversation); so name it with a wildcard.
        scope: list[dict[str, Any]] = [{"user_id": user_id}, {"run_id": "*"}]
        if agent_id:
            # Entity ids are not ANDed (Mem0 attributes a fact to one of them): agents are metadata.
            scope.append({"metadata": {"agent_id": agent_id}})
        filters = {"AND": scope}
        response = self._client.search(query, filters=filters, top_k=limit)
        results = response.get("results", []) if isinstance(response, dict) else response
        return [_record(item) for item in results if isinstance(item, dict) and item.get("memory")]

    def delete_caller(self, user_id: str) -> None:
        self._client.delete_all(user_id=user_id)


def _retry_after(error: Exception, attempt: int) -> float:
    """Mem0's Retry-After (whole seconds, in the SDK's debug_info), else exponential backoff."""
    debug = getattr(error, "debug_info", None) or {}
    seconds = debug.get("retry_after") if isinstance(debug, dict) else None
    return float(seconds) if isinstance(seconds, int | float) and seconds >= 0 else float(2 ** (attempt - 1))


def _record(item: dict[str, Any]) -> MemoryRecord:
    score = item.get("score")
    return MemoryRecord(
        memory=str(item["memory"]),
        score=float(score) if isinstance(score, int | float) else None,
        created_at=item.get("created_at") or item.get("updated_at"),
        metadata=item.get("metadata") or {},
    )
