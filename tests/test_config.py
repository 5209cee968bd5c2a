"""Settings: sane defaults, clear errors naming the variable, secrets from Secrets Manager or env."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from types import SimpleNamespace

import boto3
import pytest
from moto import mock_aws

from agentic_memory.errors import ConfigError
from agentic_memory.runtime import aws, secrets
from agentic_memory.runtime.secrets import get_secret
from agentic_memory.settings import VARIABLES, Settings


@pytest.fixture(autouse=True)
def fresh_secrets() -> Iterator[None]:
    """No secret value or Secrets Manager client carried from one test to the next."""
    secrets.forget()
    aws.forget()
    yield
    secrets.forget()
    aws.forget()


def test_defaults_match_the_documented_configuration() -> None:
    settings = Settings.from_env({})

    assert settings.memory_backend == "mem0-platform"
    assert settings.mem0_host == "https://api.mem0.ai"
    assert (settings.mem0_search_limit, settings.mem0_timeout) == (3, 3.0)
    assert (settings.first_message_override, settings.prompt_override, settings.language_override) == (
        False,
        False,
        False,
    )
    assert (settings.memory_scope, settings.audio_source, settings.default_region) == (
        "caller",
        "webhook",
        "US",
    )
    # Not template parameters: what deployed stacks run with (README, Configuration).
    assert (settings.brief_max_chars, settings.extraction_check_seconds, settings.audio_wait_seconds) == (
        4000,
        2,
        300,
    )


@pytest.mark.parametrize(
    ("name", "value", "takes"),
    [
        ("MEMORY_BACKEND", "redis", "mem0-platform or mem0-oss"),
        ("MEMORY_SCOPE", "everyone", "caller or caller_agent"),
        ("MEM0_TIMEOUT", "abc", "a number of at least 0.1"),
        ("MEM0_TIMEOUT", "nan", "a number of at least 0.1"),
        ("MEM0_SEARCH_LIMIT", "0", "a whole number of at least 1"),
        ("MEM0_SEARCH_LIMIT", "2.5", "a whole number of at least 1"),
        ("PROMPT_OVERRIDE", "maybe", "on or off"),
        ("DEFAULT_REGION", "USA", "a two-letter region code such as US or GB"),
        ("MEM0_HOST", "api.mem0.ai", "a URL starting with https:// or http://"),
        ("PRIVATE_FACT_CATEGORIES", "helth", "a comma-separated list of health, finance, legal, other, or"),
        ("REDACT_SENSITIVE", "card", "all, off, or a comma-separated list of cards, bank_accounts"),
    ],
)
def test_a_wrong_value_fails_in_one_line_naming_the_variable_its_value_and_what_it_takes(
    name: str, value: str, takes: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({name: value})

    message = str(raised.value)
    assert message.startswith(f"{name} is {value!r}; it takes {takes}")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("env", "kinds", "archive"),
    [
        ({}, {"cards", "bank_accounts", "national_ids", "secrets"}, False),
        ({"REDACT_SENSITIVE": "off"}, set(), False),
        ({"REDACT_SENSITIVE": "all,archive"}, {"cards", "bank_accounts", "national_ids", "secrets"}, True),
        ({"REDACT_SENSITIVE": "cards,secrets,archive"}, {"cards", "secrets"}, True),
        # The template's RedactSensitive=...,archive replaced ArchiveRedaction; the variable still reads.
        ({"REDACT_SENSITIVE": "cards", "ARCHIVE_REDACTION": "on"}, {"cards"}, True),
    ],
)
def test_redact_sensitive_names_the_kinds_and_its_last_item_archive_the_archive_too(
    env: dict[str, str], kinds: set[str], archive: bool
) -> None:
    settings = Settings.from_env(env)
    assert (settings.redact_sensitive, settings.archive_redaction) == (frozenset(kinds), archive)
    assert settings.archive_redaction_kinds == (frozenset(kinds) if archive else frozenset())


@pytest.mark.parametrize("value", ["off,archive", "archive,cards", "cards,archive,archive"])
def test_archive_is_only_the_last_item_after_something_redacted(value: str) -> None:
    with pytest.raises(ConfigError, match="a last item archive redacts the archive too"):
        Settings.from_env({"REDACT_SENSITIVE": value})


def test_a_whole_number_may_be_written_with_a_point_zero() -> None:
    assert Settings.from_env({"MEM0_SEARCH_LIMIT": "5.0"}).mem0_search_limit == 5


def test_the_settings_list_every_variable_they_read() -> None:
    """``VARIABLES`` is what `make run` accepts in its env file besides the template's: exactly what
    ``from_env`` reads, no more and no less."""

    class Recording(Mapping[str, str]):
        def __init__(self) -> None:
            self.read: set[str] = set()

        def __getitem__(self, name: str) -> str:
            self.read.add(name)
            raise KeyError(name)

        def __iter__(self) -> Iterator[str]:
            return iter(())

        def __len__(self) -> int:
            return 0

    env = Recording()
    Settings.from_env(env)

    assert env.read == VARIABLES


def test_a_missing_required_setting_fails_when_first_needed_naming_it() -> None:
    settings = Settings.from_env({"PROFILE_TABLE": "profiles"})

    assert settings.required("profile_table") == "profiles"
    with pytest.raises(ConfigError, match="S3_BUCKET_NAME"):
        settings.required("archive_bucket")


def test_secrets_come_from_the_environment_when_no_secret_id_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEVENLABS_HMAC_KEY", "from-env")
    monkeypatch.delenv("MEM0_API_KEY", raising=False)
    settings = Settings.from_env({})

    assert get_secret("ELEVENLABS_HMAC_KEY", settings) == "from-env"
    with pytest.raises(ConfigError, match="MEM0_API_KEY"):
        get_secret("MEM0_API_KEY", settings)


@mock_aws
def test_secrets_come_from_secrets_manager_when_secret_id_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEVENLABS_HMAC_KEY", "env-value-must-be-ignored")
    arn = boto3.client("secretsmanager").create_secret(
        Name="agentic-memory-test",
        SecretString=json.dumps({"ELEVENLABS_HMAC_KEY": "from-secrets-manager", "MEM0_API_KEY": ""}),
    )["ARN"]
    settings = Settings.from_env({"SECRETS_ID": arn})

    assert get_secret("ELEVENLABS_HMAC_KEY", settings) == "from-secrets-manager"
    with pytest.raises(ConfigError, match="MEM0_API_KEY is missing or empty"):
        get_secret("MEM0_API_KEY", settings)


@mock_aws
def test_an_unreadable_secret_is_a_config_error_naming_it() -> None:
    settings = Settings.from_env({"SECRETS_ID": "does-not-exist"})

    with pytest.raises(ConfigError, match="does-not-exist"):
        get_secret("ELEVENLABS_WORKSPACE_KEY", settings)


@mock_aws
def test_a_secret_is_read_once_per_max_age_then_again(monkeypatch: pytest.MonkeyPatch) -> None:
    arn = boto3.client("secretsmanager").create_secret(
        Name="agentic-memory-cached", SecretString=json.dumps({"ELEVENLABS_WORKSPACE_KEY": "first"})
    )["ARN"]
    settings = Settings.from_env({"SECRETS_ID": arn})
    reads: list[str] = []
    aws.secrets_client().meta.events.register(
        "before-call.secrets-manager.GetSecretValue", lambda **_: reads.append("read")
    )
    now = [1000.0]
    monkeypatch.setattr(secrets, "time", SimpleNamespace(monotonic=lambda: now[0]))

    assert get_secret("ELEVENLABS_WORKSPACE_KEY", settings) == "first"
    boto3.client("secretsmanager").put_secret_value(
        SecretId=arn, SecretString=json.dumps({"ELEVENLABS_WORKSPACE_KEY": "rotated"})
    )
    now[0] += secrets.MAX_AGE_SECONDS - 1
    assert get_secret("ELEVENLABS_WORKSPACE_KEY", settings) == "first"
    now[0] += 1
    assert get_secret("ELEVENLABS_WORKSPACE_KEY", settings) == "rotated"
    assert reads == ["read", "read"]


@mock_aws
def test_a_failed_secret_read_is_not_cached() -> None:
    settings = Settings.from_env({"SECRETS_ID": "agentic-memory-late"})
    with pytest.raises(ConfigError, match="agentic-memory-late"):
        get_secret("ELEVENLABS_WORKSPACE_KEY", settings)

    boto3.client("secretsmanager").create_secret(
        Name="agentic-memory-late", SecretString=json.dumps({"ELEVENLABS_WORKSPACE_KEY": "now-there"})
    )
    assert get_secret("ELEVENLABS_WORKSPACE_KEY", settings) == "now-there"
