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
