"""MEMORY_BACKEND=openmemory through the stack: PostCall ingests into the OpenMemory server, Retrieve
searches it, an erasure empties it, the key comes from Secrets Manager, the template deploys it, and
``doctor`` checks it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory.errors import ConfigError
from agentic_memory.openmemory import OpenMemoryStore, caller_tag
from agentic_memory.runtime import compose, ingestion
from agentic_memory.settings import Settings
from agentic_memory_ops.cli import main
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET
from testkit.fakes.openmemory import FakeOpenMemoryServer
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    WORKSPACE_KEY,
    fixture_bytes,
)
from testkit.template import environment, lint_messages, load_source, role_statements, sam_transform

AGENT = "agent_0000fake0000000000000000aa"  # the returning caller's fixture's agent


@pytest.fixture
def openmemory(
    fake_openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch
) -> FakeOpenMemoryServer:
    monkeypatch.setenv("MEMORY_BACKEND", "openmemory")
    monkeypatch.setenv("OPENMEMORY_URL", fake_openmemory.url)
    monkeypatch.setenv("OPENMEMORY_API_KEY", fake_openmemory.api_key or "")
    compose.forget()
    return fake_openmemory


def ingest_the_returning_call(post_call: ModuleType) -> dict[str, Any]:
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    assert (
        post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
        == 200
    )
    key = f"conversations/{CONVERSATION}/transcription.json"
    result: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    return result


def search(query: str) -> dict[str, Any]:
    event = http_event(
        json.dumps({"query": query, "caller_id": CALLER, "agent_id": AGENT}).encode(),
        {"X-Workspace-Key": WORKSPACE_KEY},
        path="/retrieve",
    )
    answer = load_handler("retrieve").lambda_handler(event, LambdaContext())
    assert answer["statusCode"] == 200
    found: dict[str, Any] = json.loads(answer["body"])
    return found


@pytest.mark.usefixtures("aws")
def test_openmemory_call_is_ingested_at_once_searched_and_erased(
    post_call: ModuleType, openmemory: FakeOpenMemoryServer
) -> None:
    outcome = ingest_the_returning_call(post_call)["ingested"][0]

    assert outcome["status"] == "ingested"  # stored when answered: nothing left to confirm
    held = openmemory.memories
    assert held and all(m["content"].startswith(f"[{caller_tag(CALLER)}") for m in held)
    assert {m["metadata"]["conversation_id"] for m in held} == {CONVERSATION}
    assert {m["metadata"]["type"] for m in held} == {"factual", "episodic"}
    profile = boto3.client("dynamodb").get_item(TableName="test-caller-profiles", Key={"pk": {"S": CALLER}})
    assert profile["Item"]["memory_count"]["N"] == str(len(held))

    assert ingest_the_returning_call(post_call)["ingested"][0]["status"] == "ingested"
    assert len(openmemory.memories) == len(held)  # a redelivery stores nothing twice

    found = search("Which doctor does the caller prefer?")
    assert any("Doctor Rivera" in m["memory"] for m in found["memories"])
    assert all(not m["memory"].startswith("[om") for m in found["memories"])
    # The call's date, from the memory's metadata: a query's matches carry none, each is read whole.
    assert {m["date"] for m in found["memories"]} == {"2025-11-21"}

    assert ingestion.erase_caller(CALLER)["status"] == "erased"
    assert openmemory.memories == []
    assert search("Which doctor does the caller prefer?")["memories"] == []


@pytest.mark.usefixtures("aws")
def test_openmemory_outage_answers_the_search_with_a_speakable_excuse(
    openmemory: FakeOpenMemoryServer,
) -> None:
    openmemory.stop()
    found = search("Which doctor does the caller prefer?")
    assert found["memories"] == []
    assert "unavailable" in found["message"]


@pytest.mark.usefixtures("aws")
def test_openmemory_key_comes_from_secrets_manager(
    fake_openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = boto3.client("secretsmanager").create_secret(
        Name="app-secret", SecretString=json.dumps({"OPENMEMORY_API_KEY": fake_openmemory.api_key})
    )
    monkeypatch.delenv("OPENMEMORY_API_KEY", raising=False)
    settings = Settings.from_env(
        {"MEMORY_BACKEND": "openmemory", "OPENMEMORY_URL": fake_openmemory.url, "SECRETS_ID": secret["ARN"]}
    )
    store = compose.open_memory_store(settings, 2.0)

    assert isinstance(store, OpenMemoryStore)
    assert store.all_of(CALLER) == []  # the key was accepted
    with pytest.raises(ConfigError, match="OPENMEMORY_URL is not set"):
        compose.open_memory_store(Settings.from_env({"MEMORY_BACKEND": "openmemory"}), 2.0)
    with pytest.raises(ConfigError, match="OPENMEMORY_URL"):
        Settings.from_env({"MEMORY_BACKEND": "openmemory", "OPENMEMORY_URL": "memory.example.com"})


@pytest.fixture(scope="module")
def openmemory_template() -> Iterator[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """The template's source with MemoryBackend openmemory, its transform, and the default's."""
    source = load_source()
    default = sam_transform(source)
    source["Parameters"]["MemoryBackend"]["Default"] = "openmemory"
    source["Parameters"]["MemoryUrl"]["Default"] = "https://memory.example.com"
    yield source, sam_transform(source), default


def test_openmemory_template_lints_transforms_and_asks_no_other_permission(
    openmemory_template: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
) -> None:
    source, translated, default = openmemory_template
    assert lint_messages(json.dumps(source)) == []
    assert lint_messages(json.dumps(translated)) == []
    for function in ("ClientDataFunction", "RetrieveFunction", "PostCallFunction"):
        variables = environment(translated, function)
        assert variables["MEMORY_BACKEND"] == {"Ref": "MemoryBackend"}
        assert variables["OPENMEMORY_URL"] == {"Fn::If": ["OpenMemoryOn", {"Ref": "MemoryUrl"}, ""]}
        assert "OPENMEMORY_API_KEY" not in variables  # the key is in the secret, read through SECRETS_ID
        # The same permissions as with Mem0 Platform: reading the stack's secret reaches the key.
        statements = role_statements(translated, function)
        assert statements == role_statements(default, function)
        assert "openmemory" not in json.dumps(statements).lower()
        reads = [s for s in statements if "secretsmanager" in json.dumps(s.get("Action"))]
        assert [(r["Action"], r["Resource"]) for r in reads] == [
            ("secretsmanager:GetSecretValue", {"Ref": "AppSecret"})
        ]
    assert '"OPENMEMORY_API_KEY":"${MemoryApiKey}"' in source["Resources"]["AppSecret"]["Properties"][
        "SecretString"
    ]["Fn::Sub"].replace("\n", "")
    rule = source["Rules"]["OpenMemoryNeedsUrlAndKey"]
    assert rule["RuleCondition"] == {"Fn::Equals": [{"Ref": "MemoryBackend"}, "openmemory"]}
    assert source["Parameters"]["MemoryApiKey"]["NoEcho"] is True


@pytest.mark.usefixtures("aws")
def test_openmemory_doctor_passes_with_the_key_and_fails_without_it(
    openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["doctor"])
    line = next(line for line in capsys.readouterr().out.splitlines() if "OpenMemory" in line)
    assert line.startswith("PASS") and "answered with the key (2.0-hsg-tiered, tier hybrid)" in line
    assert ("GET", "/memory/all") in openmemory.requests  # /health alone is public: it proves no key

    monkeypatch.setenv("OPENMEMORY_API_KEY", "not-the-key")
    compose.forget()
    main(["doctor"])
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "OpenMemory" in line)
    assert line.startswith("FAIL") and "403 invalid_api_key" in line and "the API key is wrong" in line
    assert "not-the-key" not in out
