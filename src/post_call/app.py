"""PostCall: ElevenLabs post-call webhooks (HTTP) and archive notifications (S3 → ingestion).

HTTP: verify the signature, archive, answer 200 at once. S3: the transcription just archived is
ingested into memory; errors propagate so Lambda retries and the DLQ catches the rest.
"""

from __future__ import annotations

import gc

gc.disable()  # until startup.complete() at the end of this init: agentic_memory.startup says why

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.data_classes import S3Event
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory import clients, signature, snapstart, startup, webhook
from agentic_memory.archive import conversation_id_from_key
from agentic_memory.audio_fetch import fetch_audio
from agentic_memory.config import Settings, get_secret, get_settings
from agentic_memory.errors import AgenticMemoryError
from agentic_memory.http_api import error_response, header, raw_body, rejected, response
from agentic_memory.ingest import Ingestor, ingest_once
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS, open_memory
from agentic_memory.observability import metrics, traced

logger = Logger()
snapstart.prepare()
startup.complete()


@logger.inject_lambda_context(clear_state=True)
@traced
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if "Records" in event:
        return ingest_archived(S3Event(event), context)
    return receive_webhook(event)


def receive_webhook(event: dict[str, Any]) -> dict[str, Any]:
    try:
        receipt = webhook.receive(
            raw_body(event),
            header(event, signature.HEADER),
            get_secret("ELEVENLABS_HMAC_KEY"),
            clients.archive(),
        )
    except AgenticMemoryError as error:
        return rejected(error, what="Webhook", metric="WebhookRejected")
    except Exception:
        # S3 or another dependency failed: nothing half-done blocks a retry, so ask ElevenLabs for one.
        logger.exception("Webhook could not be archived")
        metrics.add_metric(name="WebhookArchiveFailed", unit=MetricUnit.Count, value=1)
        return error_response(500, "the webhook could not be stored; please retry")
    metrics.add_metric(name="WebhookArchived", unit=MetricUnit.Count, value=1)
    return response(200, receipt.body())


def ingest_archived(event: S3Event, context: LambdaContext) -> dict[str, Any]:
    settings = get_settings()
    ingestor = Ingestor(
        archive=clients.archive(),
        profiles=clients.profiles(),
        memory=lambda: open_memory(settings, INGEST_TIMEOUT_SECONDS),
        chunk_turns=settings.ingest_chunk_turns,
        default_region=settings.default_region,
        audio=_audio_fetcher(settings) if settings.audio_source == "api" else None,
    )
    results = []
    for record in event.records:
        conversation_id = conversation_id_from_key(record.s3.get_object.key)
        if conversation_id is None:
            logger.warning("Not a transcription key; ignored", extra={"key": record.s3.get_object.key})
            continue
        logger.set_correlation_id(conversation_id)
        try:
            results.append(ingest_once(ingestor, conversation_id, settings.idempotency_table_name, context))
        except Exception:
            metrics.add_metric(name="IngestFailed", unit=MetricUnit.Count, value=1)
            logger.exception("Ingestion failed; Lambda will retry, then the dead-letter queue keeps it")
            raise
        metrics.add_metric(name="IngestSucceeded", unit=MetricUnit.Count, value=1)
    return {"ingested": results}


def _audio_fetcher(settings: Settings) -> Callable[[str], object]:
    api_key = get_secret("ELEVENLABS_API_KEY")

    def fetch(conversation_id: str) -> object:
        return fetch_audio(
            conversation_id,
            s3=clients.s3_client(),
            bucket=settings.archive_bucket,
            api_key=api_key,
            base_url=settings.elevenlabs_api_url,
        )

    return fetch
