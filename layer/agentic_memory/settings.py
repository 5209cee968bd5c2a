"""Typed settings from the environment (DESIGN §4); the secrets are read by ``runtime.secrets``.

Settings are parsed once per container. A wrong value fails the first use with one line naming
the variable, its value and what it takes (``MEMORY_SCOPE is 'everyone'; it takes caller or
caller_agent``), and a setting a path needs but is missing fails when that path first asks for it,
also by name, so ClientData does not demand the bucket that only PostCall uses.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from agentic_memory.categories import KNOWN_CATEGORIES
from agentic_memory.errors import ConfigError

# What REDACT_SENSITIVE may name (agentic_memory.sensitive, which needs stdnum: not imported here).
SENSITIVE_KINDS = ("cards", "bank_accounts", "national_ids", "secrets")

MemoryBackendName = Literal["mem0-platform", "mem0-oss", "agentcore", "openmemory"]
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

# Every variable ``Settings.from_env`` reads (tests/test_config.py keeps the list exact): with the
# template's and the secrets, what `make run` accepts in its env file without a warning.
VARIABLES = frozenset({
    "S3_BUCKET_NAME", "PROFILE_TABLE", "INGESTION_LEDGER_TABLE", "INGESTION_QUEUE_URL",
    "EXTRACTION_CHECK_SECONDS", "INGEST_CONCURRENCY", "MEM0_ADDS_PER_MINUTE", "MEMORY_BACKEND",
    "MEM0_HOST", "MEM0_OSS_CONFIG", "MEM0_SEARCH_LIMIT", "MEM0_TIMEOUT", "SECRETS_ID", "DEFAULT_REGION",
    "FIRST_MESSAGE_OVERRIDE", "DEFAULT_FIRST_MESSAGE", "PROMPT_OVERRIDE", "LANGUAGE_OVERRIDE",
    "BASE_PROMPT", "MEMORY_SCOPE", "PRIVATE_FACT_CATEGORIES", "REDACT_SENSITIVE", "ARCHIVE_REDACTION",
    "PII_SECOND_OPINION",
    "BRIEF_MAX_CHARS", "AUDIO_SOURCE", "RECONCILE_AGENT_IDS", "RECONCILE_LOOKBACK_HOURS",
    "AUDIO_WAIT_SECONDS", "INGEST_CHUNK_TURNS", "AUDIT_RECORDS", "FORGET_ME_TOOL",
    "MEMORY_RETENTION_DAYS", "ELEVENLABS_API_URL",
    "AGENTCORE_MEMORY_ID",
    "OPENMEMORY_URL",
    "CALLER_VERIFICATION",
})  # fmt: skip

_TRUE = {"on", "true", "1", "yes"}
_FALSE = {"off", "false", "0", "no", ""}
_REGION = re.compile(r"[A-Za-z]{2}")
_URL = re.compile(r"https?://\S+")


def _wrong(name: str, raw: str, takes: str) -> ConfigError:
    """The one line an operator reads: the variable, the value it has, and what it takes."""
    shown = raw if len(raw) <= 80 else f"{raw[:77]}..."
    return ConfigError(f"{name} is {shown!r}; it takes {takes}")


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _wrong(name, raw, "on or off")


def _number(env: Mapping[str, str], name: str, default: float, minimum: float, whole: bool = False) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= minimum) or (whole and not value.is_integer()):
        raise _wrong(name, raw, f"{'a whole number' if whole else 'a number'} of at least {minimum:g}")
    return value


def _whole(env: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    return int(_number(env, name, default, minimum, whole=True))


def _choice(env: Mapping[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = env.get(name, "").strip() or default
    if value not in allowed:
        raise _wrong(name, value, " or ".join(allowed))
    return value


def _matching(env: Mapping[str, str], name: str, pattern: re.Pattern[str], default: str, takes: str) -> str:
    value = env.get(name, "").strip() or default
    if not pattern.fullmatch(value):
        raise _wrong(name, value, takes)
    return value


def _categories(env: Mapping[str, str], name: str, default: str) -> frozenset[str]:
    raw = env.get(name)
    chosen = {c.strip().lower() for c in (default if raw is None else raw).split(",") if c.strip()}
    if chosen - set(KNOWN_CATEGORIES):
        known = ", ".join(KNOWN_CATEGORIES)
        raise _wrong(name, raw or "", f"a comma-separated list of {known}, or nothing (no private category)")
    return frozenset(chosen)


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    return _matching(env, name, _URL, default, "a URL starting with https:// or http://").rstrip("/")


def _sensitive_kinds(env: Mapping[str, str], name: str) -> tuple[frozenset[str], bool]:
    """The kinds redacted, and whether the archive is redacted too. Unset: every kind; "off": none;
    else a comma-separated list of kinds (or all); a last item ``archive`` (``all,archive``) also
    redacts the archive, so one template parameter (RedactSensitive) says both."""
    raw = env.get(name)
    items = [item.strip().lower() for item in (raw or "").split(",") if item.strip()]
    archive_too = bool(items) and items[-1] == "archive"
    chosen = set(items[:-1] if archive_too else items)
    if not chosen or chosen <= {"all", "on"}:
        return frozenset(SENSITIVE_KINDS), archive_too
    if chosen == {"off"} and not archive_too:
        return frozenset(), False
    if chosen - set(SENSITIVE_KINDS):
        raise _wrong(
            name,
            raw or "",
            f"all, off, or a comma-separated list of {', '.join(SENSITIVE_KINDS)}; "
            "a last item archive redacts the archive too",
        )
    return frozenset(chosen), archive_too


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
    # PII_SECOND_OPINION=comprehend: Amazon Comprehend reads what the rules left (agentic_memory.comprehend).
    pii_second_opinion: bool
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
    # MEMORY_BACKEND=agentcore: the Amazon Bedrock AgentCore Memory's id (template.yaml's AgentCoreMemory).
    agentcore_memory_id: str | None = None
    # MEMORY_BACKEND=openmemory: the OpenMemory server's base URL (its key is the secret OPENMEMORY_API_KEY).
    openmemory_url: str | None = None
    # CALLER_VERIFICATION=on: caller ID is not identity; recall and erasure wait for verify_caller.
    caller_verification: bool = False

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        # ARCHIVE_REDACTION=on is the older spelling of REDACT_SENSITIVE's last item `archive`.
        redact_kinds, archive_too = _sensitive_kinds(env, "REDACT_SENSITIVE")
        return cls(
            archive_bucket=env.get("S3_BUCKET_NAME") or None,
            profile_table=env.get("PROFILE_TABLE") or None,
            ingestion_ledger_table=env.get("INGESTION_LEDGER_TABLE") or None,
            ingestion_queue_url=env.get("INGESTION_QUEUE_URL") or None,
            extraction_check_seconds=min(
                _whole(env, "EXTRACTION_CHECK_SECONDS", 2, 0), MAX_EXTRACTION_CHECK_SECONDS
            ),
            ingest_concurrency=_whole(env, "INGEST_CONCURRENCY", 5, 1),
            mem0_adds_per_minute=_whole(env, "MEM0_ADDS_PER_MINUTE", 1000, 1),
            memory_backend=cast(
                MemoryBackendName,
                _choice(
                    env,
                    "MEMORY_BACKEND",
                    ("mem0-platform", "mem0-oss", "agentcore", "openmemory"),
                    "mem0-platform",
                ),
            ),
            mem0_host=_url(env, "MEM0_HOST", "https://api.mem0.ai"),
            mem0_oss_config=env.get("MEM0_OSS_CONFIG", ""),
            mem0_search_limit=_whole(env, "MEM0_SEARCH_LIMIT", 3, 1),
            mem0_timeout=_number(env, "MEM0_TIMEOUT", 3.0, 0.1),
            secrets_id=env.get("SECRETS_ID") or None,
            default_region=_matching(
                env, "DEFAULT_REGION", _REGION, "US", "a two-letter region code such as US or GB"
            ).upper(),
            first_message_override=_flag(env, "FIRST_MESSAGE_OVERRIDE", False),
            default_first_message=env.get("DEFAULT_FIRST_MESSAGE") or DEFAULT_FIRST_MESSAGE,
            prompt_override=_flag(env, "PROMPT_OVERRIDE", False),
            language_override=_flag(env, "LANGUAGE_OVERRIDE", False),
            base_prompt=env.get("BASE_PROMPT", ""),
            memory_scope=cast(
                MemoryScope, _choice(env, "MEMORY_SCOPE", ("caller", "caller_agent"), "caller")
            ),
            # Every category by default: a caller's debts or a dispute are no more another business's
            # matter than their diagnosis (heldout_property's mortgage call reached the roofer).
            private_fact_categories=_categories(env, "PRIVATE_FACT_CATEGORIES", ",".join(KNOWN_CATEGORIES)),
            redact_sensitive=redact_kinds,
            archive_redaction=archive_too or _flag(env, "ARCHIVE_REDACTION", False),
            pii_second_opinion=_choice(env, "PII_SECOND_OPINION", ("off", "comprehend"), "off") != "off",
            brief_max_chars=_whole(env, "BRIEF_MAX_CHARS", 4000, 200),
            audio_source=cast(AudioSource, _choice(env, "AUDIO_SOURCE", ("webhook", "api"), "webhook")),
            reconcile_agent_ids=tuple(
                a.strip() for a in env.get("RECONCILE_AGENT_IDS", "").split(",") if a.strip()
            ),
            reconcile_lookback_hours=_number(env, "RECONCILE_LOOKBACK_HOURS", 24, 1),
            audio_wait_seconds=min(_whole(env, "AUDIO_WAIT_SECONDS", 300, 0), MAX_EXTRACTION_CHECK_SECONDS),
            ingest_chunk_turns=_whole(env, "INGEST_CHUNK_TURNS", 20, 1),
            audit_records=_flag(env, "AUDIT_RECORDS", False),
            forget_me_tool=_flag(env, "FORGET_ME_TOOL", False),
            memory_retention_days=_whole(env, "MEMORY_RETENTION_DAYS", 365, 0),
            elevenlabs_api_url=_url(env, "ELEVENLABS_API_URL", "https://api.elevenlabs.io"),
            agentcore_memory_id=env.get("AGENTCORE_MEMORY_ID", "").strip() or None,
            openmemory_url=_url(env, "OPENMEMORY_URL", "") if env.get("OPENMEMORY_URL", "").strip() else None,
            caller_verification=_flag(env, "CALLER_VERIFICATION", False),
        )

    @property
    def archive_redaction_kinds(self) -> frozenset[str]:
        """What the archive redacts (``REDACT_SENSITIVE=...,archive``, or ``ARCHIVE_REDACTION=on``):
        nothing unless it is on."""
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
