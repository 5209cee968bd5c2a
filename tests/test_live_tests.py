"""`make live-test` is opt-in: without keys it says so in one line and succeeds, its tests are never
collected by plain `pytest` (CI's `make test`), and they import and skip cleanly
(docs/smoke-and-live-tests.md)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tomllib

from testkit import ROOT

LIVE = ROOT / "live_tests"


def without_keys() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("MEM0_API_KEY", "ELEVENLABS_API_KEY")}


def test_without_keys_make_live_test_is_one_clear_line_and_success() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "live_tests"],
        cwd=ROOT,
        env=without_keys(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.count("\n") == 1 and finished.stdout.startswith(
        "live-test: skipped: set MEM0_API_KEY"
    )
    assert finished.stderr == ""


def test_the_live_tests_are_outside_what_plain_pytest_collects() -> None:
    testpaths = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"][
        "testpaths"
    ]
    assert testpaths, "without testpaths, plain pytest would collect live_tests too"
    assert all(not LIVE.is_relative_to(ROOT / path) for path in testpaths)
    assert sorted(p.name for p in LIVE.glob("test_*.py")) == ["test_elevenlabs_live.py", "test_mem0_live.py"]


def test_the_live_tests_import_and_skip_each_service_without_its_key() -> None:
    for module in ("live_tests.test_mem0_live", "live_tests.test_elevenlabs_live"):
        importlib.import_module(module)
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "live_tests", "-p", "no:cacheprovider", "-ra", "-q"],
        cwd=ROOT,
        env=without_keys(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "2 skipped" in finished.stdout
    assert "MEM0_API_KEY not set" in finished.stdout and "ELEVENLABS_API_KEY not set" in finished.stdout
