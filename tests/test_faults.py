"""Injected faults: each dependency failing, and what ElevenLabs and the operator see."""

from __future__ import annotations

import base64
import io
import json
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from agentic_memory.runtime import aws
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    WORKSPACE_KEY,
    fixture_bytes,
)

pytestmark = pytest.mark.usefixtures("aws")

TRANSCRIPTION = fixture_bytes("post_call_transcription_returning_caller.json")


def signed(body: bytes) -> dict[str, Any]:
    return signed_webhook_event(body, HMAC_SECRET)


def fail_once(client: Any, operation: str, code: str) -> list[str]:
    """Make the client's next ``operation`` fail with AWS error ``code``; returns the calls it saw."""
    seen: list[str] = []

    def inject(**_: Any) -> None:
        seen.append(operation)
        if len(seen) == 1:
            raise ClientError({"Error": {"Code": code, "Message": f"injected {code}"}}, operation)

    client.meta.events.register(f"before-call.*.{operation}", inject)
    return seen


def ask(function: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    event = http_event(json.dumps(body).encode(), {"X-Workspace-Key": WORKSPACE_KEY}, path=f"/{function}")
    result = load_handler(function).lambda_handler(event, LambdaContext())
    return result["statusCode"], json.loads(result["body"])


def ingest(post_call: ModuleType) -> None:
    post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )


def test_an_archive_write_failure_is_500_and_elevenlabs_retry_succeeds(post_call: ModuleType) -> None:
    fail_once(aws.s3_client(), "PutObject", "InternalError")

    first = post_call.lambda_handler(signed(TRANSCRIPTION), LambdaContext())
    second = post_call.lambda_handler(signed(TRANSCRIPTION), LambdaContext())

    assert (first["statusCode"], second["statusCode"]) == (500, 200)
    assert json.loads(second["body"])["status"] == "stored"


def test_dynamodb_throttling_on_client_data_gives_the_new_caller_answer() -> None:
    fail_once(aws.call_path_dynamodb_client(), "BatchGetItem", "ProvisionedThroughputExceededException")
    status, body = ask("client_data", {"caller_id": CALLER})

    assert status == 200
    assert body["dynamic_variables"]["returning_caller"] == "no"


SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:agentic-memory-missing-AbCdEf"


@pytest.mark.parametrize("function", ["client_data", "retrieve", "post_call"])
def test_secrets_manager_unavailable_is_a_503_that_reveals_nothing_and_a_log_naming_the_secret(
    function: str, monkeypatch: pytest.MonkeyPatch, logs: io.StringIO
) -> None:
    monkeypatch.setenv("SECRETS_ID", SECRET_ARN)
    get_settings.cache_clear()
    body = json.dumps({"caller_id": CALLER, "query": "x"}).encode()
    event = http_event(body, {"X-Workspace-Key": WORKSPACE_KEY, "ElevenLabs-Signature": "t=1,v0=0"})
    result = load_handler(function).lambda_handler(event, LambdaContext())

    assert result["statusCode"] == 503
    assert json.loads(result["body"]) == {"error": "the service is temporarily unavailable"}
    assert SECRET_ARN in logs.getvalue()  # the operator's log says which secret


@pytest.mark.parametrize("function", ["client_data", "retrieve", "post_call"])
def test_a_request_without_credentials_is_a_401_even_when_secrets_manager_fails(
    function: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECRETS_ID", SECRET_ARN)
    get_settings.cache_clear()
    event = http_event(json.dumps({"caller_id": CALLER, "query": "x"}).encode(), {})
    result = load_handler(function).lambda_handler(event, LambdaContext())

    assert result["statusCode"] == 401
    assert "123456789012" not in result["body"] and "arn:" not in result["body"]


def test_client_data_is_unaffected_by_a_mem0_outage(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    post_call.lambda_handler(signed(TRANSCRIPTION), LambdaContext())
    ingest(post_call)
    memory_server.stop()

    status, body = ask("client_data", {"caller_id": CALLER})
    assert (status, body["dynamic_variables"]["caller_name"]) == (200, "Stefan")


def test_a_mem0_ping_failure_at_cold_start_fails_ingestion_for_a_retry(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    post_call.lambda_handler(signed(TRANSCRIPTION), LambdaContext())
    memory_server.fail("/v1/ping/", 503, times=1)

    with pytest.raises(Exception, match=CONVERSATION):
        ingest(post_call)
    ingest(post_call)  # Lambda's retry: a new client pings again

    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})["Item"]
    assert item["call_count"] == {"N": "1"}


def audio_body() -> bytes:
    return json.dumps(
        {
            "type": "post_call_audio",
            "data": {
                "agent_id": "agent_0000fake0000000000000000aa",
                "conversation_id": CONVERSATION,
                "full_audio": base64.b64encode(b"ID3\x04" + bytes(1000)).decode(),
            },
        }
    ).encode()


@pytest.mark.parametrize("audio_first", [True, False])
def test_audio_before_or_after_the_transcription_ends_linked_to_the_caller(
    post_call: ModuleType, memory_server: FakeMem0Server, audio_first: bool
) -> None:
    def audio() -> None:
        post_call.lambda_handler(signed(audio_body()), LambdaContext())

    def transcription() -> None:
        post_call.lambda_handler(signed(TRANSCRIPTION), LambdaContext())
        ingest(post_call)

    for deliver in (audio, transcription) if audio_first else (transcription, audio):
        deliver()

    s3 = boto3.client("s3")
    index = s3.list_objects_v2(Bucket=BUCKET, Prefix="callers/15550100002/")["Contents"]
    linked = json.loads(s3.get_object(Bucket=BUCKET, Key=index[0]["Key"])["Body"].read())["conversation_id"]
    recording = s3.get_object(Bucket=BUCKET, Key=f"conversations/{linked}/audio.mp3")
    assert recording["ContentType"] == "audio/mpeg"


@pytest.mark.parametrize("function", ["client_data", "retrieve", "post_call"])
@pytest.mark.parametrize("key", [WORKSPACE_KEY, None])
def test_every_json_answer_ends_with_a_newline(function: str, key: str | None) -> None:
    """So that answers printed in a terminal (curl, the README's walk-through) do not run together."""
    headers = {"X-Workspace-Key": key} if key else {}
    body = json.dumps({"caller_id": CALLER, "query": "x"}).encode()
    result = load_handler(function).lambda_handler(http_event(body, headers), LambdaContext())

    assert result["body"].endswith("}\n")
    json.loads(result["body"])
