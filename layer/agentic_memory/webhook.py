"""The post-call webhook (DESIGN §2.3): verify, archive, answer. Nothing here waits on Mem0.

Order matters: the signature is checked before anything is stored (unsigned requests leave no
trace), and every signed payload is archived before any step that could reject it, so a payload
we cannot use is kept in quarantine for an operator instead of being lost.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pybase64
from aws_lambda_powertools import Logger
from pydantic import ValidationError

from agentic_memory import signature
from agentic_memory.archive import (
    Archive,
    audio_key,
    event_key,
    failure_key,
    quarantine_key,
    transcription_key,
)
from agentic_memory.errors import BadRequestError
from agentic_memory.models import AudioData, FailureData, TranscriptionData, WebhookEnvelope

logger = Logger(child=True)
T = TypeVar("T", TranscriptionData, AudioData, FailureData)
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
_AUDIO_VALUE = re.compile(rb'"full_audio"\s*:\s*"')


@dataclass(frozen=True)
class Receipt:
    """What PostCall tells ElevenLabs, and the operator's logs, about one delivery."""

    type: str
    conversation_id: str | None
    stored: list[str] = field(default_factory=list)
    duplicate: bool = False

    def body(self) -> dict[str, Any]:
        return {
            "status": "duplicate" if self.duplicate else "stored",
            "type": self.type,
            "conversation_id": self.conversation_id,
        }


def receive(body: bytes, signature_header: str | None, secret: str, archive: Archive) -> Receipt:
    """Verify and archive one post-call webhook; raises ``SignatureError`` or ``BadRequestError``."""
    signature.verify(body, signature_header, secret)
    receipt = _audio_fast_path(body, archive)
    if receipt is not None:
        return receipt
    try:
        envelope = WebhookEnvelope.model_validate_json(body)
    except ValidationError:
        raise _quarantined(archive, body, "the body is not a post-call webhook envelope") from None
    logger.set_correlation_id(_conversation_id(envelope))
    if envelope.type == "post_call_transcription":
        data = _parse(TranscriptionData, envelope, archive, body)
        return _stored(
            archive, envelope.type, data.conversation_id, transcription_key(data.conversation_id), body
        )
    if envelope.type == "post_call_audio":
        audio = _parse(AudioData, envelope, archive, body)
        try:
            mp3 = pybase64.b64decode(audio.full_audio, validate=True)
        except (binascii.Error, ValueError):
            raise _quarantined(archive, body, "full_audio is not valid base64") from None
        return _stored(
            archive,
            envelope.type,
            audio.conversation_id,
            audio_key(audio.conversation_id),
            mp3,
            content_type="audio/mpeg",
        )
    if envelope.type == "call_initiation_failure":
        failure = _parse(FailureData, envelope, archive, body)
        return _stored(
            archive, envelope.type, failure.conversation_id, failure_key(failure.conversation_id), body
        )
    conversation_id = _conversation_id(envelope)
    logger.warning("Unknown webhook type archived as is", extra={"webhook_type": envelope.type})
    return _stored(
        archive, envelope.type, conversation_id, event_key(envelope.type, conversation_id, body), body
    )


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
    try:
        envelope = WebhookEnvelope.model_validate_json(body[: found.end()] + body[end:])
    except ValidationError:
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


def _parse(model: type[T], envelope: WebhookEnvelope, archive: Archive, body: bytes) -> T:
    try:
        return model.model_validate(envelope.data)
    except ValidationError as error:
        fields = ", ".join(".".join(str(p) for p in e["loc"]) or "data" for e in error.errors()[:5])
        raise _quarantined(archive, body, f"{envelope.type} payload has invalid fields: {fields}") from None


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


def _quarantined(archive: Archive, body: bytes, reason: str) -> BadRequestError:
    key = quarantine_key(body)
    archive.put(key, body)
    logger.warning("Signed payload quarantined", extra={"reason": reason, "key": key})
    return BadRequestError(f"{reason}; the payload was kept for inspection")


def _conversation_id(envelope: WebhookEnvelope) -> str | None:
    value = envelope.data.get("conversation_id")
    return value if isinstance(value, str) and _SAFE_ID.fullmatch(value) else None
