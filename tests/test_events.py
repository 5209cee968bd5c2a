"""`make events` writes events usable with `sam local invoke -e`: HTTP API v2.0 shape, signed like
ElevenLabs, into the git-ignored build/events/ (never into a tracked file)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agentic_memory import signature
from agentic_memory.archive import conversation_id_from_key
from agentic_memory.models import WebhookEnvelope
from conftest import ROOT

LOCAL_HMAC_SECRET = "local-hmac-secret"


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("events")
    script = ROOT / "scripts" / "make_events.py"
    subprocess.run([sys.executable, str(script), str(folder)], check=True, capture_output=True, timeout=60)
    return folder


@pytest.fixture
def load(events: Path) -> Callable[[str], dict[str, Any]]:
    def read(name: str) -> dict[str, Any]:
        event: dict[str, Any] = json.loads((events / name).read_text())
        return event

    return read


POST_CALL = ["post_call_transcription.json", "post_call_audio.json", "call_initiation_failure.json"]


@pytest.mark.parametrize("name", POST_CALL)
def test_post_call_events_are_signed_with_the_documented_local_secret(
    name: str, load: Callable[[str], dict[str, Any]]
) -> None:
    event = load(name)
    header = event["headers"]["elevenlabs-signature"]
    signed_at = int(header.split(",")[0].removeprefix("t="))

    signature.verify(event["body"].encode(), header, LOCAL_HMAC_SECRET, now=signed_at)
    assert event["version"] == "2.0"
    assert event["routeKey"] == "POST /post-call"
    assert WebhookEnvelope.model_validate_json(event["body"]).data["conversation_id"]


@pytest.mark.parametrize(
    ("name", "route"), [("client_data.json", "/client-data"), ("retrieve.json", "/retrieve")]
)
def test_read_path_events_carry_the_workspace_key_and_a_json_body(
    name: str, route: str, load: Callable[[str], dict[str, Any]]
) -> None:
    event = load(name)

    assert event["rawPath"] == route
    assert event["headers"]["x-workspace-key"] == "local-workspace-key"
    assert "caller_id" in json.loads(event["body"])


def test_s3_event_points_at_an_archived_transcription(load: Callable[[str], dict[str, Any]]) -> None:
    key = load("s3_transcription_created.json")["Records"][0]["s3"]["object"]["key"]

    assert conversation_id_from_key(key) == "conv_0000fake0000000000000000002"


def test_every_event_file_is_covered(events: Path) -> None:
    covered = {*POST_CALL, "client_data.json", "retrieve.json", "s3_transcription_created.json"}
    assert {path.name for path in events.glob("*.json")} == covered


def test_make_events_signs_fresh_events_the_post_call_function_accepts(events: Path) -> None:
    event = json.loads((events / "post_call_transcription.json").read_text())

    signature.verify(event["body"].encode(), event["headers"]["elevenlabs-signature"], LOCAL_HMAC_SECRET)
