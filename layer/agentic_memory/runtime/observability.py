"""Powertools logging, metrics and tracing as every function uses them."""

import os
from collections.abc import Callable
from typing import Any, TypeVar, cast

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.logging import correlation_paths

Handler = TypeVar("Handler", bound=Callable[..., Any])

# The correlation id of every log line of a request: API Gateway's request id; for PostCall's S3 and
# SQS events the object key or message id, until ingestion sets the conversation id (as the webhook
# does once it has read the body).
HTTP_CORRELATION_ID = correlation_paths.API_GATEWAY_HTTP
POST_CALL_CORRELATION_ID = (
    f"{correlation_paths.API_GATEWAY_HTTP} || Records[0].s3.object.key || Records[0].messageId"
)

# EMF namespace of every metric; POWERTOOLS_METRICS_NAMESPACE may not be set in local runs.
METRICS_NAMESPACE = "ElevenLabsAgenticMemory"

# Powertools' Metrics instances share one metric set, flushed by the handler's @log_metrics: the
# layer adds to it here without knowing which function it runs in.
metrics = Metrics(namespace=METRICS_NAMESPACE)


def traced(handler: Handler) -> Handler:
    """The handler under Powertools Tracer when X-Ray tracing is on, else the handler itself.

    Creating a Tracer imports the X-Ray SDK (about 0.1 s of every cold start, measured) even when
    tracing is disabled, so with ``POWERTOOLS_TRACE_DISABLED`` set (TracingMode=PassThrough) no
    Tracer is created at all.
    """
    if os.environ.get("POWERTOOLS_TRACE_DISABLED", "").strip().lower() in ("1", "true"):
        return handler
    from aws_lambda_powertools import Tracer  # noqa: PLC0415 - only when tracing is on

    return cast(Handler, Tracer().capture_lambda_handler(handler))
