"""The three functions as Lambda loads them, the context it hands them, and what ClientData answers."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import boto3

from testkit import ROOT
from testkit.aws import PROFILE_TABLE

Invoke = Callable[[dict[str, Any]], dict[str, Any]]


def load_handler(function: str) -> ModuleType:
    """``src/<function>/app.py`` under a unique module name (all three files are called app.py)."""
    name = f"{function}_app"
    spec = importlib.util.spec_from_file_location(name, ROOT / "src" / function / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class LambdaContext:
    function_name: str = "test-function"
    memory_limit_in_mb: int = 1024
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:test-function"
    aws_request_id: str = "00000000-0000-0000-0000-000000000000"

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def told(caller: str, agent_id: str | None = "agent_0000fake0000000000000000aa") -> dict[str, str]:
    """The dynamic variables ClientData would answer now for ``caller`` calling ``agent_id``."""
    from agentic_memory.greeting import dynamic_variables
    from agentic_memory.profiles import ProfileStore
    from agentic_memory.settings import Settings

    stored = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE).get(caller)
    return dynamic_variables(caller, stored, Settings.from_env(), agent_id)
