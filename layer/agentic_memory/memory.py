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
from datetime import UTC, date, datetime
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
    # Why it is not one of the caller's current memories (those agents are told of), empty when it is:
    # "expired" (past its expiration date), "superseded" (a later memory contradicts it), "merged"
    # (folded into a fuller one). Mem0 keeps all three, hidden from its reads unless asked for (docs:
    # platform/features/memory-expiration, platform/features/dream).
    hidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Held:
    """Every memory a backend holds of one caller, hidden ones included, and what could not be read.

    ``unread`` names each part a read missed (a page Mem0 failed to answer, a count that changed while
    it was read), never memory text: an access request that lists something there is incomplete, an
    erasure check that does cannot say "nothing left"."""

    memories: list[MemoryRecord]
    unread: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Added:
    """What one add left: memories stored now, or an extraction still to confirm."""

    stored: int = 0  # memories this add stored (infer=False, or a backend that extracts at once)
    event_id: str | None = None  # the background extraction to confirm; None when nothing is pending


@dataclass(frozen=True)
class Extraction:
    status: ExtractionStatus
    error: str | None = None
    # Set when ``status`` is assumed rather than read, and why: Mem0 answered a status it does not
    # document, or no longer knows the event. The assumption is always "not finished" (PENDING or
    # RUNNING): a chunk taken for FAILED would be sent again, and v3 adds only, so its memories twice.
    assumed: str | None = None


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
        """How the background extraction of an earlier add went; PENDING or RUNNING, with ``assumed``
        set, when the backend cannot tell (ingestion then checks again, within its bounded rounds)."""
        ...

    def all_of(self, user_id: str) -> list[MemoryRecord]:
        """Every current memory of the caller, newest first: what agents can be told of."""
        ...

    def held(self, user_id: str) -> Held:
        """Every memory the backend holds of the caller, newest first, those its default reads hide
        included and marked (``MemoryRecord.hidden``), and what could not be read: a data-subject
        access request, and the check that an erasure left nothing. Raises when nothing at all could
        be read."""
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
        """Erase every memory of the caller, hidden ones too, returning once none is left to read."""
        ...


def past_expiration(expiration_date: Any, today: date | None = None) -> bool:
    """Whether a memory's ``expiration_date`` (``YYYY-MM-DD``) has passed, as Mem0 decides it: in UTC,
    the date itself still included, and a date it cannot parse never expires (docs:
    platform/features/memory-expiration; mem0ai 2.2.1 mem0/memory/main.py ``_payload_is_expired``)."""
    if not expiration_date:
        return False
    try:
        last_day = date.fromisoformat(str(expiration_date))
    except ValueError:
        return False
    return last_day < (today or datetime.now(UTC).date())


def prepare_mem0_environment() -> None:
    """mem0 writes its config under ~/.mem0 on import (read-only on Lambda) and sends telemetry
    by default (a PostHog call each operation, seconds of exit delay offline): set both off
    before the first import, unless the operator chose otherwise."""
    os.environ.setdefault("MEM0_DIR", "/tmp/.mem0")  # noqa: S108 - Lambda's only writable place
    os.environ.setdefault("MEM0_TELEMETRY", "False")
