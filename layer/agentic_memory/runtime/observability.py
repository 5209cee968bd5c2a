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


def describe(error: BaseException) -> str:
    """An error as logs at INFO and above may show it: its type, and the status or code a dependency
    answered. Never its message: Mem0 and AWS errors can quote what was sent (memory text, a
    transcript turn, an object key holding a caller's number)."""
    name = type(error).__name__
    if getattr(error, "safe_to_log", False):  # ours, written to name no caller and no content
        return f"{name}: {error}"
    response = getattr(error, "response", None)
    code = None
    if isinstance(response, dict):  # botocore's ClientError
        code = response.get("Error", {}).get("Code")
    elif response is not None:  # httpx's HTTPStatusError
        code = getattr(response, "status_code", None)
    code = code or getattr(error, "error_code", None)  # mem0.exceptions.MemoryError: "HTTP_500"
    return f"{name} ({code})" if code and str(code) != name else name


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
