"""The ``mem0-platform`` backend: Mem0 Cloud through the official ``MemoryClient`` (API v3)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import time
import types
from collections.abc import Callable
from typing import Any

import httpx

from agentic_memory.memory import MemoryRecord, Message, prepare_mem0_environment

# A rate-limited add is retried in the same invocation, waiting what Mem0's Retry-After asks, this
# many times and never longer than this in all; beyond that the invocation fails and Lambda retries.
ADD_ATTEMPTS = 3
MAX_RATE_LIMIT_WAIT_SECONDS = 20.0


class Mem0PlatformStore:
    def __init__(
        self, api_key: str, host: str, timeout: float, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        memory_client, rate_limit_error = platform_client_classes()
        self._rate_limited = rate_limit_error
        self._sleep = sleep

        # Our own httpx client: the SDK's default waits 300 s, far beyond any caller's patience.
        http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)))
        self._client = memory_client(api_key=api_key, host=host, client=http)

    def add(
        self,
        messages: list[Message],
        *,
        user_id: str,
        run_id: str,
        agent_id: str | None,
        metadata: dict[str, str],
        infer: bool,
    ) -> int:
        # The agent goes into metadata, not Mem0's agent_id entity: Mem0 attributes a fact to one
        # entity, so a user_id + agent_id add would split the caller's memories (DESIGN §3).
        tagged = {**metadata, "agent_id": agent_id or ""}
        waited = 0.0
        for attempt in range(1, ADD_ATTEMPTS + 1):
            try:
                response = self._client.add(
                    messages, user_id=user_id, run_id=run_id, metadata=tagged, infer=infer
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


def platform_client_classes() -> tuple[Any, type[Exception]]:
    """``MemoryClient`` without mem0's package initializer, which imports the whole open-source stack.

    ``import mem0`` loads ``Memory`` and with it qdrant_client, numpy and more: measured 1.2 s of a
    Retrieve cold start, against 0.45 s for ``mem0.client.main`` alone. The real SDK module is used;
    only ``mem0/__init__.py`` is skipped, through a bare package object present during this import
    alone, so that a later ``import mem0`` (the mem0-oss backend) still runs the real initializer.
    Called at a SnapStart snapshot too (``runtime.snapstart``), to have these imports in it.
    """
    prepare_mem0_environment()
    if "mem0" in sys.modules:
        from mem0.client.main import MemoryClient  # noqa: PLC0415
        from mem0.exceptions import RateLimitError  # noqa: PLC0415

        return MemoryClient, RateLimitError
    spec = importlib.util.find_spec("mem0")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("mem0ai is not installed")
    package = types.ModuleType("mem0")
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules["mem0"] = package
    try:
        client = importlib.import_module("mem0.client.main")
        exceptions = importlib.import_module("mem0.exceptions")
    finally:
        del sys.modules["mem0"]
    return client.MemoryClient, exceptions.RateLimitError


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
