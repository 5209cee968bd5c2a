"""Settings: sane defaults, clear errors naming the variable, secrets from Secrets Manager or env."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import SimpleNamespace

import boto3
import pytest
from moto import mock_aws

from agentic_memory.errors import ConfigError
from agentic_memory.runtime import aws, secrets
from agentic_memory.runtime.secrets import get_secret
from agentic_memory.settings import Settings


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
        2000,
        2,
        300,
    )


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"MEMORY_BACKEND": "redis"}, "MEMORY_BACKEND"),
        ({"MEM0_TIMEOUT": "soon"}, "MEM0_TIMEOUT"),
        ({"MEM0_SEARCH_LIMIT": "0"}, "MEM0_SEARCH_LIMIT"),
        ({"PROMPT_OVERRIDE": "maybe"}, "PROMPT_OVERRIDE"),
        ({"MEMORY_SCOPE": "everyone"}, "MEMORY_SCOPE"),
    ],
)
def test_malformed_settings_fail_naming_the_variable(env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        Settings.from_env(env)


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
