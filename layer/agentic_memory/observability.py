"""Powertools metrics and tracing as every function uses them."""

import os
from collections.abc import Callable
from typing import Any, TypeVar, cast

from aws_lambda_powertools import Metrics

Handler = TypeVar("Handler", bound=Callable[..., Any])

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
