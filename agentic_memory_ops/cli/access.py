"""``agentic-memory show`` and ``export``: what is held about one caller (a data-subject access request).

``show`` prints it for the operator: what ClientData would tell an agent now (the brief), the memories
Mem0 holds with their dates, the conversations archived, and whether the caller asked not to be
remembered. ``export`` writes the same into one file for the caller: JSON, or a zip that also holds
the transcripts and the recordings. Nothing is changed; numbers are masked on screen, not in the
export (it is the caller's own data).

The transcripts in the zip have their secrets redacted (``sensitive``: cards, accounts, national
ids, PINs, passwords, access and one-time codes), as memory has them, unless the operator asks for the
exact text with ``--exact``: then they are the bytes as received, and an audit record says who asked,
when, for which conversations — never what they hold (``record_exact_access``, under ``access-log/``
in the archive; the console's "Show the exact text" writes the same record). A recording says the
values aloud whatever the flag (docs/privacy.md).

The memories are all those Mem0 holds, not only those agents are told of: expired, superseded and
merged memories are hidden from its default reads but kept (docs: platform/features/memory-expiration,
platform/features/dream), each marked with why (``hidden``). What could not be read (a page Mem0
failed to answer) is listed (``memories_unread``), and the command then exits 1: the request is
incomplete.
"""

from __future__ import annotations

import getpass
import json
import sys
import uuid
import zipfile
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import boto3

from agentic_memory.archive import Archive, audio_key, failure_key, transcription_key
from agentic_memory.erasure import Tombstones
from agentic_memory.greeting import dynamic_variables
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory.sensitive import ALL_KINDS, redact_transcription
from agentic_memory_ops.cli.target import CommandError, Target, UsageError

# Where the audit records of exact-text reads go in the archive: outside ``callers/`` and
# ``conversations/``, so that forgetting a caller keeps the record that their calls were read.
ACCESS_LOG_PREFIX = "access-log/exact/"


def held(target: Target, caller: str) -> dict[str, Any]:
    """Everything held about ``caller``, as one JSON-ready document."""
    archive = Archive(target.s3(), target.bucket())
    profile = ProfileStore(target.dynamodb(), target.table()).get(caller)
    stone = Tombstones(target.dynamodb(), target.table()).of_caller(caller)
    try:
        memories = open_memory_store(target.settings, INGEST_TIMEOUT_SECONDS).held(caller)
    except Exception as error:
        raise CommandError(f"cannot read Mem0: {error}") from error
    return {
        "caller": caller,
        "do_not_remember": bool(stone and stone.opted_out),
        "erased_before": stone.erased_at if stone else None,
        "told_to_agents": dynamic_variables(caller, profile, target.settings) if profile else None,
        "profile": {
            "call_count": profile.call_count,
            "memory_count": profile.memory_count,
            "brief": json.loads(profile.brief.to_json()),
        }
        if profile
        else None,
        "memories": [asdict(record) for record in memories.memories],
        "memories_unread": memories.unread,
        "conversations": [
            {"conversation_id": c, "archived": [k for k in _keys(c) if archive.exists(k)]}
            for c in archive.caller_conversations(caller)
        ],
    }


def show(target: Target, phone: str) -> int:
    caller = _caller(target, phone)
    document = held(target, caller)
    print(f"Caller {mask(caller)}")
    if document["do_not_remember"]:
        print("  asked not to be remembered: nothing of their calls is kept")
    told = document["told_to_agents"]
    print(f"  brief             {'none' if told is None else told['memory_context']}")
    hidden = [reason for memory in document["memories"] for reason in memory["hidden"][:1]]
    why = ", ".join(f"{hidden.count(reason)} {reason}" for reason in sorted(set(hidden), key=_hidden_order))
    print(f"  memories          {len(document['memories'])}{f' ({why}: hidden from agents)' if why else ''}")
    for memory in document["memories"]:
        day = memory["metadata"].get("call_date") or (memory["created_at"] or "")[:10]
        mark = f"  [{', '.join(memory['hidden'])}]" if memory["hidden"] else ""
        print(f"    {day}  {memory['memory']}{mark}")
    for part in document["memories_unread"]:
        print(f"  NOT READ          {part}")
    print(f"  conversations     {len(document['conversations'])}")
    for conversation in document["conversations"]:
        names = ", ".join(key.rsplit("/", 1)[1] for key in conversation["archived"]) or "nothing archived"
        print(f"    {conversation['conversation_id']}  {names}")
    return _complete(document)


