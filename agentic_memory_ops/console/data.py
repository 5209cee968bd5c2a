"""What the console shows, read as the functions and the CLI read it (one ``Target``).

The callers come from the profile table (one scan page at a time), a caller's brief and variables from
``greeting`` (what ClientData would answer now), the memories from the memory store, the conversations
from the archive (transcript and analysis as ElevenLabs sent them, the recording by presigned URL),
and a search from ``search.search_memories``, the code Retrieve runs. Actions (export, forget, replay,
doctor) are the CLI's own functions; what they print is what the console shows.
"""

from __future__ import annotations

import contextlib
import io
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from agentic_memory.archive import Archive, audio_key, conversation_prefix, transcription_key
from agentic_memory.greeting import dynamic_variables
from agentic_memory.ledger import Ledger
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS, MemoryRecord, MemoryStore
from agentic_memory.models import SearchRequest
from agentic_memory.phone import mask, to_e164
from agentic_memory.profiles import CallerProfile, ProfileStore
from agentic_memory.runtime import queue
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory.search import search_memories
from agentic_memory.sensitive import ALL_KINDS, redact_transcription
from agentic_memory_ops.cli.access import held, record_exact_access
from agentic_memory_ops.cli.doctor import run as run_doctor
from agentic_memory_ops.cli.forget import run as forget_caller
from agentic_memory_ops.cli.replay import RECEIVE_WAIT_SECONDS, LambdaInvoker, run_dead_letters
from agentic_memory_ops.cli.target import Target

if TYPE_CHECKING:
    from mypy_boto3_sqs import SQSClient
    from mypy_boto3_sqs.type_defs import MessageTypeDef

PAGE_SIZE = 25
AUDIO_LINK_SECONDS = 3600
# The dead-letter queue is read up to this many messages a look; while a look reads them they are
# hidden (so that none comes twice), and all are visible again as soon as it ends.
DEAD_LETTERS_READ = 100
LOOK_SECONDS = 30
UNUSABLE = "a message replay cannot use"
NO_REASON = "reason not recorded; replay shows it"
# What each step of PostCall's ingestion queue is, in the words of the Operations page.
STEPS = {"ingest": "ingestion", "confirm": "extraction check", "audio": "recording check", "erase": "erasure"}
_NOT_CALLERS = ("tombstone#",)  # the profile table also holds erasure tombstones
STDOUT_LOCK = threading.Lock()  # the process's stdout is borrowed by one command at a time


@dataclass(frozen=True)
class CallerRow:
    caller: str
    name: str
    calls: int
    last_call: str
    last_agent: str


@dataclass(frozen=True)
class Turn:
    role: str
    message: str
    at_seconds: int | None


@dataclass(frozen=True)
class Conversation:
    conversation_id: str
    started: str
    agent_id: str
    duration_seconds: int | None
    title: str
    summary: str
    collected: dict[str, str]
    evaluations: dict[str, str]
    turns: list[Turn]
    audio_url: str | None
    exact: bool = False  # as received; otherwise with its secrets redacted (``sensitive``)


@dataclass(frozen=True)
class DeadLetter:
    """One piece of work in the dead-letter queue, however many of its messages are there: a
    conversation's step (or an erasure's caller), why it failed where that is recorded, and when
    its oldest message was queued (SQS keeps that time when it moves a message to the dead-letter
    queue, and records no time of the move)."""

    subject: str  # the conversation; "caller +1********02" for an erasure; or UNUSABLE
    step: str  # ingestion, extraction check, recording check, erasure, unknown
    count: int  # its messages in the queue
    reason: str
    first_queued: datetime | None


@dataclass(frozen=True)
class CallerDetail:
    caller: str
    profile: CallerProfile | None
    told: dict[str, str]
    memories: list[MemoryRecord]
    memory_error: str | None
    conversations: list[Conversation] = field(default_factory=list)
    agent: str = ""  # the agent the page answers as (what a private category allows is per agent)


def _last_agent(profile: CallerProfile | None) -> str | None:
    calls = profile.brief.calls if profile else []
    return calls[0].agent or None if calls else None


