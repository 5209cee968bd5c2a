"""ClientData: ElevenLabs' conversation-initiation webhook (pre-call, DESIGN §2.1).

One GetItem on the caller's profile, then a pure function of it: no Mem0 on this path. A profile
store failure still answers 200 with the new-caller variables, because a call without memory is
better than a call ElevenLabs refuses.
"""

from __future__ import annotations

import gc

gc.disable()  # until startup.complete() at the end of this init: agentic_memory.startup says why

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from agentic_memory import audit, auth, clients, snapstart, startup
from agentic_memory.config import get_settings
from agentic_memory.errors import AgenticMemoryError
from agentic_memory.greeting import initiation_response
from agentic_memory.http_api import header, raw_body, rejected, response
from agentic_memory.initiation import parse_initiation
from agentic_memory.observability import metrics, traced
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import CallerProfile

logger = Logger()
snapstart.prepare()
startup.complete()


@logger.inject_lambda_context(clear_state=True)
@traced
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    try:
        auth.check_workspace_key(header(event, auth.HEADER))
        request = parse_initiation(raw_body(event))
    except AgenticMemoryError as error:
        return rejected(error, what="Initiation request")
    settings = get_settings()
    caller = to_e164(request.caller_id, settings.default_region)
    logger.append_keys(caller=mask(caller), agent_id=request.agent_id)
    profile = _profile(caller)
    metrics.add_metric(name="ReturningCaller" if profile else "NewCaller", unit=MetricUnit.Count, value=1)
    answer = initiation_response(caller, profile, settings)
    if settings.audit_records:
        audit.record(request.as_dict(), answer, caller, request.call_sid)
    return response(200, answer)


def _profile(caller: str | None) -> CallerProfile | None:
    if caller is None:
        return None
    try:
        return clients.call_path_profiles().get(caller)
    except Exception:
        logger.exception("Profile lookup failed; answering as for a new caller")
        metrics.add_metric(name="ProfileLookupFailed", unit=MetricUnit.Count, value=1)
        return None
