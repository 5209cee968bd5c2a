"""The Retrieve API's routes beside ``search_memory``: ``forget_me`` and ``verify_caller``.

``verify_caller`` (``CALLER_VERIFICATION``, ``verification``): the agent sends what the caller answered
to the knowledge factor on file; the answer is checked in constant time, attempts are counted before
it is (per conversation and per caller a day, ``verification_store``), and a match verifies this
conversation only: the answer then carries the full brief, and search and ``forget_me`` work. Sent
without an answer, the tool says what to ask, counting no attempt. Every field but ``answer`` is
bound to a system variable (``system__caller_id``, ``system__called_number``,
``system__conversation_id``, ``system__agent_id``): the model chooses none of them.

``forget_me`` with verification on and the conversation unverified erases nothing: the request is
recorded for the operator (``erasure_requests``, metric ``ErasureRequested``), who confirms it and
runs ``agentic-memory forget``. On a verified conversation, or with verification off, it is as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory import forget_me
from agentic_memory.errors import BadRequestError, NotFoundError
from agentic_memory.greeting import dynamic_variables
from agentic_memory.models import SearchRequest
from agentic_memory.phone import mask
from agentic_memory.runtime import compose, queue
from agentic_memory.runtime.observability import metrics
from agentic_memory.search import search_caller
from agentic_memory.settings import Settings
from agentic_memory.verification import ATTEMPTS_PER_CALL, ATTEMPTS_PER_DAY, FACTOR_KINDS, matches
from agentic_memory.verification_store import VerificationStore

logger = Logger(child=True)

VERIFY_CALLER_PATH = "/verify-caller"
VERIFIED = "The caller is verified for this call. Their brief follows; search_memory now works for them."
NO_MATCH = "That answer does not match what is on file. The caller may try again."
TOO_MANY = (
    "No more attempts are allowed now. Help the caller without their history, and tell them the "
    "business can help them verify another way."
)
NO_FACTOR = (
    "No verification question is on file for this caller, so they cannot be verified on a call. Help "
    "them without their history; the business can set one up."
)
NO_CONVERSATION = "I need the conversation id (conversation_id) to verify the caller."
ERASURE_REQUESTED = (
    "The request is recorded: the business will confirm the caller's identity and then erase their "
    "data. Nothing was erased yet. Tell the caller so."
)


@dataclass(frozen=True)
class ToolBody:
    """The fields the two tools send, leniently read: anything that is not text is absent."""

    caller_id: str | None = None
    called_number: str | None = None
    user_id: str | None = None
    agent_id: str | None = None
    conversation_id: str | None = None
    answer: str | None = None

    @classmethod
    def read(cls, body: bytes | None) -> ToolBody:
        try:
            document = json.loads(body or b"")
        except (ValueError, RecursionError):
            return cls()
        if not isinstance(document, dict):
            return cls()
        fields = cls.__dataclass_fields__
        return cls(**{k: v.strip() for k, v in document.items() if k in fields and isinstance(v, str)})


def answer(path: str, body: bytes | None, settings: Settings) -> dict[str, Any]:
    """The tool at ``path`` (``/verify-caller`` or ``/forget-me``) for ``body``."""
    tool = ToolBody.read(body)
    if path.endswith(VERIFY_CALLER_PATH):
        return verify_caller(tool, settings, compose.verification())
    if settings.caller_verification and settings.forget_me_tool:
        caller, _ = forget_me.customer_of(
            tool.caller_id, tool.called_number, settings.default_region, compose.workspace_numbers
        )
        if caller is not None and not compose.verification().verified(tool.conversation_id, caller):
            compose.verification().request_erasure(caller, tool.conversation_id)
            logger.info("forget_me on an unverified call: request recorded", extra={"caller": mask(caller)})
            metrics.add_metric(name="ErasureRequested", unit=MetricUnit.Count, value=1)
            return {"forgotten": False, "requested": True, "message": ERASURE_REQUESTED}
    stores = (compose.tombstones, compose.profiles, queue.erasure)
    own = compose.workspace_numbers
    done = forget_me.forget_me(
        tool.caller_id, settings, *stores, called_number=tool.called_number, own_numbers=own
    )
    if done["forgotten"] and settings.caller_verification:  # their factor and requests go too
        caller, _ = forget_me.customer_of(tool.caller_id, tool.called_number, settings.default_region, own)
        compose.verification().forget(caller or "")
    return done


def verify_caller(tool: ToolBody, settings: Settings, verification: VerificationStore) -> dict[str, Any]:
    """Check the caller's answer against their factor; on a match, verify this conversation."""
    if not settings.caller_verification:
        raise NotFoundError("the verify_caller tool is not enabled (CALLER_VERIFICATION)")
    if not tool.conversation_id:
        raise BadRequestError(NO_CONVERSATION)
    numbers = SearchRequest.model_construct(
        query="", caller_id=tool.caller_id, called_number=tool.called_number, user_id=tool.user_id
    )
    caller = search_caller(numbers, settings, compose.workspace_numbers)
    factor = verification.factor(caller) if caller else None
    if caller is None or factor is None:
        return {"verified": False, "message": NO_FACTOR}
    if verification.verified(tool.conversation_id, caller):
        return _verified(caller, settings, tool.agent_id)
    if not tool.answer:
        ask = FACTOR_KINDS.get(factor.kind, factor.kind)
        return {"verified": False, "message": f"Ask the caller for {ask}, then call verify_caller with it."}
    if not verification.count_attempt(tool.conversation_id, caller, ATTEMPTS_PER_CALL, ATTEMPTS_PER_DAY):
        logger.warning("Caller verification: attempts exhausted", extra={"caller": mask(caller)})
        metrics.add_metric(name="CallerVerificationLimited", unit=MetricUnit.Count, value=1)
        return {"verified": False, "message": TOO_MANY}
    if not matches(factor, tool.answer):
        logger.info("Caller verification: no match", extra={"caller": mask(caller)})
        metrics.add_metric(name="CallerVerificationFailed", unit=MetricUnit.Count, value=1)
        return {"verified": False, "message": NO_MATCH}
    verification.mark_verified(tool.conversation_id, caller)
    logger.info("Caller verified for this conversation", extra={"caller": mask(caller)})
    metrics.add_metric(name="CallerVerified", unit=MetricUnit.Count, value=1)
    return _verified(caller, settings, tool.agent_id)


def _verified(caller: str, settings: Settings, agent_id: str | None) -> dict[str, Any]:
    """The answer to a verified caller: the brief ClientData would have given without verification."""
    variables = dynamic_variables(caller, compose.profiles().get(caller), settings, agent_id)
    shown = ("caller_name", "memory_context", "open_items", "last_call_summary", "last_call_date")
    return {"verified": True, "message": VERIFIED, **{name: variables[name] for name in shown}}