def printed(action: Callable[[], int]) -> tuple[int, str]:
    """Run a CLI function and keep what it prints (one at a time: stdout is the process's)."""
    out = io.StringIO()
    with STDOUT_LOCK, contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = action()
        except Exception as error:  # the CLI's own errors say what went wrong in one line
            print(f"{type(error).__name__}: {error}")
            code = 1
    return code, out.getvalue()


class ConsoleData:
    def __init__(self, target: Target) -> None:
        self.target = target
        self.settings = target.settings

    # -- callers ------------------------------------------------------------------------------------

    def callers(self, start: dict[str, Any] | None = None) -> tuple[list[CallerRow], dict[str, Any] | None]:
        """One page of callers, and where the next page starts (None at the end)."""
        rows: list[CallerRow] = []
        cursor = start
        while len(rows) < PAGE_SIZE:
            request: dict[str, Any] = {"TableName": self.target.table(), "Limit": PAGE_SIZE}
            if cursor:
                request["ExclusiveStartKey"] = cursor
            page = self.target.dynamodb().scan(**request)
            for item in page.get("Items", []):
                key = item.get("pk", {}).get("S", "")
                if key and not key.startswith(_NOT_CALLERS):
                    rows.append(self._row(CallerProfile.from_item(item)))
            cursor = page.get("LastEvaluatedKey")
            if not cursor:
                break
        return sorted(rows, key=lambda row: row.last_call, reverse=True), cursor

    def find(self, text: str) -> list[CallerRow]:
        """Callers by number (exact, in any usual form) or by name (a case-blind substring)."""
        number = to_e164(text, self.settings.default_region)
        if number:
            profile = self._profiles().get(number)
            return [self._row(profile)] if profile else []
        wanted = text.strip().casefold()
        found: list[CallerRow] = []
        cursor: dict[str, Any] | None = None
        while wanted:
            rows, cursor = self.callers(cursor)
            found += [row for row in rows if wanted in row.name.casefold()]
            if cursor is None or len(found) >= PAGE_SIZE:
                return found[:PAGE_SIZE]
        return found

    def _row(self, profile: CallerProfile) -> CallerRow:
        brief = profile.brief
        calls = brief.calls
        last = calls[0] if calls else None
        return CallerRow(
            caller=profile.caller_id,
            name=_name(profile),
            calls=profile.call_count,
            last_call=last.date if last else "",
            last_agent=last.agent if last else "",
        )

    # -- one caller ---------------------------------------------------------------------------------

    def caller(self, caller: str, agent_id: str | None = None, exact: str | None = None) -> CallerDetail:
        """One caller's page; every transcript with its secrets redacted, except conversation
        ``exact``, whose reading ``record_exact`` has recorded."""
        profile = self._profiles().get(caller)
        agent_id = agent_id or _last_agent(profile)
        memories: list[MemoryRecord] = []
        error = None
        try:
            memories = self._memory().all_of(caller)
        except Exception as failure:
            error = f"{type(failure).__name__}: {str(failure)[:200]}"
        archive = Archive(self.target.s3(), self.target.bucket())
        conversations = [
            self._conversation(archive, c, exact=c == exact) for c in archive.caller_conversations(caller)
        ]
        conversations.sort(key=lambda c: c.started, reverse=True)
        return CallerDetail(
            caller=caller,
            profile=profile,
            told=dynamic_variables(caller, profile, self.settings, agent_id),
            agent=agent_id or "",
            memories=sorted(memories, key=_memory_day, reverse=True),
            memory_error=error,
            conversations=conversations,
        )

    def record_exact(self, caller: str, conversation_id: str) -> bool:
        """Record that the operator reads ``conversation_id``'s exact text (``record_exact_access``);
        False when it is not one of ``caller``'s conversations."""
        archive = Archive(self.target.s3(), self.target.bucket())
        if conversation_id not in archive.caller_conversations(caller):
            return False
        record_exact_access(self.target, [conversation_id], via="console")
        return True

    def _conversation(self, archive: Archive, conversation_id: str, *, exact: bool = False) -> Conversation:
        try:
            data = json.loads(archive.get(transcription_key(conversation_id))).get("data") or {}
        except Exception:  # audio or a failure without its transcription
            data = {}
        if not exact and isinstance(data, dict):
            redact_transcription(data, frozenset(ALL_KINDS))
        metadata = data.get("metadata") or {}
        analysis = data.get("analysis") or {}
        started = metadata.get("start_time_unix_secs")
        audio = audio_key(conversation_id)
        return Conversation(
            conversation_id=conversation_id,
            started=datetime.fromtimestamp(started, UTC).strftime("%Y-%m-%d %H:%M UTC") if started else "",
            agent_id=str(data.get("agent_id") or ""),
            duration_seconds=metadata.get("call_duration_secs"),
            title=str(analysis.get("call_summary_title") or ""),
            summary=str(analysis.get("transcript_summary") or ""),
            collected={
                str(v.get("data_collection_id") or k): str(v.get("value"))
                for k, v in (analysis.get("data_collection_results") or {}).items()
                if isinstance(v, dict) and v.get("value") not in (None, "")
            },
            evaluations={
                str(v.get("criteria_id") or k): str(v.get("result"))
                for k, v in (analysis.get("evaluation_criteria_results") or {}).items()
                if isinstance(v, dict)
            },
            turns=[
                Turn(str(t.get("role") or ""), str(t.get("message") or ""), t.get("time_in_call_secs"))
                for t in data.get("transcript") or []
                if isinstance(t, dict) and t.get("message")
            ],
            audio_url=self._audio_url(archive, audio) if archive.exists(audio) else None,
            exact=exact,
        )

    def _audio_url(self, archive: Archive, key: str) -> str:
        url: str = self.target.s3().generate_presigned_url(
            "get_object", Params={"Bucket": archive.bucket, "Key": key}, ExpiresIn=AUDIO_LINK_SECONDS
        )
        return url

    def search(self, caller: str, query: str, agent_id: str | None = None) -> dict[str, Any]:
        """What Retrieve would answer ``agent_id`` (by default the agent of the caller's last call) for
        ``query``: the same code, the same store."""
        agent_id = agent_id or _last_agent(self._profiles().get(caller))
        request = SearchRequest(query=query, caller_id=caller, agent_id=agent_id)
        return search_memories(request, self._memory, self.settings)

    def export(self, caller: str) -> bytes:
        return json.dumps(held(self.target, caller), indent=2, ensure_ascii=False).encode() + b"\n"

    # -- actions: the CLI's own ---------------------------------------------------------------------

    def forget(self, caller: str) -> tuple[int, str]:
        return printed(lambda: forget_caller(self.target, caller, assume_yes=True))

    def doctor(self) -> tuple[int, str]:
        return printed(lambda: run_doctor(self.target))

    def dead_letters(self) -> list[DeadLetter]:
        """The dead-letter queue, each conversation's step once with how many messages it has there,
        oldest first; every message is left in the queue."""
        if not self.target.queue_url:
            return []
        groups: dict[tuple[str, str], list[MessageTypeDef]] = {}
        for message in _look(self.target.sqs(), self.target.queue_url):
            groups.setdefault(_identity(message.get("Body", "")), []).append(message)
        table = self.target.ingestion_ledger_table()
        ledger = Ledger(self.target.dynamodb(), table) if table else None
        letters = []
        for (identity, step), messages in groups.items():
            sent = [int(m.get("Attributes", {}).get("SentTimestamp") or 0) for m in messages]
            first = min((ms for ms in sent if ms > 0), default=None)
            letters.append(
                DeadLetter(
                    subject=f"caller {mask(identity)}" if step == "erase" else identity,
                    step=STEPS.get(step, step),
                    count=len(messages),
                    reason=_reason(identity, step, messages, ledger),
                    first_queued=datetime.fromtimestamp(first / 1000, UTC) if first else None,
                )
            )
        undated = datetime.max.replace(tzinfo=UTC)  # last
        return sorted(letters, key=lambda letter: letter.first_queued or undated)

    def replay_dead_letters(self) -> tuple[int, str]:
        invoke = LambdaInvoker(self.target.lambda_client(), self.target.post_call_function())
        return printed(
            lambda: run_dead_letters(
                self.target.sqs(), self.target.dead_letter_queue(), invoke, self.target.bucket(), None
            )
        )

    def ingestion_problems(self) -> list[tuple[str, str, str]]:
        """Conversations whose ingestion is unfinished or has a failed chunk: id, status, error."""
        table = self.target.ingestion_ledger_table()
        if not table:
            return []
        items = self.target.dynamodb().scan(TableName=table, Limit=200).get("Items", [])
        problems = []
        for item in items:
            status = item.get("status", {}).get("S", "started")
            errors = [
                chunk["M"]["error"]["S"]
                for chunk in item.get("chunks", {}).get("M", {}).values()
                if "error" in chunk.get("M", {})
            ]
            if errors or status in ("started", "erasing"):
                problems.append((item["id"]["S"], status, "; ".join(errors)))
        return problems

    def _profiles(self) -> ProfileStore:
        return ProfileStore(self.target.dynamodb(), self.target.table())

    def _memory(self) -> MemoryStore:
        return open_memory_store(self.settings, INGEST_TIMEOUT_SECONDS)


