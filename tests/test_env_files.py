"""The two configuration files the README points to are usable as they are."""

from __future__ import annotations

import json
from typing import Any

from agentic_memory.runtime.secrets import SECRET_NAMES
from agentic_memory.settings import Settings
from conftest import ROOT
from local_server.template import Stack


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
