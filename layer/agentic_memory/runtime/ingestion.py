"""PostCall's background paths: the ingestion queue's messages, one at a time, and the
reconciliation schedule (``reconcile``).

The queue carries S3's notification of each archived transcription, which is ingested
(``Ingestor.ingest``); while Mem0 is still extracting, a check of the conversation, queued with a
delay of ``EXTRACTION_CHECK_SECONDS``, that ``confirm``s it, so that no invocation waits minutes for
Mem0; a check of its recording (``recording``); and the erasure of a caller who asked the
``forget_me`` tool not to be remembered (``erasure``). The messages are ``runtime.queue``'s. A
failure raises: SQS delivers the message again, and after three receives the dead-letter queue keeps
it. Only a failure does: a conversation another invocation holds (its lease) is sent back to the queue
for when the lease ends, and answers "busy", whatever the queue's visibility timeout. (A direct
invocation with an S3 event, as ``agentic-memory replay`` makes, takes the same path.)
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.data_classes import S3Event, SQSEvent
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory.archive import conversation_id_from_key
from agentic_memory.audio_fetch import fetch_audio
from agentic_memory.erasure import Eraser, Tombstones
from agentic_memory.ingest import Ingestor
from agentic_memory.ledger import IngestionBusyError, Ledger
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.phone import mask
from agentic_memory.reconcile import ConversationsApi, Reconciler
from agentic_memory.recording import RecordingStep
from agentic_memory.runtime import aws, compose, queue
from agentic_memory.runtime.observability import describe, metrics
from agentic_memory.runtime.secrets import optional_secret
from agentic_memory.settings import MAX_EXTRACTION_CHECK_SECONDS, Settings, get_settings
from agentic_memory.settlement import Outcome

logger = Logger(child=True)


class IngestionFailedError(Exception):
    """An ingestion step failed (the message says which conversation and what kind of error): SQS
    delivers the message again, and the dead-letter queue keeps it after three receives."""

    safe_to_log = True


def handle(event: dict[str, Any], context: LambdaContext | None) -> dict[str, Any]:
    """PostCall's event from the ingestion queue, the reconciliation schedule, or an S3 event
    invoked directly (a replay)."""
    if event.get("detail-type") == "Scheduled Event":
        return reconcile_recent()
    if event["Records"] and event["Records"][0].get("eventSource") == "aws:sqs":
        return handle_queued(SQSEvent(event), context)
    return ingest_archived(S3Event(event), context)


def handle_queued(event: SQSEvent, context: LambdaContext | None) -> dict[str, Any]:
    """Each message (``runtime.queue``): ingest, confirm, check a recording, or erase a caller."""
    answers: dict[str, list[dict[str, Any]]] = {}
    for record in event.records:
        match queue.parse(record.body):
            case queue.Notification(event=notification):
                ingested = ingest_archived(S3Event(notification), context)["ingested"]
                answers.setdefault("ingested", []).extend(ingested)
            case queue.Ingest() as message:
                answers.setdefault("ingested", []).append(ingest(message, context))
            case queue.Confirm() as message:
                answers.setdefault("confirmed", []).extend(confirm(message, context))
            case queue.Erase(caller=caller):
                answers.setdefault("erased", []).append(erase_caller(caller))
            case queue.RecordingCheck(conversation_id=conversation_id, attempt=attempt):
                answers.setdefault("recordings", []).append(check_recording(conversation_id, attempt))
            case queue.Unknown(body=body) if '"s3:TestEvent"' in body:
                # S3 sends one when the notification is configured: expected, so not worth an INFO line.
                logger.debug("S3's test event; ignored", extra={"message_id": record.message_id})
            case queue.Unknown():
                logger.info("Not an ingestion message; ignored", extra={"message_id": record.message_id})
    return answers


def ingest_archived(event: S3Event, context: LambdaContext | None) -> dict[str, Any]:
    """Ingest every transcription the notification names; other keys are logged and skipped."""
    settings = get_settings()
    recording_delay = 0 if settings.audio_source == "api" else settings.audio_wait_seconds
    results = []
    for record in event.records:
        conversation_id = conversation_id_from_key(record.s3.get_object.key)
        if conversation_id is None:
            logger.warning("Not a transcription key; ignored", extra={"key": record.s3.get_object.key})
            continue
        results.append(ingest(queue.Ingest(conversation_id), context))
        # The recording is a step of its own, never in memory's way (agentic_memory.recording); a
        # duplicate notification checks again, which archives nothing twice.
        queue.recording_check(conversation_id, 0, recording_delay)
    return {"ingested": results}


def ingest(message: queue.Ingest, context: LambdaContext | None) -> dict[str, Any]:
    ingestor = build_ingestor(get_settings(), context)
    return _step(ingestor.ingest, message).as_dict()


def erase_caller(caller: str) -> dict[str, Any]:
    """Everything held about the caller, as ``agentic-memory forget --do-not-remember`` erases it."""
    settings = get_settings()
    eraser = Eraser(
        archive=compose.archive(),
        profiles=compose.profiles(),
        tombstones=compose.tombstones(),
        memory=compose.memory(INGEST_TIMEOUT_SECONDS),
        ledger=Ledger(aws.dynamodb_client(), settings.required("ingestion_ledger_table")),
    )
    try:
        report = eraser.erase(eraser.plan(caller), opt_out=True)
    except Exception as error:
        logger.error(
            "Erasure failed; it is retried", extra={"caller": mask(caller), "error": describe(error)}
        )
        raise IngestionFailedError(f"erasure of {mask(caller)}: {describe(error)}") from None
    metrics.add_metric(name="CallerErased", unit=MetricUnit.Count, value=1)
    logger.info("Caller erased", extra={"caller": mask(caller), "conversations": report.archived.keys})
    return {"caller": mask(caller), "status": "erased"}


def reconcile_recent() -> dict[str, Any]:
    """Archive the configured agents' recent conversations whose webhook never came (``reconcile``)."""
    settings = get_settings()
    api_key = optional_secret("ELEVENLABS_API_KEY", settings)
    if api_key is None or not settings.reconcile_agent_ids:
        logger.warning("Reconciliation needs ELEVENLABS_API_KEY and RECONCILE_AGENT_IDS; nothing done")
        return {"reconciled": []}
    since = int(time.time() - settings.reconcile_lookback_hours * 3600)
    api = ConversationsApi(settings.elevenlabs_api_url, api_key)
    counts = Reconciler(api, compose.archive()).run(list(settings.reconcile_agent_ids), since)
    return {"reconciled": counts.reconciled, "listed": counts.listed}


