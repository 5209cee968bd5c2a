"""The post-call webhook (DESIGN §2.3): verify, archive, answer. Nothing here waits on Mem0.

Order matters: the signature is checked before anything is stored (unsigned requests leave no
trace), and every signed payload is archived before anything judges its fields: a JSON object under
its conversation (or ``events/``), anything else in quarantine for an operator, never lost. A JSON
object that repeats a key is ambiguous (parsers disagree on which value counts: which conversation,
which audio) and goes to quarantine too; so does a transcription for an archived conversation that
names another caller, which must not replace the first caller's call.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import pybase64
from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from pydantic import ValidationError

from agentic_memory import signature
from agentic_memory.archive import (
    Archive,
    audio_key,
    caller_index_key,
    conversation_prefix,
    event_key,
    failure_key,
    quarantine_key,
    transcription_key,
)
from agentic_memory.errors import BadRequestError, SignatureError
from agentic_memory.models import AudioData, TranscriptionData, WebhookEnvelope
from agentic_memory.phone import caller_key, mask, to_e164
from agentic_memory.runtime.observability import describe, metrics
from agentic_memory.sensitive import redact_transcription

# Where call-initiation failures name numbers: Twilio's callback fields, and the SIP trunk's.
FAILURE_NUMBER_FIELDS = ("From", "To", "Caller", "Called", "from_number", "to_number")
logger = Logger(child=True)
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
_AUDIO_VALUE = re.compile(rb'"full_audio"\s*:\s*"')


@dataclass(frozen=True)
class Receipt:
    """What PostCall tells ElevenLabs, and the operator's logs, about one delivery."""

    type: str
    conversation_id: str | None
    stored: list[str] = field(default_factory=list)
    duplicate: bool = False
    quarantined: bool = False
    erased: bool = False  # archived, then purged: the conversation's caller was erased

    def body(self) -> dict[str, Any]:
        status = "quarantined" if self.quarantined else "duplicate" if self.duplicate else "stored"
        return {
            "status": "erased" if self.erased else status,
            "type": self.type,
            "conversation_id": self.conversation_id,
        }


def receive(
    body: bytes,
    signature_header: str | None,
    secret: Callable[[], str],
    archive: Archive,
    redact_kinds: frozenset[str] = frozenset(),
    *,
    default_region: str = "US",
    erased: Callable[[str], bool] | None = None,
) -> Receipt:
    """Verify and archive one post-call webhook (``_receive``); then, for what is not a transcription
    (ingestion judges those), ``erased`` is asked whether an erasure already covered the conversation:
    a recording or an event arriving after ``forget`` is purged again, since no ingestion will ever
    look at it (DESIGN §3: nothing from before the erasure comes back). Archived first all the same,
    so that a failing tombstone read loses nothing."""
    receipt = _receive(body, signature_header, secret, archive, redact_kinds, default_region=default_region)
    conversation_id = receipt.conversation_id
    if erased is None or conversation_id is None or not receipt.stored:
        return receipt
    if receipt.type != "post_call_transcription" and erased(conversation_id):
        archive.purge(conversation_prefix(conversation_id))
        logger.info(
            "Webhook of an erased conversation: archived, then purged", extra={"webhook_type": receipt.type}
        )
        metrics.add_metric(name="ErasedCallWebhookPurged", unit=MetricUnit.Count, value=1)
        return replace(receipt, stored=[], erased=True)
    return receipt


