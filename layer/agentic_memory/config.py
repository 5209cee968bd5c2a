"""Typed settings from the environment (DESIGN §4) and secrets from Secrets Manager or env.

Settings are parsed once per container; a malformed value fails at start-up naming the variable,
and a setting a path needs but is missing fails when that path first asks for it, also by name,
so ClientData does not demand the bucket that only PostCall uses.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from agentic_memory.errors import ConfigError

MemoryBackendName = Literal["mem0-platform", "mem0-oss"]
MemoryScope = Literal["caller", "caller_agent"]
AudioSource = Literal["webhook", "api"]
SecretName = Literal["MEM0_API_KEY", "ELEVENLABS_HMAC_KEY", "ELEVENLABS_WORKSPACE_KEY", "ELEVENLABS_API_KEY"]

_TRUE = {"on", "true", "1", "yes"}
_FALSE = {"off", "false", "0", "no", ""}
# Secrets Manager values are cached this long, so a rotated key is picked up without a redeploy.
SECRETS_MAX_AGE_SECONDS = 300
# secret id -> (time.monotonic() of the read, its SecretString)
_secret_cache: dict[str, tuple[float, str | None]] = {}


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name} must be 'on' or 'off', got {raw!r}")


def _number(env: Mapping[str, str], name: str, default: float, minimum: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {raw!r}")
    return value


def _choice(env: Mapping[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = env.get(name, "").strip() or default
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")
    return value


@dataclass(frozen=True)
class Settings:
    """Everything the functions read from their environment, already validated."""

    bucket: str | None
    profile_table: str | None
    idempotency_table: str | None
    memory_backend: MemoryBackendName
    mem0_host: str
    mem0_oss_config: str
    mem0_search_limit: int
    mem0_timeout: float
    secrets_id: str | None
    default_region: str
    first_message_override: bool
    prompt_override: bool
    language_override: bool
    base_prompt: str
    memory_scope: MemoryScope
    audio_source: AudioSource
    ingest_chunk_turns: int
    audit_records: bool
    elevenlabs_api_url: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            bucket=env.get("S3_BUCKET_NAME") or None,
            profile_table=env.get("PROFILE_TABLE") or None,
            idempotency_table=env.get("IDEMPOTENCY_TABLE") or None,
            memory_backend=cast(
                MemoryBackendName,
                _choice(env, "MEMORY_BACKEND", ("mem0-platform", "mem0-oss"), "mem0-platform"),
            ),
            mem0_host=(env.get("MEM0_HOST") or "https://api.mem0.ai").rstrip("/"),
            mem0_oss_config=env.get("MEM0_OSS_CONFIG", ""),
            mem0_search_limit=int(_number(env, "MEM0_SEARCH_LIMIT", 3, 1)),
            mem0_timeout=_number(env, "MEM0_TIMEOUT", 3.0, 0.1),
            secrets_id=env.get("SECRETS_ID") or None,
            default_region=(env.get("DEFAULT_REGION") or "US").upper(),
            first_message_override=_flag(env, "FIRST_MESSAGE_OVERRIDE", True),
            prompt_override=_flag(env, "PROMPT_OVERRIDE", False),
            language_override=_flag(env, "LANGUAGE_OVERRIDE", False),
            base_prompt=env.get("BASE_PROMPT", ""),
            memory_scope=cast(
                MemoryScope, _choice(env, "MEMORY_SCOPE", ("caller", "caller_agent"), "caller")
            ),
            audio_source=cast(AudioSource, _choice(env, "AUDIO_SOURCE", ("webhook", "api"), "webhook")),
            ingest_chunk_turns=int(_number(env, "INGEST_CHUNK_TURNS", 20, 1)),
            audit_records=_flag(env, "AUDIT_RECORDS", False),
            elevenlabs_api_url=(env.get("ELEVENLABS_API_URL") or "https://api.elevenlabs.io").rstrip("/"),
        )

    def require(self, value: str | None, name: str) -> str:
        """Return a setting a code path cannot run without, or fail naming the variable."""
        if not value:
            raise ConfigError(f"{name} is not set: the function's environment must define it")
        return value

    @property
    def archive_bucket(self) -> str:
        return self.require(self.bucket, "S3_BUCKET_NAME")

    @property
    def profiles_table(self) -> str:
        return self.require(self.profile_table, "PROFILE_TABLE")

    @property
    def idempotency_table_name(self) -> str:
        return self.require(self.idempotency_table, "IDEMPOTENCY_TABLE")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The container's settings, parsed on first use and kept for its lifetime."""
    return Settings.from_env()


def get_secret(name: SecretName, settings: Settings | None = None) -> str:
    """A secret from the Secrets Manager JSON named by SECRETS_ID, or from env when it is unset.

    The secret is cached for ``SECRETS_MAX_AGE_SECONDS``: one Secrets Manager call per container
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
    stored = _secret_values(settings.secrets_id).get(name)
    if not isinstance(stored, str) or not stored:
        raise ConfigError(f"{name} is missing or empty in the secret {settings.secrets_id!r}")
    return stored


def _secret_values(secret_id: str) -> dict[str, object]:
    raw = _secret_string(secret_id)
    try:
        values = json.loads(raw) if raw is not None else None
    except ValueError:
        raise ConfigError(f"the secret {secret_id!r} is not a JSON object") from None
    if not isinstance(values, dict):
        raise ConfigError(f"the secret {secret_id!r} is not a JSON object")
    return values


def _secret_string(secret_id: str) -> str | None:
    """The secret's string, read from Secrets Manager at most once per ``SECRETS_MAX_AGE_SECONDS``.

    One ``GetSecretValue`` through the container's botocore client. Powertools' parameters
    utility would cache the same way, but its module imports boto3, which ClientData avoids (see
    ``clients``) and would then pay on the first request of every container, while the phone rings.
    A failed read is not cached: the next request tries again.
    """
    now = time.monotonic()
    cached = _secret_cache.get(secret_id)
    if cached is not None and now - cached[0] < SECRETS_MAX_AGE_SECONDS:
        return cached[1]
    from botocore.exceptions import BotoCoreError, ClientError  # noqa: PLC0415 - only paths with secrets pay

    from agentic_memory import clients  # noqa: PLC0415 - clients needs settings from this module

    try:
        raw = clients.secrets_client().get_secret_value(SecretId=secret_id).get("SecretString")
    except (BotoCoreError, ClientError) as error:
        raise ConfigError(f"cannot read the secret {secret_id!r} from Secrets Manager: {error}") from error
    _secret_cache[secret_id] = (now, raw)
    return raw


def forget_secrets() -> None:
    """Drop cached secret values, so the next use reads Secrets Manager again (tests, SnapStart)."""
    _secret_cache.clear()
