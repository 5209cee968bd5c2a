"""``agentic-memory send``: deliver a post-call webhook the way ElevenLabs does, signed over its bytes."""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from agentic_memory import signature
from agentic_memory.errors import ConfigError
from agentic_memory.ledger import Ledger
from agentic_memory.phone import to_e164
from agentic_memory.runtime.secrets import get_secret
from agentic_memory_ops.cli.target import Target, UsageError

SAMPLE_TYPES = ("post_call_transcription", "post_call_audio", "call_initiation_failure")
# API Gateway's integration time-out: the endpoint has answered or failed by then.
TIMEOUT_SECONDS = 30.0
WAIT_SECONDS = 60.0
POLL_SECONDS = 0.25
# Ledger statuses after which nothing more happens to the call, and what they mean.
FINISHED = {
    "done": "ingested (memories and caller profile updated)",
    "archived_only": "archived only (nothing to remember, or memory is off for it)",
    "dropped": "not remembered (the caller asked to be forgotten)",
}


# What ``--at`` takes, for the CLI's help: when the sample's call ended (its webhook's time).
AT_HELP = (
    "date the sample's call as ended at this UTC moment, e.g. 2025-11-21T10:00:00Z or 2025-11-21 "
    "(default: now, so that the memory retention, MemoryRetentionDays, keeps it)"
)


# What ``--caller`` takes, for the CLI's help.
CALLER_HELP = (
    "send the transcription sample as a new call from this number (E.164, or national in "
    "DEFAULT_REGION): a fresh conversation id each time, so two sends are two calls"
)


def sample(webhook_type: str, at: datetime | None = None, caller: str | None = None) -> bytes:
    """A built-in payload of that webhook type (package data, so an installed CLI has them too), as
    of a call that has just ended (or ended ``at``): dated now, so that the memory retention keeps it.
    The samples' own dates are of the day they were recorded; every time in them moves together,
    so the call's start (``call_date``, which dates its memories and their expiry) is ``at`` less
    its duration, and it was accepted when it started. With ``caller`` (E.164), the transcription is
    of a new call from that number: every field naming the caller says it, and the conversation
    and the call have ids of their own."""
    if webhook_type not in SAMPLE_TYPES:
        raise UsageError(f"no sample of type {webhook_type!r}; choose one of {', '.join(SAMPLE_TYPES)}")
    raw = (resources.files("agentic_memory_ops") / "samples" / f"{webhook_type}.json").read_bytes()
    document = json.loads(raw)
    if caller is not None:
        if webhook_type != "post_call_transcription":
            raise UsageError(
                f"--caller sends the transcription sample; the {webhook_type} sample names no caller"
            )
        _call_from(document["data"], caller)
    ended = int(at.timestamp()) if at is not None else int(time.time())
    document["event_timestamp"] = ended
    metadata = document.get("data", {}).get("metadata")
    if webhook_type == "post_call_transcription" and isinstance(metadata, dict):
        started = ended - int(metadata.get("call_duration_secs") or 0)
        metadata["start_time_unix_secs"] = started
        if "accepted_time_unix_secs" in metadata:
            metadata["accepted_time_unix_secs"] = started
    return json.dumps(document, indent=2).encode()


def _call_from(data: dict[str, Any], caller: str) -> None:
    """The transcription sample's ``data`` as a new call from ``caller``."""
    conversation_id = f"conv_{uuid.uuid4().hex}"
    call_sid = f"CA{uuid.uuid4().hex}"
    data["conversation_id"] = conversation_id
    data["metadata"]["phone_call"].update(external_number=caller, call_sid=call_sid)
    data["conversation_initiation_client_data"]["dynamic_variables"].update(
        system__conversation_id=conversation_id,
        system__caller_id=caller,
        system__call_sid=call_sid,
        caller_id=caller,
    )


