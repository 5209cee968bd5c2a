"""PostCall: ElevenLabs post-call webhooks (HTTP), then ingestion of what they archived (S3, SQS).

HTTP: verify the signature, archive, answer 200 at once. Records: ingest what was archived, confirm
Mem0's extractions (``runtime.ingestion``); failures propagate: retried, then dead-lettered.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory import signature, webhook
from agentic_memory.runtime import compose, http, ingestion, snapstart
from agentic_memory.runtime.observability import POST_CALL_CORRELATION_ID, metrics, traced
from agentic_memory.runtime.secrets import get_secret
from agentic_memory.settings import get_settings

logger = Logger()
ENDPOINT = http.Endpoint(
    "Webhook",
    rejected_metric="WebhookRejected",
    failed_metric="WebhookArchiveFailed",
    # S3 or another dependency failed: nothing half-done blocks a retry, so ask ElevenLabs for one.
    failed_message="the webhook could not be stored; please retry",
)
snapstart.prepare()


@logger.inject_lambda_context(correlation_id_path=POST_CALL_CORRELATION_ID, clear_state=True)
@traced
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if "requestContext" not in event:  # not HTTP: the ingestion queue, or the reconciliation schedule
        return ingestion.handle(event, context)
    return http.answer(event, receive, ENDPOINT)


def receive(request: http.Request) -> dict[str, Any]:
    settings, key = get_settings(), partial(get_secret, "ELEVENLABS_HMAC_KEY")
    archive, signed_by = compose.archive(), request.header(signature.HEADER)
    receipt = webhook.receive(
        request.body, signed_by, key, archive, settings.archive_redaction_kinds,
        default_region=settings.default_region, erased=compose.conversation_erased,
    )  # fmt: skip
    metrics.add_metric(name="WebhookArchived", unit=MetricUnit.Count, value=1)
    return receipt.body()
