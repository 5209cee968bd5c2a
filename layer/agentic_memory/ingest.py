"""Post-call ingestion (DESIGN §3): from an archived transcription to confirmed memories and a profile.

Runs after PostCall has answered ElevenLabs, triggered by the archive's ``ObjectCreated`` event.
What a call leaves in memory is ``call_memory``'s: factual memories are stored verbatim
(``infer=False``, synchronous); episodic ones, the transcript in bounded chunks, are sent concurrently
for Mem0 to extract from (``infer=True``). Mem0 extracts those in the background, so an accepted chunk
is not yet remembered: ``ingest`` sends what is not sent yet and counts the call in the profile;
``confirm``, run later (PostCall's extraction queue), asks Mem0 how each extraction went and sends a
FAILED chunk again. Each ends as ``settlement`` decides: done once every chunk is confirmed, checked
again while some are not, dropped when an erasure covers the call.
Every step is recorded in the ``ledger`` as it is done, so a retry, a duplicate event or a replay
repeats nothing that was done and redoes what failed. Any failure raises: the invocation is
retried, then the dead-letter queue keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.archive import Archive, caller_index_key, transcription_key
from agentic_memory.call_memory import (
    EXTRACTION_INSTRUCTIONS,
    Call,
    call_analysis,
    call_facts,
    collected_facts,
    corrected_lasting,
    episodes,
    fact_messages,
    fact_text,
    index_entry,
    memory_scope,
    notice_payload_settings,
    retention_end,
)
from agentic_memory.call_privacy import count_private, private_categories, private_parts, turn_asides
from agentic_memory.erasure import Tombstones
from agentic_memory.ledger import ChunkProgress, Ledger, Progress
from agentic_memory.memory import MemoryStore
from agentic_memory.models import TranscriptionData, WebhookEnvelope
from agentic_memory.phone import caller_key, mask
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.observability import metrics
from agentic_memory.sensitive import redact_transcription
from agentic_memory.settings import SENSITIVE_KINDS
from agentic_memory.settlement import Outcome, Settlement, Status

logger = Logger(child=True)

# Adds in flight at once: a 30-minute call (18 chunks + the facts) goes out in one round trip, not
# one per chunk; a rate limit is waited out per request (Retry-After) by the platform backend.
MAX_PARALLEL_ADDS = 20
# A chunk whose extraction FAILED is sent again this many times before the conversation fails.
MAX_RESENDS = 2


class ExtractionFailedError(Exception):
    """Mem0 failed to extract a chunk of the call every time it was sent: the conversation needs an
    operator (dead-letter queue, then ``agentic-memory replay``; Mem0's error is in the ingestion
    table, not in the message, which logs show)."""

    safe_to_log = True


@dataclass(frozen=True)
class Ingestor:
    archive: Archive
    profiles: ProfileStore
    ledger: Ledger
    memory: Callable[[], MemoryStore]
    chunk_turns: int
    default_region: str
    tombstones: Tombstones
    redact_sensitive: frozenset[str] = frozenset(SENSITIVE_KINDS)
    retention_days: int = 0  # MEMORY_RETENTION_DAYS: 0 keeps memories until erased
    # How long one invocation may hold a conversation (its function's time-out, with a margin).
    lease_seconds: float = 120.0

    def ingest(self, conversation_id: str) -> Outcome:
        """Send what Mem0 has not accepted yet (a failed chunk again), count the call, and settle."""
        with self.ledger.lease(conversation_id, self.lease_seconds) as progress:
            call = self._call_unless_erased(conversation_id, progress)
            if isinstance(call, Outcome):
                return call
            if progress.status in ("done", "archived_only"):
                logger.info("Conversation already ingested; nothing to do")
                status: Status = "ingested" if progress.status == "done" else "archived_only"
                return Outcome(conversation_id, status, memories_stored=progress.facts_stored or 0)
            notice_payload_settings(call.data)
            if call.caller is None:
                logger.info("No caller number nor user id: archived only, no memory")
                self.ledger.status(conversation_id, "archived_only")
                return Outcome(conversation_id, "archived_only")
            # Indexed to its caller first, whatever its age: ``forget`` finds a caller's archive by it.
            self.archive.put_json(caller_index_key(call.caller, conversation_id), index_entry(call))
            if self._past_retention(call.data):
                # Its memories would be hidden at once and its profile read as absent (DESIGN §3).
                logger.info("The call is older than the retention period: archived only, no memory")
                metrics.add_metric(name="CallPastRetention", unit=MetricUnit.Count, value=1)
                self.ledger.status(conversation_id, "archived_only")
                return Outcome(conversation_id, "expired")
            memory = self.memory()
            stored = self._remember_facts(memory, call, progress)
            unsent = [
                i
                for i in range(len(call.chunks))
                if i not in progress.chunks or progress.chunks[i].state == "failed"
            ]
            chunks = {
                **progress.chunks,
                **self._send(memory, call, unsent, progress.chunks, operator_retry=True),
            }
            profile = self.profiles.record_call(call.caller, call_facts(call))
            metrics.add_metric(name="MemoriesStored", unit=MetricUnit.Count, value=stored)
            logger.info(
                "Ingested conversation",
                extra={
                    "caller": mask(call.caller),
                    "memories_stored": stored,
                    "counted": profile is not None,
                },
            )
            outcome = self._settlement.settle(memory, call, chunks, 0)
            if self._settlement.covers(call):  # erased while this ran: what it wrote goes too
                return self._settlement.drop(
                    conversation_id, call.caller, replace(progress, chunks=chunks), 0
                )
            return replace(outcome, memories_stored=stored, counted=profile is not None)

    def confirm(self, conversation_id: str, round: int = 0) -> Outcome:
        """Ask Mem0 how each accepted extraction went; send a FAILED chunk again; settle. ``round``:
        the checks this chain of them made before (a duplicate delivery starts a chain of its own,
        which must not spend this one's budget)."""
        with self.ledger.lease(conversation_id, self.lease_seconds) as progress:
            finished: dict[str, Status] = {
                "done": "ingested",
                "archived_only": "archived_only",
                "dropped": "dropped",
            }
            if progress.status in finished:
                return Outcome(conversation_id, finished[progress.status])
            call = self._call_unless_erased(conversation_id, progress, round)
            if isinstance(call, Outcome):
                return call
            if call.caller is None:
                return Outcome(conversation_id, "archived_only")
            memory = self.memory()
            chunks = dict(progress.chunks)
            # A chunk marked failed by a check that then died before re-sending it is re-sent now.
            failed = [i for i, c in progress.chunks.items() if c.state == "failed"]
            sent = {i: c.event_id for i, c in progress.chunks.items() if c.state == "sent" and c.event_id}
            with ThreadPoolExecutor(max_workers=max(1, min(MAX_PARALLEL_ADDS, len(sent)))) as pool:
                extractions = dict(zip(sent, pool.map(memory.extraction, sent.values()), strict=True))
            checked: dict[int, ChunkProgress] = {}
            for index, extraction in sorted(extractions.items()):
                chunk = chunks[index]
                if extraction.status == "SUCCEEDED":
                    checked[index] = replace(chunk, state="confirmed")
                elif extraction.status == "FAILED":
                    checked[index] = replace(chunk, state="failed", error=extraction.error)
                    metrics.add_metric(name="ExtractionFailed", unit=MetricUnit.Count, value=1)
                    # Mem0's error text can quote the chunk: it is kept in the ledger, not logged.
                    logger.warning("Mem0 failed to extract a chunk", extra={"chunk": index})
                    failed.append(index)
            self.ledger.chunks(conversation_id, checked)
            chunks.update(checked)
            exhausted = [i for i in failed if chunks[i].resends >= MAX_RESENDS]
            if exhausted:
                raise ExtractionFailedError(
                    f"Mem0 failed to extract chunks {exhausted} of {conversation_id} "
                    f"{MAX_RESENDS + 1} times (its errors are in the ingestion table)"
                )
            chunks.update(self._send(memory, call, failed, chunks, operator_retry=False))
            outcome = self._settlement.settle(memory, call, chunks, round)
            if self._settlement.covers(call):
                return self._settlement.drop(
                    conversation_id, call.caller, replace(progress, chunks=chunks), round
                )
            return outcome

    @property
    def _settlement(self) -> Settlement:
        return Settlement(self.archive, self.profiles, self.ledger, self.tombstones, self.memory)

    def _call_unless_erased(self, conversation_id: str, progress: Progress, round: int = 0) -> Call | Outcome:
        """The archived call, unless an erasure or an opt-out covers it: then it is dropped from
        everything (``Settlement.drop``) and the outcome says so."""
        if progress.status in ("erasing", "dropped") or self.tombstones.conversation_erased(conversation_id):
            return self._settlement.drop(conversation_id, progress.erasing_caller, progress, round)
        call = self._read(conversation_id)
        if self._settlement.covers(call):
            return self._settlement.drop(conversation_id, call.caller, progress, round)
        return call

    def _past_retention(self, data: TranscriptionData) -> bool:
        end = retention_end(data.call_date, self.retention_days)
        return end is not None and end < datetime.now(UTC).date().isoformat()

    def _read(self, conversation_id: str) -> Call:
        """The archived call, with the sensitive data policy applied before anything reads it."""
        envelope = WebhookEnvelope.model_validate_json(self.archive.get(transcription_key(conversation_id)))
        found = redact_transcription(envelope.data, self.redact_sensitive)
        if found:
            logger.info("Sensitive data redacted before memory", extra={"kinds": sorted(found)})
            metrics.add_metric(name="SensitiveDataRedacted", unit=MetricUnit.Count, value=len(found))
        data = TranscriptionData.model_validate(envelope.data)
        caller = caller_key(data.caller_number, data.user_id, self.default_region, data.called_number)
        analysis = call_analysis(data)
        # without the analysis item, the earlier calls with this agent say what matter it goes on with
        known = (
            self.profiles.get(caller, consistent=True)
            if caller and analysis.private_categories is None
            else None
        )
        earlier = known.brief if known else None
        categories, source = private_categories(data, analysis, earlier, conversation_id)
        chunks = episodes(data, self.chunk_turns)
        parts = private_parts(data, analysis)
        asides = turn_asides(data, analysis, chunks)
        return Call(conversation_id, data, caller, chunks, categories, analysis, source, parts, asides)

    def _remember_facts(self, memory: MemoryStore, call: Call, progress: Progress) -> int:
        """ElevenLabs' analysis, stored once (synchronous: stored when Mem0 answers). A fact this call
        corrects (a data-collection value that differs from the profile's) replaces the old memory
        instead of standing beside it: Mem0 supersedes only what its own extraction finds."""
        if progress.facts_stored is not None:
            return 0
        assert call.caller is not None
        facts = collected_facts(call.data)
        known = self.profiles.get(call.caller, consistent=True)
        if known is not None:
            corrected = [
                fact_text(key, old.value)
                for key, values in known.brief.facts.items()
                for old in values
                if key in facts and facts[key] != old.value
            ] + corrected_lasting(known.brief, call)
            if corrected and memory.retire(call.caller, corrected):
                metrics.add_metric(name="FactsCorrected", unit=MetricUnit.Count, value=len(corrected))
        stored = 0
        grouped = fact_messages(call.data, facts, call.analysis, call.private_parts)
        for part_categories, messages in grouped.items():  # one add, or one more for private parts
            scope = memory_scope(call, "factual", self.retention_days, part_categories)
            stored += memory.add(messages, infer=False, **scope).stored
        self.ledger.facts(call.conversation_id, stored)
        count_private(call)  # here, once: a retry finds the facts recorded and never comes back
        return stored

    def _send(
        self,
        memory: MemoryStore,
        call: Call,
        indexes: list[int],
        known: dict[int, ChunkProgress],
        *,
        operator_retry: bool,
    ) -> dict[int, ChunkProgress]:
        """Episodic chunks to Mem0, concurrently; each recorded as soon as Mem0 accepts it (by this
        thread, one write at a time: the ledger's item takes one update at a time), so that a failure
        of another never makes it be sent twice. A resend counts against ``MAX_RESENDS`` unless it is
        a new ingestion (a replay starts the count again)."""

        def send(index: int) -> str | None:
            return memory.add(
                call.chunks[index],
                infer=True,
                instructions=EXTRACTION_INSTRUCTIONS,
                **memory_scope(call, "episodic", self.retention_days, call.chunk_scope_categories(index)),
            ).event_id

        recorded: dict[int, ChunkProgress] = {}
        failure: BaseException | None = None
        with ThreadPoolExecutor(max_workers=max(1, min(MAX_PARALLEL_ADDS, len(indexes)))) as pool:
            futures = {pool.submit(send, index): index for index in indexes}
            for future in as_completed(futures):
                index = futures[future]
                if future.exception() is not None:
                    failure = failure or future.exception()
                    continue
                event_id = future.result()
                previous = known.get(index)
                resends = 0 if previous is None or operator_retry else previous.resends + 1
                chunk = ChunkProgress("sent" if event_id else "confirmed", event_id=event_id, resends=resends)
                self.ledger.chunk(call.conversation_id, index, chunk)
                recorded[index] = chunk
        if failure is not None:
            raise failure  # a Mem0 error: the run is retried, and sends only what was not recorded
        return recorded
