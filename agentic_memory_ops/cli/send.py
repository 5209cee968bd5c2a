"""``agentic-memory send``: deliver a post-call webhook the way ElevenLabs does, signed over its bytes."""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path

import httpx

from agentic_memory import signature
from agentic_memory.errors import ConfigError
from agentic_memory.runtime.secrets import get_secret
from agentic_memory_ops.cli.target import Target, UsageError

SAMPLE_TYPES = ("post_call_transcription", "post_call_audio", "call_initiation_failure")
# API Gateway's integration time-out: the endpoint has answered or failed by then.
TIMEOUT_SECONDS = 30.0


def sample(webhook_type: str) -> bytes:
    """A built-in payload of that webhook type (package data, so an installed CLI has them too), as
    of a call that has just ended: dated now, so that the memory retention keeps it."""
    if webhook_type not in SAMPLE_TYPES:
        raise UsageError(f"no sample of type {webhook_type!r}; choose one of {', '.join(SAMPLE_TYPES)}")
    raw = (resources.files("agentic_memory_ops") / "samples" / f"{webhook_type}.json").read_bytes()
    document = json.loads(raw)
    now = int(time.time())
    document["event_timestamp"] = now
    metadata = document.get("data", {}).get("metadata")
    if webhook_type == "post_call_transcription" and isinstance(metadata, dict):
        metadata["start_time_unix_secs"] = now - int(metadata.get("call_duration_secs") or 0)
    return json.dumps(document, indent=2).encode()


def run(target: Target, file: str | None, webhook_type: str | None, secret: str | None) -> int:
    if file:
        try:
            body = Path(file).read_bytes()
        except OSError as error:
            raise UsageError(f"cannot read {file}: {error.strerror}") from None
        what = file
    else:
        body = sample(webhook_type or SAMPLE_TYPES[0])
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
    print(answer.text)
    # ElevenLabs counts only a 200 as delivered.
    return 0 if answer.status_code == 200 else 1


def _secret(target: Target, given: str | None) -> str:
    if given:
        return given
    try:
        return get_secret("ELEVENLABS_HMAC_KEY", target.settings)
    except ConfigError as error:
        raise UsageError(
            f"no webhook secret: pass --secret or --stack, or set ELEVENLABS_HMAC_KEY ({error})"
        ) from None
