"""Secrets (DESIGN §4): from the Secrets Manager JSON named by ``SECRETS_ID``, else from the environment.

Values are cached for ``MAX_AGE_SECONDS``: one Secrets Manager call per container per five minutes,
not one per request, and a rotated key is picked up without a redeploy. A failed read is not cached.
"""

from __future__ import annotations

import json
import os
import time
from typing import Literal, get_args

from botocore.exceptions import BotoCoreError, ClientError

from agentic_memory.errors import ConfigError
from agentic_memory.runtime import aws
from agentic_memory.settings import Settings, get_settings

SecretName = Literal[
    "MEM0_API_KEY",
    "ELEVENLABS_HMAC_KEY",
    "ELEVENLABS_WORKSPACE_KEY",
    "ELEVENLABS_API_KEY",
    "OPENMEMORY_API_KEY",
]
# Every secret the stack holds: the template's secret, the local server's env file and the CLI use this.
SECRET_NAMES: tuple[SecretName, ...] = get_args(SecretName)
MAX_AGE_SECONDS = 300
# secret id -> (time.monotonic() of the read, its SecretString)
_cache: dict[str, tuple[float, str | None]] = {}


def optional_secret(name: SecretName, settings: Settings | None = None) -> str | None:
    """A secret the stack may go without (``ELEVENLABS_API_KEY``): None when it is not configured;
    a secret that cannot be read still raises."""
    settings = settings or get_settings()
    if settings.secrets_id is None:
        return os.environ.get(name) or None
    stored = _values(settings.secrets_id).get(name)
    return stored if isinstance(stored, str) and stored else None


def get_secret(name: SecretName, settings: Settings | None = None) -> str:
    """A secret from the Secrets Manager JSON named by SECRETS_ID, or from env when it is unset.

    The secret is cached for ``MAX_AGE_SECONDS``: one Secrets Manager call per container
    per five minutes, not one per request.
    """
    settings = settings or get_settings()
    if settings.secrets_id is None:
        value = os.environ.get(name, "")
        if not value:
            raise ConfigError(
                f"{name} is not set (SECRETS_ID is unset, so secrets come from the environment)"
            )
        return value
    stored = _values(settings.secrets_id).get(name)
    if not isinstance(stored, str) or not stored:
        raise ConfigError(f"{name} is missing or empty in the secret {settings.secrets_id!r}")
    return stored


def _values(secret_id: str) -> dict[str, object]:
    raw = _read(secret_id)
    try:
        values = json.loads(raw) if raw is not None else None
    except ValueError:
        raise ConfigError(f"the secret {secret_id!r} is not a JSON object") from None
    if not isinstance(values, dict):
        raise ConfigError(f"the secret {secret_id!r} is not a JSON object")
    return values


def _read(secret_id: str) -> str | None:
    """The secret's string, read from Secrets Manager at most once per ``MAX_AGE_SECONDS``.

    One ``GetSecretValue`` through the container's client (the call path's tight time-outs). A
    failed read is not cached: the next request tries again.
    """
    now = time.monotonic()
    cached = _cache.get(secret_id)
    if cached is not None and now - cached[0] < MAX_AGE_SECONDS:
        return cached[1]
    try:
        raw = aws.secrets_client().get_secret_value(SecretId=secret_id).get("SecretString")
    except (BotoCoreError, ClientError) as error:
        raise ConfigError(f"cannot read the secret {secret_id!r} from Secrets Manager: {error}") from error
    _cache[secret_id] = (now, raw)
    return raw


def forget() -> None:
    """Drop cached secret values, so the next use reads Secrets Manager again (tests, SnapStart)."""
    _cache.clear()
