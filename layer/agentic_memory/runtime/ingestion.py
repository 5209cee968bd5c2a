"""PostCall's S3 path: the archive's notification, turned into one ingestion per transcription.

Each conversation is ingested at most once (``ingest.ingest_once``); a failure raises, so Lambda
retries the event and then hands it to the dead-letter queue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.data_classes import S3Event
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory.archive import conversation_id_from_key
from agentic_memory.audio_fetch import fetch_audio
from agentic_memory.ingest import Ingestor, ingest_once
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.runtime import aws, compose
from agentic_memory.runtime.observability import metrics
from agentic_memory.runtime.secrets import get_secret
from agentic_memory.settings import Settings, get_settings

logger = Logger(child=True)


def ingest_archived(event: S3Event, context: LambdaContext | None) -> dict[str, Any]:
    """Ingest every transcription the notification names; other keys are logged and skipped."""
    ingestor = build_ingestor(get_settings())
    idempotency_table = get_settings().required("idempotency_table")
    results = []
    for record in event.records:
        conversation_id = conversation_id_from_key(record.s3.get_object.key)
        if conversation_id is None:
            logger.warning("Not a transcription key; ignored", extra={"key": record.s3.get_object.key})
            continue
        logger.set_correlation_id(conversation_id)
        try:
            results.append(ingest_once(ingestor, conversation_id, idempotency_table, context))
        except Exception:
            metrics.add_metric(name="IngestFailed", unit=MetricUnit.Count, value=1)
            logger.exception("Ingestion failed; Lambda will retry, then the dead-letter queue keeps it")
            raise
        metrics.add_metric(name="IngestSucceeded", unit=MetricUnit.Count, value=1)
    return {"ingested": results}


def build_ingestor(settings: Settings) -> Ingestor:
    """Ingestion's parts: the archive, the profiles, Mem0, and the recording when ``AUDIO_SOURCE=api``."""
    return Ingestor(
        archive=compose.archive(),
        profiles=compose.profiles(),
        memory=lambda: compose.memory(INGEST_TIMEOUT_SECONDS),
        chunk_turns=settings.ingest_chunk_turns,
        default_region=settings.default_region,
        audio=_audio_fetcher(settings) if settings.audio_source == "api" else None,
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
