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
