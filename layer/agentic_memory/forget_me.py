"""The optional ``forget_me`` server tool: a caller asks the agent not to be remembered (``FORGET_ME_TOOL``).

Who is forgotten comes from ``system__caller_id`` alone (the tool's ``caller_id`` is bound to that
dynamic variable, as ``search_memory``'s is), never from the model's words: a caller cannot have
someone else forgotten by naming their number. The answer comes while the caller is on the line, so
only what is quick happens here: the "do not remember me" tombstone (from now on ingestion keeps
nothing of them, this very call included) and the profile (the next call starts as a new caller's);
the erasure of their memories and archive is queued for PostCall (``erasure.Eraser``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.erasure import Tombstones
from agentic_memory.errors import NotFoundError
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.observability import metrics
from agentic_memory.settings import Settings

logger = Logger(child=True)

FORGOTTEN = (
    "Done: nothing about this caller will be remembered from now on, and what was remembered is being "
    "erased. Tell the caller so."
)
NO_NUMBER = (
    "The caller's number is unknown or withheld, so they cannot be forgotten by number on this call. "
    "Tell the caller that the business can erase their data on request."
)


def caller_id_of(body: bytes | None) -> str | None:
    """The tool's ``caller_id`` (bound to ``system__caller_id``), or None; nothing else is read (a
    body nested deeper than the parser goes names no caller either)."""
    try:
        document = json.loads(body or b"")
    except (ValueError, RecursionError):
        return None
    value = document.get("caller_id") if isinstance(document, dict) else None
    return value if isinstance(value, str) and value.strip() else None


def forget_me(
    caller_id: str | None,
    settings: Settings,
    tombstones: Callable[[], Tombstones],
    profiles: Callable[[], ProfileStore],
    queue_erasure: Callable[[str], None],
) -> dict[str, Any]:
    """Opt the caller out now and queue their erasure; a speakable answer either way."""
    if not settings.forget_me_tool:
        raise NotFoundError("the forget_me tool is not enabled (FORGET_ME_TOOL)")
    caller = to_e164(caller_id, settings.default_region)
    if caller is None:
        return {"forgotten": False, "message": NO_NUMBER}
    tombstones().opt_out(caller)
    profiles().delete(caller)
    queue_erasure(caller)
    logger.info(
        "Caller asked not to be remembered: opted out, erasure queued", extra={"caller": mask(caller)}
    )
    metrics.add_metric(name="ForgetMeRequested", unit=MetricUnit.Count, value=1)
    return {"forgotten": True, "message": FORGOTTEN}
