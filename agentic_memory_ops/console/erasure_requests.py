"""The console's list of erasure requests made on unverified calls (``CallerVerification``).

With verification on, ``forget_me`` on a call whose caller did not prove who they are erases nothing
and records the request (``agentic_memory.caller_tools``). The operator confirms it with the caller
(calling the number back reaches its real owner, not whoever faked it) and then forgets them from the
caller's page; ``agentic-memory verification dismiss`` clears the request.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape

from agentic_memory.phone import mask
from agentic_memory.verification_store import ErasureRequest, VerificationStore
from agentic_memory_ops.console import pages
from agentic_memory_ops.console.data import ConsoleData

PATH = "/erasure-requests"


def requests_of(data: ConsoleData) -> list[ErasureRequest]:
    return VerificationStore(data.target.dynamodb(), data.target.table()).erasure_requests()


def page(mount: str, data: ConsoleData, reference: Callable[[str], str]) -> str:
    """Each request with a link to its caller's page (by reference: no number in a URL)."""
    found = requests_of(data)
    if not found:
        body = '<p class="empty">No erasure requests from unverified calls.</p>'
    else:
        body = pages.table(
            ("First requested", "Caller", "On the calls"),
            (
                (
                    escape(datetime.fromtimestamp(r.requested_at, UTC).strftime("%Y-%m-%d %H:%M UTC")),
                    f'<a href="{mount}/caller/{reference(r.caller)}">{escape(mask(r.caller))}</a>',
                    " ".join(f"<code>{escape(c)}</code>" for c in r.conversation_ids) or "—",
                )
                for r in found
            ),
            f"Asked not to be remembered on a call that was not verified ({len(found)})",
        )
    body += (
        '<p class="meta">Nothing was erased. Confirm with the caller on their own number, then forget '
        "them from their page; <code>agentic-memory verification dismiss</code> clears the request.</p>"
    )
    return pages.layout(mount, "Erasure requests", body)
