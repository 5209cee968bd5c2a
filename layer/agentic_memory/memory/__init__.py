"""The memory interface (DESIGN §3): one small protocol, one implementation per Mem0 backend.

Backends are imported on first use only: ``import mem0`` costs about a second of imports, which
ClientData (which never touches memory) and PostCall's HTTP path must not pay.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from agentic_memory.config import Settings, get_secret

Message = dict[str, str]
# Ingestion is off the call path and adds with infer=False wait for embeddings: allow it longer than
# a search, which a caller is waiting for (MEM0_TIMEOUT).
INGEST_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class MemoryRecord:
    memory: str
    score: float | None = None
    created_at: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


class MemoryStore(Protocol):
    def add(
        self, messages: list[Message], *, user_id: str, run_id: str, metadata: dict[str, str], infer: bool
    ) -> int:
        """Store ``messages`` for the caller; returns how many memories exist now because of it
        (0 when the backend extracts them later, as Mem0 does with ``infer=True``)."""
        ...

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        """The caller's memories most relevant to ``query``, best first."""
        ...

    def delete_caller(self, user_id: str) -> None:
        """Erase every memory of the caller."""
        ...


def prepare_mem0_environment() -> None:
    """mem0 writes its config under ~/.mem0 on import (read-only on Lambda) and sends telemetry
    by default (a PostHog call each operation, seconds of exit delay offline): set both off
    before the first import, unless the operator chose otherwise."""
    os.environ.setdefault("MEM0_DIR", "/tmp/.mem0")  # noqa: S108 - Lambda's only writable place
    os.environ.setdefault("MEM0_TELEMETRY", "False")


@lru_cache(maxsize=4)
def open_memory(settings: Settings, timeout: float) -> MemoryStore:
    """The container's memory client for a given time-out, built once (its ping is a round trip)."""
    prepare_mem0_environment()
    if settings.memory_backend == "mem0-platform":
        from agentic_memory.memory.mem0_platform import Mem0PlatformStore  # noqa: PLC0415 - lazy by design

        return Mem0PlatformStore(
            api_key=get_secret("MEM0_API_KEY", settings), host=settings.mem0_host, timeout=timeout
        )
    if settings.memory_backend == "mem0-oss":
        from agentic_memory.memory.mem0_oss import open_oss_store  # noqa: PLC0415 - lazy by design

        # Embedded: nothing to time out, and Qdrant's local mode allows one client per folder per
        # process, so every time-out gets the same store.
        return open_oss_store(settings.mem0_oss_config)
    raise NotImplementedError(f"MEMORY_BACKEND={settings.memory_backend} is not available in this build")


def preload_memory_client() -> None:
    """Import the Mem0 platform client now (for a SnapStart snapshot), without connecting anywhere."""
    prepare_mem0_environment()
    from agentic_memory.memory.mem0_platform import platform_client_classes  # noqa: PLC0415

    platform_client_classes()
