"""ClientData: the pre-call answer from one profile lookup, with every variable and only chosen overrides."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory import audit
from agentic_memory.agent_variables import record_agent_variables
from agentic_memory.brief import CallFacts
from agentic_memory.greeting import DYNAMIC_VARIABLES
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime import aws
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event
from testkit import ROOT
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import WORKSPACE_KEY

pytestmark = pytest.mark.usefixtures("aws")

CALLER = "+16125550123"


@pytest.fixture
def client_data() -> ModuleType:
    return load_handler("client_data")


def ask(
    handler: ModuleType, body: dict[str, Any] | bytes, key: str | None = WORKSPACE_KEY
) -> tuple[int, dict[str, Any]]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"X-Workspace-Key": key} if key is not None else {}
    result = handler.lambda_handler(http_event(raw, headers, path="/client-data"), LambdaContext())
    return result["statusCode"], json.loads(result["body"])


def initiation(caller_id: str | None = CALLER) -> dict[str, Any]:
    return {
        "caller_id": caller_id,
        "agent_id": "agent_1",
        "called_number": "+15550100001",
        "call_sid": "CA1",
        "unknown_future_field": {"nested": True},
    }


def seed_returning_caller(calls: int = 2) -> None:
    store = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE)
    for n in range(calls):
        store.record_call(
            CALLER,
            CallFacts(
                conversation_id=f"conv_{n}",
                date=f"2026-11-0{n + 1}",
                agent="agent_1",
                name="Stefan",
                summary=f"Summary of call {n + 1}.",
                title="Cleaning booked",
                language="de",
                facts={"name": "Stefan", "preferred_dentist": "Dr. Rivera"},
            ),
        )
    store.set_memory_count(CALLER, 6)


def test_returning_caller_gets_every_variable_filled_and_a_greeting_by_name(client_data: ModuleType) -> None:
    seed_returning_caller()
    status, body = ask(client_data, initiation())

    assert status == 200
    assert body["type"] == "conversation_initiation_client_data"
    variables = body["dynamic_variables"]
    assert variables["returning_caller"] == "yes"
    assert variables["caller_name"] == "Stefan"
    assert variables["caller_id"] == CALLER
    assert variables["memory_count"] == "6"
    assert variables["last_call_date"] == "2026-11-02"
    assert variables["last_call_summary"] == "Summary of call 2."
    assert "Preferred dentist: Dr. Rivera" in variables["memory_summary"]
    assert "2 previous calls" in variables["memory_context"]
    # In the language of their calls, recalling the last topic.
    assert variables["first_message"] == (
        "Hallo Stefan, schön, wieder von Ihnen zu hören! Beim letzten Mal: Cleaning booked. "
        "Wie kann ich Ihnen heute helfen?"
    )
    assert variables["caller_language"] == "de"
    assert variables["shared_phone"] == "no"
    assert "conversation_config_override" not in body  # no override unless switched on
    assert body["user_id"] == CALLER


def test_caller_numbers_in_national_form_find_the_same_profile(client_data: ModuleType) -> None:
    seed_returning_caller()
    _, body = ask(client_data, initiation("(612) 555-0123"))

    assert body["dynamic_variables"]["returning_caller"] == "yes"
    assert body["user_id"] == CALLER


def test_a_configured_greeting_is_the_first_message_of_a_new_caller(
    client_data: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEFAULT_FIRST_MESSAGE", "Thanks for calling Example Dental, this is Alexis.")
    get_settings.cache_clear()

    _, body = ask(client_data, initiation("+14155550100"))

    assert body["dynamic_variables"]["first_message"] == "Thanks for calling Example Dental, this is Alexis."


def test_unknown_caller_gets_neutral_variables_and_no_override(client_data: ModuleType) -> None:
    status, body = ask(client_data, initiation("+14155550100"))

    assert status == 200
    assert body["dynamic_variables"] == {
        "caller_id": "+14155550100",
        "returning_caller": "no",
        "caller_name": "",
        "memory_count": "0",
        "memory_summary": "",
        "last_call_summary": "",
        "last_call_date": "",
        "memory_context": "",
        "open_items": "",
        "shared_phone": "no",
        "caller_language": "",
        "first_message": "Hello! How can I help you today?",
    }
    assert "conversation_config_override" not in body
    assert body["user_id"] == "+14155550100"


@pytest.mark.parametrize("caller_id", ["anonymous", "+266696687", "", None, "not a number"])
def test_withheld_or_invalid_numbers_get_the_new_caller_answer(
    client_data: ModuleType, caller_id: str | None
) -> None:
    seed_returning_caller()
    status, body = ask(client_data, initiation(caller_id))

    assert status == 200
    assert body["dynamic_variables"]["returning_caller"] == "no"
    assert body["dynamic_variables"]["caller_id"] == ""
    assert "user_id" not in body


@pytest.mark.parametrize("returning", [True, False])
def test_every_response_carries_all_variables_as_strings(client_data: ModuleType, returning: bool) -> None:
    if returning:
        seed_returning_caller()
    _, body = ask(client_data, initiation())

    assert set(body["dynamic_variables"]) == set(DYNAMIC_VARIABLES)
    assert all(isinstance(value, str) for value in body["dynamic_variables"].values())


@pytest.mark.parametrize("key", [None, "", "wrong-key", WORKSPACE_KEY + "x", "ünïcødé"])
def test_wrong_or_missing_workspace_key_is_401(client_data: ModuleType, key: str | None) -> None:
    status, body = ask(client_data, initiation(), key=key)

    assert status == 401
    assert "X-Workspace-Key" in body["error"]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"{not json", "the body is not JSON"),
        (b"[]", "the body is not a JSON object"),
        (b"", "the body is not JSON"),
        (json.dumps({"agent_id": "a"}).encode(), "caller_id is missing"),
        (json.dumps({"caller_id": {"number": "+16125550123"}}).encode(), "caller_id not text"),
    ],
)
def test_a_malformed_request_with_a_valid_key_still_starts_the_call_as_a_new_caller(
    client_data: ModuleType,
    body: bytes,
    problem: str,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    status, answer = ask(client_data, body)

    assert status == 200
    assert answer["dynamic_variables"]["returning_caller"] == "no"
    assert set(answer["dynamic_variables"]) == set(DYNAMIC_VARIABLES)
    assert [r.levelname for r in caplog.records if getattr(r, "problem", None) == problem] == ["WARNING"]
    assert '"InitiationRequestMalformed":[1.0]' in capsys.readouterr().out.replace(" ", "")


def test_profile_store_failure_still_answers_200_as_for_a_new_caller(client_data: ModuleType) -> None:
    seed_returning_caller()
    boto3.client("dynamodb").delete_table(TableName=PROFILE_TABLE)
    status, body = ask(client_data, initiation())

    assert status == 200
    assert body["dynamic_variables"]["returning_caller"] == "no"
    assert body["user_id"] == CALLER


SWITCHES = list(itertools.product(["on", "off"], repeat=3))


@pytest.mark.parametrize(("first", "prompt", "language"), SWITCHES)
def test_each_override_is_sent_only_when_switched_on(
    client_data: ModuleType, monkeypatch: pytest.MonkeyPatch, first: str, prompt: str, language: str
) -> None:
    monkeypatch.setenv("FIRST_MESSAGE_OVERRIDE", first)
    monkeypatch.setenv("PROMPT_OVERRIDE", prompt)
    monkeypatch.setenv("LANGUAGE_OVERRIDE", language)
    monkeypatch.setenv("BASE_PROMPT", "You are Alexis, the receptionist of Example Dental.")
    get_settings.cache_clear()
    seed_returning_caller()
    _, body = ask(client_data, initiation())

    agent = body.get("conversation_config_override", {}).get("agent", {})
    assert ("first_message" in agent) is (first == "on")
    assert ("prompt" in agent) is (prompt == "on")
    assert ("language" in agent) is (language == "on")
    if prompt == "on":
        text = agent["prompt"]["prompt"]
        assert text.startswith("You are Alexis, the receptionist of Example Dental.")
        assert "- 2026-11-02 (Cleaning booked): Summary of call 2." in text
    if language == "on":
        assert agent["language"] == "de"
    if (first, prompt, language) == ("off", "off", "off"):
        assert "conversation_config_override" not in body


def test_prompt_override_without_a_base_prompt_never_sends_memory_alone(
    client_data: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPT_OVERRIDE", "on")
    monkeypatch.delenv("BASE_PROMPT", raising=False)
    get_settings.cache_clear()
    seed_returning_caller()
    _, body = ask(client_data, initiation())

    assert "prompt" not in body.get("conversation_config_override", {}).get("agent", {})


def test_the_lookup_is_one_batch_read_of_caller_and_agent_on_the_tight_call_path_client(
    client_data: ModuleType,
) -> None:
    seed_returning_caller()
    record_agent_variables(boto3.client("dynamodb"), PROFILE_TABLE, "agent_1", {"clinic": "Northside"})
    calls: list[tuple[str, list[str]]] = []
    db = aws.call_path_dynamodb_client()

    def seen(params: dict[str, Any], model: Any, **_: Any) -> None:
        keys = params.get("RequestItems", {}).get(PROFILE_TABLE, {}).get("Keys", [])
        calls.append((model.name, sorted(k["pk"]["S"] for k in keys)))

    db.meta.events.register("provide-client-params.dynamodb.*", seen)
    _, body = ask(client_data, initiation())

    assert calls == [("BatchGetItem", sorted([CALLER, "agent#agent_1"]))]
    assert body["dynamic_variables"]["caller_name"] == "Stefan"
    assert body["dynamic_variables"]["clinic"] == "Northside"
    assert db.meta.config.read_timeout == 1  # type: ignore[attr-defined]


def test_the_agents_own_variables_are_answered_with_its_placeholders_ours_winning(
    client_data: ModuleType,
) -> None:
    """ElevenLabs refuses a call whose answer lacks a variable the agent defines (DESIGN §2.1)."""
    own = {
        "clinic": "Northside Dental",
        "caller_name": "valued customer",  # a clash: ours wins
        "first_message": "Northside Dental, Alexis speaking.",  # the agent's own first message
    }
    record_agent_variables(boto3.client("dynamodb"), PROFILE_TABLE, "agent_1", own)

    _, new = ask(client_data, initiation())
    seed_returning_caller()
    _, returning = ask(client_data, initiation())
    _, other_agent = ask(client_data, {**initiation(), "agent_id": "agent_2"})

    assert set(new["dynamic_variables"]) == set(DYNAMIC_VARIABLES) | {"clinic"}
    assert new["dynamic_variables"]["clinic"] == "Northside Dental"
    assert new["dynamic_variables"]["caller_name"] == ""
    # A new caller hears the agent's own first message; a returning one our greeting by name.
    assert new["dynamic_variables"]["first_message"] == "Northside Dental, Alexis speaking."
    assert returning["dynamic_variables"]["clinic"] == "Northside Dental"
    assert returning["dynamic_variables"]["caller_name"] == "Stefan"
    assert "Stefan" in returning["dynamic_variables"]["first_message"]
    assert set(other_agent["dynamic_variables"]) == set(DYNAMIC_VARIABLES)
    assert all(isinstance(v, str) for v in new["dynamic_variables"].values())


def test_a_withheld_number_still_gets_the_agents_variables(client_data: ModuleType) -> None:
    record_agent_variables(boto3.client("dynamodb"), PROFILE_TABLE, "agent_1", {"clinic": "Northside"})
    status, body = ask(client_data, initiation(caller_id="anonymous"))

    assert status == 200
    assert body["dynamic_variables"]["clinic"] == "Northside"
    assert body["dynamic_variables"]["returning_caller"] == "no"


def test_client_data_imports_neither_the_memory_sdk_nor_pydantic() -> None:
    """A fresh interpreter: ClientData's init, its DynamoDB and Secrets Manager clients, nothing more."""
    probe = (
        "import sys, importlib.util;"
        f"spec = importlib.util.spec_from_file_location('app', {str(ROOT / 'src/client_data/app.py')!r});"
        "spec.loader.exec_module(importlib.util.module_from_spec(spec));"
        "from agentic_memory.runtime import aws, compose;"
        "compose.call_path_profiles(); aws.secrets_client();"
        "heavy = ('mem0', 'httpx', 'qdrant_client', 'pydantic');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    env = {**os.environ, "AWS_DEFAULT_REGION": "us-east-1", "PROFILE_TABLE": PROFILE_TABLE}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60, env=env
    )
    assert out.stdout.strip() == "[]"


def audit_records() -> dict[str, dict[str, Any]]:
    s3 = boto3.client("s3")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="audit/").get("Contents", [])]
    return {key: json.loads(s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()) for key in keys}


def test_audit_records_keep_request_and_answer_when_switched_on(
    client_data: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDIT_RECORDS", "on")
    get_settings.cache_clear()
    _, body = ask(client_data, initiation())
    audit.flush(timeout=10)

    records = audit_records()
    day = next(iter(records.values()))["received_at"][:10]
    assert list(records) == [f"audit/client-data/16125550123/{day}/CA1.json"]
    (record,) = records.values()
    assert record["request"]["caller_id"] == CALLER
    assert record["response"] == body


def test_audit_records_are_off_by_default(client_data: ModuleType) -> None:
    ask(client_data, initiation())
    audit.flush(timeout=10)

    assert audit_records() == {}


def test_a_failing_audit_write_never_fails_the_answer(
    client_data: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDIT_RECORDS", "on")
    get_settings.cache_clear()
    boto3.client("s3").delete_bucket(Bucket=BUCKET)
    status, body = ask(client_data, initiation())
    audit.flush(timeout=10)

    assert status == 200
    assert body["dynamic_variables"]["returning_caller"] == "no"