def check_recording(conversation_id: str, attempt: int) -> dict[str, Any]:
    """Make sure the conversation's recording is archived; check again later while it is not ready."""
    logger.set_correlation_id(conversation_id)
    settings = get_settings()
    step = RecordingStep(
        archive=compose.archive(),
        fetch=_audio_fetcher(settings),
        erased=compose.tombstones().conversation_erased,
    )
    outcome = step.check(conversation_id, attempt)
    if outcome == "not_ready":  # after AUDIO_WAIT_SECONDS, then twice as long each time
        delay = min(settings.audio_wait_seconds * 2**attempt, MAX_EXTRACTION_CHECK_SECONDS)
        queue.recording_check(conversation_id, attempt + 1, delay)
    return {"conversation_id": conversation_id, "recording": outcome}


def confirm(message: queue.Confirm, context: LambdaContext | None) -> list[dict[str, Any]]:
    """Check the extractions of a conversation the queue brought back."""
    ingestor = build_ingestor(get_settings(), context)
    return [_step(lambda c: ingestor.confirm(c, message.round), message).as_dict()]


def _step(run: Callable[[str], Outcome], message: queue.Ingest | queue.Confirm) -> Outcome:
    conversation_id = message.conversation_id
    logger.set_correlation_id(conversation_id)
    try:
        outcome = run(conversation_id)
    except IngestionBusyError as busy:
        # Not a failure: the invocation holding the lease finishes (or its lease ends, should it have
        # died), then this runs again and finds the work done or resumes it.
        delay = queue.defer(message, busy.until)
        metrics.add_metric(name="IngestDeferred", unit=MetricUnit.Count, value=1)
        logger.info(
            "Conversation held by another invocation; deferred until its lease ends",
            extra={"step": message.step, "delay_seconds": delay},
        )
        return Outcome(conversation_id, "busy", until=int(busy.until))
    except Exception as error:
        metrics.add_metric(name="IngestFailed", unit=MetricUnit.Count, value=1)
        logger.error(
            "Ingestion failed; it is retried, then the dead-letter queue keeps it",
            extra={"error": describe(error)},
        )
        # The frames only: the exception's own text (a dependency's error body) could quote the caller.
        logger.debug("Traceback", extra={"traceback": traceback.format_tb(error.__traceback__)})
        # Lambda logs what the handler raises: the dependency's own message could quote the call.
        raise IngestionFailedError(f"{conversation_id}: {describe(error)}") from None
    if outcome.status == "extracting":
        queue.extraction_check(conversation_id, outcome.rounds)
    else:
        metrics.add_metric(name="IngestSucceeded", unit=MetricUnit.Count, value=1)
    return outcome


def build_ingestor(settings: Settings, context: LambdaContext | None = None) -> Ingestor:
    """Ingestion's parts: the archive, the profiles, the ledger (PostCall's alone) and Mem0. A
    conversation's lease lasts as long as this invocation can."""
    remaining = context.get_remaining_time_in_millis() / 1000 if context is not None else 120.0
    return Ingestor(
        archive=compose.archive(),
        profiles=compose.profiles(),
        ledger=Ledger(aws.dynamodb_client(), settings.required("ingestion_ledger_table")),
        memory=lambda: compose.memory(INGEST_TIMEOUT_SECONDS),
        chunk_turns=settings.ingest_chunk_turns,
        default_region=settings.default_region,
        tombstones=Tombstones(aws.dynamodb_client(), settings.required("profile_table")),
        redact_sensitive=settings.redact_sensitive,
        retention_days=settings.memory_retention_days,
        lease_seconds=remaining + 5,
    )


def _audio_fetcher(settings: Settings) -> Callable[[str], object] | None:
    """The recording's download from ElevenLabs' API, or None when no API key is configured."""
    api_key = optional_secret("ELEVENLABS_API_KEY", settings)
    if api_key is None:
        return None

    def fetch(conversation_id: str) -> object:
        return fetch_audio(
            conversation_id,
            s3=aws.s3_client(),
            bucket=settings.required("archive_bucket"),
            api_key=api_key,
            base_url=settings.elevenlabs_api_url,
            attempts=2,  # a second at most here: the recording step checks again later by itself
        )

    return fetch
