"""The call start (DESIGN §2.1): ElevenLabs' conversation-initiation request and our answer to it.

The request is read without pydantic: ClientData answers while the phone rings and its cold start
is mostly imports, and building the pydantic webhook models cost it ~65 ms (measured) for four
optional strings. Lenient like those models: unknown fields are ignored.

Every request with a valid key is answered 200 (DESIGN §2.1): what ElevenLabs does with another
status is undocumented, and a refused call start is the worst outcome. A body we cannot read (not
JSON, nested too deeply, no ``caller_id``, wrong types) gets the new-caller answer, with a warning
and a metric. The answer comes from the caller's profile and the agent's own variables, read
together (one ``BatchGetItem``, no Mem0); when that read fails the caller is answered as a new one.

The agent's own variables (``agent_variables``, recorded by ``setup``) are answered with their
placeholder values, ours winning on a name clash, with one exception: a new caller's
``first_message`` is the agent's own placeholder for it when it has one, the first message the agent
had before ``setup`` made it ``{{first_message}}`` (what sessions without this webhook say too).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.greeting import initiation_response
from agentic_memory.phone import caller_key, mask
from agentic_memory.profiles import CallerProfile
from agentic_memory.runtime.observability import describe, metrics
from agentic_memory.settings import Settings
from agentic_memory.verification import unverified_response

logger = Logger(child=True)

_FIELDS = ("caller_id", "agent_id", "called_number", "call_sid", "user_id")


@dataclass(frozen=True)
class InitiationRequest:
    caller_id: str | None
    agent_id: str | None = None
    called_number: str | None = None
    call_sid: str | None = None
    user_id: str | None = None
    problem: str | None = None  # why the body could not be read as documented; None when it could

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _FIELDS}


def parse_initiation(body: bytes | None) -> InitiationRequest:
    """The request's fields; never raises (see the module's docstring). None: an unreadable body."""
    if body is None:
        return InitiationRequest(caller_id=None, problem="the body is not readable")
    try:
        document = json.loads(body)
    except ValueError:
        return InitiationRequest(caller_id=None, problem="the body is not JSON")
    except RecursionError:  # nested deeper than the parser goes ("[" * 100_000): not a call start
        return InitiationRequest(caller_id=None, problem="the body is nested too deeply")
    if not isinstance(document, dict):
        return InitiationRequest(caller_id=None, problem="the body is not a JSON object")
    values = {name: document.get(name) for name in _FIELDS}
    # Numbers sometimes arrive as JSON numbers; anything else that is not text is treated as absent.
    cleaned = {
        k: str(v) if isinstance(v, str | int) and not isinstance(v, bool) else None for k, v in values.items()
    }
    odd = sorted(k for k, v in values.items() if v is not None and cleaned[k] is None)
    problem = "caller_id is missing" if "caller_id" not in document else None
    problem = problem or (f"{', '.join(odd)} not text" if odd else None)
    return InitiationRequest(**cleaned, problem=problem)


# The caller's profile and the agent's own variables, from the caller key and the agent id.
Lookup = Callable[[str | None, str | None], tuple[CallerProfile | None, dict[str, str]]]


def answer_call_start(
    request: InitiationRequest,
    settings: Settings,
    lookup: Lookup,
    audit: Callable[[dict[str, Any], dict[str, Any], str | None, str | None], None] | None = None,
) -> dict[str, Any]:
    """The ``conversation_initiation_client_data`` answer for ``request``; never raises for a lookup."""
    if request.problem is not None:
        logger.warning(
            "Initiation request not as documented; answering as for a new caller",
            extra={"problem": request.problem},
        )
        metrics.add_metric(name="InitiationRequestMalformed", unit=MetricUnit.Count, value=1)
    caller = caller_key(request.caller_id, request.user_id, settings.default_region, request.called_number)
    logger.append_keys(caller=mask(caller), agent_id=request.agent_id)
    profile, agent_variables = _read(caller, request.agent_id, lookup)
    metrics.add_metric(name="ReturningCaller" if profile else "NewCaller", unit=MetricUnit.Count, value=1)
    # CALLER_VERIFICATION: the number alone opens nothing (agentic_memory.verification).
    respond = unverified_response if settings.caller_verification else initiation_response
    answer = respond(caller, profile, settings, request.agent_id)
    ours: dict[str, str] = answer["dynamic_variables"]
    if ours["returning_caller"] != "yes" and agent_variables.get("first_message"):
        ours["first_message"] = agent_variables["first_message"]
    answer["dynamic_variables"] = {**agent_variables, **ours}
    if audit is not None:
        audit(request.as_dict(), answer, caller, request.call_sid)
    return answer


def _read(
    caller: str | None, agent_id: str | None, lookup: Lookup
) -> tuple[CallerProfile | None, dict[str, str]]:
    try:
        return lookup(caller, agent_id)
    except Exception as error:
        logger.error("Profile lookup failed; answering as for a new caller", extra={"error": describe(error)})
        metrics.add_metric(name="ProfileLookupFailed", unit=MetricUnit.Count, value=1)
        return None, {}
