"""Outbound and batch calls (DESIGN §2.1): remembered, searched and forgotten under the customer, never
under the workspace's own number, whichever of the two numbers ``system__caller_id`` names.

The payloads follow the official SDK's models (``GetConversationResponseModel.metadata``:
``ConversationHistoryMetadataCommonModel``, whose ``phone_call`` is a
``ConversationHistoryMetadataCommonModelPhoneCall``: Twilio and SIP trunk shapes, ``batch_call``
``ConversationHistoryBatchCallModel``), and each one is validated against them.
"""

from __future__ import annotations

import copy
import json
from types import ModuleType
from typing import Any

import boto3
import pytest
from elevenlabs.types import ConversationHistoryMetadataCommonModel

from agentic_memory.erasure import Tombstones
from agentic_memory.models import TranscriptionData
from agentic_memory.settings import get_settings
from agentic_memory.workspace import record_numbers
from agentic_memory_ops.events import http_event, signed_webhook_event
from conftest import (
    BUCKET,
    HMAC_SECRET,
    PROFILE_TABLE,
    WORKSPACE_KEY,
    FakeMem0Server,
    LambdaContext,
    fixture_json,
    load_handler,
    s3_event,
)

pytestmark = pytest.mark.usefixtures("aws")

AGENT_NUMBER = "+15550100001"  # the workspace's own number in the fixtures
CUSTOMER = "+15550100077"  # NANP's fictional 555-01xx range, as every number in the tests
CONVERSATION = "conv_0000outbound000000000000001"
TWILIO = {"type": "twilio", "stream_sid": "MZ00000000000000000000000000000077"}
SIP_TRUNK = {"type": "sip_trunking", "call_id": "sip-call-77"}


def outbound_call(provider: dict[str, str], caller_variable: str, *, batch: bool = False) -> dict[str, Any]:
    """The returning-caller fixture as the transcription of an outbound call from the agent's number to
    ``CUSTOMER``, with ``system__caller_id`` set to ``caller_variable`` (which party it names on an
    outbound call is undocumented), over Twilio or a SIP trunk, optionally one recipient of a batch."""
    document = fixture_json("post_call_transcription_returning_caller.json")
    data = document["data"]
    data["conversation_id"] = CONVERSATION
    data["metadata"]["phone_call"] = {
        **provider,
        "direction": "outbound",
        "phone_number_id": "phnum_0000fake000000000000000001",
        "agent_number": AGENT_NUMBER,
        "external_number": CUSTOMER,
        "call_sid": "CA00000000000000000000000000000077",
    }
    if batch:
        data["metadata"]["batch_call"] = {"batch_call_id": "btcal_77", "batch_call_recipient_id": "rcpt_77"}
    other = CUSTOMER if caller_variable == AGENT_NUMBER else AGENT_NUMBER
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    variables.update(system__caller_id=caller_variable, system__called_number=other)
    ConversationHistoryMetadataCommonModel.model_validate(data["metadata"])  # as the SDK's model
    return document


def ingest(post_call: ModuleType, document: dict[str, Any]) -> None:
    event = signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET)
    assert post_call.lambda_handler(event, LambdaContext())["statusCode"] == 200
    key = f"conversations/{CONVERSATION}/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())


def profile_of(number: str) -> dict[str, Any]:
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": number}})
    return dict(item.get("Item", {}))


@pytest.mark.parametrize("provider", [TWILIO, SIP_TRUNK], ids=["twilio", "sip_trunk"])
@pytest.mark.parametrize("caller_variable", [AGENT_NUMBER, CUSTOMER], ids=["agent_first", "customer_first"])
@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_an_outbound_call_is_remembered_under_the_customer(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    provider: dict[str, str],
    caller_variable: str,
    batch: bool,
) -> None:
    ingest(post_call, outbound_call(provider, caller_variable, batch=batch))

    assert {m["user_id"] for m in memory_server.memories} == {CUSTOMER}
    assert profile_of(CUSTOMER)["call_count"] == {"N": "1"}
    assert profile_of(AGENT_NUMBER) == {}


def test_the_customer_rule_for_every_kind_of_call() -> None:
    """Inbound, outbound and batch calls, partial payloads and web sessions, read as ingestion reads
    them: a phone call's ``external_number`` first; else the variable that is not the agent's number."""
    inbound = fixture_json("post_call_transcription_returning_caller.json")["data"]

    def customer(data: dict[str, Any]) -> str | None:
        return TranscriptionData.model_validate(data).caller_number

    assert customer(inbound) == "+15550100002"
    for provider in (TWILIO, SIP_TRUNK):
        for first in (AGENT_NUMBER, CUSTOMER):
            assert customer(outbound_call(provider, first)["data"]) == CUSTOMER
            assert customer(outbound_call(provider, first, batch=True)["data"]) == CUSTOMER
    partial = outbound_call(TWILIO, AGENT_NUMBER)["data"]
    partial["metadata"]["phone_call"]["external_number"] = None
    assert customer(partial) == CUSTOMER  # the variable that is not the agent's number
    unknown_agent = copy.deepcopy(partial)
    unknown_agent["metadata"]["phone_call"]["agent_number"] = None
    assert customer(unknown_agent) is None  # outbound, nothing to tell the two apart by
    web = copy.deepcopy(inbound)
    web["metadata"]["phone_call"] = None
    web["conversation_initiation_client_data"]["dynamic_variables"].pop("system__caller_id")
    web["user_id"] = "app-user-42"
    assert customer(web) is None  # the user_id is the caller (test_web_callers)


