"""``agentic-memory replay``: run ingestion again, for named conversations or for every dead letter.

A replay is the S3 ``ObjectCreated`` event PostCall would have received, invoked synchronously so
the operator sees each result. Ingestion is idempotent per conversation, so replaying one that did
succeed changes nothing. Dead letters are Lambda's OnFailure destination records: the original
event is their ``requestPayload``. A message is deleted only once its replay succeeded.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from agentic_memory.archive import conversation_id_from_key, conversation_prefix, transcription_key
from agentic_memory.runtime import queue
from agentic_memory_ops.cli.target import UsageError
from agentic_memory_ops.events import s3_event

if TYPE_CHECKING:
    from mypy_boto3_lambda import LambdaClient
    from mypy_boto3_sqs import SQSClient
    from mypy_boto3_sqs.type_defs import MessageTypeDef

# Dead letters being replayed stay hidden this long; any not replayed are released at the end anyway.
HOLD_SECONDS = 15 * 60
RECEIVE_WAIT_SECONDS = 1


@dataclass(frozen=True)
class Outcome:
    ok: bool
    detail: str


Invoker = Callable[[dict[str, Any]], Outcome]


class LambdaInvoker:
    """Invoke the PostCall function synchronously; every failure is an ``Outcome``, never an exception."""

    def __init__(self, client: LambdaClient, function_name: str) -> None:
        self._client = client
        self.function_name = function_name

    def __call__(self, event: dict[str, Any]) -> Outcome:
        try:
            response = self._client.invoke(
                FunctionName=self.function_name,
                InvocationType="RequestResponse",
                Payload=json.dumps(event).encode(),
            )
            payload = _json(response["Payload"].read())
        except (BotoCoreError, ClientError) as error:
            return Outcome(False, str(error))
        if response.get("FunctionError"):
            message = payload.get("errorMessage") if isinstance(payload, dict) else None
            return Outcome(False, str(message or payload or response["FunctionError"]))
        return Outcome(True, summary(payload))


def summary(payload: Any) -> str:
    """PostCall's answer to an S3 event, in a few words."""
    results = payload.get("ingested") if isinstance(payload, dict) else None
    if not isinstance(results, list):
        return str(payload)[:200]
    if not results:
        return "nothing to ingest"
    parts = []
    for result in results:
        if result.get("status") == "archived_only":
            parts.append("archived only, no caller number")
        elif result.get("status") == "expired":
            parts.append("archived only, the call is older than the retention period")
        elif result.get("status") == "busy":
            until = result.get("until")
            when = time.strftime("%H:%M:%S UTC", time.gmtime(until)) if isinstance(until, int) else "soon"
            parts.append(f"busy: another ingestion holds it until {when}; queued to run again then")
        else:
            counted = "" if result.get("counted", True) else ", already counted"
            parts.append(
                f"{result.get('status')}, {result.get('memories_stored', 0)} factual memories{counted}"
            )
    return "; ".join(parts)


def run_conversations(bucket: str, conversation_ids: Sequence[str], invoke: Invoker) -> int:
    for conversation_id in conversation_ids:
        try:
            conversation_prefix(conversation_id)
        except ValueError as error:
            raise UsageError(str(error)) from None
    failed = 0
    for number, conversation_id in enumerate(conversation_ids, 1):
        outcome = invoke(s3_event(bucket, transcription_key(conversation_id), region=_region()))
        failed += not outcome.ok
        _progress(number, len(conversation_ids), conversation_id, outcome)
    if len(conversation_ids) > 1:
        print(f"Replayed {len(conversation_ids)}: {len(conversation_ids) - failed} ok, {failed} failed")
    return 1 if failed else 0


def run_dead_letters(
    sqs: SQSClient, queue_url: str, invoke: Invoker, bucket: str, limit: int | None = None
) -> int:
    messages = _receive(sqs, queue_url, limit)
    if not messages:
        print("The dead-letter queue is empty.")
        return 0
    pending = {message["ReceiptHandle"] for message in messages}
    failed = 0
    try:
        for number, message in enumerate(messages, 1):
            event = original_event(message.get("Body", ""), bucket)
            if event is None:
                outcome = Outcome(False, "not an ingestion message nor a Lambda record; left in the queue")
            else:
                outcome = invoke(event)
            handle = message["ReceiptHandle"]
            if outcome.ok:
                sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=handle)
            else:
                failed += 1
                sqs.change_message_visibility(QueueUrl=queue_url, ReceiptHandle=handle, VisibilityTimeout=0)
            pending.discard(handle)
            _progress(number, len(messages), _label(event, message), outcome)
    finally:
        for handle in pending:  # interrupted: give the rest back to the queue at once
            sqs.change_message_visibility(QueueUrl=queue_url, ReceiptHandle=handle, VisibilityTimeout=0)
    kept = f", {failed} failed and kept in the queue" if failed else ""
    print(f"Replayed {len(messages)} dead letters: {len(messages) - failed} ok and deleted{kept}")
    return 1 if failed else 0


def original_event(body: str, bucket: str) -> dict[str, Any] | None:
    """The S3 event that re-runs what a dead letter stands for. The ingestion queue's dead letters
    are S3's notification itself, or an extraction check of a conversation (whose replay re-sends
    the chunks Mem0 failed to extract); an OnFailure destination record carries the event as its
    ``requestPayload``."""
    record = _json(body.encode())
    if isinstance(record, dict) and isinstance(record.get("requestPayload"), dict):
        payload: dict[str, Any] = record["requestPayload"]
        return payload
    match queue.parse(body):
        case queue.Notification(event=event):
            return event
        case (
            queue.Ingest(conversation_id=conversation_id)
            | queue.Confirm(conversation_id=conversation_id)
            | queue.RecordingCheck(conversation_id=conversation_id)
        ):
            try:
                conversation_prefix(conversation_id)  # refuses what is not a conversation id
            except ValueError:
                return None
            return s3_event(bucket, transcription_key(conversation_id), region=_region())
    return None


def _receive(sqs: SQSClient, queue_url: str, limit: int | None) -> list[MessageTypeDef]:
    """Every visible message (up to ``limit``), hidden from others while this run replays them."""
    messages: list[MessageTypeDef] = []
    while limit is None or len(messages) < limit:
        wanted = 10 if limit is None else min(10, limit - len(messages))
        batch = sqs.receive_message(
            QueueUrl=queue_url,
            MaxNumberOfMessages=wanted,
            VisibilityTimeout=HOLD_SECONDS,
            WaitTimeSeconds=RECEIVE_WAIT_SECONDS,
        ).get("Messages", [])
        if not batch:
            break
        messages.extend(batch)
    return messages


def _label(event: dict[str, Any] | None, message: MessageTypeDef) -> str:
    try:
        key = unquote_plus(event["Records"][0]["s3"]["object"]["key"]) if event else None
    except (KeyError, IndexError, TypeError):
        key = None
    if key:
        return conversation_id_from_key(key) or key
    return f"message {message.get('MessageId', '?')}"


def _progress(number: int, total: int, label: str, outcome: Outcome) -> None:
    status = f"ok ({outcome.detail})" if outcome.ok else f"FAILED: {outcome.detail}"
    print(f"[{number}/{total}] {label} {status}", flush=True)


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw.decode("utf-8", "replace")[:200]


def _region() -> str:
    return boto3.session.Session().region_name or "us-east-1"
