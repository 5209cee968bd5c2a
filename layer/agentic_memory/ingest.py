"""Post-call ingestion (DESIGN §3): from an archived transcription to memories and a profile.

Runs after PostCall has answered ElevenLabs, triggered by the archive's ``ObjectCreated`` event.
Factual memories are ElevenLabs' own analysis, stored verbatim (``infer=False``); episodic ones are
the transcript in bounded chunks for Mem0 to extract from (``infer=True``), sent concurrently.
The whole run is idempotent per conversation (Powertools idempotency on DynamoDB) and the profile
update counts a conversation at most once (a conditional write), so redeliveries, duplicate S3
events and replays change nothing. Any failure raises: Lambda retries, then the DLQ keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory.archive import Archive, caller_index_key, transcription_key
from agentic_memory.greeting import fact_label, next_greeting
from agentic_memory.memory import MemoryStore, Message
from agentic_memory.models import TranscriptionData, WebhookEnvelope
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import CallRecord, ProfileStore
from agentic_memory.runtime.observability import metrics

logger = Logger(child=True)

# ElevenLabs data-collection ids that hold the caller's name, most specific first.
NAME_FIELDS = ("first_name", "caller_name", "customer_name", "patient_name", "name", "full_name")
_ROLES = {"agent": "assistant", "user": "user"}
# Adds in flight at once: a 30-minute call (18 chunks + the facts) goes out in one round trip, not
# one per chunk; a rate limit is waited out per request (Retry-After) by the platform backend.
MAX_PARALLEL_ADDS = 20
# Long enough to absorb ElevenLabs' redeliveries, S3's duplicate events and a same-week replay.
IDEMPOTENCY_EXPIRY_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class Ingestor:
    archive: Archive
    profiles: ProfileStore
    memory: Callable[[], MemoryStore]
    chunk_turns: int
    default_region: str
    # AUDIO_SOURCE=api: stores the recording of a conversation (see audio_fetch); None otherwise.
    audio: Callable[[str], object] | None = None

    def ingest(self, conversation_id: str) -> dict[str, Any]:
        """Turn one archived conversation into memories and profile updates; a summary of what happened."""
        envelope = WebhookEnvelope.model_validate_json(self.archive.get(transcription_key(conversation_id)))
        data = TranscriptionData.model_validate(envelope.data)
        if self.audio is not None:  # first: a retry after a Mem0 failure finds it archived and skips it
            self.audio(conversation_id)
        caller = to_e164(data.caller_number, self.default_region)
        if caller is None:
            logger.info("No caller number (web call or withheld): archived only, no memory")
            return {"conversation_id": conversation_id, "status": "archived_only"}
        self.archive.put_json(caller_index_key(caller, conversation_id), _index_entry(caller, data))

        metadata = {"conversation_id": conversation_id, "call_date": data.call_date}
        facts = collected_facts(data)
        name = caller_name(facts)
        stored = self._remember(
            caller,
            conversation_id=conversation_id,
            agent_id=data.agent_id,
            metadata=metadata,
            facts=fact_messages(data, facts),
            chunks=episodes(data, self.chunk_turns),
        )
        profile = self.profiles.record_call(
            CallRecord(
                caller_id=caller,
                conversation_id=conversation_id,
                call_date=data.call_date,
                agent_id=data.agent_id,
                caller_name=name,
                summary=(data.analysis.transcript_summary or "").strip() or None,
                title=data.analysis.call_summary_title,
                language=data.metadata.main_language,
                facts=facts,
                memories_added=stored,
                next_greeting=next_greeting(name),
            )
        )
        metrics.add_metric(name="MemoriesStored", unit=MetricUnit.Count, value=stored)
        # Keys go on the line, not on the logger: the layer's child logger holds no state of its own.
        logger.info(
            "Ingested conversation",
            extra={"caller": mask(caller), "memories_stored": stored, "counted": profile is not None},
        )
        return {
            "conversation_id": conversation_id,
            "status": "ingested",
            "memories_stored": stored,
            "counted": profile is not None,
        }

    def _remember(
        self,
        caller: str,
        *,
        conversation_id: str,
        agent_id: str | None,
        metadata: dict[str, str],
        facts: list[Message],
        chunks: list[list[Message]],
    ) -> int:
        """All adds for one call, concurrently; returns how many factual memories Mem0 stored."""
        memory = self.memory()

        def add(messages: list[Message], kind: str, infer: bool) -> int:
            return memory.add(
                messages,
                user_id=caller,
                run_id=conversation_id,
                agent_id=agent_id,
                metadata={**metadata, "type": kind},
                infer=infer,
            )

        with ThreadPoolExecutor(max_workers=MAX_PARALLEL_ADDS) as pool:
            factual = pool.submit(add, facts, "factual", False) if facts else None
            episodic = [pool.submit(add, chunk, "episodic", True) for chunk in chunks]
            for future in episodic:
                future.result()  # re-raises a Mem0 error: the run fails and is retried
            return factual.result() if factual else 0


def collected_facts(data: TranscriptionData) -> dict[str, str]:
    """Non-null ``data_collection_results``, by id, as text."""
    facts: dict[str, str] = {}
    for key, result in data.analysis.data_collection_results.items():
        value = result.value
        if value is None or value == "":
            continue
        facts[key] = value if isinstance(value, str) else json.dumps(value)
    return facts


def caller_name(facts: dict[str, str]) -> str | None:
    return next((facts[field].strip() for field in NAME_FIELDS if facts.get(field, "").strip()), None)


def fact_messages(data: TranscriptionData, facts: dict[str, str]) -> list[Message]:
    """ElevenLabs' analysis as standalone sentences, one memory each (exact text dedups in Mem0)."""
    messages = [{"role": "user", "content": f"{fact_label(key)}: {value}"} for key, value in facts.items()]
    summary = (data.analysis.transcript_summary or "").strip()
    if summary:
        messages.append({"role": "user", "content": f"Call on {data.call_date}: {summary}"})
    return messages