def ask(path: str, body: dict[str, Any]) -> dict[str, Any]:
    event = http_event(json.dumps(body).encode(), {"X-Workspace-Key": WORKSPACE_KEY}, path=path)
    result = load_handler("retrieve").lambda_handler(event, LambdaContext())
    assert result["statusCode"] == 200, result
    answer: dict[str, Any] = json.loads(result["body"])
    return answer


def seed(memory_server: FakeMem0Server, number: str, text: str) -> None:
    memory_server.seed(text, user_id=number, run_id="conv_1", metadata={"conversation_id": "conv_1"})


QUERY = "Which doctor does the caller prefer?"


@pytest.mark.parametrize(("caller_id", "called_number"), [(AGENT_NUMBER, CUSTOMER), (CUSTOMER, AGENT_NUMBER)])
def test_search_finds_the_customer_of_an_outbound_call_whichever_way_round(
    memory_server: FakeMem0Server, caller_id: str, called_number: str
) -> None:
    record_numbers(boto3.client("dynamodb"), PROFILE_TABLE, [AGENT_NUMBER])
    seed(memory_server, CUSTOMER, "Prefers Doctor Rivera for cleanings")
    seed(memory_server, AGENT_NUMBER, "The agent's own line")

    found = ask("/retrieve", {"query": QUERY, "caller_id": caller_id, "called_number": called_number})

    assert [m["memory"] for m in found["memories"]] == ["Prefers Doctor Rivera for cleanings"]


def test_an_older_setup_sending_only_the_caller_id_keeps_working(memory_server: FakeMem0Server) -> None:
    seed(memory_server, CUSTOMER, "Prefers Doctor Rivera for cleanings")
    assert ask("/retrieve", {"query": QUERY, "caller_id": CUSTOMER})["memories"]
    assert ask("/retrieve", {"query": QUERY, "user_id": CUSTOMER})["memories"]  # the older alias
    record_numbers(boto3.client("dynamodb"), PROFILE_TABLE, [AGENT_NUMBER])
    assert ask("/retrieve", {"query": QUERY, "caller_id": CUSTOMER})["memories"]


def test_the_workspace_number_alone_is_never_searched(memory_server: FakeMem0Server) -> None:
    record_numbers(boto3.client("dynamodb"), PROFILE_TABLE, [AGENT_NUMBER])
    seed(memory_server, AGENT_NUMBER, "The agent's own line")

    found = ask("/retrieve", {"query": QUERY, "caller_id": AGENT_NUMBER})

    assert found["memories"] == []
    assert not [r for r in memory_server.requests if r.path == "/v3/memories/search/"]


def test_a_withheld_inbound_caller_is_not_searched_by_the_number_they_called(
    memory_server: FakeMem0Server,
) -> None:
    seed(memory_server, AGENT_NUMBER, "The agent's own line")  # numbers not recorded yet
    found = ask("/retrieve", {"query": QUERY, "caller_id": "anonymous", "called_number": AGENT_NUMBER})
    assert found["memories"] == []


@pytest.fixture
def forget_me_on(monkeypatch: pytest.MonkeyPatch) -> Tombstones:
    monkeypatch.setenv("FORGET_ME_TOOL", "on")
    get_settings.cache_clear()
    return Tombstones(boto3.client("dynamodb"), PROFILE_TABLE)


@pytest.mark.parametrize(("caller_id", "called_number"), [(AGENT_NUMBER, CUSTOMER), (CUSTOMER, AGENT_NUMBER)])
def test_forget_me_on_an_outbound_call_forgets_the_customer_never_the_workspace(
    forget_me_on: Tombstones, caller_id: str, called_number: str
) -> None:
    record_numbers(boto3.client("dynamodb"), PROFILE_TABLE, [AGENT_NUMBER])

    answer = ask("/forget-me", {"caller_id": caller_id, "called_number": called_number})

    assert answer["forgotten"] is True
    assert forget_me_on.of_caller(CUSTOMER) is not None
    assert forget_me_on.of_caller(AGENT_NUMBER) is None


@pytest.mark.parametrize(
    ("recorded", "body"),
    [
        ([], {"caller_id": AGENT_NUMBER, "called_number": CUSTOMER}),  # numbers never recorded
        (["+15550100009"], {"caller_id": AGENT_NUMBER, "called_number": CUSTOMER}),  # stale numbers
        ([AGENT_NUMBER, CUSTOMER], {"caller_id": AGENT_NUMBER, "called_number": CUSTOMER}),
        ([AGENT_NUMBER], {"caller_id": AGENT_NUMBER}),  # an older setup, on an outbound call
    ],
    ids=["unrecorded", "stale", "both_own", "own_alone"],
)
def test_forget_me_erases_nothing_when_the_customer_cannot_be_told_apart(
    forget_me_on: Tombstones, recorded: list[str], body: dict[str, str]
) -> None:
    record_numbers(boto3.client("dynamodb"), PROFILE_TABLE, recorded)

    answer = ask("/forget-me", body)

    assert answer["forgotten"] is False
    assert "Nothing was erased" in answer["message"]
    assert forget_me_on.of_caller(CUSTOMER) is None
    assert forget_me_on.of_caller(AGENT_NUMBER) is None


def test_forget_me_from_an_older_setup_still_forgets_an_inbound_caller(forget_me_on: Tombstones) -> None:
    assert ask("/forget-me", {"caller_id": CUSTOMER})["forgotten"] is True
    assert forget_me_on.of_caller(CUSTOMER) is not None
