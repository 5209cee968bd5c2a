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
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import boto3
import httpx
import pytest
from elevenlabs.conversational_ai.phone_numbers.types.phone_numbers_list_response_item import (
    PhoneNumbersListResponseItem_SipTrunk,
    PhoneNumbersListResponseItem_Twilio,
)
from elevenlabs.types import ConversationHistoryMetadataCommonModel

from agentic_memory.erasure import Tombstones
from agentic_memory.models import TranscriptionData
from agentic_memory.settings import get_settings
from agentic_memory.workspace import record_numbers
from agentic_memory_ops.cli import main
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.elevenlabs import FakeElevenLabs
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY, fixture_json
from testkit.queue import run_extraction_checks

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


# -- agentic-memory call and batch: the callee's brief as the call's dynamic variables --------------

API_KEY = "xi-outbound-test-key"
AGENT = "agent_0000fake0000000000000000aa"  # the returning caller's fixture's agent
RETURNING = "+15550100002"  # the returning-caller fixture's number


@pytest.fixture
def elevenlabs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeElevenLabs]:
    with FakeElevenLabs(api_key=API_KEY) as fake:
        fake.workspace.add_agent(AGENT)
        monkeypatch.setenv("ELEVENLABS_API_URL", fake.url)
        monkeypatch.setenv("ELEVENLABS_API_KEY", API_KEY)
        yield fake


def workspace_number(fake: FakeElevenLabs, provider: str, agent: str | None = AGENT) -> str:
    """A phone number of the workspace, as the SDK lists it (``PhoneNumbersListResponseItem``)."""
    number_id = f"phnum_{provider}_{len(fake.workspace.phone_numbers)}"
    listed: dict[str, Any] = {
        "provider": provider,
        "phone_number": AGENT_NUMBER,
        "label": f"{provider} line",
        "phone_number_id": number_id,
        "assigned_agent": {"agent_id": agent, "agent_name": "Receptionist"} if agent else None,
    }
    if provider == "sip_trunk":
        listed["livekit_stack"] = "standard"
    model = (
        PhoneNumbersListResponseItem_Twilio if provider == "twilio" else PhoneNumbersListResponseItem_SipTrunk
    )
    model.model_validate(listed)
    fake.workspace.phone_numbers[number_id] = listed
    return number_id


def greeting_for(number: str) -> dict[str, Any]:
    """What ClientData answers for an inbound call from ``number`` to the agent."""
    return ask_client_data({"caller_id": number, "agent_id": AGENT})


def ask_client_data(body: dict[str, Any]) -> dict[str, Any]:
    event = http_event(json.dumps(body).encode(), {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data")
    answer: dict[str, Any] = json.loads(
        load_handler("client_data").lambda_handler(event, LambdaContext())["body"]
    )
    return answer


@pytest.fixture
def remembered(aws: None, post_call: ModuleType, memory_server: FakeMem0Server) -> None:
    """The returning caller's inbound call, ingested: Stefan has a brief."""
    document = fixture_json("post_call_transcription_returning_caller.json")
    event = signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET)
    post_call.lambda_handler(event, LambdaContext())
    key = f"conversations/{document['data']['conversation_id']}/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    run_extraction_checks(post_call)


@pytest.mark.usefixtures("remembered")
@pytest.mark.parametrize(
    ("provider", "route"),
    [("twilio", "/v1/convai/twilio/outbound-call"), ("sip_trunk", "/v1/convai/sip-trunk/outbound-call")],
)
def test_a_call_carries_what_client_data_would_answer_for_the_callee(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str], provider: str, route: str
) -> None:
    number_id = workspace_number(elevenlabs, provider)

    assert main(["call", RETURNING, "--agent", AGENT]) == 0

    (placed,) = elevenlabs.dialling.calls
    assert (placed["provider"], placed["agent_phone_number_id"], placed["to_number"]) == (
        provider,
        number_id,
        RETURNING,
    )
    sent = placed["conversation_initiation_client_data"]
    expected = greeting_for(RETURNING)
    assert sent["dynamic_variables"] == expected["dynamic_variables"]
    assert sent["dynamic_variables"]["caller_name"] == "Stefan"
    assert sent["user_id"] == expected["user_id"]
    assert [r["path"] for r in elevenlabs.requests if r.get("method") == "POST"] == [route]
    printed = capsys.readouterr().out
    assert "a returning caller" in printed and "accepted" in printed
    assert RETURNING not in printed  # numbers are shown masked


def test_a_call_to_a_new_number_carries_the_new_caller_answer(
    elevenlabs: FakeElevenLabs, memory_server: FakeMem0Server
) -> None:
    workspace_number(elevenlabs, "twilio")

    assert main(["call", CUSTOMER, "--agent", AGENT]) == 0

    sent = elevenlabs.dialling.calls[0]["conversation_initiation_client_data"]["dynamic_variables"]
    assert sent == greeting_for(CUSTOMER)["dynamic_variables"]
    assert sent["returning_caller"] == "no"


