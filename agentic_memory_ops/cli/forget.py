"""``agentic-memory forget`` and ``opt-in``: erase one caller for good, optionally for ever after.

Everything a step needs is opened before the operator is asked (Mem0's client pings on creation), so
a missing key or an outage stops the erasure before anything is deleted. The erasure itself is
``agentic_memory.erasure.Eraser`` (the ``forget_me`` tool's too): tombstones first, so that nothing
from before comes back whatever arrives; Mem0 until it holds nothing (the count printed is the one
read back); the profile; every archived object naming the caller. ``--do-not-remember`` also keeps
every later call of the caller from being remembered, until ``opt-in``; ``--elevenlabs`` also deletes
their conversations at ElevenLabs, through its API (the official SDK).
"""

from __future__ import annotations

import getpass
import sys
import uuid
from datetime import UTC, datetime

import boto3

from agentic_memory.archive import Archive, erasure_key
from agentic_memory.erasure import Eraser, ErasurePlan, ErasureReport, Tombstones
from agentic_memory.errors import ConfigError
from agentic_memory.ledger import Ledger
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS, MemoryStore
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory.runtime.secrets import optional_secret
from agentic_memory.verification_store import VerificationStore
from agentic_memory_ops.cli.target import CommandError, Target, UsageError
from agentic_memory_ops.elevenlabs_api import SdkConversationsApi


def ask(question: str) -> bool:
    """y/N on the terminal; anything but an explicit yes is a no."""
    try:
        return input(question).strip().lower() in {"y", "yes"}
    except EOFError:
        return False


def run(
    target: Target,
    phone: str,
    *,
    assume_yes: bool,
    dry_run: bool = False,
    do_not_remember: bool = False,
    elevenlabs: bool = False,
) -> int:
    if not assume_yes and not dry_run and not sys.stdin.isatty():
        raise UsageError("stdin is not a terminal: pass --yes to erase without a confirmation prompt")
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    shown = mask(caller)
    archive = Archive(target.s3(), target.bucket())
    profiles = ProfileStore(target.dynamodb(), target.table())
    table = target.ingestion_ledger_table()
    memory = _open_memory(target)
    eraser = Eraser(
        archive=archive,
        profiles=profiles,
        tombstones=Tombstones(target.dynamodb(), target.table()),
        memory=memory,
        ledger=Ledger(target.dynamodb(), table) if table else None,
    )
    plan = eraser.plan(caller)
    profile = profiles.get(caller)
    at_elevenlabs = _elevenlabs_api(target) if elevenlabs else None

    print(f"Caller {shown}:")
    print(f"  Mem0 memories     every memory of user_id {shown} ({target.settings.memory_backend})")
    print(f"  caller profile    {f'{profile.call_count} calls counted' if profile else 'none'}")
    print(
        f"  archive           {len(plan.conversations)} conversations, all versions, and their index entries"
    )
    for conversation_id in plan.conversations:
        print(f"                    {conversation_id}")
    print(f"  unindexed         {len(plan.mentions)} quarantined or unattached payloads naming the number")
    if at_elevenlabs is not None:
        print(
            f"  ElevenLabs        the same {len(plan.conversations)} conversations (transcripts, recordings)"
        )
    if do_not_remember:
        print("  and from now on   nothing about this caller is remembered (until `agentic-memory opt-in`)")
    if dry_run:
        return 0
    if not assume_yes and not ask(f"Erase caller {shown} everywhere? This cannot be undone. [y/N] "):
        print("Nothing was erased.")
        return 1
    # Mem0 is read first only when nothing else is found: a number never seen costs one read.
    unknown = (
        not plan.conversations and not plan.mentions and profile is None and _holds_nothing(memory, caller)
    )
    try:
        report = eraser.erase(plan, opt_out=do_not_remember)
        verification = VerificationStore(target.dynamodb(), target.table()).forget(caller)
        deleted = sum(at_elevenlabs.delete(c) for c in plan.conversations) if at_elevenlabs else None
    except Exception as error:
        raise CommandError(f"erasure incomplete ({error}); repeating the command finishes it") from error
    if unknown and _removed_nothing(report):
        _print_nothing_held(plan, report, target)
    else:
        _print_report(plan, report, target, watched_extractions=table is not None)
    if verification:  # CallerVerification: the factor (hashed) and requests naming the number
        print(f"  verification      {verification} removed")
    if deleted is not None:
        gone = len(plan.conversations) - deleted
        print(f"  ElevenLabs        {deleted} conversations deleted, {gone} already gone")
    return 0


