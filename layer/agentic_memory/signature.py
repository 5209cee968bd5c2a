"""The ElevenLabs webhook signature (DESIGN §2.3): ``ElevenLabs-Signature: t=<unix>,v0=<hex>``.

``v0`` is HMAC-SHA256(secret, f"{t}.{raw body}") in lowercase hex. We verify over the raw bytes
as received, never over re-serialised JSON, and accept exactly what the official SDK's
``webhooks.construct_event`` accepts, minus far-future timestamps, which it lets through.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from agentic_memory.errors import SignatureError

HEADER = "elevenlabs-signature"
# ElevenLabs' own tolerance (the SDK's): a signed body older than this is a replay.
MAX_AGE_SECONDS = 30 * 60
# Clocks drift; a timestamp further ahead than this was not made by an honest sender.
MAX_FUTURE_SKEW_SECONDS = 5 * 60
# A header longer than this is not ElevenLabs': refuse it before doing any work on it.
MAX_HEADER_LENGTH = 1024


def sign(body: bytes, secret: str, timestamp: int | None = None) -> str:
    """The header value ElevenLabs would send for ``body`` (tests, samples and the CLI use it)."""
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},v0={_digest(body, secret, str(t))}"


def verify(body: bytes, header: str | None, secret: str, now: float | None = None) -> None:
    """Raise ``SignatureError`` with the reason unless ``header`` signs ``body`` with ``secret``."""
    if not secret:
        raise SignatureError("webhook secret is not configured")
    if not header:
        raise SignatureError("missing ElevenLabs-Signature header")
    if len(header) > MAX_HEADER_LENGTH:
        raise SignatureError("malformed ElevenLabs-Signature header")
    timestamp, candidates = _parse(header)
    current = time.time() if now is None else now
    if int(timestamp) < current - MAX_AGE_SECONDS:
        raise SignatureError("signature timestamp is too old (more than 30 minutes)")
    if int(timestamp) > current + MAX_FUTURE_SKEW_SECONDS:
        raise SignatureError("signature timestamp is in the future")
    expected = _digest(body, secret, timestamp)
    # Every candidate is compared, in constant time each, so timing says nothing about which matched.
    matches = [hmac.compare_digest(expected.encode(), c.encode("utf-8", "replace")) for c in candidates]
    if not any(matches):
        raise SignatureError("signature does not match the body")


def _parse(header: str) -> tuple[str, list[str]]:
    timestamp: str | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = value
        elif key == "v0":
            candidates.append(value)
    if timestamp is None or not candidates:
        raise SignatureError("ElevenLabs-Signature header needs t= and v0= parts")
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
        raise SignatureError("ElevenLabs-Signature timestamp is not a unix time")
    return timestamp, candidates


def _digest(body: bytes, secret: str, timestamp: str) -> str:
    # Fed in pieces: concatenating would copy a multi-megabyte audio body once more.
    mac = hmac.new(secret.encode(), timestamp.encode() + b".", hashlib.sha256)
    mac.update(body)
    return mac.hexdigest()
