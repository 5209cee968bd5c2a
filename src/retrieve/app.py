"""Placeholder until its contract (DESIGN §2) is implemented: answers 501 Not Implemented."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory.http_api import error_response


def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return error_response(501, "not implemented yet")
