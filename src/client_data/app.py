"""ClientData: ElevenLabs' conversation-initiation webhook (pre-call, DESIGN §2.1).

One BatchGetItem (the caller's profile and the agent's own variables), then a pure function of
them: no Mem0 on this path.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory import audit
from agentic_memory.initiation import answer_call_start, parse_initiation
from agentic_memory.runtime import compose, http, snapstart
from agentic_memory.runtime.auth import HEADER, check_workspace_key
from agentic_memory.runtime.observability import HTTP_CORRELATION_ID, metrics, traced
from agentic_memory.settings import get_settings

logger = Logger()
ENDPOINT = http.Endpoint("Initiation request")
record_audit = audit.recorder(compose.archive)
snapstart.prepare()


@logger.inject_lambda_context(correlation_id_path=HTTP_CORRELATION_ID, clear_state=True)
@traced
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return http.answer(event, answer, ENDPOINT)


def answer(request: http.Request) -> dict[str, Any]:
    check_workspace_key(request.header(HEADER))
    call = parse_initiation(request.body_or_none())
    settings = get_settings()
    audit_ = record_audit if settings.audit_records else None
    return answer_call_start(call, settings, lookup=compose.call_path_profiles().get_for_call, audit=audit_)
