"""``agentic-memory forget``: erase one caller from Mem0, the profile table and the archive, for good.

Everything a step needs is opened before the operator is asked (Mem0's client pings on creation),
so a missing key or an outage stops the erasure before anything is deleted. Then, in this order:

1. the tombstones (``agentic_memory.erasure``): from this moment no ingestion keeps anything of a call
   that started before now, whatever brings it back (a redelivered webhook, an ingestion already
   running, a dead letter replayed); conversations whose extraction Mem0 is still running are marked
   so that what it extracts later is deleted when the extraction ends;
2. Mem0: delete, re-read, and delete again until nothing is left (a queued delete has been reported to
   lag), bounded; the count printed is the one read back, not the one asked for;
3. the profile, every archived object of the caller's conversations (all versions), failed call starts
   indexed under the number, quarantined payloads and unattached events that contain it, audit
   records, and the caller index last (an interrupted run can be repeated and still finds the rest).
"""

from __future__ import annotations

import getpass
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import boto3

from agentic_memory.archive import (
    Archive,
    Purged,
    audit_prefix,
    caller_index_prefix,
    conversation_prefix,
    erasure_key,
)
from agentic_memory.erasure import Tombstones
from agentic_memory.errors import ConfigError
from agentic_memory.ledger import Ledger
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS, MemoryStore
from agentic_memory.phone import digits, mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory_ops.cli.target import CommandError, Target, UsageError

# Where payloads no index links to a caller are kept; an erasure searches them for the number.
UNINDEXED_PREFIXES = ("quarantine/", "events/")


def ask(question: str) -> bool:
    """y/N on the terminal; anything but an explicit yes is a no."""
    try:
        return input(question).strip().lower() in {"y", "yes"}
    except EOFError:
        return False


@dataclass(frozen=True)
class Plan:
    caller: str
    conversations: list[str]
    mentions: list[str]


def run(target: Target, phone: str, *, assume_yes: bool) -> int:
    if not assume_yes and not sys.stdin.isatty():
        raise UsageError("stdin is not a terminal: pass --yes to erase without a confirmation prompt")
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    shown = mask(caller)
    archive = Archive(target.s3(), target.bucket())
    profiles = ProfileStore(target.dynamodb(), target.table())
    tombstones = Tombstones(target.dynamodb(), target.table())
    needles = [caller, digits(caller)]
    plan = Plan(
        caller,
        archive.caller_conversations(caller),
        [key for prefix in UNINDEXED_PREFIXES for key in archive.mentioning(prefix, needles)],
    )
    profile = profiles.get(caller)
    memory = _open_memory(target)

    print(f"Caller {shown}:")
    print(f"  Mem0 memories     every memory of user_id {shown} ({target.settings.memory_backend})")
    print(f"  caller profile    {f'{profile.call_count} calls counted' if profile else 'none'}")
    print(
        f"  archive           {len(plan.conversations)} conversations, all versions, and their index entries"
    )
    for conversation_id in plan.conversations:
        print(f"                    {conversation_id}")
    print(f"  unindexed         {len(plan.mentions)} quarantined or unattached payloads naming the number")
    if not assume_yes and not ask(f"Erase caller {shown} everywhere? This cannot be undone. [y/N] "):
        print("Nothing was erased.")
        return 1
    try:
        _erase(plan, target, memory, Stores(profiles, tombstones, archive))
    except Exception as error:
        raise CommandError(f"erasure incomplete ({error}); repeating the command finishes it") from error
    return 0


@dataclass(frozen=True)
class Stores:
    profiles: ProfileStore
    tombstones: Tombstones
    archive: Archive


