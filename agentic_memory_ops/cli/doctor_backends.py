"""``doctor``'s memory line for each backend: Mem0 Platform's own check, or the AgentCore Memory's.

For ``MEMORY_BACKEND=agentcore`` the Memory must exist and be ACTIVE, hold the strategies the template
gives it (semantic, summary, user preference), each ACTIVE (GetMemory, bedrock-agentcore-control: a
strategy is CREATING, ACTIVE, DELETING or FAILED), and its data plane must answer a one-record list,
which proves the operator's credentials reach it. Memory text is never printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import boto3
from botocore.config import Config

from agentic_memory.agentcore_wire import agentcore_session
from agentic_memory_ops.cli.results import Result, Status
from agentic_memory_ops.cli.target import Target

# The strategy types template.yaml's AgentCoreMemory creates (MemoryStrategyType in the model).
STRATEGIES = frozenset({"SEMANTIC", "SUMMARIZATION", "USER_PREFERENCE"})
_CONFIG = Config(connect_timeout=5, read_timeout=10, retries={"mode": "standard"})


def backend_label(target: Target) -> str:
    return "AgentCore Memory" if target.settings.memory_backend == "agentcore" else "Mem0"


def check_backend(mem0_check: Callable[[Target], Result], target: Target) -> Result:
    """The configured backend's check: ``mem0_check`` (doctor's own) unless the backend is AgentCore."""
    if target.settings.memory_backend == "agentcore":
        return check_agentcore(target)
    return mem0_check(target)


def check_agentcore(target: Target, control: Any = None, data: Any = None) -> Result:
    memory_id = target.settings.agentcore_memory_id
    if not memory_id:
        return Result("fail", "AGENTCORE_MEMORY_ID is not set: deploy with MemoryBackend=agentcore")
    control = control or boto3.client("bedrock-agentcore-control", config=_CONFIG)
    memory = control.get_memory(memoryId=memory_id)["memory"]
    if memory.get("status") != "ACTIVE":
        reason = f": {memory['failureReason']}" if memory.get("failureReason") else ""
        state: Status = "warn" if memory.get("status") in ("CREATING", "UPDATING") else "fail"
        return Result(state, f"Memory {memory_id} is {memory.get('status')}{reason}")
    strategies = {s.get("type"): s.get("status", "ACTIVE") for s in memory.get("strategies", [])}
    missing = sorted(STRATEGIES - set(strategies))
    if missing:
        return Result("fail", f"Memory {memory_id} lacks the strategies {', '.join(missing)}")
    inactive = sorted(f"{kind} {status}" for kind, status in strategies.items() if status != "ACTIVE")
    if inactive:
        return Result("fail", f"Memory {memory_id} strategies not active: {', '.join(inactive)}")
    data = data or agentcore_session().client("bedrock-agentcore", config=_CONFIG)
    data.list_memory_records(memoryId=memory_id, namespacePath="/callers/", maxResults=1)
    kinds = ", ".join(sorted(strategies))
    return Result(
        "pass", f"AgentCore Memory {memory_id} ACTIVE, strategies {kinds} ACTIVE, data plane answers"
    )
