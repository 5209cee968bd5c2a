"""``agentic-memory backfill``: archive, and so ingest, the agents' conversations the stack never got.

The same reconciliation PostCall runs on its schedule (``agentic_memory.reconcile``), over any
period, through the official ``elevenlabs`` SDK: to import history when a stack is first deployed,
or after the webhook was disabled for a while. Each conversation already archived is skipped
without being fetched; each new one lands as ``transcription.json``, whose notification ingests it
in the stack.
"""

from __future__ import annotations

from datetime import UTC, datetime

from agentic_memory.archive import Archive
from agentic_memory.reconcile import Reconciler
from agentic_memory.runtime.secrets import optional_secret
from agentic_memory_ops.cli.target import Target, UsageError
from agentic_memory_ops.elevenlabs_api import SdkConversationsApi

OUTCOMES = {"reconciled": "archived", "archived": "already archived", "unfinished": "still in progress"}


def since_unix(day: str) -> int:
    try:
        return int(datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC).timestamp())
    except ValueError:
        raise UsageError(f"--since takes a date as YYYY-MM-DD, not {day!r}") from None


def run(target: Target, since: str, agents: list[str], api_key: str | None) -> int:
    agent_ids = agents or list(target.settings.reconcile_agent_ids)
    if not agent_ids:
        raise UsageError("name the agents: --agent ID (repeatable), or set RECONCILE_AGENT_IDS")
    key = api_key or optional_secret("ELEVENLABS_API_KEY", target.settings)
    if not key:
        raise UsageError("no ElevenLabs API key: pass --api-key, or set ELEVENLABS_API_KEY")
    try:
        api = SdkConversationsApi(key, target.settings.elevenlabs_api_url)
    except ImportError:
        raise UsageError("backfill needs the official SDK: pip install elevenlabs") from None
    reconciler = Reconciler(api, Archive(target.s3(), target.bucket()))
    seen = 0

    def progress(conversation_id: str, outcome: str) -> None:
        nonlocal seen
        seen += 1
        print(f"[{seen}] {conversation_id} {OUTCOMES.get(outcome, outcome)}", flush=True)

    counts = reconciler.run(agent_ids, since_unix(since), progress)
    print(
        f"Listed {counts.listed}: {len(counts.reconciled)} archived for ingestion, "
        f"{counts.archived_before} already archived, {counts.unfinished} still in progress"
    )
    return 0
