"""Caller verification end to end: a spoofed number learns nothing and erases nothing; a caller who
answers their factor gets the brief, search and erasure, for that call only (CALLER_VERIFICATION)."""

from __future__ import annotations

import argparse
import hmac
import json
import re
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory import verification
from agentic_memory.caller_tools import NO_CONVERSATION, NO_MATCH, TOO_MANY
from agentic_memory.search import NOT_VERIFIED
from agentic_memory.settings import get_settings
from agentic_memory.verification_store import VerificationStore
from agentic_memory_ops.cli import main
from agentic_memory_ops.cli.target import Target
from agentic_memory_ops.console.app import Console
from agentic_memory_ops.console.data import ConsoleData
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler, told
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION,
    WORKSPACE_KEY,
    fixture_bytes,
)
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")
AGENT = "agent_0000fake0000000000000000aa"  # the fixture call's agent
POSTCODE = "SW1A 1AA"
SPOOFED = "conv_spoofed0000000000000000001"
GENUINE = "conv_genuine0000000000000000001"


def call(path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    handler = load_handler("client_data" if path == "/client-data" else "retrieve")
    event = http_event(json.dumps(body).encode(), {"X-Workspace-Key": WORKSPACE_KEY}, path=path)
    result = handler.lambda_handler(event, LambdaContext())
    return int(result["statusCode"]), json.loads(result["body"])


def verify(conversation_id: str, answer: str | None) -> dict[str, Any]:
    body = {"caller_id": CALLER, "conversation_id": conversation_id, "agent_id": AGENT}
    status, found = call("/verify-caller", body if answer is None else {**body, "answer": answer})
    assert status == 200
    return found


def search(conversation_id: str) -> dict[str, Any]:
    body = {
        "query": "Which doctor?",
        "caller_id": CALLER,
        "agent_id": AGENT,
        "conversation_id": conversation_id,
    }
    status, found = call("/retrieve", body)
    assert status == 200
    return found


def switch(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setenv("CALLER_VERIFICATION", "on" if on else "off")
    get_settings.cache_clear()


@pytest.fixture
def known_caller(
    post_call: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixture's caller after one call (profile, memories), with a postcode on file."""
    monkeypatch.setenv("FORGET_ME_TOOL", "on")
    switch(monkeypatch, True)
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    assert (
        post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
        == 200
    )
    post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{RETURNING_CONVERSATION}/transcription.json"), LambdaContext()
    )
    run_extraction_checks(post_call)
    assert main(["verification", "set", CALLER, "--postcode", POSTCODE]) == 0


def held(memory_server: FakeMem0Server) -> list[str]:
    return [m["memory"] for m in memory_server.memories if m.get("user_id") == CALLER]


def test_a_spoofed_call_hears_a_strangers_greeting_and_is_told_to_verify(
    known_caller: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch(monkeypatch, False)
    _, trusted = call("/client-data", {"caller_id": CALLER, "agent_id": AGENT})
    assert "Stefan" in json.dumps(trusted)  # what the number alone opens without verification

    switch(monkeypatch, True)
    status, answer = call("/client-data", {"caller_id": CALLER, "agent_id": AGENT})
    _, stranger = call("/client-data", {"caller_id": "+15550100099", "agent_id": AGENT})

    assert status == 200
    variables = answer["dynamic_variables"]
    assert variables["caller_verified"] == "no"
    assert variables["returning_caller"] == "no" and variables["caller_name"] == ""
    assert variables["memory_context"] == verification.NOT_VERIFIED_CONTEXT
    assert "Stefan" not in json.dumps(answer)
    # A known number and an unknown one get the same answer: not even "has called before" leaks.
    assert {**variables, "caller_id": ""} == {**stranger["dynamic_variables"], "caller_id": ""}


def test_a_spoofed_call_finds_nothing_and_its_forget_me_erases_nothing(
    known_caller: None, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    before = held(memory_server)
    assert before

    assert search(SPOOFED) == {"memories": [], "message": NOT_VERIFIED}
    assert not [r for r in memory_server.requests if r.path == "/v3/memories/search/"]  # not even asked
    assert verify(SPOOFED, "SW1A 2AA")["verified"] is False
    assert search(SPOOFED)["memories"] == []

    capsys.readouterr()
    status, answer = call("/forget-me", {"caller_id": CALLER, "conversation_id": SPOOFED})
    assert (status, answer["forgotten"], answer["requested"]) == (200, False, True)
    assert '"ErasureRequested"' in capsys.readouterr().out  # the metric, in CloudWatch's EMF
    assert told(CALLER, AGENT)["caller_name"] == "Stefan"  # the profile is kept
    assert held(memory_server) == before
    assert VerificationStore(boto3.client("dynamodb"), PROFILE_TABLE).factor(CALLER) is not None
    assert main(["verification", "requests"]) == 0
    assert f"{CALLER}  {SPOOFED}" in capsys.readouterr().out


def test_a_verified_call_gets_the_brief_search_and_erasure_and_only_that_call(
    known_caller: None, memory_server: FakeMem0Server, post_call: ModuleType
) -> None:
    asked = verify(GENUINE, None)
    assert asked["verified"] is False and "postcode" in asked["message"]

    answer = verify(GENUINE, " sw1a1aa ")  # spoken in another case and spacing
    assert answer["verified"] is True
    assert answer["caller_name"] == "Stefan" and "Stefan" in answer["memory_context"]
    assert search(GENUINE)["memories"]
    assert search(SPOOFED)["memories"] == []  # another conversation of the same number is not verified

    call("/forget-me", {"caller_id": CALLER, "conversation_id": SPOOFED})  # recorded, not done
    status, forgotten = call("/forget-me", {"caller_id": CALLER, "conversation_id": GENUINE})
    assert (status, forgotten["forgotten"]) == (200, True)
    run_extraction_checks(post_call)
    assert held(memory_server) == []
    assert told(CALLER, AGENT)["returning_caller"] == "no"
    assert VerificationStore(boto3.client("dynamodb"), PROFILE_TABLE).factor(CALLER) is None
    assert VerificationStore(boto3.client("dynamodb"), PROFILE_TABLE).erasure_requests() == []


def test_attempts_are_bounded_per_call_and_per_number_a_day(known_caller: None) -> None:
    for _ in range(verification.ATTEMPTS_PER_CALL):
        assert verify(SPOOFED, "wrong")["verified"] is False
    refused = verify(SPOOFED, POSTCODE)  # the right answer, too late
    assert (refused["verified"], refused["message"]) == (False, TOO_MANY)

    # The number's day: 3 attempts spent above, then 3 + 3 + 1 in three more calls make 10.
    spent = [("conv_retry_a", 3), ("conv_retry_b", 3), ("conv_retry_c", 1)]
    assert verification.ATTEMPTS_PER_CALL + sum(n for _, n in spent) == verification.ATTEMPTS_PER_DAY
    for conversation, attempts in spent:
        for _ in range(attempts):
            assert verify(conversation, "wrong")["message"] == NO_MATCH
    assert verify("conv_fresh", POSTCODE)["message"] == TOO_MANY  # a new call, the right answer, too late


def test_the_answer_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    factor = verification.make_factor("postcode", POSTCODE)
    assert verification.matches(factor, "sw1a 1aa") and not verification.matches(factor, "SW1A 1AB")
    assert not verification.matches(factor, "")
    # Every answer, the empty one included, is hashed and compared whole: its length decides nothing.
    assert len(compared) == 3 and all(len(a) == len(b) == 32 for a, b in compared)


def test_the_factor_is_never_stored_or_logged_in_clear(
    known_caller: None, capsys: pytest.CaptureFixture[str]
) -> None:
    verify(GENUINE, "SW1A 2AA")
    verify(GENUINE, POSTCODE)
    printed = capsys.readouterr()
    items = boto3.client("dynamodb").scan(TableName=PROFILE_TABLE)["Items"]
    factors = [i for i in items if i["pk"]["S"].startswith("verification#factor#")]
    assert len(factors) == 1 and CALLER not in factors[0]["pk"]["S"]
    stored = repr(items).casefold()
    for form in (POSTCODE, "sw1a1aa", "sw1a 2aa", "sw1a2aa"):
        assert form.casefold() not in stored
        assert form.casefold() not in (printed.out + printed.err).casefold()


def test_the_factor_kinds_are_normalised_as_said() -> None:
    assert verification.normalised("date_of_birth", "1980-03-07") == "19800307"
    assert verification.normalised("account_digits", "account 12 3456 7890") == "7890"
    assert verification.normalised("passphrase", "Blue  Heron!") == "blueheron"
    with pytest.raises(ValueError, match="kind"):
        verification.make_factor("mothers_maiden_name", "x")
    with pytest.raises(ValueError, match="letters or digits"):
        verification.make_factor("postcode", " - ")


def test_verify_caller_is_off_unless_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    switch(monkeypatch, False)
    assert call("/verify-caller", {"caller_id": CALLER, "conversation_id": GENUINE})[0] == 404


def test_verification_off_changes_nothing_for_search(
    known_caller: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch(monkeypatch, False)
    assert search(SPOOFED)["memories"]


def test_the_console_lists_an_unverified_erasure_request_with_a_link_to_the_caller(
    known_caller: None,
) -> None:
    console = Console(ConsoleData(Target.resolve(argparse.Namespace())), "the-token", "/console")
    cookie = console.handle("GET", "/", "token=the-token", {}, b"").headers["Set-Cookie"].split(";", 1)[0]
    empty = console.handle("GET", "/erasure-requests", "", {"Cookie": cookie}, b"").body.decode()
    assert "No erasure requests" in empty

    call("/forget-me", {"caller_id": CALLER, "conversation_id": SPOOFED})
    page = console.handle("GET", "/erasure-requests", "", {"Cookie": cookie}, b"").body.decode()
    assert SPOOFED in page and "+1********02" in page and CALLER not in page  # masked, and no number in a URL
    (reference,) = re.findall(r'href="/console/caller/([^"]+)"', page)
    assert console.refs.get(reference) == CALLER
    assert main(["verification", "dismiss", CALLER]) == 0
    again = console.handle("GET", "/erasure-requests", "", {"Cookie": cookie}, b"").body.decode()
    assert "No erasure requests" in again


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'{"caller_id": 5, "conversation_id": ["x"]}', b"[" * 100_000],
)
def test_a_malformed_verify_caller_body_is_a_400_that_counts_no_attempt(
    known_caller: None, body: bytes
) -> None:
    event = http_event(body, {"X-Workspace-Key": WORKSPACE_KEY}, path="/verify-caller")
    result = load_handler("retrieve").lambda_handler(event, LambdaContext())
    assert result["statusCode"] == 400
    assert json.loads(result["body"]) == {"error": NO_CONVERSATION}  # what the agent can say
    items = boto3.client("dynamodb").scan(TableName=PROFILE_TABLE)["Items"]
    assert not [i for i in items if i["pk"]["S"].startswith("verification#attempts#")]


def test_a_very_long_answer_is_read_only_as_far_as_a_spoken_one_goes(known_caller: None) -> None:
    assert verify(GENUINE, "x" * 5_000_000)["verified"] is False
    assert verify(GENUINE, POSTCODE + " " * 1000)["verified"] is True


def test_forget_removes_the_factor_and_the_request_and_leaves_no_number_in_the_table(
    known_caller: None, capsys: pytest.CaptureFixture[str]
) -> None:
    call("/forget-me", {"caller_id": CALLER, "conversation_id": SPOOFED})
    call("/forget-me", {"caller_id": CALLER, "conversation_id": GENUINE})  # asked again, another call
    assert main(["verification", "requests"]) == 0
    assert f"{CALLER}  {GENUINE} {SPOOFED}" in capsys.readouterr().out  # one request, both calls

    assert main(["forget", CALLER, "--yes"]) == 0
    assert "verification      the factor and the erasure request removed" in capsys.readouterr().out
    items = boto3.client("dynamodb").scan(TableName=PROFILE_TABLE)["Items"]
    assert not [i for i in items if i["pk"]["S"].startswith(("verification#factor#", "erasure-request#"))]
    assert CALLER not in repr(items) and CALLER[1:] not in repr(items)