def _receive(
    body: bytes,
    signature_header: str | None,
    secret: Callable[[], str],
    archive: Archive,
    redact_kinds: frozenset[str],
    *,
    default_region: str,
) -> Receipt:
    """Verify and archive one post-call webhook; raises ``SignatureError``, or ``BadRequestError``
    for a signed body that is not a JSON object or repeats a key (kept in quarantine). With
    ``redact_kinds`` (``ARCHIVE_REDACTION``) a transcription is archived with those sensitive values
    redacted instead of as the exact bytes received. ``secret`` is read only for a request that
    carries a signature: an unsigned one is refused without touching Secrets Manager.
    ``default_region`` reads caller numbers as ingestion does (``DEFAULT_REGION``).

    Any signed JSON object is archived and answered 200: ElevenLabs never retries a 4xx, so a 400
    would lose the call. Fields are judged later, by ingestion, whose failures are retried and
    dead-lettered where an operator sees them and can replay them after a fix.
    """
    if not signature_header:
        raise SignatureError("missing ElevenLabs-Signature header")
    signature.verify(body, signature_header, secret())
    receipt = _audio_fast_path(body, archive)
    if receipt is not None:
        return receipt
    try:
        document = _loads(body)
    except RepeatedKeyError as error:
        raise _quarantined(archive, body, str(error)) from None
    except (ValueError, RecursionError):
        document = None
    if not isinstance(document, dict):
        raise _quarantined(archive, body, "the body is not a JSON object")
    named, given = document.get("type"), document.get("data")
    kind: str = named if isinstance(named, str) and named else "unknown"
    data: dict[str, Any] = given if isinstance(given, dict) else {}
    conversation_id = _conversation_id(data)
    logger.set_correlation_id(conversation_id)
    if conversation_id is None:
        logger.warning("Signed webhook without a usable conversation id", extra={"webhook_type": kind[:64]})
        metrics.add_metric(name="WebhookWithoutConversation", unit=MetricUnit.Count, value=1)
        return _stored(archive, kind, None, event_key(kind, None, body), body)
    if kind == "post_call_transcription":
        if redact_kinds and redact_transcription(data, redact_kinds):
            body = json.dumps(document, ensure_ascii=False).encode()
        return _stored_transcription(archive, conversation_id, data, body, default_region)
    if kind == "call_initiation_failure":
        receipt = _stored(archive, kind, conversation_id, failure_key(conversation_id), body)
        _index_failure(archive, conversation_id, data)
        return receipt
    if kind == "post_call_audio":
        mp3 = _decoded(data.get("full_audio"))
        if mp3 is not None:
            return _stored(
                archive, kind, conversation_id, audio_key(conversation_id), mp3, content_type="audio/mpeg"
            )
        logger.warning("Audio webhook without decodable audio; kept as received")
        metrics.add_metric(name="AudioUndecodable", unit=MetricUnit.Count, value=1)
    else:
        logger.warning("Unknown webhook type archived as is", extra={"webhook_type": kind[:64]})
        metrics.add_metric(name="WebhookTypeUnknown", unit=MetricUnit.Count, value=1)
    return _stored(archive, kind, conversation_id, event_key(kind, conversation_id, body), body)


def _decoded(full_audio: Any) -> bytes | None:
    if not isinstance(full_audio, str) or not full_audio:
        return None
    try:
        return pybase64.b64decode(full_audio, validate=True)
    except (binascii.Error, ValueError):
        return None


def _audio_fast_path(body: bytes, archive: Archive) -> Receipt | None:
    """A ``post_call_audio`` webhook without ever holding its audio as text.

    Parsing the whole JSON would copy the multi-megabyte base64 string twice more (a str, then ASCII
    bytes for the decoder); instead the value is decoded straight from the body's bytes and only the
    rest of the envelope is parsed. None for anything it cannot handle (another shape, a field
    missing, escapes inside the base64): the general path then reads the body, and judges it.
    """
    found = _AUDIO_VALUE.search(body)
    end = body.find(b'"', found.end()) if found else -1
    if found is None or end < 0:
        return None
    try:  # only the envelope without the base64: json, to see a repeated key, then the model
        envelope = WebhookEnvelope.model_validate(_loads(body[: found.end()] + body[end:]))
    except RepeatedKeyError as error:  # e.g. two "data": the audio of one, the conversation of the other
        raise _quarantined(archive, body, str(error)) from None
    except (ValidationError, ValueError, RecursionError):
        return None
    if envelope.type != "post_call_audio" or envelope.data.get("full_audio") != "":
        return None  # the key found was not data.full_audio
    try:
        data = AudioData.model_validate({**envelope.data, "full_audio": "-"})
    except ValidationError:
        return None  # the general path quarantines it, saying which field
    logger.set_correlation_id(data.conversation_id)
    try:
        mp3 = pybase64.b64decode(memoryview(body)[found.end() : end], validate=True)
    except binascii.Error:
        return None  # e.g. JSON escapes inside the string ("\/"): the general parser reads those
    key = audio_key(data.conversation_id)
    return _stored(archive, envelope.type, data.conversation_id, key, mp3, content_type="audio/mpeg")


def _stored(
    archive: Archive,
    kind: str,
    conversation_id: str | None,
    key: str,
    payload: bytes,
    *,
    content_type: str = "application/json",
) -> Receipt:
    written = archive.put(key, payload, content_type)
    logger.info(
        "Webhook archived",
        extra={"webhook_type": kind, "key": key, "bytes": len(payload), "duplicate": not written},
    )
    return Receipt(kind, conversation_id, [key] if written else [], duplicate=not written)


