"""The optional ``forget_me`` server tool: a caller asks the agent not to be remembered (``FORGET_ME_TOOL``).

Who is forgotten comes from the call's numbers alone (the tool's ``caller_id`` is bound to
``system__caller_id`` and ``called_number`` to ``system__called_number``, as ``search_memory``'s are),
never from the model's words: a caller cannot have someone else forgotten by naming their number. On
an outbound or batch call one of the two is the workspace's own (DESIGN §2.1): the customer is the
other (``workspace.customer_number``), and the workspace's own number is never forgotten. When the
two cannot be told apart (the workspace's numbers are missing, stale or unreadable and the tool sent
both), nothing is erased and the agent says so.

The answer comes while the caller is on the line, so only what is quick happens here: the "do not
remember me" tombstone (from now on ingestion keeps nothing of them, this very call included) and
the profile (the next call starts as a new caller's); the erasure of their memories and archive is
queued for PostCall (``erasure.Eraser``).
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
from agentic_memory.runtime.observability import describe, metrics
from agentic_memory.settings import Settings
from agentic_memory.workspace import customer_number

logger = Logger(child=True)

FORGOTTEN = (
    "Done: nothing about this caller will be remembered from now on, and what was remembered is being "
    "erased. Tell the caller so."
)
NO_NUMBER = (
    "The caller's number is unknown or withheld, so they cannot be forgotten by number on this call. "
    "Tell the caller that the business can erase their data on request."
)
NOT_TOLD_APART = (
    "Nothing was erased: on this call the caller's number cannot be told apart from the business's "
    "own. Tell the caller that the business can erase their data on request."
)


def numbers_of(body: bytes | None) -> tuple[str | None, str | None]:
    """The tool's ``caller_id`` and ``called_number`` (None when absent); nothing else is read (a
    body nested deeper than the parser goes names no caller either)."""
    try:
        document = json.loads(body or b"")
    except (ValueError, RecursionError):
        return None, None
    if not isinstance(document, dict):
        return None, None
    return _text(document.get("caller_id")), _text(document.get("called_number"))


def caller_id_of(body: bytes | None) -> str | None:
    """The tool's ``caller_id`` (bound to ``system__caller_id``), or None."""
    return numbers_of(body)[0]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def no_numbers() -> frozenset[str]:
    return frozenset()


def customer_of(
    caller_id: str | None,
    called_number: str | None,
    region: str,
    own_numbers: Callable[[], frozenset[str]],
) -> tuple[str | None, str]:
    """The customer to forget, or None and the message saying why nobody is.

    With both numbers, exactly one must be the workspace's own: when neither is (the numbers kept
    by ``setup`` are missing or stale) or both are, the customer cannot be told apart. With
    ``caller_id`` alone (tools set up before ``called_number``), it is the customer unless it is
    one of the workspace's numbers.
    """
    called = to_e164(called_number, region)
    caller = to_e164(caller_id, region, called)
    if caller is None:
        return None, NO_NUMBER
    try:
        own = own_numbers()
    except Exception as error:  # unreadable: the two numbers cannot be told apart, erase nobody
        logger.warning("Workspace numbers unreadable; nobody forgotten", extra={"error": describe(error)})
        if called is not None:
            return None, NOT_TOLD_APART
        own = frozenset()
    if called is not None and (caller in own) == (called in own):
        return None, NOT_TOLD_APART
    customer = customer_number(caller, called, own)
    return (customer, FORGOTTEN) if customer is not None else (None, NOT_TOLD_APART)


def forget_me(
    caller_id: str | None,
    settings: Settings,
    tombstones: Callable[[], Tombstones],
    profiles: Callable[[], ProfileStore],
    queue_erasure: Callable[[str], None],
    *,
    called_number: str | None = None,
    own_numbers: Callable[[], frozenset[str]] = no_numbers,
) -> dict[str, Any]:
    """Opt the call's customer out now and queue their erasure; a speakable answer either way."""
    if not settings.forget_me_tool:
        raise NotFoundError("the forget_me tool is not enabled (FORGET_ME_TOOL)")
    caller, message = customer_of(caller_id, called_number, settings.default_region, own_numbers)
    if caller is None:
        if message is NOT_TOLD_APART:
            logger.warning(
                "forget_me: the customer's number cannot be told from the workspace's; nobody forgotten"
            )
            metrics.add_metric(name="ForgetMeUndecided", unit=MetricUnit.Count, value=1)
        return {"forgotten": False, "message": message}
    tombstones().opt_out(caller)
    profiles().delete(caller)
    queue_erasure(caller)
    logger.info(
        "Caller asked not to be remembered: opted out, erasure queued", extra={"caller": mask(caller)}
    )
    metrics.add_metric(name="ForgetMeRequested", unit=MetricUnit.Count, value=1)
    return {"forgotten": True, "message": FORGOTTEN}
