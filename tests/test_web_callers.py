"""Web and SDK conversations have no phone number: they are remembered under the ElevenLabs user_id,
in a key space of their own (DESIGN §2.1)."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER, WORKSPACE_KEY, fixture_json
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")
CONVERSATION = "conv_web_0000000000000000000001"


def web_call(post_call: ModuleType, user_id: str) -> None:
    """The returning caller's call, made from a web widget: no phone call, the app's user id."""
    document = fixture_json("post_call_transcription_returning_caller.json")
    data = document["data"]
    data.update(conversation_id=CONVERSATION, user_id=user_id)
    data["metadata"]["phone_call"] = None
    data["conversation_initiation_client_data"]["dynamic_variables"].pop("system__caller_id", None)
    post_call.lambda_handler(
        signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET), LambdaContext()
    )
    key = f"conversations/{CONVERSATION}/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    run_extraction_checks(post_call)


def ask(function: str, body: dict[str, Any]) -> dict[str, Any]:
    event = http_event(json.dumps(body).encode(), {"X-Workspace-Key": WORKSPACE_KEY}, path=f"/{function}")
    answer: dict[str, Any] = json.loads(load_handler(function).lambda_handler(event, LambdaContext())["body"])
    return answer


def test_a_web_caller_is_remembered_under_their_user_id(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    web_call(post_call, "app-user-42")

    assert {m["user_id"] for m in memory_server.memories} == {"user:app-user-42"}
    greeting = ask("client_data", {"user_id": "app-user-42"})
    assert greeting["dynamic_variables"]["returning_caller"] == "yes"
    assert greeting["dynamic_variables"]["caller_name"] == "Stefan"
    asked = {"query": "Which doctor does the caller prefer?", "user_id": "app-user-42"}
    found = ask("retrieve", {**asked, "agent_id": "agent_0000fake0000000000000000aa"})  # the call's agent
    assert found["memories"], found
    keys = [o["Key"] for o in boto3.client("s3").list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert any(key.startswith("callers/user-app-user-42-") for key in keys)


def test_a_user_id_never_resolves_to_a_phone_caller(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    web_call(post_call, RETURNING_CALLER)  # an app that uses phone-shaped user ids

    assert {m["user_id"] for m in memory_server.memories} == {f"user:{RETURNING_CALLER}"}
    phone_profile = boto3.client("dynamodb").get_item(
        TableName=PROFILE_TABLE, Key={"pk": {"S": RETURNING_CALLER}}
    )
    assert "Item" not in phone_profile
    assert (
        ask("client_data", {"caller_id": RETURNING_CALLER})["dynamic_variables"]["returning_caller"] == "no"
    )
