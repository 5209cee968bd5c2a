"""Events for `sam local invoke -e`, in the HTTP API v2.0, S3 and SQS shapes the functions receive.

The unsigned ones are committed in events/, built by scripts/make_events.py from the helpers the
tests and the local server use (checked here to be exactly what they build), and drive the real
handlers as `sam local invoke` would. `make events` writes the post-call webhooks, signed like
ElevenLabs for the next 30 minutes, into the git-ignored build/events/ (never into a tracked file).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from agentic_memory import signature
from agentic_memory.archive import conversation_id_from_key
from agentic_memory.models import WebhookEnvelope
from agentic_memory_ops.events import signed_webhook_event
from testkit import ROOT
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, fixture_bytes

LOCAL_HMAC_SECRET = "local-hmac-secret"
SCRIPT = ROOT / "scripts" / "make_events.py"
COMMITTED = ROOT / "events"
UNSIGNED = [
    "client_data.json",
    "retrieve.json",
    "s3_transcription_created.json",
    "sqs_transcription_created.json",
]


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("events")
    subprocess.run([sys.executable, str(SCRIPT), str(folder)], check=True, capture_output=True, timeout=60)
    return folder


@pytest.fixture
def load(events: Path) -> Callable[[str], dict[str, Any]]:
    def read(name: str) -> dict[str, Any]:
        event: dict[str, Any] = json.loads((events / name).read_text())
        return event

    return read


def committed(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((COMMITTED / name).read_text())
    return event


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
def test_read_path_events_carry_the_workspace_key_and_a_json_body(name: str, route: str) -> None:
    event = committed(name)

    assert event["version"] == "2.0"
    assert event["rawPath"] == route
    assert event["headers"]["x-workspace-key"] == "local-workspace-key"
    assert "caller_id" in json.loads(event["body"])


def test_the_s3_and_sqs_events_name_an_archived_transcription() -> None:
    notification = committed("s3_transcription_created.json")
    (message,) = committed("sqs_transcription_created.json")["Records"]
    key = notification["Records"][0]["s3"]["object"]["key"]

    assert conversation_id_from_key(key) == "conv_0000fake0000000000000000002"
    assert notification["Records"][0]["eventName"].startswith("ObjectCreated:")
    assert message["eventSource"] == "aws:sqs"
    assert json.loads(message["body"]) == notification  # what S3 puts on the ingestion queue


def test_make_events_writes_only_the_signed_post_call_events(events: Path) -> None:
    assert sorted(path.name for path in events.glob("*.json")) == sorted(POST_CALL)


def test_the_committed_events_are_exactly_what_the_builders_make(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SCRIPT), "--unsigned", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=60,
    )

    assert sorted(path.name for path in COMMITTED.iterdir()) == sorted(UNSIGNED)
    for name in UNSIGNED:
        assert (COMMITTED / name).read_text() == (tmp_path / name).read_text(), (
            f"events/{name} is stale: python scripts/make_events.py --unsigned"
        )


@pytest.mark.usefixtures("aws")
def test_the_committed_events_drive_the_functions_as_sam_local_invoke_would(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ELEVENLABS_WORKSPACE_KEY", "local-workspace-key")
    transcription = fixture_bytes("post_call_transcription_returning_caller.json")
    archived = post_call.lambda_handler(signed_webhook_event(transcription, HMAC_SECRET), LambdaContext())
    assert archived["statusCode"] == 200

    replayed = post_call.lambda_handler(committed("s3_transcription_created.json"), LambdaContext())
    queued = post_call.lambda_handler(committed("sqs_transcription_created.json"), LambdaContext())
    for answer in (replayed, queued):
        (ingested,) = answer["ingested"]
        assert ingested["conversation_id"] == "conv_0000fake0000000000000000002"

    greeted = load_handler("client_data").lambda_handler(committed("client_data.json"), LambdaContext())
    assert greeted["statusCode"] == 200
    variables = json.loads(greeted["body"])["dynamic_variables"]
    assert (variables["returning_caller"], variables["caller_name"]) == ("yes", "Stefan")

    found = load_handler("retrieve").lambda_handler(committed("retrieve.json"), LambdaContext())
    assert found["statusCode"] == 200
    assert any("Doctor Rivera" in m["memory"] for m in json.loads(found["body"])["memories"])


def test_make_events_signs_fresh_events_the_post_call_function_accepts(events: Path) -> None:
    event = json.loads((events / "post_call_transcription.json").read_text())

    signature.verify(event["body"].encode(), event["headers"]["elevenlabs-signature"], LOCAL_HMAC_SECRET)
