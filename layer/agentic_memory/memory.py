"""The memory interface (DESIGN §3): one small protocol, one implementation per Mem0 backend.

``mem0_platform`` (Mem0 Cloud) ships in the layer; ``agentic_memory_ops.mem0_oss`` (embedded, for
local runs) does not. Which one a function uses is decided in ``runtime.compose``.

Mem0 Platform extracts ``infer=True`` adds in the background: an accepted add is not yet a memory.
So ``add`` returns the extraction to confirm (``Added.event_id``), ``extraction`` reports how it
went, and ingestion is done only once every extraction SUCCEEDED (see ``ingest``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Message = dict[str, str]
# Ingestion is off the call path and adds with infer=False wait for embeddings: allow it longer than
# a search, which a caller is waiting for (MEM0_TIMEOUT).
INGEST_TIMEOUT_SECONDS = 30.0
# GET /v1/event/{event_id}/ (mem0 repository, docs/openapi.json, operation event_read).
ExtractionStatus = Literal["PENDING", "RUNNING", "SUCCEEDED", "FAILED"]


@dataclass(frozen=True)
class MemoryRecord:
    memory: str
    score: float | None = None
    created_at: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Added:
    """What one add left: memories stored now, or an extraction still to confirm."""

    stored: int = 0  # memories this add stored (infer=False, or a backend that extracts at once)
    event_id: str | None = None  # the background extraction to confirm; None when nothing is pending


@dataclass(frozen=True)
class Extraction:
    status: ExtractionStatus
    error: str | None = None


class MemoryStore(Protocol):
    # The vector score below which a search result that shares no word with the query is not
    # relevant (``ranking``); None where the service applies its own threshold.
    relevance_floor: float | None

    def add(
        self,
        messages: list[Message],
        *,
        user_id: str,
        agent_id: str | None,
        metadata: dict[str, str],
        infer: bool,
        timestamp: int | None = None,
        instructions: str | None = None,
        expires: str | None = None,
    ) -> Added:
        """Store ``messages`` for the caller, heard by ``agent_id`` and dated ``timestamp`` (unix
        seconds, the call's start); ``instructions`` guide an inferring backend's extraction;
        ``expires`` (``YYYY-MM-DD``) is the retention's last day."""
        ...

    def extraction(self, event_id: str) -> Extraction:
        """How the background extraction of an earlier add went."""
        ...

    def all_of(self, user_id: str) -> list[MemoryRecord]:
        """Every current memory of the caller, newest first (a data-subject access request)."""
        ...

    def count(self, user_id: str) -> int:
        """How many current memories the caller has (superseded ones left out)."""
        ...

    def retire(self, user_id: str, texts: list[str]) -> int:
        """Delete the caller's memories whose text is exactly one of ``texts`` (a fact a later call
        corrected); returns how many went."""
        ...

    def extracted(self, user_id: str, conversation_id: str) -> list[MemoryRecord]:
        """The current memories an inferring backend extracted from one conversation; empty for a
        backend that stores turns verbatim (nothing was extracted to tell the agent)."""
        ...

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        """The caller's current memories most relevant to ``query``, best first; only
        ``agent_id``'s when given."""
        ...

    def related(self, pairs: list[tuple[str, str]]) -> list[bool] | None:
        """For each (part of a question, memory) pair, whether the two are close in meaning by the
        backend's own model (``ranking``); None where the service ranks by meaning itself."""
        ...

    def delete_conversation(self, user_id: str, conversation_id: str) -> int:
        """Delete the caller's memories of one conversation (an erasure covering it); how many went."""
        ...

    def delete_caller(self, user_id: str) -> None:
        """Erase every memory of the caller, returning once none is left to read."""
        ...


def prepare_mem0_environment() -> None:
    """mem0 writes its config under ~/.mem0 on import (read-only on Lambda) and sends telemetry
    by default (a PostHog call each operation, seconds of exit delay offline): set both off
    before the first import, unless the operator chose otherwise."""
    os.environ.setdefault("MEM0_DIR", "/tmp/.mem0")  # noqa: S108 - Lambda's only writable place
    os.environ.setdefault("MEM0_TELEMETRY", "False")