def _elevenlabs_api(target: Target) -> SdkConversationsApi:
    key = optional_secret("ELEVENLABS_API_KEY", target.settings)
    if key is None:
        raise UsageError("--elevenlabs needs ELEVENLABS_API_KEY (or --stack with the key in its secret)")
    return SdkConversationsApi(key, target.settings.elevenlabs_api_url)


def opt_in(target: Target, phone: str) -> int:
    """Lift a "do not remember me": calls from now on are remembered again (nothing erased returns)."""
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    lifted = Tombstones(target.dynamodb(), target.table()).opt_in(caller)
    print(
        f"Caller {mask(caller)}: remembered again from now on"
        if lifted
        else f"Caller {mask(caller)} had not asked not to be remembered; nothing changed"
    )
    return 0


def _holds_nothing(memory: MemoryStore, caller: str) -> bool:
    """True when Mem0 was read in full and holds no memory of the caller, hidden ones included; a
    read that fails or misses a part is not taken for "nothing" (the erasure goes on regardless)."""
    try:
        held = memory.held(caller)
    except Exception:
        return False
    return not held.memories and not held.unread


def _removed_nothing(report: ErasureReport) -> bool:
    purged = (report.archived, report.unindexed, report.audits, report.index)
    return not report.profile_deleted and not report.extracting and not any(p.versions for p in purged)


def _print_nothing_held(plan: ErasurePlan, report: ErasureReport, target: Target) -> None:
    """An erasure of a number nothing was held about: said in one line, tombstone and record kept."""
    since = datetime.fromtimestamp(report.erased_at, UTC).isoformat(timespec="seconds")
    kept = (
        "nothing about this caller is remembered, now or later"
        if report.opted_out
        else f"nothing from before {since} is kept (a later call starts afresh)"
    )
    print(
        f"Nothing was held about caller {mask(plan.caller)}: nothing to delete; the tombstone is left "
        f"all the same, so {kept}"
    )
    key = _record_erasure(Archive(target.s3(), target.bucket()), _counts(plan, report))
    print(f"  erasure record    {key} (when and by whom; no personal data)")


def _print_report(
    plan: ErasurePlan, report: ErasureReport, target: Target, *, watched_extractions: bool
) -> None:
    print(f"Erased caller {mask(plan.caller)} (checked after deleting):")
    print(f"  Mem0 memories     0 left (read back from {target.settings.memory_backend})")
    if report.extracting:
        print(
            f"                    {report.extracting} conversations were still being extracted by Mem0: what "
            "it extracts is deleted when it is done"
        )
    if not watched_extractions:
        print(
            "                    (no ingestion ledger: pass --stack, or set INGESTION_LEDGER_TABLE, so that "
            "extractions still running at Mem0 are erased when they end)"
        )
    print(f"  caller profile    {1 if report.profile_deleted else 0} item deleted, none left")
    where = f"in {len(plan.conversations)} conversations"
    print(f"  archive           {report.archived.keys} objects ({report.archived.versions} versions) {where}")
    print(f"  unindexed         {report.unindexed.keys} objects ({report.unindexed.versions} versions)")
    print(f"  audit records     {report.audits.keys} objects ({report.audits.versions} versions)")
    print(f"  caller index      {report.index.keys} entries ({report.index.versions} versions)")
    since = datetime.fromtimestamp(report.erased_at, UTC).isoformat(timespec="seconds")
    if report.opted_out:
        print(
            "  tombstone         a hash of the number: nothing about this caller is remembered, now or later"
        )
    else:
        print(
            f"  tombstone         a hash of the number and the time: nothing from before {since} comes "
            "back; a later call starts afresh"
        )
    key = _record_erasure(Archive(target.s3(), target.bucket()), _counts(plan, report))
    print(f"  erasure record    {key} (when and by whom; no personal data)")


def _counts(plan: ErasurePlan, report: ErasureReport) -> dict[str, int | str]:
    return {
        "memories_left": 0,
        "profiles": int(report.profile_deleted),
        "archived_objects": report.archived.keys,
        "conversations": len(plan.conversations),
        "unindexed_objects": report.unindexed.keys,
        "audit_records": report.audits.keys,
        "index_entries": report.index.keys,
        "do_not_remember": int(report.opted_out),
    }


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
