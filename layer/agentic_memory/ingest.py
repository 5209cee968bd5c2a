"""Post-call ingestion (DESIGN §3): from an archived transcription to confirmed memories and a profile.

Runs after PostCall has answered ElevenLabs, triggered by the archive's ``ObjectCreated`` event.
Factual memories are ElevenLabs' own analysis, stored verbatim (``infer=False``, synchronous);
episodic ones are the transcript in bounded chunks for Mem0 to extract from (``infer=True``), sent
concurrently. Mem0 extracts those in the background, so an accepted chunk is not yet remembered:
``ingest`` sends what is not sent yet and counts the call in the profile; ``confirm``, run later
(PostCall's extraction queue), asks Mem0 how each extraction went, sends a FAILED chunk again, and
when every chunk is confirmed sets the caller's memory count and marks the conversation done.
Every step is recorded in the ``ledger`` as it is done, so a retry, a duplicate event or a replay
repeats nothing that was done and redoes what failed. Any failure raises: the invocation is
retried, then the dead-letter queue keeps it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.archive import Archive, caller_index_key, conversation_prefix, transcription_key
from agentic_memory.brief import CallFacts, Learned
from agentic_memory.categories import call_categories
from agentic_memory.erasure import Tombstones
from agentic_memory.greeting import fact_label
from agentic_memory.ledger import ChunkProgress, Ledger, Progress
from agentic_memory.memory import MemoryStore, Message
from agentic_memory.models import TranscriptionData, WebhookEnvelope
from agentic_memory.phone import caller_key, mask
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.observability import metrics
from agentic_memory.sensitive import redact_transcription
from agentic_memory.settings import SENSITIVE_KINDS

logger = Logger(child=True)

# What PII redaction leaves where a value was: "[NAME]", "[PHONE_NUMBER_1]", "<EMAIL>", "REDACTED".
# A token is never a fact about the caller, and never their name (DESIGN §2.3).
REDACTION = re.compile(r"\[[A-Z][A-Z_]*\d*\]|<[A-Z][A-Z_]*\d*>|\bREDACTED\b")
# ElevenLabs data-collection ids that hold the caller's name, most specific first.
NAME_FIELDS = ("first_name", "caller_name", "customer_name", "patient_name", "name", "full_name")
_ROLES = {"agent": "assistant", "user": "user"}
# How the call summary's memory begins: "Call on 2026-11-02: …".
CALL_SUMMARY_PREFIX = "Call on "
# Adds in flight at once: a 30-minute call (18 chunks + the facts) goes out in one round trip, not
# one per chunk; a rate limit is waited out per request (Retry-After) by the platform backend.
MAX_PARALLEL_ADDS = 20
# Mem0 v3 extracts the assistant's lines with the same weight as the caller's (docs:
# migration/platform-v2-to-v3): each episodic add says what is worth remembering about a caller.
EXTRACTION_INSTRUCTIONS = (
    "Extract only facts about the caller (the user): who they are, their circumstances, preferences, "
    "requests, appointments, commitments made to them, and corrections of earlier facts. Do not extract "
    "the assistant's name, role or scripted lines, greetings and pleasantries, or information about the "
    "business itself (its hours, prices, services or policies)."
)
# A chunk whose extraction FAILED is sent again this many times before the conversation fails.
MAX_RESENDS = 2
# Checks (each delayed twice as long as the last, from EXTRACTION_CHECK_SECONDS up to SQS's 15 minutes)
# before an extraction that never finishes fails the conversation: with the default 2 s, 12 checks
# span about 1.5 hours.
MAX_ROUNDS = 12

# "busy": another invocation holds the conversation, this step runs again when it frees;
# "expired": the call is older than MEMORY_RETENTION_DAYS, so it is archived but not remembered.
Status = Literal["ingested", "extracting", "archived_only", "dropped", "busy", "expired"]


class ExtractionFailedError(Exception):
    """Mem0 failed to extract a chunk of the call every time it was sent: the conversation needs an
    operator (dead-letter queue, then ``agentic-memory replay``; Mem0's error is in the ingestion
    table, not in the message, which logs show)."""

    safe_to_log = True


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
class _Call:
    conversation_id: str
    data: TranscriptionData
    caller: str | None
    chunks: list[list[Message]]
    categories: str  # the private categories the whole call falls in (``private_categories``)


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
            _notice_payload_settings(call.data)
            if call.caller is None:
                logger.info("No caller number nor user id: archived only, no memory")
                self.ledger.status(conversation_id, "archived_only")
                return Outcome(conversation_id, "archived_only")
            if self._past_retention(call.data):
                # Its memories would be hidden at once and its profile read as absent (DESIGN §3).
                logger.info("The call is older than the retention period: archived only, no memory")
                metrics.add_metric(name="CallPastRetention", unit=MetricUnit.Count, value=1)
                self.ledger.status(conversation_id, "archived_only")
                return Outcome(conversation_id, "expired")
            self.archive.put_json(caller_index_key(call.caller, conversation_id), _index_entry(call))
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
            facts = call_facts(call.conversation_id, call.data, call.categories)
            profile = self.profiles.record_call(call.caller, facts)
            metrics.add_metric(name="MemoriesStored", unit=MetricUnit.Count, value=stored)
            logger.info(
                "Ingested conversation",
                extra={
                    "caller": mask(call.caller),
                    "memories_stored": stored,
                    "counted": profile is not None,
                },
            )
            outcome = self._settle(memory, call, chunks, 0)
            if self._erased(call):  # erased while this ran: what it wrote goes too
                return self._drop(conversation_id, call.caller, replace(progress, chunks=chunks), 0)
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
            for index, extraction in sorted(extractions.items()):
                chunk = chunks[index]
                if extraction.status == "SUCCEEDED":
                    chunks[index] = replace(chunk, state="confirmed")
                    self.ledger.chunk(conversation_id, index, chunks[index])
                elif extraction.status == "FAILED":
                    chunks[index] = replace(chunk, state="failed", error=extraction.error)
                    self.ledger.chunk(conversation_id, index, chunks[index])
                    metrics.add_metric(name="ExtractionFailed", unit=MetricUnit.Count, value=1)
                    # Mem0's error text can quote the chunk: it is kept in the ledger, not logged.
                    logger.warning("Mem0 failed to extract a chunk", extra={"chunk": index})
                    failed.append(index)
            exhausted = [i for i in failed if chunks[i].resends >= MAX_RESENDS]
            if exhausted:
                raise ExtractionFailedError(
                    f"Mem0 failed to extract chunks {exhausted} of {conversation_id} "
                    f"{MAX_RESENDS + 1} times (its errors are in the ingestion table)"
                )
            chunks.update(self._send(memory, call, failed, chunks, operator_retry=False))
            outcome = self._settle(memory, call, chunks, round)
            if self._erased(call):
                return self._drop(conversation_id, call.caller, replace(progress, chunks=chunks), round)
            return outcome

    def _call_unless_erased(
        self, conversation_id: str, progress: Progress, round: int = 0
    ) -> _Call | Outcome:
        """The archived call, unless an erasure or an opt-out covers it: then it is dropped from
        everything (see ``_drop``) and the outcome says so."""
        if progress.status in ("erasing", "dropped") or self.tombstones.conversation_erased(conversation_id):
            return self._drop(conversation_id, progress.erasing_caller, progress, round)
        call = self._read(conversation_id)
        if self._erased(call):
            return self._drop(conversation_id, call.caller, progress, round)
        return call

    def _erased(self, call: _Call) -> bool:
        if call.caller is None:
            return False
        stone = self.tombstones.of_caller(call.caller)
        return stone is not None and stone.covers(call.data.metadata.start_time_unix_secs)

    def _past_retention(self, data: TranscriptionData) -> bool:
        end = retention_end(data.call_date, self.retention_days)
        return end is not None and end < datetime.now(UTC).date().isoformat()

    def _drop(self, conversation_id: str, caller: str | None, progress: Progress, round: int) -> Outcome:
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

    def _read(self, conversation_id: str) -> _Call:
        """The archived call, with the sensitive data policy applied before anything reads it."""
        envelope = WebhookEnvelope.model_validate_json(self.archive.get(transcription_key(conversation_id)))
        found = redact_transcription(envelope.data, self.redact_sensitive)
        if found:
            logger.info("Sensitive data redacted before memory", extra={"kinds": sorted(found)})
            metrics.add_metric(name="SensitiveDataRedacted", unit=MetricUnit.Count, value=len(found))
        data = TranscriptionData.model_validate(envelope.data)
        caller = caller_key(data.caller_number, data.user_id, self.default_region, data.called_number)
        return _Call(
            conversation_id, data, caller, episodes(data, self.chunk_turns), private_categories(data)
        )

    def _remember_facts(self, memory: MemoryStore, call: _Call, progress: Progress) -> int:
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
            ]
            if corrected and memory.retire(call.caller, corrected):
                metrics.add_metric(name="FactsCorrected", unit=MetricUnit.Count, value=len(corrected))
        messages = fact_messages(call.data, facts)
        stored = 0
        if messages:
            stored = memory.add(messages, infer=False, **self._scope(call, "factual")).stored
        self.ledger.facts(call.conversation_id, stored)
        return stored

    def _send(
        self,
        memory: MemoryStore,
        call: _Call,
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
                **self._scope(call, "episodic"),
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

    def _settle(
        self, memory: MemoryStore, call: _Call, chunks: dict[int, ChunkProgress], round: int
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

    def _learn(self, memory: MemoryStore, call: _Call) -> None:
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

    def _scope(self, call: _Call, kind: str) -> dict[str, Any]:
        assert call.caller is not None
        return {
            "expires": retention_end(call.data.call_date, self.retention_days),
            "user_id": call.caller,
            "agent_id": call.data.agent_id,
            "metadata": {
                "conversation_id": call.conversation_id,
                "call_date": call.data.call_date,
                "type": kind,
                # Which categories the whole call falls in: a search keeps every memory of a health call
                # with its agent, whatever words the memory itself has (``categories``).
                **({"categories": call.categories} if call.categories else {}),
            },
            "timestamp": call.data.metadata.start_time_unix_secs,
        }


def collected_facts(data: TranscriptionData) -> dict[str, str]:
    """Non-null ``data_collection_results``, by id, as text; a value redaction replaced is left out."""
    facts: dict[str, str] = {}
    for key, result in data.analysis.data_collection_results.items():
        value = result.value
        if value is None or value == "":
            continue
        text = value if isinstance(value, str) else json.dumps(value)
        if not REDACTION.fullmatch(text.strip()):
            facts[key] = text
    return facts


def _notice_payload_settings(data: TranscriptionData) -> None:
    """ElevenLabs settings that change the payload (DESIGN §2.3), said in the logs and counted."""
    if not data.transcript:
        # exclude_transcript, or a transcript_format other than the default, leaves no turns.
        other_format = "otlp_traces" in (data.model_extra or {})
        logger.warning(
            "Transcription without turns: no episodic memory from this call",
            extra={"reason": "transcript_format" if other_format else "exclude_transcript or empty call"},
        )
        metrics.add_metric(name="TranscriptWithoutTurns", unit=MetricUnit.Count, value=1)
    texts = [turn.message or "" for turn in data.transcript] + [data.analysis.transcript_summary or ""]
    if any(REDACTION.search(text) for text in texts):
        logger.info("Transcription carries PII redaction tokens; they are never taken for facts")
        metrics.add_metric(name="TranscriptRedacted", unit=MetricUnit.Count, value=1)


def retention_end(call_date: str, days: int) -> str | None:
    """The last day a call's memories are kept (``MEMORY_RETENTION_DAYS`` after the call), or None."""
    if days <= 0:
        return None
    try:
        return (date.fromisoformat(call_date) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


def call_facts(conversation_id: str, data: TranscriptionData, categories: str) -> CallFacts:
    """What this call brings to the caller's brief (ElevenLabs' analysis), with the private categories
    it falls in."""
    facts = collected_facts(data)
    summary = (data.analysis.transcript_summary or "").strip()
    return CallFacts(
        conversation_id=conversation_id,
        date=data.call_date,
        agent=data.agent_id or "",
        title=(data.analysis.call_summary_title or "").strip(),
        summary="" if REDACTION.fullmatch(summary) else summary,
        language=data.metadata.main_language or "",
        name=caller_name(facts) or "",
        facts=facts,
        started=data.metadata.start_time_unix_secs or 0,
        categories=categories,
    )


def private_categories(data: TranscriptionData) -> str:
    """The categories (``categories.call_categories``) the whole call falls in, from everything it said."""
    facts = collected_facts(data)
    return call_categories(
        data.analysis.call_summary_title or "",
        data.analysis.transcript_summary or "",
        *(turn.message or "" for turn in data.transcript),
        *facts,
        *facts.values(),
    )


def caller_name(facts: dict[str, str]) -> str | None:
    return next((facts[field].strip() for field in NAME_FIELDS if facts.get(field, "").strip()), None)


def fact_messages(data: TranscriptionData, facts: dict[str, str]) -> list[Message]:
    """ElevenLabs' analysis as standalone sentences, one memory each (exact text dedups in Mem0)."""
    messages = [{"role": "user", "content": fact_text(key, value)} for key, value in facts.items()]
    summary = (data.analysis.transcript_summary or "").strip()
    if summary:
        messages.append({"role": "user", "content": f"{CALL_SUMMARY_PREFIX}{data.call_date}: {summary}"})
    return messages


def fact_text(key: str, value: str) -> str:
    """A data-collection fact as its memory's text: "First name: Maria"."""
    return f"{fact_label(key)}: {value}"


def episodes(data: TranscriptionData, chunk_turns: int = 20) -> list[list[Message]]:
    """The spoken turns, in chunks of at most ``chunk_turns``, without the agent's opening line: that is
    the first message, our own words (``DefaultFirstMessage``, or the greeting built from this caller's
    memory), never the caller's. Kept, it would make every caller's memory name the business ("SafeDrive
    Insurance" answering "home insurance?") and count a greeting's recalled topic as said again."""
    turns = [
        {"role": _ROLES.get(turn.role, "user"), "content": turn.message.strip()}
        for turn in data.transcript
        if turn.message and turn.message.strip()
    ]
    if turns and turns[0]["role"] == "assistant":
        turns = turns[1:]
    return [turns[start : start + chunk_turns] for start in range(0, len(turns), chunk_turns)]


def _index_entry(call: _Call) -> dict[str, Any]:
    return {
        "caller_id": call.caller,
        "conversation_id": call.conversation_id,
        "agent_id": call.data.agent_id,
        "call_date": call.data.call_date,
    }
