"""HTTP API (payload v2.0) plumbing shared by the three handlers: raw body, headers, responses."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.errors import AgenticMemoryError, BadRequestError
from agentic_memory.observability import metrics

logger = Logger(child=True)


def raw_body(event: dict[str, Any]) -> bytes:
    """The request body exactly as the client sent it (signatures are over these bytes)."""
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise BadRequestError("the request body is not valid base64") from None
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def header(event: dict[str, Any], name: str) -> str | None:
    """A request header, case-insensitively (HTTP API lowercases them, sam local may not)."""
    wanted = name.lower()
    for key, value in (event.get("headers") or {}).items():
        if key.lower() == wanted:
            return str(value)
    return None


def response(status: int, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(body, separators=(",", ":")),
    }


def error_response(status: int, message: str) -> dict[str, Any]:
    return response(status, {"error": message})


def rejected(error: AgenticMemoryError, *, what: str, metric: str = "RequestRejected") -> dict[str, Any]:
    """The answer to a request refused for ``error``: logged (the reason, never the request) and counted."""
    logger.warning(f"{what} rejected", extra={"status": error.status, "reason": str(error)})
    metrics.add_metric(name=f"{metric}{error.status}", unit=MetricUnit.Count, value=1)
    return error_response(error.status, str(error))