def _stored_transcription(
    archive: Archive, conversation_id: str, data: dict[str, Any], payload: bytes, region: str
) -> Receipt:
    """A transcription at its conversation's key. Different bytes already there are a changed
    redelivery of the call, kept as a new version (the bucket is versioned), unless they name another
    caller: a conversation id arriving for a second caller must not make the first caller's call
    non-current (ingestion reads the current version), so the newcomer waits in quarantine (where an
    erasure searches by content) for an operator. The archived object is read only in that case."""
    kind, key = "post_call_transcription", transcription_key(conversation_id)
    created = archive.create(key, payload)
    if created == "different":
        archived, caller = _caller_in(archive.get(key), region), _caller_of(data, region)
        if archived is not None and caller != archived:
            aside = quarantine_key(payload)
            archive.put(aside, payload)
            logger.warning(
                "Transcription names another caller than the one archived for its conversation;"
                " kept in quarantine, the archived call left as it is",
                extra={"key": aside, "archived_caller": mask(archived), "caller": mask(caller)},
            )
            metrics.add_metric(name="TranscriptionCallerConflict", unit=MetricUnit.Count, value=1)
            return Receipt(kind, conversation_id, [aside], quarantined=True)
        archive.replace(key, payload)
    written = created != "same"
    logger.info(
        "Webhook archived",
        extra={"webhook_type": kind, "key": key, "bytes": len(payload), "duplicate": not written},
    )
    return Receipt(kind, conversation_id, [key] if written else [], duplicate=not written)


def _caller_of(data: dict[str, Any], region: str) -> str | None:
    """The caller key ingestion would file the transcription's ``data`` under; None when it names
    none, or cannot be read as a transcription (ingestion would not file it under anyone)."""
    try:
        call = TranscriptionData.model_validate(data)
    except ValidationError:
        return None
    return caller_key(call.caller_number, call.user_id, region, call.called_number)


def _caller_in(archived: bytes, region: str) -> str | None:
    try:
        document = json.loads(archived)
    except (ValueError, RecursionError):
        return None
    data = document.get("data") if isinstance(document, dict) else None
    return _caller_of(data, region) if isinstance(data, dict) else None


def _index_failure(archive: Archive, conversation_id: str, data: dict[str, Any]) -> None:
    """A failed call start names its numbers in Twilio's or the SIP trunk's own fields, and no
    ingestion ever reads it: index it under each number it names, so that erasing that caller finds
    it (DESIGN §3). The record is archived already; an index that cannot be written is said, not fatal."""
    metadata = data.get("metadata")
    body = metadata.get("body") if isinstance(metadata, dict) else None
    if not isinstance(body, dict):
        return
    numbers = {to_e164(str(body[field])) for field in FAILURE_NUMBER_FIELDS if body.get(field)}
    entry = {"conversation_id": conversation_id, "type": "call_initiation_failure"}
    try:
        for number in sorted(n for n in numbers if n):
            archive.put_json(caller_index_key(number, conversation_id), entry)
    except Exception as error:
        logger.error(
            "Call initiation failure archived but not indexed; an erasure may miss it",
            extra={"error": describe(error)},
        )
        metrics.add_metric(name="FailureIndexFailed", unit=MetricUnit.Count, value=1)


def _quarantined(archive: Archive, body: bytes, reason: str) -> BadRequestError:
    key = quarantine_key(body)
    archive.put(key, body)
    logger.warning("Signed payload quarantined", extra={"reason": reason, "key": key})
    return BadRequestError(f"{reason}; the payload was kept for inspection")


class RepeatedKeyError(ValueError):
    """A JSON object names one key twice: which value counts is up to the parser, so none does."""


def _loads(raw: bytes) -> Any:
    """``json.loads``, refusing an object that repeats a key (at any depth) with ``RepeatedKeyError``."""
    return json.loads(raw, object_pairs_hook=_unique_keys)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):  # the key itself is not named: it is the sender's text
        raise RepeatedKeyError("the body repeats a key in one of its objects")
    return document


def _conversation_id(data: dict[str, Any]) -> str | None:
    value = data.get("conversation_id")
    return value if isinstance(value, str) and _SAFE_ID.fullmatch(value) else None