def export(target: Target, phone: str, output: str, *, with_recordings: bool, exact: bool = False) -> int:
    """What is held about a caller to ``output``; with ``with_recordings`` a zip with the transcripts
    (secrets redacted unless ``exact``, which writes an audit record first) and the recordings."""
    caller = _caller(target, phone)
    document = held(target, caller)
    path = Path(output)
    if not with_recordings:
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        archive = Archive(target.s3(), target.bucket())
        conversations = [c["conversation_id"] for c in document["conversations"]]
        if exact and conversations:
            record_exact_access(target, conversations, via="export --exact")
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr("caller.json", json.dumps(document, indent=2, ensure_ascii=False) + "\n")
            for conversation in document["conversations"]:
                for key in conversation["archived"]:
                    bundle.writestr(key, archive.get(key) if exact else redacted(archive.get(key)))
        if not exact:
            print("Transcripts with their secrets redacted (--exact: as received, and recorded as read)")
    print(f"Exported what is held about {mask(caller)} to {path}")
    return _complete(document)


def redacted(archived: bytes) -> bytes:
    """An archived webhook with the secrets of its transcript and analysis redacted; the bytes as they
    are when it holds none (or is not a transcription)."""
    try:
        document = json.loads(archived)
    except ValueError:
        return archived
    data = document.get("data") if isinstance(document, dict) else None
    if not isinstance(data, dict) or not redact_transcription(data, frozenset(ALL_KINDS)):
        return archived
    return json.dumps(document, indent=2, ensure_ascii=False).encode() + b"\n"


def record_exact_access(target: Target, conversation_ids: list[str], *, via: str) -> str:
    """Write an audit record of an operator reading conversations' exact text: who, when, which
    conversations, how; never their content. Returns its key. Written before the text is shown: when
    it cannot be written, the exact text is not shown."""
    now = datetime.now(UTC)
    record = {
        "at": now.isoformat(timespec="seconds"),
        "operator": operator(),
        "via": via,
        "conversation_ids": conversation_ids,
    }
    key = f"{ACCESS_LOG_PREFIX}{now.date().isoformat()}/{now.strftime('%H%M%S')}-{uuid.uuid4().hex[:12]}.json"
    Archive(target.s3(), target.bucket()).put(key, json.dumps(record).encode())
    return key


def operator() -> str:
    """Who is asking: the AWS identity the command runs as (its ARN), else the local user."""
    try:
        arn: str = boto3.client("sts").get_caller_identity()["Arn"]
        return arn
    except Exception:  # no credentials (local mode), or no network: the account on this machine
        return f"local user {getpass.getuser()}"


def _complete(document: dict[str, Any]) -> int:
    """0, or 1 with a warning when part of the memories could not be read: an incomplete request."""
    unread = document["memories_unread"]
    if not unread:
        return 0
    print(
        f"Incomplete: {len(unread)} part(s) of the memories could not be read (listed as memories_unread); "
        "run it again",
        file=sys.stderr,
    )
    return 1


def _hidden_order(reason: str) -> tuple[int, str]:
    order = ("expired", "superseded", "merged")
    return (order.index(reason) if reason in order else len(order), reason)


def _keys(conversation_id: str) -> list[str]:
    return [transcription_key(conversation_id), audio_key(conversation_id), failure_key(conversation_id)]


def _caller(target: Target, phone: str) -> str:
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    return caller
