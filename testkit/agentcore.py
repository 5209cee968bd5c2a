"""The AgentCore Memory the template creates, made in moto through the control plane, with the fake
data plane (``testkit.fakes.agentcore``) in front of a boto3 client: what the ``agentcore`` tests share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.config import Config
from moto import mock_aws

from agentic_memory.agentcore import AgentCoreStore
from testkit.fakes.agentcore import FakeAgentCore
from testkit.template import load_source

REGION = "us-east-1"


def camel(value: Any) -> Any:
    """CloudFormation's property names as the API's (``MemoryStrategies`` → ``memoryStrategies``)."""
    if isinstance(value, dict):
        return {key[:1].lower() + key[1:]: camel(item) for key, item in value.items()}
    if isinstance(value, list):
        return [camel(item) for item in value]
    return value


_NO_VALUE = object()


def resolved(value: Any, retention_days: int) -> Any:
    """The template's intrinsics as CloudFormation resolves them with MemoryRetentionDays set (not 0)."""
    if isinstance(value, dict) and set(value) == {"Fn::If"}:
        condition, when_true, when_false = value["Fn::If"]
        assert condition == "KeepUntilErased", condition
        return resolved(when_true if retention_days == 0 else when_false, retention_days)
    if isinstance(value, dict) and set(value) == {"Ref"}:
        return {"AWS::NoValue": _NO_VALUE, "MemoryRetentionDays": retention_days}[value["Ref"]]
    if isinstance(value, dict):
        items = {key: resolved(item, retention_days) for key, item in value.items()}
        return {key: item for key, item in items.items() if item is not _NO_VALUE}
    if isinstance(value, list):
        return [resolved(item, retention_days) for item in value]
    return value


def template_memory(retention_days: int = 365) -> dict[str, Any]:
    """CreateMemory's request for template.yaml's AgentCoreMemory, its intrinsics resolved."""
    properties = load_source()["Resources"]["AgentCoreMemory"]["Properties"]
    wanted = ("MemoryStrategies", "NamespaceKeys", "IndexedKeys", "Description")
    request: dict[str, Any] = camel(resolved({key: properties[key] for key in wanted}, retention_days))
    return {**request, "name": "test_stack_memory", "eventExpiryDuration": 365}


def agentcore_client(fake: FakeAgentCore, **config: Any) -> Any:
    retries: Any = {"mode": "standard", "total_max_attempts": 1}
    client = boto3.client("bedrock-agentcore", region_name=REGION, config=Config(retries=retries, **config))
    return fake.attach(client)


@contextmanager
def agentcore_memory() -> Iterator[tuple[FakeAgentCore, AgentCoreStore]]:
    """A Memory as the template makes it, the fake in front of it, and the backend on both; the
    backend's sleeps are the fake's clock (waiting out a delete lets it happen, no real time passes)."""
    with mock_aws():
        control = boto3.client("bedrock-agentcore-control", region_name=REGION)
        memory = control.create_memory(**template_memory())["memory"]
        fake = FakeAgentCore(memory["id"], region=REGION)
        yield fake, AgentCoreStore(agentcore_client(fake), memory["id"], sleep=fake.advance)
