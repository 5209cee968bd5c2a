"""Retrieve, and the full loop: a call is ingested, ClientData greets by name, Retrieve finds its facts."""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest

from agentic_memory import search
from agentic_memory.runtime import compose
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET
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


@pytest.fixture
def retrieve() -> ModuleType:
    return load_handler("retrieve")


def ask(
    handler: ModuleType,
    body: dict[str, Any] | bytes,
    path: str = "/retrieve",
    key: str | None = WORKSPACE_KEY,
) -> tuple[int, dict[str, Any]]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"X-Workspace-Key": key} if key is not None else {}
    result = handler.lambda_handler(http_event(raw, headers, path=path), LambdaContext())
    return result["statusCode"], json.loads(result["body"])


def searches(fake: FakeMem0Server) -> list[Any]:
    return [r for r in fake.requests if r.path == "/v3/memories/search/"]


FIXTURE_AGENT = "agent_0000fake0000000000000000aa"  # the returning caller's fixture's agent


def remember_a_call(fake: FakeMem0Server, caller: str = CALLER) -> None:
    """Seed a memory as ingestion stores it: for the caller, with the conversation as run_id."""
    fake.seed(
        "Prefers Doctor Rivera for cleanings",
        user_id=caller,
        run_id="conv_1",
        metadata={
            "type": "factual",
            "conversation_id": "conv_1",
            "agent_id": "agent_a",
            "call_date": "2026-10-03",
        },
    )


def test_a_call_is_remembered_greeted_by_name_and_searchable(
    post_call: ModuleType, retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    body = fixture_bytes("post_call_transcription_returning_caller.json")
    delivered = post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    assert delivered["statusCode"] == 200
    post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )

    client_data = load_handler("client_data")
    status, greeting = ask(
        client_data,
        {"caller_id": CALLER, "agent_id": FIXTURE_AGENT},
        path="/client-data",
    )
    assert status == 200
    assert greeting["dynamic_variables"]["returning_caller"] == "yes"
    assert greeting["dynamic_variables"]["caller_name"] == "Stefan"
    assert "Stefan" in greeting["dynamic_variables"]["first_message"]

    status, found = ask(
        retrieve,
        {"query": "Which doctor does the caller prefer?", "caller_id": CALLER, "agent_id": FIXTURE_AGENT},
    )
    assert status == 200
    assert any("Doctor Rivera" in m["memory"] for m in found["memories"])
    assert found["message"] == f"Found {len(found['memories'])} memories."
    assert all(set(m) == {"memory", "date", "score"} for m in found["memories"])
    # The caller's memories, whatever their run (unmentioned entities are unconstrained), current only.
    assert searches(memory_server)[-1].json["filters"] == {"user_id": CALLER}
    assert searches(memory_server)[-1].json["latest_only"] is True


def test_the_legacy_user_id_field_is_accepted_for_the_caller(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    remember_a_call(memory_server)
    status, found = ask(
        retrieve, {"query": "preferred doctor", "user_id": "+1 555 010 0002", "agent_id": "agent_a"}
    )

    assert status == 200
    assert [m["memory"] for m in found["memories"]] == ["Prefers Doctor Rivera for cleanings"]
    assert found["memories"][0]["date"] == "2026-10-03"


def test_an_unknown_caller_gets_an_empty_list_and_a_message(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    remember_a_call(memory_server)
    status, found = ask(retrieve, {"query": "preferred doctor", "caller_id": "+14155550100"})

    assert (status, found) == (200, {"memories": [], "message": search.NOTHING})


@pytest.mark.parametrize("caller_id", ["anonymous", "+266696687", ""])
def test_a_withheld_caller_is_answered_without_asking_mem0(
    retrieve: ModuleType, memory_server: FakeMem0Server, caller_id: str
) -> None:
    status, found = ask(retrieve, {"query": "preferred doctor", "caller_id": caller_id})

    assert (status, found) == (200, {"memories": [], "message": search.WITHHELD})
    assert memory_server.requests == []


@pytest.mark.parametrize("key", [None, "", "wrong"])
def test_wrong_or_missing_workspace_key_is_401(
    retrieve: ModuleType, memory_server: FakeMem0Server, key: str | None
) -> None:
    status, _ = ask(retrieve, {"query": "x", "caller_id": CALLER}, key=key)

    assert status == 401
    assert memory_server.requests == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"caller_id": CALLER}, "I need a question"),
        ({"query": "   ", "caller_id": CALLER}, "I need a question"),
        ({"query": 42, "caller_id": CALLER}, "I need a question"),
        ({"query": "preferred doctor"}, "caller's number"),
        (b"{broken", "JSON object"),
    ],
)
def test_malformed_input_is_400_with_a_message_the_agent_can_speak(
    retrieve: ModuleType, memory_server: FakeMem0Server, body: dict[str, Any] | bytes, message: str
) -> None:
    status, answer = ask(retrieve, body)

    assert status == 400
    assert message in answer["error"]


