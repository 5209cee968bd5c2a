"""How a conversation's ingestion ends (DESIGN §3), and what each step reports (``Outcome``).

* **Settled** — every chunk's extraction is confirmed: what Mem0 extracted goes into the caller's
  brief, the caller's memory count becomes what Mem0 holds, and the conversation is done.
* **Still extracting** — checked again later (PostCall's extraction queue), at most ``MAX_ROUNDS``
  times.
* **Dropped** — an erasure or an opt-out covers the call (``erasure``): nothing of it is kept, also
  what Mem0 extracts after the erasure, and the delivery that brought it ends instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.archive import Archive, caller_index_key, conversation_prefix
from agentic_memory.brief import Learned
from agentic_memory.call_memory import Call
from agentic_memory.erasure import Tombstones
from agentic_memory.ledger import ChunkProgress, Ledger, Progress
from agentic_memory.memory import MemoryStore
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.observability import metrics

logger = Logger(child=True)

# Checks (each delayed twice as long as the last, from EXTRACTION_CHECK_SECONDS up to SQS's 15 minutes)
# before an extraction that never finishes fails the conversation: with the default 2 s, 12 checks
# span about 1.5 hours.
MAX_ROUNDS = 12

# "busy": another invocation holds the conversation, this step runs again when it frees;
# "expired": the call is older than MEMORY_RETENTION_DAYS, so it is archived but not remembered.
Status = Literal["ingested", "extracting", "archived_only", "dropped", "busy", "expired"]


class ExtractionUnconfirmedError(Exception):
    """Mem0 did not finish extracting within ``MAX_ROUNDS`` checks."""

    safe_to_log = True


@dataclass(frozen=True)
class Outcome:
    """What an ingestion step did, as PostCall reports it (and ``replay`` prints it)."""

    conversation_id: str
    status: Status
    memories_stored: int = 0  # factual memories stored by this run
    counted: bool = False  # this run counted the call in the caller's profile
    pending: list[int] = field(default_factory=list)  # chunks whose extraction is not confirmed yet
    rounds: int = 0  # checks this chain made so far, while pending
    until: int | None = None  # while busy: when the other invocation's lease ends (unix seconds)

    def as_dict(self) -> dict[str, Any]:
        if self.status == "busy":
            return {"conversation_id": self.conversation_id, "status": self.status, "until": self.until}
        if self.status in ("archived_only", "dropped", "expired"):
            return {"conversation_id": self.conversation_id, "status": self.status}
        answer: dict[str, Any] = {
            "conversation_id": self.conversation_id,
            "status": self.status,
            "memories_stored": self.memories_stored,
            "counted": self.counted,
        }
        if self.pending:
            answer["pending_chunks"] = self.pending
        return answer


@dataclass(frozen=True)
class Settlement:
    """The end of an ingestion step, over the stores its ``Ingestor`` uses."""

    archive: Archive
    profiles: ProfileStore
    ledger: Ledger
    tombstones: Tombstones
    memory: Callable[[], MemoryStore]

    def settle(
        self, memory: MemoryStore, call: Call, chunks: dict[int, ChunkProgress], round: int
    ) -> Outcome:
        """Done when every chunk is confirmed: the caller's memory count is then what Mem0 holds."""
        assert call.caller is not None
        pending = sorted(
            i for i in range(len(call.chunks)) if chunks.get(i) is None or chunks[i].state != "confirmed"
        )
        if not pending:
            self._learn(memory, call)
            count = memory.count(call.caller)
            self.profiles.set_memory_count(call.caller, count)
            self.ledger.status(call.conversation_id, "done")
            metrics.add_metric(name="ExtractionsConfirmed", unit=MetricUnit.Count, value=len(call.chunks))
            return Outcome(call.conversation_id, "ingested")
        self.ledger.status(call.conversation_id, "extracting")
        rounds = round + 1
        if rounds > MAX_ROUNDS:
            raise ExtractionUnconfirmedError(
                f"Mem0 has not finished extracting chunks {pending} of {call.conversation_id} "
                f"after {rounds} checks"
            )
        return Outcome(call.conversation_id, "extracting", pending=pending, rounds=rounds)

    def covers(self, call: Call) -> bool:
        """True when an erasure or an opt-out of the caller covers this call."""
        if call.caller is None:
            return False
        stone = self.tombstones.of_caller(call.caller)
        return stone is not None and stone.covers(call.data.metadata.start_time_unix_secs)

    def drop(self, conversation_id: str, caller: str | None, progress: Progress, round: int) -> Outcome:
        """Nothing of a call an erasure covers is kept: its memories (also those Mem0 extracts after
        the erasure: while an extraction runs the call stays "erasing" and is checked again), the
        profile that merged it, its archive. The dead letter or redelivery that brought it ends here,
        with a log line and a metric, instead of failing forever."""
        if caller is not None:
            memory = self.memory()
            sent = [c.event_id for c in progress.chunks.values() if c.state == "sent" and c.event_id]
            running = [e for e in sent if memory.extraction(e).status in ("PENDING", "RUNNING")]
            memory.delete_conversation(caller, conversation_id)
            self.profiles.drop_if_holds(caller, conversation_id)
            self.archive.purge_object(caller_index_key(caller, conversation_id))
            if running:
                self.ledger.erasing(conversation_id, caller)
                rounds = round + 1
                if rounds > MAX_ROUNDS:
                    raise ExtractionUnconfirmedError(
                        f"{conversation_id}: extraction still running after erasure"
                    )
                return Outcome(conversation_id, "extracting", rounds=rounds)
        self.archive.purge(conversation_prefix(conversation_id))
        self.ledger.dropped(conversation_id)
        metrics.add_metric(name="ErasedCallDropped", unit=MetricUnit.Count, value=1)
        logger.info("The caller was erased or opted out: nothing of this call is kept")
        return Outcome(conversation_id, "dropped")

    def _learn(self, memory: MemoryStore, call: Call) -> None:
        """What Mem0 extracted from this call, now that it is confirmed, into the caller's brief: the
        agent knows it at the next call start without searching."""
        assert call.caller is not None
        records = memory.extracted(call.caller, call.conversation_id)
        if records:
            agent = call.data.agent_id or ""
            learned = [
                Learned(r.memory, call.data.call_date, agent, call.conversation_id, call.categories)
                for r in records
            ]
            self.profiles.record_learned(call.caller, learned)