def test_from_picks_the_number_and_an_agent_without_one_is_told_how(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    unassigned = workspace_number(elevenlabs, "sip_trunk", agent=None)

    assert main(["call", CUSTOMER, "--agent", AGENT]) == 2
    assert "assign one, or pass --from" in capsys.readouterr().err
    assert elevenlabs.dialling.calls == []

    assert main(["call", CUSTOMER, "--agent", AGENT, "--from", unassigned]) == 0
    assert elevenlabs.dialling.calls[0]["agent_phone_number_id"] == unassigned


def test_a_call_elevenlabs_refuses_exits_1_with_its_message(
    elevenlabs: FakeElevenLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    number_id = workspace_number(elevenlabs, "twilio")
    elevenlabs.workspace.phone_numbers[number_id]["provider"] = "sip_trunk"  # changed meanwhile
    elevenlabs.workspace.phone_numbers[number_id]["livekit_stack"] = "standard"
    dialer_sees_twilio = {**elevenlabs.workspace.phone_numbers[number_id], "provider": "twilio"}

    def stale_list(*_: Any, **__: Any) -> list[Any]:
        return [PhoneNumbersListResponseItem_Twilio.model_validate(dialer_sees_twilio)]

    with mock.patch("elevenlabs.conversational_ai.phone_numbers.client.PhoneNumbersClient.list", stale_list):
        assert main(["call", CUSTOMER, "--agent", AGENT]) == 1
    assert "refused: Phone number not found" in capsys.readouterr().out


@pytest.mark.usefixtures("remembered")
def test_a_batch_gives_each_recipient_their_own_brief_and_keeps_the_csv_columns(
    elevenlabs: FakeElevenLabs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number_id = workspace_number(elevenlabs, "twilio")
    recipients = tmp_path / "recipients.csv"
    recipients.write_text(
        "phone_number,appointment,caller_name\n"
        f"{RETURNING},Thursday 3 PM,Someone else\n"
        "(612) 555-0123,Friday 9 AM,\n"
    )

    assert main(["batch", str(recipients), "--agent", AGENT, "--name", "reminders"]) == 0

    (submitted,) = elevenlabs.dialling.batches
    assert (submitted["call_name"], submitted["agent_phone_number_id"]) == ("reminders", number_id)
    first, second = submitted["recipients"]
    assert (first["phone_number"], second["phone_number"]) == (RETURNING, "+16125550123")
    returning = first["conversation_initiation_client_data"]["dynamic_variables"]
    assert returning == {"appointment": "Thursday 3 PM", **greeting_for(RETURNING)["dynamic_variables"]}
    assert returning["caller_name"] == "Stefan"  # ours win over a column of the same name
    new = second["conversation_initiation_client_data"]["dynamic_variables"]
    assert new == {"appointment": "Friday 9 AM", **greeting_for("+16125550123")["dynamic_variables"]}
    assert "2 calls scheduled" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("rows", "complaint"),
    [
        ("number\n+16125550123\n", "phone_number column"),
        ("phone_number\n+16125550123\nnot a number\n", "line 3: not a phone number"),
        ("phone_number\n+16125550123\n612-555-0123\n", "listed twice"),
    ],
)
def test_a_batch_csv_that_cannot_be_read_as_documented_submits_nothing(
    elevenlabs: FakeElevenLabs, tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: str, complaint: str
) -> None:
    workspace_number(elevenlabs, "twilio")
    recipients = tmp_path / "recipients.csv"
    recipients.write_text(rows)

    assert main(["batch", str(recipients), "--agent", AGENT]) == 2
    assert complaint in capsys.readouterr().err
    assert elevenlabs.dialling.batches == []


def test_the_fake_refuses_what_the_sdk_models_refuse(elevenlabs: FakeElevenLabs) -> None:
    """Bodies the SDK could not have sent are 422, as the API's validation answers."""
    number_id = workspace_number(elevenlabs, "twilio")
    bad = {"agent_id": AGENT, "agent_phone_number_id": number_id, "to_number": CUSTOMER}
    nested = {**bad, "conversation_initiation_client_data": {"dynamic_variables": {"x": {"nested": 1}}}}
    headers = {"xi-api-key": API_KEY}
    for body in ({**bad, "to_number": None}, nested):
        answer = httpx.post(f"{elevenlabs.url}/v1/convai/twilio/outbound-call", json=body, headers=headers)
        assert answer.status_code == 422, answer.text
    answer = httpx.post(
        f"{elevenlabs.url}/v1/convai/batch-calling/submit",
        json={"call_name": "x", "agent_id": AGENT, "recipients": [], "agent_phone_number_id": number_id},
        headers=headers,
    )
    assert answer.status_code == 422
    assert elevenlabs.dialling.calls == [] and elevenlabs.dialling.batches == []


def test_dry_run_prints_the_body_and_calls_nobody(
    elevenlabs: FakeElevenLabs, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["call", "(612) 555-0123", "--agent", AGENT, "--dry-run"]) == 0

    printed = json.loads(capsys.readouterr().out)
    assert printed["to_number"] == "+16125550123"
    sent = printed["conversation_initiation_client_data"]
    assert sent["dynamic_variables"] == greeting_for("+16125550123")["dynamic_variables"]
    assert elevenlabs.requests == []


def test_when_the_workspace_numbers_cannot_be_read_search_goes_on_and_forget_me_erases_nobody() -> None:
    from agentic_memory import forget_me
    from agentic_memory.models import SearchRequest
    from agentic_memory.search import search_caller

    def unreadable() -> frozenset[str]:
        raise RuntimeError("AccessDenied")

    settings = get_settings()
    asked = SearchRequest(query=QUERY, caller_id=CUSTOMER, called_number=AGENT_NUMBER)
    assert search_caller(asked, settings, unreadable) == CUSTOMER  # as an inbound call is read
    both = forget_me.customer_of(AGENT_NUMBER, CUSTOMER, "US", unreadable)
    assert both == (None, forget_me.NOT_TOLD_APART)
    alone = forget_me.customer_of(CUSTOMER, None, "US", unreadable)
    assert alone == (CUSTOMER, forget_me.FORGOTTEN)  # an older setup's inbound caller
