"""``agentic-memory doctor`` with MEMORY_BACKEND=agentcore: the Memory exists, holds the template's
strategies, each ACTIVE, and its data plane answers (agentic_memory_ops.cli.doctor_backends)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from moto.bedrockagentcorecontrol.models import bedrockagentcorecontrol_backends
from moto.core.models import DEFAULT_ACCOUNT_ID

from agentic_memory.settings import Settings
from agentic_memory_ops.cli import doctor_backends, main
from testkit.agentcore import REGION, agentcore_client, template_memory
from testkit.fakes.agentcore import FakeAgentCore


@pytest.fixture
def control() -> Iterator[Any]:
    with mock_aws():
        yield boto3.client("bedrock-agentcore-control", region_name=REGION)


def target(memory_id: str | None) -> Any:
    env = {"MEMORY_BACKEND": "agentcore", **({"AGENTCORE_MEMORY_ID": memory_id} if memory_id else {})}
    return SimpleNamespace(settings=Settings.from_env(env))


def check(control: Any, memory_id: str | None) -> Any:
    data = agentcore_client(FakeAgentCore(memory_id or "none", region=REGION))
    return doctor_backends.check_agentcore(target(memory_id), control, data)


def test_the_templates_memory_passes(control: Any) -> None:
    memory_id = control.create_memory(**template_memory())["memory"]["id"]
    result = check(control, memory_id)
    assert result.status == "pass"
    assert "SEMANTIC, SUMMARIZATION, USER_PREFERENCE ACTIVE" in result.detail


def test_a_missing_strategy_fails(control: Any) -> None:
    request = template_memory()
    request["memoryStrategies"] = request["memoryStrategies"][:1]
    memory_id = control.create_memory(**request)["memory"]["id"]
    result = check(control, memory_id)
    assert (result.status, result.detail) == (
        "fail",
        f"Memory {memory_id} lacks the strategies SUMMARIZATION, USER_PREFERENCE",
    )


def test_a_strategy_that_is_not_active_fails(control: Any) -> None:
    memory_id = control.create_memory(**template_memory())["memory"]["id"]
    strategies = bedrockagentcorecontrol_backends[DEFAULT_ACCOUNT_ID][REGION].memories[memory_id].strategies
    strategies[1]["status"] = "FAILED"  # moto creates them ACTIVE; the service reports each one's status
    result = check(control, memory_id)
    assert (result.status, result.detail) == (
        "fail",
        f"Memory {memory_id} strategies not active: SUMMARIZATION FAILED",
    )


def test_an_unknown_memory_and_a_missing_id_fail(control: Any) -> None:
    with pytest.raises(ClientError, match="ResourceNotFound"):
        check(control, "callers-0123456789")
    assert check(control, None).status == "fail"


@pytest.mark.usefixtures("aws")
def test_doctor_names_the_backend_and_passes_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    control = boto3.client("bedrock-agentcore-control", region_name=REGION)
    memory_id = control.create_memory(**template_memory())["memory"]["id"]
    fake = FakeAgentCore(memory_id, region=REGION)
    monkeypatch.setenv("MEMORY_BACKEND", "agentcore")
    monkeypatch.setenv("AGENTCORE_MEMORY_ID", memory_id)
    monkeypatch.setattr(
        doctor_backends,
        "agentcore_session",
        lambda: SimpleNamespace(client=lambda *_, **__: agentcore_client(fake)),
    )

    main(["doctor"])
    lines = capsys.readouterr().out.splitlines()
    assert next(line for line in lines if "AgentCore Memory" in line).startswith("PASS  AgentCore Memory")
    assert not any(" Mem0 " in line for line in lines)
