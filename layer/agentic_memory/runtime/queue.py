"""The messages PostCall's ingestion queue carries besides S3's notifications, and their sending.

One module for the three kinds, so that the functions that send them (PostCall itself, Retrieve's
``forget_me`` tool) and the one that reads them (``runtime.ingestion``) agree, and a sender need not
import ingestion:

* ``confirm``: check a conversation's extractions once Mem0 has had time (``Ingestor.confirm``);
* ``audio``: check a conversation's recording (``recording``);
* ``erase``: erase a caller who asked not to be remembered (``erasure.Eraser``). It carries the caller's
  number, in the queue only until PostCall takes it (or in the dead-letter queue, if it keeps failing).
"""

from __future__ import annotations

import json

from aws_lambda_powertools import Logger

from agentic_memory.runtime import aws
from agentic_memory.settings import MAX_EXTRACTION_CHECK_SECONDS, get_settings

logger = Logger(child=True)

CONFIRM = "confirm"
AUDIO = "audio"
ERASE = "erase"


def extraction_check(conversation_id: str, rounds: int) -> None:
    """Bring the conversation back to PostCall once Mem0 has had time to extract: after
    ``EXTRACTION_CHECK_SECONDS``, then twice as long each round (Mem0 takes seconds for a short call,
    longer when busy), at most the 15 minutes SQS can delay a message."""
    settings = get_settings()
    delay = min(settings.extraction_check_seconds * 2 ** max(rounds - 1, 0), MAX_EXTRACTION_CHECK_SECONDS)
    _send({"step": CONFIRM, "conversation_id": conversation_id}, delay)
    logger.info("Extraction check queued", extra={"delay_seconds": delay, "round": rounds})


def recording_check(conversation_id: str, attempt: int, delay: int) -> None:
    _send({"step": AUDIO, "conversation_id": conversation_id, "attempt": attempt}, delay)


def erasure(caller: str) -> None:
    """Erase the caller in the background (the ``forget_me`` tool cannot wait for Mem0 on the line)."""
    _send({"step": ERASE, "caller": caller}, 0)


def _send(message: dict[str, object], delay: int) -> None:
    aws.sqs_client().send_message(
        QueueUrl=get_settings().required("ingestion_queue_url"),
        MessageBody=json.dumps(message),
        DelaySeconds=delay,
    )
