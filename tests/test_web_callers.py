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


WEB_AGENT = "agent_0000fake0000000000000000aa"  # the fixture's agent


def session_start(user_id: str, brief: dict[str, Any]) -> dict[str, Any]:
    """What the official Python SDK sends when the operator's backend starts a session with the brief:
    ``Conversation(..., user_id=..., config=ConversationInitiationData(dynamic_variables=...))`` and its
    ``conversation_initiation_client_data`` message (elevenlabs 2.78,
    conversational_ai/conversation.py ``_create_initiation_message``; the JS SDKs' ``startSession({agentId,
    userId, dynamicVariables})`` send the same fields)."""
    from elevenlabs.client import ElevenLabs
    from elevenlabs.conversational_ai.conversation import Conversation, ConversationInitiationData
    from elevenlabs.types import ConversationInitiationClientDataRequestInput

    config = ConversationInitiationData(dynamic_variables=brief["dynamic_variables"])
    session: Any = Conversation(
        ElevenLabs(api_key="unused"), WEB_AGENT, user_id=user_id, requires_auth=False, config=config
    )
    try:
        message: dict[str, Any] = json.loads(session._create_initiation_message())
    finally:
        session.client_tools.stop()
    ConversationInitiationClientDataRequestInput.model_validate(message)  # what the API reads
    return message


def test_a_backend_starts_a_web_session_with_the_brief_and_the_session_is_remembered_alike(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    """docs/outbound-and-web-callers.md: the backend asks ClientData for its user's brief (the workspace
    key stays on the server), starts the session with its own user id and the answer's variables, and
    the session's transcription lands on the same caller."""
    web_call(post_call, "app-user-42")

    brief = ask("client_data", {"user_id": "app-user-42", "agent_id": WEB_AGENT})
    assert brief["dynamic_variables"]["caller_name"] == "Stefan"
    started = session_start("app-user-42", brief)
    assert started["user_id"] == "app-user-42"
    assert started["dynamic_variables"] == brief["dynamic_variables"]

    # ElevenLabs' transcription of that session: the session's user id and variables, no phone call.
    document = fixture_json("post_call_transcription_returning_caller.json")
    data = document["data"]
    data.update(conversation_id="conv_web_0000000000000000000002", user_id=started["user_id"])
    data["metadata"]["phone_call"] = None
    data["conversation_initiation_client_data"]["dynamic_variables"] = started["dynamic_variables"]
    post_call.lambda_handler(
        signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET), LambdaContext()
    )
    post_call.lambda_handler(
        s3_event(BUCKET, "conversations/conv_web_0000000000000000000002/transcription.json"), LambdaContext()
    )

    profiles = boto3.client("dynamodb").scan(TableName=PROFILE_TABLE)["Items"]
    callers = {item["pk"]["S"]: item.get("call_count", {}).get("N") for item in profiles}
    assert callers.get("user:app-user-42") == "2", callers  # one caller, two sessions
    assert not [key for key in callers if key.startswith("user:user:")]


def test_the_brief_answer_names_its_own_key_which_is_not_the_session_user_id() -> None:
    """The answer's ``user_id`` is the stack's caller key (``user:<id>``): a backend that passed it as the
    session's user id would start a second caller. The page says to pass the app's own id."""
    brief = ask("client_data", {"user_id": "app-user-42", "agent_id": WEB_AGENT})
    assert brief["user_id"] == "user:app-user-42"
