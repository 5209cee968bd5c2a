"""Typed settings from the environment (DESIGN §4); the secrets are read by ``runtime.secrets``.

Settings are parsed once per container; a malformed value fails at start-up naming the variable,
and a setting a path needs but is missing fails when that path first asks for it, also by name,
so ClientData does not demand the bucket that only PostCall uses.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from agentic_memory.categories import KNOWN_CATEGORIES
from agentic_memory.errors import ConfigError

# What REDACT_SENSITIVE may name (agentic_memory.sensitive, which needs stdnum: not imported here).
SENSITIVE_KINDS = ("cards", "bank_accounts", "national_ids", "secrets")

MemoryBackendName = Literal["mem0-platform", "mem0-oss"]
MemoryScope = Literal["caller", "caller_agent"]
AudioSource = Literal["webhook", "api"]
# Settings a code path cannot run without, and the variable each is read from.
Required = Literal["archive_bucket", "profile_table", "ingestion_ledger_table", "ingestion_queue_url"]
_REQUIRED_VARIABLES: dict[Required, str] = {
    "archive_bucket": "S3_BUCKET_NAME",
    "profile_table": "PROFILE_TABLE",
    "ingestion_ledger_table": "INGESTION_LEDGER_TABLE",
    "ingestion_queue_url": "INGESTION_QUEUE_URL",
}
# The first_message variable for a caller we do not know (DEFAULT_FIRST_MESSAGE).
DEFAULT_FIRST_MESSAGE = "Hello! How can I help you today?"
# SQS delays a message by at most 15 minutes.
MAX_EXTRACTION_CHECK_SECONDS = 900

_TRUE = {"on", "true", "1", "yes"}
_FALSE = {"off", "false", "0", "no", ""}


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


def _categories(env: Mapping[str, str], name: str, default: str) -> frozenset[str]:
    raw = env.get(name)
    chosen = {c.strip().lower() for c in (default if raw is None else raw).split(",") if c.strip()}
    unknown = sorted(chosen - set(KNOWN_CATEGORIES))
    if unknown:
        raise ConfigError(f"{name} has unknown categories {unknown}; known: {', '.join(KNOWN_CATEGORIES)}")
    return frozenset(chosen)


def _sensitive_kinds(env: Mapping[str, str], name: str) -> frozenset[str]:
    """Unset: every kind; "off": none; else a comma-separated list of kinds."""
    raw = env.get(name)
    if raw is None or raw.strip().lower() in ("", "all", "on"):
        return frozenset(SENSITIVE_KINDS)
    if raw.strip().lower() == "off":
        return frozenset()
    chosen = {kind.strip().lower() for kind in raw.split(",") if kind.strip()}
    unknown = sorted(chosen - set(SENSITIVE_KINDS))
    if unknown:
        raise ConfigError(f"{name} has unknown kinds {unknown}; known: {', '.join(SENSITIVE_KINDS)}, or off")
    return frozenset(chosen)


@dataclass(frozen=True)
class Settings:
    """Everything the functions read from their environment, already validated."""

    archive_bucket: str | None
    profile_table: str | None
    ingestion_ledger_table: str | None
    ingestion_queue_url: str | None
    extraction_check_seconds: int
    ingest_concurrency: int
    mem0_adds_per_minute: int
    memory_backend: MemoryBackendName
    mem0_host: str
    mem0_oss_config: str
    mem0_search_limit: int
    mem0_timeout: float
    secrets_id: str | None
    default_region: str
    first_message_override: bool
    default_first_message: str
    prompt_override: bool
    language_override: bool
    base_prompt: str
    memory_scope: MemoryScope
    private_fact_categories: frozenset[str]
    redact_sensitive: frozenset[str]
    archive_redaction: bool
    brief_max_chars: int
    audio_source: AudioSource
    audio_wait_seconds: int
    reconcile_agent_ids: tuple[str, ...]
    reconcile_lookback_hours: float
    ingest_chunk_turns: int
    audit_records: bool
    forget_me_tool: bool
    memory_retention_days: int
    elevenlabs_api_url: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            archive_bucket=env.get("S3_BUCKET_NAME") or None,
            profile_table=env.get("PROFILE_TABLE") or None,
            ingestion_ledger_table=env.get("INGESTION_LEDGER_TABLE") or None,
            ingestion_queue_url=env.get("INGESTION_QUEUE_URL") or None,
            extraction_check_seconds=int(
                min(_number(env, "EXTRACTION_CHECK_SECONDS", 2, 0), MAX_EXTRACTION_CHECK_SECONDS)
            ),
            ingest_concurrency=int(_number(env, "INGEST_CONCURRENCY", 5, 1)),
            mem0_adds_per_minute=int(_number(env, "MEM0_ADDS_PER_MINUTE", 1000, 1)),
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
            first_message_override=_flag(env, "FIRST_MESSAGE_OVERRIDE", False),
            default_first_message=env.get("DEFAULT_FIRST_MESSAGE") or DEFAULT_FIRST_MESSAGE,
            prompt_override=_flag(env, "PROMPT_OVERRIDE", False),
            language_override=_flag(env, "LANGUAGE_OVERRIDE", False),
            base_prompt=env.get("BASE_PROMPT", ""),
            memory_scope=cast(
                MemoryScope, _choice(env, "MEMORY_SCOPE", ("caller", "caller_agent"), "caller")
            ),
            private_fact_categories=_categories(env, "PRIVATE_FACT_CATEGORIES", "health"),
            redact_sensitive=_sensitive_kinds(env, "REDACT_SENSITIVE"),
            archive_redaction=_flag(env, "ARCHIVE_REDACTION", False),
            brief_max_chars=int(_number(env, "BRIEF_MAX_CHARS", 2000, 200)),
            audio_source=cast(AudioSource, _choice(env, "AUDIO_SOURCE", ("webhook", "api"), "webhook")),
            reconcile_agent_ids=tuple(
                a.strip() for a in env.get("RECONCILE_AGENT_IDS", "").split(",") if a.strip()
            ),
            reconcile_lookback_hours=_number(env, "RECONCILE_LOOKBACK_HOURS", 24, 1),
            audio_wait_seconds=int(
                min(_number(env, "AUDIO_WAIT_SECONDS", 300, 0), MAX_EXTRACTION_CHECK_SECONDS)
            ),
            ingest_chunk_turns=int(_number(env, "INGEST_CHUNK_TURNS", 20, 1)),
            audit_records=_flag(env, "AUDIT_RECORDS", False),
            forget_me_tool=_flag(env, "FORGET_ME_TOOL", False),
            memory_retention_days=int(_number(env, "MEMORY_RETENTION_DAYS", 365, 0)),
            elevenlabs_api_url=(env.get("ELEVENLABS_API_URL") or "https://api.elevenlabs.io").rstrip("/"),
        )

    @property
    def archive_redaction_kinds(self) -> frozenset[str]:
        """What the archive redacts (``ARCHIVE_REDACTION``): nothing unless it is on."""
        return self.redact_sensitive if self.archive_redaction else frozenset()

    def required(self, name: Required) -> str:
        """A setting a code path cannot run without, or a ``ConfigError`` naming its variable."""
        value = getattr(self, name)
        if not value:
            variable = _REQUIRED_VARIABLES[name]
            raise ConfigError(f"{variable} is not set: the function's environment must define it")
        return str(value)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The container's settings, parsed on first use and kept for its lifetime."""
    return Settings.from_env()
