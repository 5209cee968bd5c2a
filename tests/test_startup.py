"""The collector pause at init: on Lambda only, and never left behind in the process."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from conftest import ROOT, load_handler

PROBE = """
import gc, importlib.util
before = gc.get_freeze_count()  # CPython starts with a few objects frozen already
spec = importlib.util.spec_from_file_location("app", {path!r})
spec.loader.exec_module(importlib.util.module_from_spec(spec))
print(gc.isenabled(), gc.get_freeze_count() - before)
"""


def init_in_fresh_interpreter(function: str, **env: str) -> tuple[bool, int]:
    code = PROBE.format(path=str(ROOT / "src" / function / "app.py"))
    variables = {k: v for k, v in os.environ.items() if k != "AWS_LAMBDA_FUNCTION_NAME"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**variables, "AWS_DEFAULT_REGION": "us-east-1", **env},
    )
    enabled, frozen = out.stdout.split()
    return enabled == "True", int(frozen)


def test_on_lambda_init_is_frozen_and_the_collector_runs_again_after_it() -> None:
    for function in ("client_data", "retrieve", "post_call"):
        enabled, frozen = init_in_fresh_interpreter(function, AWS_LAMBDA_FUNCTION_NAME=function)
        assert enabled, function
        assert frozen > 10_000, function


def test_off_lambda_nothing_is_paused_or_frozen() -> None:
    assert init_in_fresh_interpreter("client_data") == (True, 0)


def test_loading_the_handlers_in_this_process_leaves_its_collector_alone() -> None:
    frozen = gc.get_freeze_count()
    for function in ("client_data", "retrieve", "post_call"):
        load_handler(function)
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
