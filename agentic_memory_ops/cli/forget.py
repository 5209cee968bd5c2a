"""``agentic-memory forget``: erase one caller from Mem0, the profile table and the archive.

Everything a step needs is opened before the operator is asked (Mem0's client pings on creation),
so a missing key or an outage stops the erasure before anything is deleted. The caller index goes
last: an interrupted run can simply be repeated, and still finds the caller's conversations.
"""

from __future__ import annotations

import getpass
import sys
import uuid
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
from agentic_memory.errors import ConfigError
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS, MemoryStore
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory_ops.cli.target import CommandError, Target, UsageError


def ask(question: str) -> bool:
    """y/N on the terminal; anything but an explicit yes is a no."""
    try:
        return input(question).strip().lower() in {"y", "yes"}
    except EOFError:
        return False


def run(target: Target, phone: str, *, assume_yes: bool) -> int:
    if not assume_yes and not sys.stdin.isatty():
        raise UsageError("stdin is not a terminal: pass --yes to erase without a confirmation prompt")
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    shown = mask(caller)
    archive = Archive(target.s3(), target.bucket())
    profiles = ProfileStore(target.dynamodb(), target.table())
    conversations = archive.caller_conversations(caller)
    profile = profiles.get(caller)
    memory = _open_memory(target)

    print(f"Caller {shown}:")
    print(f"  Mem0 memories     every memory of user_id {shown} ({target.settings.memory_backend})")
    print(f"  caller profile    {f'{profile.call_count} calls counted' if profile else 'none'}")
    print(f"  archive           {len(conversations)} conversations, all versions, and their index entries")
    for conversation_id in conversations:
        print(f"                    {conversation_id}")
    if not assume_yes and not ask(f"Erase caller {shown} everywhere? This cannot be undone. [y/N] "):
        print("Nothing was erased.")
        return 1
    try:
        _erase(caller, conversations, memory, profiles, archive)
    except Exception as error:
        raise CommandError(f"erasure incomplete ({error}); repeating the command finishes it") from error
    return 0


def _erase(
    caller: str, conversations: list[str], memory: MemoryStore, profiles: ProfileStore, archive: Archive
) -> None:
    """Memories, profile, conversations, and the index last (a repeated run still finds the rest)."""
    memory.delete_caller(caller)
    deleted_profile = profiles.delete(caller)
    archived = sum((archive.purge(conversation_prefix(c)) for c in conversations), Purged())
    audits = archive.purge(audit_prefix(caller))
    index = archive.purge(caller_index_prefix(caller))
    print(f"Erased caller {mask(caller)}:")
    print("  Mem0 memories     deleted")
    print(f"  caller profile    {1 if deleted_profile else 0} item")
    where = f"in {len(conversations)} conversations"
    print(f"  archive           {archived.keys} objects ({archived.versions} versions) {where}")
    print(f"  audit records     {audits.keys} objects ({audits.versions} versions)")
    print(f"  caller index      {index.keys} entries ({index.versions} versions)")
    counts: dict[str, int | str] = {
        "memories": "all",
        "profiles": int(deleted_profile),
        "archived_objects": archived.keys,
        "conversations": len(conversations),
        "audit_records": audits.keys,
        "index_entries": index.keys,
    }
    key = _record_erasure(archive, counts)
    print(f"  erasure record    {key} (when and by whom; no personal data)")


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
