"""HTTP API (payload v2.0) plumbing shared by the three functions: one request path, one answer shape.

``answer`` is the parse/validate/reject path of every endpoint: the request is read from the event,
handed to the endpoint, and its result answered 200; a domain error becomes its status with a
message and is logged (the reason, never the request) and counted; anything else is a 500 that
reveals nothing internal.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.errors import AgenticMemoryError, BadRequestError
from agentic_memory.runtime.observability import describe, metrics

logger = Logger(child=True)
# What a 5xx answer says: its cause (a secret's ARN, the role that may not read it) is for the log.
UNAVAILABLE = "the service is temporarily unavailable"


@dataclass(frozen=True)
class Request:
    """What an endpoint needs of an HTTP API event: the headers and the exact body bytes.

    The body is decoded when first asked for, so that an endpoint checks its credentials first.
    """

    event: dict[str, Any]

    @cached_property
    def body(self) -> bytes:
        return raw_body(self.event)

    def body_or_none(self) -> bytes | None:
        """The body, or None when API Gateway's base64 of it does not decode (for an endpoint that
        answers whatever it is sent)."""
        try:
            return self.body
        except BadRequestError:
            return None

    @property
    def path(self) -> str:
        """The request's path (``/retrieve``, ``/forget-me``), as API Gateway's HTTP API gives it."""
        return str(self.event.get("rawPath") or "")

    def header(self, name: str) -> str | None:
        """A request header, case-insensitively (HTTP API lowercases them, sam local may not)."""
        wanted = name.lower()
        for key, value in (self.event.get("headers") or {}).items():
            if str(key).lower() == wanted:
                return str(value)
        return None


@dataclass(frozen=True)
class Endpoint:
    """How one endpoint's outcomes are named in logs and metrics."""

    what: str  # "Search request": the subject of the log lines
    rejected_metric: str = "RequestRejected"  # + the status, e.g. RequestRejected401
    failed_metric: str = "RequestFailed"
    failed_message: str = "internal error"


def answer(
    event: dict[str, Any], handle: Callable[[Request], dict[str, Any]], endpoint: Endpoint
) -> dict[str, Any]:
    """The HTTP answer to ``event``: ``handle``'s result with 200, or the error it raised."""
    try:
        return response(200, handle(Request(event)))
    except AgenticMemoryError as error:
        # A 4xx tells the client what to fix; a 5xx says only that it is not its fault: its cause
        # (a secret's ARN, the role that may not read it) is for the operator's log.
        logger.warning(f"{endpoint.what} rejected", extra={"status": error.status, "reason": describe(error)})
        metrics.add_metric(name=f"{endpoint.rejected_metric}{error.status}", unit=MetricUnit.Count, value=1)
        return error_response(error.status, str(error) if error.status < 500 else UNAVAILABLE)
    except Exception as error:
        logger.error(f"{endpoint.what} failed", extra={"error": describe(error)})
        logger.debug("Traceback", exc_info=True)
        metrics.add_metric(name=endpoint.failed_metric, unit=MetricUnit.Count, value=1)
        return error_response(500, endpoint.failed_message)


def raw_body(event: dict[str, Any]) -> bytes:
    """The request body exactly as the client sent it (signatures are over these bytes)."""
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise BadRequestError("the request body is not valid base64") from None
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def response(status: int, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        # A final newline: JSON parsers ignore it, and a terminal (curl) shows each answer on its own line.
        "body": json.dumps(body, separators=(",", ":")) + "\n",
    }


def error_response(status: int, message: str) -> dict[str, Any]:
    return response(status, {"error": message})
