"""Retrieve: the agent's ``search_memory`` server tool (mid-call, DESIGN §2.2), and beside it the
optional ``forget_me`` and ``verify_caller`` (``caller_tools``). Bad auth is 401 and unusable input 400,
each with a message the agent can speak; everything else, a Mem0 outage included, is a 200."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory.mem0_platform import platform_client_classes
from agentic_memory.runtime import compose, http, snapstart
from agentic_memory.runtime.auth import HEADER, check_workspace_key
from agentic_memory.runtime.observability import HTTP_CORRELATION_ID, metrics, traced
from agentic_memory.search import parse_search_request, search_memories
from agentic_memory.settings import get_settings
from agentic_memory.verification import search_gate

logger = Logger()
ENDPOINT = http.Endpoint("Search request")
TOOL_PATHS = ("/forget-me", "/verify-caller")  # the optional forget_me and verify_caller tools
# With SnapStart, the Mem0 client's imports (~0.3 s) are in the snapshot rather than in each cold start.
snapstart.prepare(preload=platform_client_classes)


@logger.inject_lambda_context(correlation_id_path=HTTP_CORRELATION_ID, clear_state=True)
@traced
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return http.answer(event, answer, ENDPOINT)


def answer(request: http.Request) -> dict[str, Any]:
    check_workspace_key(request.header(HEADER))
    settings = get_settings()
    if request.path.endswith(TOOL_PATHS):
        # Imported here: erasure's stores cost ~45 ms of imports every search's cold start would pay.
        from agentic_memory import caller_tools  # noqa: PLC0415

        return caller_tools.answer(request.path, request.body_or_none(), settings)
    search = parse_search_request(request.body)
    verified = search_gate(settings, search.conversation_id, compose.verification)  # CALLER_VERIFICATION
    found = search_memories(search, compose.search_memory, settings, compose.workspace_numbers, verified)
    metrics.add_metric(name="MemoriesReturned", unit=MetricUnit.Count, value=len(found["memories"]))
    return found