def _name(profile: CallerProfile) -> str:
    names = [call.name for call in profile.brief.calls if call.name]
    return names[0] if names else ""


def _memory_day(record: MemoryRecord) -> str:
    return str(record.metadata.get("call_date") or (record.created_at or "")[:10])


def _look(sqs: SQSClient, queue_url: str) -> list[MessageTypeDef]:
    """The queue's messages (up to ``DEAD_LETTERS_READ``), each once, visible again at once after."""
    messages: list[MessageTypeDef] = []
    try:
        while len(messages) < DEAD_LETTERS_READ:
            batch = sqs.receive_message(
                QueueUrl=queue_url,
                MaxNumberOfMessages=min(10, DEAD_LETTERS_READ - len(messages)),
                VisibilityTimeout=LOOK_SECONDS,
                WaitTimeSeconds=RECEIVE_WAIT_SECONDS,
                AttributeNames=["SentTimestamp"],
            ).get("Messages", [])
            if not batch:
                break
            messages.extend(batch)
    finally:
        for start in range(0, len(messages), 10):
            entries = messages[start : start + 10]
            sqs.change_message_visibility_batch(
                QueueUrl=queue_url,
                Entries=[
                    {"Id": str(n), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
                    for n, m in enumerate(entries)
                ],
            )
    return messages


def _identity(body: str) -> tuple[str, str]:
    """What a dead letter stands for: the conversation (an erasure's caller) and the step that failed.
    S3's notification, a deferred ingestion and Lambda's failure record of either all ingest."""
    record = _document(body)
    if isinstance(record, dict) and isinstance(record.get("requestPayload"), dict):
        return _conversation_of(record["requestPayload"]), "ingest"
    match message := queue.parse(body):
        case queue.Notification(event=event):
            return _conversation_of(event), "ingest"
        case queue.Ingest() | queue.Confirm() | queue.RecordingCheck():
            return _conversation(message.conversation_id), message.step
        case queue.Erase(caller=caller):
            return caller, "erase"
    return UNUSABLE, "unknown"


def _reason(identity: str, step: str, messages: list[MessageTypeDef], ledger: Ledger | None) -> str:
    """Why it failed, where that is recorded: Lambda's failure record carries the error; the
    ingestion ledger keeps Mem0's error for each chunk it failed to extract."""
    for message in messages:
        if why := _why(message.get("Body", "")):
            return why
    if step == "erase":
        return (
            "reason not recorded; replay does not run erasures: erase the caller with agentic-memory forget"
        )
    if identity == UNUSABLE:
        return "reason not recorded; not a message replay can run"
    progress = ledger.get(identity) if ledger is not None else None
    errors = [
        f"Mem0 failed to extract chunk {index}: {chunk.error}"
        for index, chunk in sorted(progress.chunks.items() if progress else [])
        if chunk.error
    ]
    return "; ".join(errors)[:500] if errors else NO_REASON


def _conversation(conversation_id: str) -> str:
    try:
        conversation_prefix(conversation_id)  # refuses what is not a conversation id
    except ValueError:
        return UNUSABLE
    return conversation_id


def _conversation_of(event: dict[str, Any] | None) -> str:
    try:
        key = str(event["Records"][0]["s3"]["object"]["key"]) if event else ""
    except (KeyError, IndexError, TypeError):
        key = ""
    return _conversation(key.split("/")[1]) if key.startswith("conversations/") else UNUSABLE


def _document(body: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def _why(body: str) -> str:
    document = _document(body)
    response = document.get("responsePayload") if isinstance(document, dict) else None
    return str(response.get("errorMessage", ""))[:500] if isinstance(response, dict) else ""
