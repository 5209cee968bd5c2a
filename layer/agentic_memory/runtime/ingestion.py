"""PostCall's background paths: the archive's S3 notification, and the extraction queue's checks.

An archived transcription is ingested (``Ingestor.ingest``). When Mem0 is still extracting, a
message on the extraction queue, delayed by ``EXTRACTION_CHECK_SECONDS``, brings the conversation
back to PostCall to ``confirm`` it, until every extraction is confirmed: no invocation waits
minutes for Mem0. A failure raises: Lambda retries the S3 event, SQS redelivers the message, and
both end in the dead-letter queue.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.data_classes import S3Event, SQSEvent
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory.archive import conversation_id_from_key
from agentic_memory.audio_fetch import fetch_audio
from agentic_memory.ingest import Ingestor, Outcome
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.runtime import aws, compose
from agentic_memory.runtime.observability import metrics
from agentic_memory.runtime.secrets import get_secret
from agentic_memory.settings import Settings, get_settings

logger = Logger(child=True)
CONFIRM = "confirm"


def handle(event: dict[str, Any], context: LambdaContext | None) -> dict[str, Any]:
    """PostCall's event from S3 or from SQS (an event source sends records of one kind)."""
    if event["Records"] and event["Records"][0].get("eventSource") == "aws:sqs":
        return confirm_queued(SQSEvent(event), context)
    return ingest_archived(S3Event(event), context)


def ingest_archived(event: S3Event, context: LambdaContext | None) -> dict[str, Any]:
    """Ingest every transcription the notification names; other keys are logged and skipped."""
    ingestor = build_ingestor(get_settings(), context)
    results = []
    for record in event.records:
        conversation_id = conversation_id_from_key(record.s3.get_object.key)
        if conversation_id is None:
            logger.warning("Not a transcription key; ignored", extra={"key": record.s3.get_object.key})
            continue
        results.append(_step(ingestor.ingest, conversation_id).as_dict())
    return {"ingested": results}


def confirm_queued(event: SQSEvent, context: LambdaContext | None) -> dict[str, Any]:
    """Check the extractions of each conversation the extraction queue brought back."""
    ingestor = build_ingestor(get_settings(), context)
    results = []
    for record in event.records:
        message = json.loads(record.body)
        if not isinstance(message, dict) or message.get("step") != CONFIRM:
            logger.warning("Not an extraction check; ignored", extra={"message_id": record.message_id})
            continue
        results.append(_step(ingestor.confirm, str(message["conversation_id"])).as_dict())
    return {"confirmed": results}


def _step(run: Callable[[str], Outcome], conversation_id: str) -> Outcome:
    logger.set_correlation_id(conversation_id)
    try:
        outcome = run(conversation_id)
    except Exception:
        metrics.add_metric(name="IngestFailed", unit=MetricUnit.Count, value=1)
        logger.exception("Ingestion failed; it is retried, then the dead-letter queue keeps it")
        raise
    if outcome.status == "extracting":
        queue_check(conversation_id)
    else:
        metrics.add_metric(name="IngestSucceeded", unit=MetricUnit.Count, value=1)
    return outcome


def queue_check(conversation_id: str) -> None:
    """Bring the conversation back to PostCall once Mem0 has had time to extract."""
    settings = get_settings()
    aws.sqs_client().send_message(
        QueueUrl=settings.required("extraction_queue_url"),
        MessageBody=json.dumps({"step": CONFIRM, "conversation_id": conversation_id}),
        DelaySeconds=settings.extraction_check_seconds,
    )
    logger.info("Extraction check queued", extra={"delay_seconds": settings.extraction_check_seconds})


def build_ingestor(settings: Settings, context: LambdaContext | None = None) -> Ingestor:
    """Ingestion's parts: the archive, the profiles, the ledger, Mem0, and the recording when
    ``AUDIO_SOURCE=api``. A conversation's lease lasts as long as this invocation can."""
    remaining = context.get_remaining_time_in_millis() / 1000 if context is not None else 120.0
    return Ingestor(
        archive=compose.archive(),
        profiles=compose.profiles(),
        ledger=compose.ledger(),
        memory=lambda: compose.memory(INGEST_TIMEOUT_SECONDS),
        chunk_turns=settings.ingest_chunk_turns,
        default_region=settings.default_region,
        audio=_audio_fetcher(settings) if settings.audio_source == "api" else None,
        lease_seconds=remaining + 5,
    )


def _audio_fetcher(settings: Settings) -> Callable[[str], object]:
    api_key = get_secret("ELEVENLABS_API_KEY", settings)

    def fetch(conversation_id: str) -> object:
        return fetch_audio(
            conversation_id,
            s3=aws.s3_client(),
            bucket=settings.required("archive_bucket"),
            api_key=api_key,
            base_url=settings.elevenlabs_api_url,
        )

    return fetch
