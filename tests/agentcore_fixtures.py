"""The AgentCore Memory the template creates, made in moto through the control plane, with the fake
data plane (``fake_agentcore``) in front of a boto3 client: what the ``agentcore`` tests share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.config import Config
from fake_agentcore import FakeAgentCore
from moto import mock_aws
from test_template import load_source

from agentic_memory.agentcore import AgentCoreStore

REGION = "us-east-1"


def camel(value: Any) -> Any:
    """CloudFormation's property names as the API's (``MemoryStrategies`` → ``memoryStrategies``)."""
    if isinstance(value, dict):
        return {key[:1].lower() + key[1:]: camel(item) for key, item in value.items()}
    if isinstance(value, list):
        return [camel(item) for item in value]
    return value


def template_memory() -> dict[str, Any]:
    """CreateMemory's request for template.yaml's AgentCoreMemory (its intrinsics replaced)."""
    properties = load_source()["Resources"]["AgentCoreMemory"]["Properties"]
    wanted = ("MemoryStrategies", "NamespaceKeys", "IndexedKeys", "Description")
    request: dict[str, Any] = camel({key: properties[key] for key in wanted})
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
