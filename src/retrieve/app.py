"""Retrieve: the agent's ``search_memory`` server tool (mid-call, DESIGN §2.2).

Bad auth is 401 and unusable input 400, each with a message the agent can speak; everything else,
a Mem0 outage included, is a 200 the conversation can carry on with.
"""

from __future__ import annotations

import gc

gc.disable()  # until startup.complete() at the end of this init: agentic_memory.startup says why

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import ValidationError

from agentic_memory import auth, snapstart, startup
from agentic_memory.config import get_settings
from agentic_memory.errors import AgenticMemoryError, BadRequestError
from agentic_memory.http_api import header, raw_body, rejected, response
from agentic_memory.memory import open_memory, preload_memory_client
from agentic_memory.models import SearchRequest
from agentic_memory.observability import metrics, traced
from agentic_memory.search import search_memories

logger = Logger()
# With SnapStart, the Mem0 client's imports (~0.3 s) are in the snapshot rather than in each cold start.
snapstart.prepare(preload=preload_memory_client)
startup.complete()


@logger.inject_lambda_context(clear_state=True)
@traced
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    try:
        auth.check_workspace_key(header(event, auth.HEADER))
        request = _parse(raw_body(event))
    except AgenticMemoryError as error:
        return rejected(error, what="Search request")
    settings = get_settings()
    answer = search_memories(request, lambda: open_memory(settings, settings.mem0_timeout), settings)
    metrics.add_metric(name="MemoriesReturned", unit=MetricUnit.Count, value=len(answer["memories"]))
    return response(200, answer)


def _parse(body: bytes) -> SearchRequest:
    try:
        request = SearchRequest.model_validate_json(body)
    except ValidationError as error:
        fields = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
        if "query" in fields:
            raise BadRequestError("I need a question to search the caller's memory.") from None
        raise BadRequestError(
            "The request must be a JSON object with a query and the caller's number."
        ) from None
    if request.caller_id is None:
        raise BadRequestError("I need the caller's number (caller_id) to search their memory.")
    return request