def episodes(data: TranscriptionData, chunk_turns: int = 20) -> list[list[Message]]:
    """The spoken turns, in chunks of at most ``chunk_turns``."""
    turns = [
        {"role": _ROLES.get(turn.role, "user"), "content": turn.message.strip()}
        for turn in data.transcript
        if turn.message and turn.message.strip()
    ]
    return [turns[start : start + chunk_turns] for start in range(0, len(turns), chunk_turns)]


def _index_entry(caller: str, data: TranscriptionData) -> dict[str, Any]:
    return {
        "caller_id": caller,
        "conversation_id": data.conversation_id,
        "agent_id": data.agent_id,
        "call_date": data.call_date,
    }


@lru_cache(maxsize=2)
def _persistence(table: str) -> DynamoDBPersistenceLayer:
    return DynamoDBPersistenceLayer(table_name=table)


def ingest_once(
    ingestor: Ingestor,
    conversation_id: str,
    idempotency_table: str,
    lambda_context: LambdaContext | None = None,
) -> dict[str, Any]:
    """``ingestor.ingest`` at most once per conversation; a repeat returns the first run's summary.

    A concurrent duplicate raises ``IdempotencyAlreadyInProgressError`` so that Lambda retries it
    later; a failed run leaves no record behind, so its retry starts afresh.
    """

    def ingest_conversation(conversation_id: str) -> dict[str, Any]:
        return ingestor.ingest(conversation_id)

    config = IdempotencyConfig(expires_after_seconds=IDEMPOTENCY_EXPIRY_SECONDS)
    if lambda_context is not None:
        # Lets an in-progress record expire with the invocation, so a timed-out run can be retried.
        config.register_lambda_context(lambda_context)
    guarded = idempotent_function(
        data_keyword_argument="conversation_id",
        persistence_store=_persistence(idempotency_table),
        config=config,
    )(ingest_conversation)
    result: dict[str, Any] = guarded(conversation_id=conversation_id)
    return result
