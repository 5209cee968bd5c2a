"""Optional audit records of ClientData's answers (``AUDIT_RECORDS=on``), written off the call path.

The phone is ringing while ClientData answers, so the S3 write happens on a background thread and
its failure is only logged. On Lambda a record may be delayed until the container's next invocation,
or lost if the container is recycled first: an operator's aid, not a source of truth (ElevenLabs'
transcription webhook carries the initiation data too, and that is archived reliably).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from aws_lambda_powertools import Logger

from agentic_memory.archive import Archive, audit_key
from agentic_memory.runtime.observability import describe

logger = Logger(child=True)
_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit")


def recorder(
    archive: Callable[[], Archive],
) -> Callable[[dict[str, Any], dict[str, Any], str | None, str | None], None]:
    """A ``record`` function writing into ``archive()`` (built on the writer thread, off the call path)."""

    def record(
        request: dict[str, Any], answer: dict[str, Any], caller: str | None, call_sid: str | None
    ) -> None:
        """Queue the audit record and return at once."""
        now = datetime.now(UTC)
        name = "".join(c for c in (call_sid or "") if c.isalnum() or c in "-_") or uuid.uuid4().hex
        document = {
            "received_at": now.isoformat(timespec="milliseconds"),
            "request": request,
            "response": answer,
        }
        key = audit_key(caller, now.date().isoformat(), name)
        _writer.submit(_write, archive, key, json.dumps(document).encode())

    return record


def _write(archive: Callable[[], Archive], key: str, body: bytes) -> None:
    try:
        archive().put(key, body)
    except Exception as error:  # its key names the caller: neither it nor S3's message is logged
        logger.warning("Audit record not written", extra={"error": describe(error)})


def flush(timeout: float) -> None:
    """Wait for queued records (tests, and the local server at shutdown)."""
    _writer.submit(lambda: None).result(timeout=timeout)
