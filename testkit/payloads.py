"""Real ElevenLabs payloads (``tests/fixtures``) and the secrets they are signed with in tests."""

from __future__ import annotations

import json
from typing import Any

from testkit import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
HMAC_SECRET = "wsec_test_hmac_secret_do_not_use_in_production"
WORKSPACE_KEY = "test-workspace-key"
MEM0_TEST_KEY = "m0-test-key"
# Who calls and which conversation it is in post_call_transcription_returning_caller.json.
RETURNING_CALLER = "+15550100002"
RETURNING_CONVERSATION = "conv_0000fake0000000000000000002"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(fixture_bytes(name))
    return document


def analysis_results(values: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``analysis.data_collection_results`` as a transcription carries them: each value (any JSON, as
    the SDK's ``DataCollectionResultCommonModel.value`` allows) with its id, schema and rationale, in the
    shape of the returning-caller fixture."""
    schema = {"type": "string", "description": "", "enum": None, "is_system_provided": False,
              "dynamic_variable": "", "constant_value": ""}  # fmt: skip
    return {
        key: {
            "data_collection_id": key,
            "value": value,
            "json_schema": schema,
            "rationale": "Said in the call.",
        }
        for key, value in values.items()
    }
