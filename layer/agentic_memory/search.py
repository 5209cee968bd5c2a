"""The ``search_memory`` tool (DESIGN §2.2): the caller's memories, compact, or a speakable excuse.

The agent reads the answer aloud or reasons over it mid-sentence, so every outcome but bad auth
and malformed input is a 200 with a ``message`` it can use; a memory outage never becomes a 5xx.
The backend is asked for more candidates than are returned: under ``MEMORY_SCOPE=caller`` another
agent's memories in a private category are left out, and the rest are ranked again (``ranking``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from pydantic import ValidationError

from agentic_memory.answer_types import ASKS_SECRET
from agentic_memory.categories import is_private
from agentic_memory.errors import BadRequestError
from agentic_memory.memory import MemoryRecord, MemoryStore
from agentic_memory.models import SearchRequest
from agentic_memory.phone import caller_key, to_e164
from agentic_memory.ranking import rerank
from agentic_memory.runtime.observability import describe, metrics
from agentic_memory.settings import Settings
from agentic_memory.workspace import customer_number

logger = Logger(child=True)

UNAVAILABLE = "Memory search is unavailable right now. Continue the conversation without it."
WITHHELD = "The caller's number is unknown or withheld, so there are no memories to search."
NOTHING = "No memories about that were found for this caller."
# Redaction keeps secrets out of memory (REDACT_SENSITIVE); an operator who turned it off still gets
# none told: the gate code is asked of the caller, on every call.
NEVER_KEPT = "Codes, PINs and passwords are never given from memory. Ask the caller if one is needed."
NO_QUERY = "I need a question to search the caller's memory."
NOT_A_SEARCH = "The request must be a JSON object with a query and the caller's number."
NO_CALLER = "I need the caller's number (caller_id) to search their memory."
NOT_VERIFIED = (
    "The caller is not verified, so their memory cannot be searched. Verify them with verify_caller first."
)
# The backend is asked for this many candidates per result kept, at least MIN_CANDIDATES.
CANDIDATES_PER_RESULT = 4
MIN_CANDIDATES = 12


def parse_search_request(body: bytes) -> SearchRequest:
    """The tool's body, or a ``BadRequestError`` whose message the agent can speak."""
    try:
        request = SearchRequest.model_validate_json(body)
    except ValidationError as error:
        fields = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
        raise BadRequestError(NO_QUERY if "query" in fields else NOT_A_SEARCH) from None
    if request.caller_id is None and request.user_id is None:
        raise BadRequestError(NO_CALLER)
    return request


def no_numbers() -> frozenset[str]:
    return frozenset()


def search_caller(
    request: SearchRequest, settings: Settings, own_numbers: Callable[[], frozenset[str]] = no_numbers
) -> str | None:
    """The caller key to search under: the customer of the call's two numbers (DESIGN §2.1), else a
    web caller's ``user_id``; None when neither is known.

    ``caller_id`` is bound to ``system__caller_id`` and ``called_number`` to ``system__called_number``;
    on an outbound or batch call one of them is the workspace's own (``workspace.own_numbers``) and
    the other the customer, whichever way round. ``user_id`` is also the alias older setups send the
    number in; a web caller's id when it is not one. A number that is the workspace's own is never
    searched, and a call whose numbers are all the workspace's falls back to nobody, not to a user_id.
    """
    region = settings.default_region
    called = to_e164(request.called_number, region)
    number = to_e164(request.caller_id or request.user_id, region, called)
    if number is None and called is None:
        return caller_key(None, request.user_id, region)
    try:
        own = own_numbers()
    except Exception as error:  # a failed read must not cost the search: inbound callers are still known
        logger.warning(
            "Workspace numbers unreadable; searching the caller id", extra={"error": describe(error)}
        )
        own = frozenset()
    # Without the workspace's numbers the called number cannot be told from the customer's: an
    # inbound call's (withheld caller, called = the agent's number) must not be searched by it.
    return customer_number(number, called, own) if own else number


def search_memories(
    request: SearchRequest,
    memory: Callable[[], MemoryStore],
    settings: Settings,
    own_numbers: Callable[[], frozenset[str]] = no_numbers,
    verified: Callable[[str], bool] | None = None,
) -> dict[str, Any]:
    caller = search_caller(request, settings, own_numbers)
    if caller is None:
        return {"memories": [], "message": WITHHELD}
    if settings.caller_verification and not (verified is not None and verified(caller)):
        # CALLER_VERIFICATION: nothing for an unverified conversation (agentic_memory.verification).
        metrics.add_metric(name="SearchRefusedUnverified", unit=MetricUnit.Count, value=1)
        return {"memories": [], "message": NOT_VERIFIED}
    if ASKS_SECRET.search(request.query):
        return {"memories": [], "message": NEVER_KEPT}  # no search: no memory may answer it
    own_agent_only = settings.memory_scope == "caller_agent"
    try:
        store = memory()  # a cold container's first call builds the client, which pings Mem0
        started = time.perf_counter()
        records = store.search(
            request.query,
            user_id=caller,
            limit=candidates(settings.mem0_search_limit),
            agent_id=request.agent_id if own_agent_only else None,
        )
    except Exception as error:  # any outage (HTTP error, time-out, refused, ping) is answered alike
        logger.warning("Memory search failed; answering without memories", extra={"error": describe(error)})
        metrics.add_metric(name="MemorySearchFailed", unit=MetricUnit.Count, value=1)
        return {"memories": [], "message": UNAVAILABLE}
    elapsed_ms = (time.perf_counter() - started) * 1000
    metrics.add_metric(name="Mem0SearchLatency", unit=MetricUnit.Milliseconds, value=elapsed_ms)
    if not own_agent_only:
        records = [r for r in records if _may_see(r, request.agent_id, settings.private_fact_categories)]
    ranked = rerank(
        request.query, records, settings.mem0_search_limit, floor=store.relevance_floor, related=store.related
    )
    memories = [_compact(record) for record in ranked]
    if not memories:
        return {"memories": [], "message": NOTHING}
    return {
        "memories": memories,
        "message": f"Found {len(memories)} {'memory' if len(memories) == 1 else 'memories'}.",
    }


def candidates(limit: int) -> int:
    """How many memories to ask the backend for, to rank again (``ranking``) and keep ``limit``."""
    return max(limit * CANDIDATES_PER_RESULT, MIN_CANDIDATES)


def _may_see(record: MemoryRecord, agent_id: str | None, private: frozenset[str]) -> bool:
    """Under ``MEMORY_SCOPE=caller``, another agent's memory in a private category stays with it."""
    owner = str(record.metadata.get("agent_id") or "")
    marked = str(record.metadata.get("categories") or "")
    return owner == (agent_id or "") or not is_private(private, record.memory, marked=marked)


def _compact(record: MemoryRecord) -> dict[str, Any]:
    return {
        "memory": record.memory,
        # The call the memory came from, when Mem0 kept our metadata; else when Mem0 stored it.
        "date": str(record.metadata.get("call_date") or (record.created_at or "")[:10]),
        "score": round(record.score, 2) if record.score is not None else None,
    }