def caller_number(text: str, default_region: str) -> str:
    """``--caller``'s value in E.164, as the functions read a caller id."""
    number = to_e164(text, default_region)
    if number is None:
        raise UsageError(f"--caller takes a phone number such as +15550100002, not {text!r}")
    return number


def moment(text: str) -> datetime:
    """``--at``'s value: an ISO 8601 date or time, UTC unless it names its offset."""
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--at takes a date or time such as 2025-11-21T10:00:00Z, not {text!r}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def run(
    target: Target,
    file: str | None,
    webhook_type: str | None,
    secret: str | None,
    *,
    wait: float | None = None,
    at: datetime | None = None,
    caller: str | None = None,
) -> int:
    """POST the payload (a FILE byte for byte; a sample dated ``at``, default now, and from
    ``caller`` if given); with ``wait`` (seconds), then wait for its ingestion to end."""
    if file:
        if at is not None:
            raise UsageError("--at dates a built-in sample; a FILE is sent byte for byte")
        if caller is not None:
            raise UsageError("--caller sets a built-in sample's caller; a FILE is sent byte for byte")
        try:
            body = Path(file).read_bytes()
        except OSError as error:
            raise UsageError(f"cannot read {file}: {error.strerror}") from None
        what = file
    else:
        number = caller_number(caller, target.settings.default_region) if caller is not None else None
        body = sample(webhook_type or SAMPLE_TYPES[0], at, number)
        what = f"sample {webhook_type or SAMPLE_TYPES[0]}"
    url = target.url("post_call_url", "--url")
    headers = {
        "Content-Type": "application/json",
        "ElevenLabs-Signature": signature.sign(body, _secret(target, secret)),
    }
    print(f"POST {url}  ({what}, {len(body)} bytes, signed)")
    try:
        answer = httpx.post(url, content=body, headers=headers, timeout=TIMEOUT_SECONDS)
    except httpx.HTTPError as error:
        print(f"request failed: {error}")
        return 1
    print(f"HTTP {answer.status_code}")
    print(answer.text.rstrip("\n"))
    # ElevenLabs counts only a 200 as delivered.
    if answer.status_code != 200:
        return 1
    return _wait_for_ingestion(target, body, wait) if wait is not None else 0


def _wait_for_ingestion(target: Target, body: bytes, seconds: float) -> int:
    """Poll the ingestion ledger until the conversation's ingestion has ended (``done``, or kept
    archived only, or dropped for an erased caller); 1 if it has not within ``seconds``."""
    try:
        document = json.loads(body)
        conversation_id = str(document["data"]["conversation_id"])
    except (ValueError, KeyError, TypeError):
        raise UsageError("--wait needs a transcription webhook (data.conversation_id)") from None
    if document.get("type") != "post_call_transcription":
        raise UsageError("--wait needs a post_call_transcription: other webhooks are not ingested")
    table = target.ingestion_ledger_table()
    if not table:
        raise UsageError(
            "--wait reads the ingestion ledger: pass --local or --stack, or set INGESTION_LEDGER_TABLE"
        )
    ledger = Ledger(target.dynamodb(), table)
    deadline = time.monotonic() + seconds
    progress = ledger.get(conversation_id)
    while progress is None or progress.status not in FINISHED:
        if time.monotonic() > deadline:
            state = progress.status if progress else "not started"
            print(f"{conversation_id}: ingestion not finished after {seconds:.0f} s ({state}); see the logs")
            return 1
        time.sleep(POLL_SECONDS)
        progress = ledger.get(conversation_id)
    print(f"{conversation_id}: {FINISHED[progress.status]}")
    return 0


def _secret(target: Target, given: str | None) -> str:
    if given:
        return given
    try:
        return get_secret("ELEVENLABS_HMAC_KEY", target.settings)
    except ConfigError as error:
        raise UsageError(
            f"no webhook secret: pass --secret or --stack, or set ELEVENLABS_HMAC_KEY ({error})"
        ) from None
