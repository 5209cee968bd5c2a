"""The two configuration files the README points to are usable as they are."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from agentic_memory.runtime.secrets import SECRET_NAMES
from agentic_memory.settings import Settings
from local_server.__main__ import _check_env_vars as check_env_vars
from local_server.template import Stack
from testkit import ROOT
from testkit.local_stack import clean_env, server_command


def load(name: str) -> dict[str, dict[str, Any]]:
    document: dict[str, dict[str, Any]] = json.loads((ROOT / name).read_text())
    return document


def test_env_json_example_sets_only_variables_the_template_declares_as_sam_local_requires() -> None:
    declared = {spec.logical_id: set(spec.environment) for spec in Stack(ROOT / "template.yaml").functions()}
    for section, values in load("env.json.example").items():
        targets = declared.values() if section == "Parameters" else [declared[section]]
        for name in values:
            assert all(name in variables for variables in targets), f"{section}.{name} is not declared"


def test_env_local_json_runs_offline_with_the_documented_local_secrets() -> None:
    parameters = load("env.local.json")["Parameters"]
    settings = Settings.from_env({k: v for k, v in parameters.items() if k not in SECRET_NAMES})

    assert settings.memory_backend == "mem0-oss"
    assert parameters["ELEVENLABS_HMAC_KEY"] == "local-hmac-secret"
    assert parameters["ELEVENLABS_WORKSPACE_KEY"] == "local-workspace-key"


def test_the_env_files_name_only_variables_that_something_reads(caplog: pytest.LogCaptureFixture) -> None:
    stack = Stack(ROOT / "template.yaml")
    for name in ("env.local.json", "env.json.example"):
        check_env_vars(ROOT / name, load(name), stack)

    assert [record.getMessage() for record in caplog.records if record.name == "local_server"] == []


def test_a_misspelt_name_in_the_env_file_is_one_warning_line_with_the_likely_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    overrides = {"Parameters": {"MEMORY_SCOPES": "caller_agent"}, "PostCalFunction": {"LOG_LEVEL": "DEBUG"}}

    check_env_vars(Path("env.local.json"), overrides, Stack(ROOT / "template.yaml"))

    assert [record.getMessage() for record in caplog.records if record.name == "local_server"] == [
        "env.local.json: MEMORY_SCOPES is declared by no function of template.yaml and read by no setting"
        " (did you mean MEMORY_SCOPE?)",
        "env.local.json: PostCalFunction is no function of template.yaml (did you mean PostCallFunction?)",
    ]  # LOG_LEVEL: Powertools' own (its older name for POWERTOOLS_LOG_LEVEL)


@pytest.mark.slow
def test_make_run_refuses_a_wrong_value_before_it_starts_in_one_line(tmp_path: Path) -> None:
    env_file = tmp_path / "env.json"
    env_file.write_text(
        json.dumps({"Parameters": {"MEMORY_BACKEND": "mem0-oss", "MEMORY_SCOPE": "everyone"}})
    )

    finished = subprocess.run(
        server_command(tmp_path / "data", "--env-vars", str(env_file)),
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 2
    assert finished.stderr == "make run: MEMORY_SCOPE is 'everyone'; it takes caller or caller_agent\n"
    assert not (tmp_path / "data").exists()  # nothing started
