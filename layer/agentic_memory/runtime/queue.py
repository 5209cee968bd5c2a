"""The messages PostCall's ingestion queue carries, defined once: parsed here, sent from here.

One module for every kind, so that the functions that send them (PostCall itself, Retrieve's
``forget_me`` tool), the one that reads them (``runtime.ingestion``) and ``agentic-memory replay``
agree, and a sender need not import ingestion:

* ``Notification``: S3's ``ObjectCreated`` notification of an archived transcription (ingest it);
* ``Ingest``: ingest a conversation later, because another invocation held it (a deferral);
* ``Confirm``: check a conversation's extractions once Mem0 has had time (``Ingestor.confirm``); its
  ``round`` counts this chain of checks, so that duplicate chains never exhaust each other's budget;
* ``RecordingCheck``: check a conversation's recording (``recording``);
* ``Erase``: erase a caller who asked not to be remembered (``erasure.Eraser``). It carries the caller's
  number, in the queue only until PostCall takes it (or in the dead-letter queue, if it keeps failing);
* ``Unknown``: anything else (S3 sends an ``s3:TestEvent`` when the notification is configured).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass
from typing import Any

from aws_lambda_powertools import Logger

from agentic_memory.runtime import aws
from agentic_memory.settings import MAX_EXTRACTION_CHECK_SECONDS, get_settings

logger = Logger(child=True)


@dataclass(frozen=True)
class Notification:
    event: dict[str, Any]  # S3's event: {"Records": [...]}


@dataclass(frozen=True)
class Ingest:
    conversation_id: str
    step: str = "ingest"


@dataclass(frozen=True)
class Confirm:
    conversation_id: str
    round: int = 0  # checks this chain made before this one
    step: str = "confirm"


@dataclass(frozen=True)
class RecordingCheck:
    conversation_id: str
    attempt: int = 0
    step: str = "audio"


@dataclass(frozen=True)
class Erase:
    caller: str
    step: str = "erase"


@dataclass(frozen=True)
class Unknown:
    body: str


Message = Notification | Ingest | Confirm | RecordingCheck | Erase | Unknown


def parse(body: str) -> Message:
    """A queue message's body as its type; what is not ours is ``Unknown``, never an error."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        document = None
    message: Message
    match document:
        case {"Records": list()}:
            message = Notification(document)
        case {"step": "ingest", "conversation_id": str(conversation_id)}:
            message = Ingest(conversation_id)
        case {"step": "confirm", "conversation_id": str(conversation_id)}:
            message = Confirm(conversation_id, _count(document, "round"))
        case {"step": "audio", "conversation_id": str(conversation_id)}:
            message = RecordingCheck(conversation_id, _count(document, "attempt"))
        case {"step": "erase", "caller": str(caller)}:
            message = Erase(caller)
        case _:
            message = Unknown(body[:200])
    return message


def _count(document: dict[str, Any], name: str) -> int:
    value = document.get(name, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def extraction_check(conversation_id: str, rounds: int) -> None:
    """Bring the conversation back to PostCall once Mem0 has had time to extract: after
    ``EXTRACTION_CHECK_SECONDS``, then twice as long each round (Mem0 takes seconds for a short call,
    longer when busy), at most the 15 minutes SQS can delay a message."""
    settings = get_settings()
    delay = min(settings.extraction_check_seconds * 2 ** max(rounds - 1, 0), MAX_EXTRACTION_CHECK_SECONDS)
    send(Confirm(conversation_id, rounds), delay)
    logger.info("Extraction check queued", extra={"delay_seconds": delay, "round": rounds})


def recording_check(conversation_id: str, attempt: int, delay: int) -> None:
    send(RecordingCheck(conversation_id, attempt), delay)


def erasure(caller: str) -> None:
    """Erase the caller in the background (the ``forget_me`` tool cannot wait for Mem0 on the line)."""
    send(Erase(caller), 0)


def defer(message: Ingest | Confirm, until: float) -> int:
    """Send ``message`` again for when another invocation's lease on its conversation ends (``until``,
    unix seconds), a second after; SQS delays at most 15 minutes, so a longer lease defers again.
    Returns the delay."""
    delay = max(1, min(math.ceil(until - time.time()) + 1, MAX_EXTRACTION_CHECK_SECONDS))
    send(message, delay)
    return delay


def send(message: Message, delay: int) -> None:
    if isinstance(message, Notification):
        body: dict[str, Any] = message.event
    elif isinstance(message, Unknown):
        raise ValueError("an unknown message is never sent")
    else:
        body = asdict(message)
    aws.sqs_client().send_message(
        QueueUrl=get_settings().required("ingestion_queue_url"),
        MessageBody=json.dumps(body),
        DelaySeconds=delay,
    )
