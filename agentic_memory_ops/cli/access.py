"""``agentic-memory show`` and ``export``: what is held about one caller (a data-subject access request).

``show`` prints it for the operator: what ClientData would tell an agent now (the brief), the memories
Mem0 holds with their dates, the conversations archived, and whether the caller asked not to be
remembered. ``export`` writes the same into one file for the caller: JSON, or a zip that also holds
the transcripts as received and the recordings. Nothing is changed; numbers are masked on screen,
not in the export (it is the caller's own data).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from agentic_memory.archive import Archive, audio_key, failure_key, transcription_key
from agentic_memory.erasure import Tombstones
from agentic_memory.greeting import dynamic_variables
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory_ops.cli.target import CommandError, Target, UsageError


def held(target: Target, caller: str) -> dict[str, Any]:
    """Everything held about ``caller``, as one JSON-ready document."""
    archive = Archive(target.s3(), target.bucket())
    profile = ProfileStore(target.dynamodb(), target.table()).get(caller)
    stone = Tombstones(target.dynamodb(), target.table()).of_caller(caller)
    try:
        memories = open_memory_store(target.settings, INGEST_TIMEOUT_SECONDS).all_of(caller)
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
        "memories": [asdict(record) for record in memories],
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
    print(f"  memories          {len(document['memories'])}")
    for memory in document["memories"]:
        day = memory["metadata"].get("call_date") or (memory["created_at"] or "")[:10]
        print(f"    {day}  {memory['memory']}")
    print(f"  conversations     {len(document['conversations'])}")
    for conversation in document["conversations"]:
        names = ", ".join(key.rsplit("/", 1)[1] for key in conversation["archived"]) or "nothing archived"
        print(f"    {conversation['conversation_id']}  {names}")
    return 0


def export(target: Target, phone: str, output: str, *, with_recordings: bool) -> int:
    caller = _caller(target, phone)
    document = held(target, caller)
    path = Path(output)
    if not with_recordings:
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        archive = Archive(target.s3(), target.bucket())
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr("caller.json", json.dumps(document, indent=2, ensure_ascii=False) + "\n")
            for conversation in document["conversations"]:
                for key in conversation["archived"]:
                    bundle.writestr(key, archive.get(key))
    print(f"Exported what is held about {mask(caller)} to {path}")
    return 0


def _keys(conversation_id: str) -> list[str]:
    return [transcription_key(conversation_id), audio_key(conversation_id), failure_key(conversation_id)]


def _caller(target: Target, phone: str) -> str:
    caller = to_e164(phone, target.settings.default_region)
    if caller is None:
        raise UsageError(f"not a phone number: {phone!r}")
    return caller