@pytest.mark.parametrize(
    "fault",
    ["500", "429", "timeout", "refused", "ping"],
)
def test_mem0_outages_answer_200_with_an_empty_list_and_a_speakable_message(
    retrieve: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    remember_a_call(memory_server)
    monkeypatch.setenv("MEM0_TIMEOUT", "0.3")
    compose.forget()
    if fault == "500":
        memory_server.fail("/v3/memories/search/", 500)
    elif fault == "429":
        memory_server.fail("/v3/memories/search/", 429, headers={"Retry-After": "30"})
    elif fault == "timeout":
        memory_server.delay("/v3/memories/search/", 5)
    elif fault == "refused":
        memory_server.stop()
    else:
        memory_server.fail("/v1/ping/", 503)

    status, found = ask(retrieve, {"query": "preferred doctor", "caller_id": CALLER})

    assert (status, found) == (200, {"memories": [], "message": search.UNAVAILABLE})


def test_after_an_outage_the_next_search_works_again(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    remember_a_call(memory_server)
    memory_server.fail("/v1/ping/", 503, times=1)
    asked = {"query": "preferred doctor", "caller_id": CALLER, "agent_id": "agent_a"}
    assert ask(retrieve, asked)[1]["memories"] == []

    status, found = ask(retrieve, asked)
    assert (status, len(found["memories"])) == (200, 1)


def test_caller_agent_scope_finds_only_that_agents_memories(
    retrieve: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEMORY_SCOPE", "caller_agent")
    get_settings.cache_clear()
    remember_a_call(memory_server)  # agent_a
    memory_server.seed(
        "Prefers Doctor Chen for check-ups",
        user_id=CALLER,
        run_id="conv_2",
        metadata={"type": "factual", "agent_id": "agent_b", "call_date": "2026-10-04"},
    )
    _, found = ask(retrieve, {"query": "preferred doctor", "caller_id": CALLER, "agent_id": "agent_b"})

    assert [m["memory"] for m in found["memories"]] == ["Prefers Doctor Chen for check-ups"]
    assert searches(memory_server)[-1].json["filters"] == {
        "AND": [{"user_id": CALLER}, {"metadata": {"agent_id": "agent_b"}}]
    }


def seed_on(fake: FakeMem0Server, day: int, text: str, **metadata: str) -> None:
    """A memory of a call ``day`` days after 2026-10-01, as ingestion stores it."""
    moment = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(days=day)
    fake.now = functools.partial(lambda at: at, moment)
    fake.seed(text, user_id=CALLER, metadata={"call_date": moment.date().isoformat(), **metadata})


def test_a_correction_comes_before_the_value_it_replaced_and_every_memory_has_its_date(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    seed_on(memory_server, 0, "SMS alerts go to 07700 900999.")
    seed_on(memory_server, 1, "Prefers email for statements.")
    seed_on(memory_server, 30, "Changed the number for SMS alerts to 07700 900456 after a new phone.")
    _, found = ask(retrieve, {"query": "Which number should SMS alerts go to?", "caller_id": CALLER})

    assert found["memories"][0]["memory"].startswith("Changed the number for SMS alerts")
    assert found["memories"][0]["date"] == "2026-10-31"
    assert all(m["date"] for m in found["memories"])


def test_an_identifier_is_found_verbatim_first_however_it_is_written(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    seed_on(memory_server, 0, "Order CHK 55813: a paying-in book order.")
    seed_on(memory_server, 1, "Cheque book reference CHK-55812.")
    seed_on(memory_server, 2, "Order CHK 55811: a card reader order.")
    _, found = ask(retrieve, {"query": "order chk 55812", "caller_id": CALLER})

    assert "CHK-55812" in found["memories"][0]["memory"]


def test_another_agents_health_memory_is_not_told_under_the_shared_caller_scope(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    seed_on(memory_server, 0, "Had a root canal on the lower left molar.", agent_id="agent_dental")
    seed_on(memory_server, 1, "Prefers a window table for two.", agent_id="agent_bistro")
    query = "root canal molar table"

    _, bistro = ask(retrieve, {"query": query, "caller_id": CALLER, "agent_id": "agent_bistro"})
    _, dental = ask(retrieve, {"query": query, "caller_id": CALLER, "agent_id": "agent_dental"})

    assert [m["memory"] for m in bistro["memories"]] == ["Prefers a window table for two."]
    assert "Had a root canal on the lower left molar." in [m["memory"] for m in dental["memories"]]


def test_the_number_of_results_is_mem0_search_limit(
    retrieve: ModuleType, memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEM0_SEARCH_LIMIT", "2")
    get_settings.cache_clear()
    for n in range(4):
        memory_server.seed(f"Prefers reminders variant {n}", user_id=CALLER, run_id=f"conv_{n}")
    _, found = ask(retrieve, {"query": "prefers reminders", "caller_id": CALLER})

    assert len(found["memories"]) == 2
    # More candidates than results: they are ranked again (keywords, recency, corrections).
    assert searches(memory_server)[-1].json["top_k"] == search.candidates(2)


def test_an_oversized_query_is_cut_not_refused(retrieve: ModuleType, memory_server: FakeMem0Server) -> None:
    remember_a_call(memory_server)
    status, _ = ask(retrieve, {"query": "doctor " * 400, "caller_id": CALLER, "extra": {"ignored": True}})

    assert status == 200
    assert len(searches(memory_server)[-1].json["query"]) <= 500


def emitted_metrics(output: str) -> dict[str, Any]:
    """The EMF documents Powertools printed, merged: metric name → values."""
    merged: dict[str, Any] = {}
    for line in output.splitlines():
        if line.startswith('{"_aws"'):
            document = json.loads(line)
            for definition in document["_aws"]["CloudWatchMetrics"][0]["Metrics"]:
                merged[definition["Name"]] = document[definition["Name"]]
    return merged


def test_searches_emit_mem0_latency_and_outages_a_failure_metric(
    retrieve: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    remember_a_call(memory_server)
    ask(retrieve, {"query": "preferred doctor", "caller_id": CALLER})
    memory_server.fail("/v3/memories/search/", 500)
    ask(retrieve, {"query": "preferred doctor", "caller_id": CALLER})

    emitted = emitted_metrics(capsys.readouterr().out)
    assert emitted["Mem0SearchLatency"][0] > 0
    assert emitted["MemorySearchFailed"] == [1.0]


def test_a_question_asking_for_a_code_or_a_pin_is_answered_that_none_is_kept(
    retrieve: ModuleType, memory_server: FakeMem0Server
) -> None:
    seed_on(memory_server, 0, "The key safe is by the side door at 14 Elm Road, code [secret].")
    _, code = ask(retrieve, {"query": "What's the key safe code?", "caller_id": CALLER})
    _, where = ask(retrieve, {"query": "Where is the key safe?", "caller_id": CALLER})
    _, house = ask(retrieve, {"query": "What's the door number of the house?", "caller_id": CALLER})

    assert code == {"memories": [], "message": search.NEVER_KEPT}
    assert [m["memory"] for m in where["memories"]] == [
        "The key safe is by the side door at 14 Elm Road, code [secret]."
    ]
    assert house["message"] != search.NEVER_KEPT