def _erase(plan: Plan, target: Target, memory: MemoryStore, stores: Stores) -> None:
    caller = plan.caller
    profiles, tombstones, archive = stores.profiles, stores.tombstones, stores.archive
    stone = tombstones.erase(caller, plan.conversations)
    extracting = _mark_extracting(target, caller, plan.conversations)
    memory.delete_caller(caller)  # re-reads and re-issues until nothing is left, or raises
    left = memory.count(caller)
    if left:
        raise RuntimeError(f"Mem0 still holds {left} memories of the caller after the deletes")
    deleted_profile = profiles.delete(caller)
    archived = sum((archive.purge(conversation_prefix(c)) for c in plan.conversations), Purged())
    unindexed = sum((archive.purge_object(key) for key in plan.mentions), Purged())
    audits = archive.purge(audit_prefix(caller))
    index = archive.purge(caller_index_prefix(caller))
    print(f"Erased caller {mask(caller)} (checked after deleting):")
    print(f"  Mem0 memories     0 left (read back from {target.settings.memory_backend})")
    if extracting:
        print(
            f"                    {extracting} conversations were still being extracted by Mem0: what it "
            "extracts is deleted when it is done"
        )
    print(f"  caller profile    {1 if deleted_profile else 0} item deleted, none left")
    where = f"in {len(plan.conversations)} conversations"
    print(f"  archive           {archived.keys} objects ({archived.versions} versions) {where}")
    print(f"  unindexed         {unindexed.keys} objects ({unindexed.versions} versions)")
    print(f"  audit records     {audits.keys} objects ({audits.versions} versions)")
    print(f"  caller index      {index.keys} entries ({index.versions} versions)")
    print(
        "  tombstone         a hash of the number and the erasure time: nothing from before "
        f"{datetime.fromtimestamp(stone.erased_at, UTC).isoformat(timespec='seconds')} comes back; "
        "a later call starts afresh"
    )
    counts: dict[str, int | str] = {
        "memories_left": 0,
        "profiles": int(deleted_profile),
        "archived_objects": archived.keys,
        "conversations": len(plan.conversations),
        "unindexed_objects": unindexed.keys,
        "audit_records": audits.keys,
        "index_entries": index.keys,
    }
    key = _record_erasure(archive, counts)
    print(f"  erasure record    {key} (when and by whom; no personal data)")


def _mark_extracting(target: Target, caller: str, conversations: list[str]) -> int:
    """Conversations whose chunks Mem0 accepted but may not have extracted yet: their extraction
    check deletes what Mem0 extracts once it is done (``Ingestor``), so nothing comes back."""
    table = target.ingestion_table()
    if not table:
        print(
            "  (no ingestion table: pass --stack, or set IDEMPOTENCY_TABLE, so that extractions still "
            "running at Mem0 are erased when they end)"
        )
        return 0
    ledger = Ledger(target.dynamodb(), table)
    marked = 0
    for conversation_id in conversations:
        progress = ledger.get(conversation_id)
        if progress is not None and any(c.state == "sent" for c in progress.chunks.values()):
            ledger.erasing(conversation_id, caller)
            marked += 1
    return marked


def _record_erasure(archive: Archive, counts: dict[str, int | str]) -> str:
    """Proof that an erasure happened, for the operator's records: who, when, how much; never whom."""
    moment = datetime.now(UTC)
    key = erasure_key(moment, uuid.uuid4().hex[:12])
    archive.put_json(
        key, {"erased_at": moment.isoformat(timespec="seconds"), "erased_by": _operator(), "removed": counts}
    )
    return key


def _operator() -> str:
    """The AWS identity running the erasure (its ARN), else the local user name."""
    try:
        return str(boto3.client("sts").get_caller_identity()["Arn"])
    except Exception:
        return getpass.getuser()


def _open_memory(target: Target) -> MemoryStore:
    try:
        # Uncached: an erasure must talk to Mem0 now, not trust a client built earlier in this process.
        return open_memory_store(target.settings, INGEST_TIMEOUT_SECONDS)
    except ConfigError:
        raise
    except Exception as error:
        raise CommandError(f"cannot reach Mem0, nothing was erased: {error}") from error
