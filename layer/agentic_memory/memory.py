"""The memory interface (DESIGN §3): one small protocol, one implementation per Mem0 backend.

``mem0_platform`` (Mem0 Cloud) ships in the layer; ``agentic_memory_ops.mem0_oss`` (embedded, for
local runs) does not. Which one a function uses is decided in ``runtime.compose``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Protocol

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
        self,
        messages: list[Message],
        *,
        user_id: str,
        run_id: str,
        agent_id: str | None,
        metadata: dict[str, str],
        infer: bool,
    ) -> int:
        """Store ``messages`` for the caller, heard by ``agent_id``; returns how many memories exist
        now because of it (0 when the backend extracts them later, as Mem0 does with ``infer=True``)."""
        ...

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        """The caller's memories most relevant to ``query``, best first; only ``agent_id``'s when given."""
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
