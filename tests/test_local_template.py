"""The local server reads template.yaml as CloudFormation and Lambda would: conditions and
intrinsics resolved, parameters overridable, each function held to its Timeout."""

from __future__ import annotations

import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from local_server.runtime import FunctionTimeoutError, LocalFunction
from local_server.template import Stack
from testkit import ROOT


def functions(**overrides: str) -> dict[str, Any]:
    return {spec.logical_id: spec for spec in Stack(ROOT / "template.yaml", overrides).functions()}


def test_conditions_follow_the_parameters_as_in_cloudformation() -> None:
    assert functions()["ClientDataFunction"].environment["POWERTOOLS_TRACE_DISABLED"] == "true"
    traced = functions(TracingMode="Active")
    assert {spec.environment["POWERTOOLS_TRACE_DISABLED"] for spec in traced.values()} == {"false"}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, ("off", "off", "off")),
        ({"Overrides": "first_message"}, ("on", "off", "off")),
        ({"Overrides": "language"}, ("off", "off", "on")),
        ({"Overrides": "first_message,language", "BasePrompt": "You are Ada."}, ("on", "on", "on")),
        ({"BasePrompt": "You are Ada."}, ("off", "on", "off")),
    ],
)
def test_overrides_and_base_prompt_set_the_three_override_switches(
    overrides: dict[str, str], expected: tuple[str, str, str]
) -> None:
    env = functions(**overrides)["ClientDataFunction"].environment
    assert (env["FIRST_MESSAGE_OVERRIDE"], env["PROMPT_OVERRIDE"], env["LANGUAGE_OVERRIDE"]) == expected


@pytest.mark.parametrize(
    ("overrides", "mem0_host", "openmemory_url"),
    [
        ({}, "https://api.mem0.ai", ""),
        ({"MemoryUrl": "https://mem0.example.com"}, "https://mem0.example.com", ""),
        (
            {"MemoryBackend": "openmemory", "MemoryUrl": "https://memory.example.com"},
            "https://api.mem0.ai",
            "https://memory.example.com",
        ),
    ],
)
def test_memory_url_is_the_chosen_backends_address(
    overrides: dict[str, str], mem0_host: str, openmemory_url: str
) -> None:
    for spec in functions(**overrides).values():
        env = spec.environment
        assert (env["MEM0_HOST"], env["OPENMEMORY_URL"]) == (mem0_host, openmemory_url), spec.logical_id


def test_no_value_removes_what_a_false_condition_guards() -> None:
    stack = Stack(ROOT / "template.yaml")
    guarded = [{"Fn::If": ["ForgetMeToolOn", "erase", {"Ref": "AWS::NoValue"}]}, "read"]
    assert stack.resolve(guarded) == ["read"]
    assert Stack(ROOT / "template.yaml", {"ForgetMeTool": "on"}).resolve(guarded) == ["erase", "read"]


def test_an_unknown_parameter_is_refused() -> None:
    with pytest.raises(ValueError, match="has no parameter NoSuchParameter"):
        Stack(ROOT / "template.yaml", {"NoSuchParameter": "1"})


def test_each_function_has_its_templates_timeout() -> None:
    specs = functions()
    assert specs["ClientDataFunction"].timeout_seconds == 10  # Globals
    assert specs["PostCallFunction"].timeout_seconds == 120  # its own


def test_a_function_past_its_timeout_is_a_timeout_as_in_lambda(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import threading\n"
        "release = threading.Event()\n"
        "def lambda_handler(event, context):\n"
        "    release.wait(30)\n"
        "    return {'statusCode': 200}\n"
    )
    spec = replace(
        functions()["ClientDataFunction"], logical_id="SlowFunction", code_dir=tmp_path, timeout_seconds=0.2
    )
    function = LocalFunction(spec)
    try:
        with pytest.raises(FunctionTimeoutError, match=r"Task timed out after 0\.20 seconds"):
            function.invoke({})
    finally:
        release: threading.Event = sys.modules["SlowFunction.app"].release
        release.set()
        del sys.modules["SlowFunction.app"]
