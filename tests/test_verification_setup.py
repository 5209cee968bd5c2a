"""``setup`` and ``doctor`` with CallerVerification on: the verify_caller tool, and the conversation id in
every tool (a verification lasts one call), through the official SDK against the fake API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import boto3
import pytest

from agentic_memory.runtime import secrets
from agentic_memory_ops.cli import main
from agentic_memory_ops.elevenlabs_sdk import validate_tool
from agentic_memory_ops.elevenlabs_stack import StackSide
from testkit.fakes.elevenlabs import FakeElevenLabs
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY

pytestmark = pytest.mark.usefixtures("aws")
API_KEY = "xi-test-key"
AGENT = "agent_0000fake0000000000000000aa"
BASE = "https://localhost:1"  # https as ElevenLabs requires; port 1: doctor's probes are refused at once
PARAMETERS = ("SecretArn", "ForgetMeTool", "CallerVerification")
OUTPUTS = {"ClientDataApiUrl": "client-data", "RetrieveApiUrl": "retrieve", "PostCallApiUrl": "post-call"}
OUTPUTS |= {"ForgetMeUrl": "forget-me", "VerifyCallerUrl": "verify-caller"}


@pytest.fixture
def elevenlabs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(api_key=API_KEY) as fake:
        fake.workspace.add_agent(AGENT)
        monkeypatch.setenv("ELEVENLABS_API_URL", fake.url)
        for name in ("ELEVENLABS_API_KEY", "ELEVENLABS_WORKSPACE_KEY", "ELEVENLABS_HMAC_KEY"):
            monkeypatch.delenv(name, raising=False)
        yield fake


def deploy(verification: str) -> None:
    """A stack as `sam deploy` leaves it: its parameters, outputs and secret."""
    keys = {
        "MEM0_API_KEY": "m0",
        "ELEVENLABS_HMAC_KEY": HMAC_SECRET,
        "ELEVENLABS_WORKSPACE_KEY": WORKSPACE_KEY,
        "ELEVENLABS_API_KEY": API_KEY,
    }
    secret = boto3.client("secretsmanager").create_secret(Name="stack-secret", SecretString=json.dumps(keys))[
        "ARN"
    ]
    template = {
        "Parameters": {name: {"Type": "String"} for name in PARAMETERS},
        "Resources": {"DeadLetterQueue": {"Type": "AWS::SQS::Queue"}},
        "Outputs": {
            "AppSecretArn": {"Value": {"Ref": "SecretArn"}},
            **{output: {"Value": f"{BASE}/{path}"} for output, path in OUTPUTS.items()},
        },
    }
    values = {"SecretArn": secret, "ForgetMeTool": "on", "CallerVerification": verification}
    boto3.client("cloudformation").create_stack(
        StackName="agentic-memory",
        TemplateBody=json.dumps(template),
        Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in values.items()],
    )


def run(*command: str) -> int:
    secrets._cache.clear()  # each command is a new process
    return main([*command, "--stack", "agentic-memory", "--agent", AGENT])


def tools(fake: FakeElevenLabs) -> dict[str, tuple[str, dict[str, Any]]]:
    return {tool["name"]: (tool_id, tool) for tool_id, tool in fake.workspace.tools.items()}


def test_setup_adds_verify_caller_and_binds_every_tool_to_the_conversation(
    elevenlabs: FakeElevenLabs,
) -> None:
    deploy("on")
    assert run("setup", "--yes") == 0

    made = tools(elevenlabs)
    assert set(made) == {"search_memory", "forget_me", "verify_caller"}
    verify_id, verify = made["verify_caller"]
    assert verify["api_schema"]["url"] == f"{BASE}/verify-caller"
    attached = elevenlabs.workspace.agents[AGENT]["conversation_config"]["agent"]["prompt"]["tool_ids"]
    assert verify_id in attached
    for _, tool in made.values():
        properties = tool["api_schema"]["request_body_schema"]["properties"]
        assert properties["conversation_id"]["dynamic_variable"] == "system__conversation_id"
        assert properties["caller_id"]["dynamic_variable"] == "system__caller_id"
    answer = verify["api_schema"]["request_body_schema"]["properties"]["answer"]
    assert "dynamic_variable" not in answer  # the only field the model fills


def test_doctor_fails_an_agent_without_verify_caller_and_passes_after_setup(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    deploy("off")
    assert run("setup", "--yes") == 0
    assert "verify_caller" not in tools(elevenlabs)
    boto3.client("cloudformation").update_stack(
        StackName="agentic-memory",
        UsePreviousTemplate=True,
        Parameters=[
            {"ParameterKey": "SecretArn", "UsePreviousValue": True},
            {"ParameterKey": "ForgetMeTool", "ParameterValue": "on"},
            {"ParameterKey": "CallerVerification", "ParameterValue": "on"},
        ],
    )
    capsys.readouterr()
    run("doctor")
    lines = {line[6:31].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert lines["ElevenLabs agent"].startswith("FAIL"), lines

    assert run("setup", "--yes") == 0
    capsys.readouterr()
    run("doctor")
    lines = {line[6:31].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert lines["ElevenLabs agent"].startswith("PASS"), lines


def test_the_verify_caller_tool_is_a_valid_sdk_tool_and_absent_when_verification_is_off() -> None:
    off = StackSide("s", f"{BASE}/client-data", f"{BASE}/retrieve", f"{BASE}/post-call", "key")
    on = replace(off, verify_caller_url=f"{BASE}/verify-caller")
    validate_tool(on.tools("secret_1")["verify_caller"])  # the SDK's ToolRequestModel accepts it
    assert "verify_caller" not in off.tools("secret_1")
    search = off.tools("secret_1")["search_memory"]["api_schema"]["request_body_schema"]["properties"]
    assert "conversation_id" not in search  # a stack without verification: its tools as they were


@pytest.mark.parametrize(("verification", "placeholder"), [("on", "no"), ("off", None)])
def test_setup_gives_caller_verified_a_placeholder_when_verification_is_on(
    elevenlabs: FakeElevenLabs, verification: str, placeholder: str | None
) -> None:
    """A conversation ClientData never saw (the widget, a dashboard test call) is not verified."""
    deploy(verification)
    assert run("setup", "--yes") == 0

    agent = elevenlabs.workspace.agents[AGENT]["conversation_config"]["agent"]
    placeholders = agent["dynamic_variables"]["dynamic_variable_placeholders"]
    assert placeholders.get("caller_verified") == placeholder
    assert placeholders["returning_caller"] == "no"
