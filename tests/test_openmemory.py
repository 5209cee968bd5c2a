"""MEMORY_BACKEND=openmemory: every ``MemoryStore`` operation on the OpenMemory REST API (the fake in
testkit/fakes/openmemory.py follows CaviraOSS/OpenMemory's server), and its failures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from agentic_memory import openmemory_wire
from agentic_memory.openmemory import OpenMemoryStore, caller_tag
from agentic_memory.openmemory_wire import OpenMemoryError, pieces
from testkit.fakes.openmemory import FakeOpenMemoryServer

CALLER = "+15550100002"
OTHER = "+15550100003"


def scope(conversation: str = "conv_1", agent: str = "agent_a", expires: str | None = None) -> dict[str, Any]:
    return {
        "agent_id": agent,
        "metadata": {"conversation_id": conversation, "call_date": "2026-11-02", "type": "factual"},
        "expires": expires,
    }


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def store(fake_openmemory: FakeOpenMemoryServer, waits: list[float]) -> Iterator[OpenMemoryStore]:
    yield OpenMemoryStore(fake_openmemory.url, fake_openmemory.api_key or "", 2.0, sleep=waits.append)


def say(store: OpenMemoryStore, caller: str, *texts: str, **options: object) -> int:
    messages = [{"role": "user", "content": text} for text in texts]
    return store.add(messages, user_id=caller, infer=False, **{**scope(), **options}).stored


def test_an_add_is_stored_at_once_with_the_calls_metadata_and_read_back_without_the_tag(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer
) -> None:
    assert say(store, CALLER, "Prefers email reminders.", "Name: Stefan") == 2

    held = fake_openmemory.memories
    assert [m["content"] for m in held] == [
        f"[{caller_tag(CALLER)}] Prefers email reminders.",
        f"[{caller_tag(CALLER)}] Name: Stefan",
    ]
    assert held[0]["metadata"] == {
        "conversation_id": "conv_1", "call_date": "2026-11-02", "type": "factual",
        "agent_id": "agent_a", "caller": CALLER, "expires": "",
    }  # fmt: skip
    records = store.all_of(CALLER)
    assert sorted(r.memory for r in records) == ["Name: Stefan", "Prefers email reminders."]
    assert records[0].metadata["conversation_id"] == "conv_1"
    assert "caller" not in records[0].metadata
    assert store.count(CALLER) == 2
    assert store.extracted(CALLER, "conv_1") == []  # OpenMemory extracts no facts of its own


def test_two_callers_saying_the_same_words_each_keep_their_own_memory(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer
) -> None:
    """The server deduplicates by simhash across every user: without the caller's tag the second
    caller's words would fold into the first caller's memory."""
    assert say(store, CALLER, "Prefers email reminders.") == 1
    assert say(store, OTHER, "Prefers email reminders.") == 1

    assert len(fake_openmemory.memories) == 2
    assert [r.memory for r in store.all_of(OTHER)] == ["Prefers email reminders."]
    assert [r.memory for r in store.search("email", user_id=OTHER, limit=5)] == ["Prefers email reminders."]
    store.delete_caller(CALLER)
    assert [r.memory for r in store.all_of(OTHER)] == ["Prefers email reminders."]


def test_an_add_resent_after_its_answer_was_lost_is_stored_once(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, waits: list[float]
) -> None:
    fake_openmemory.fail_after_commit("POST", "/memory/add")  # stored, then a 502 from the proxy

    assert say(store, CALLER, "Prefers Tuesday mornings.") == 0  # the retry found its first copy
    assert len(fake_openmemory.memories) == 1
    assert waits == [0.5]
    assert say(store, CALLER, "Prefers Tuesday mornings.") == 0  # a replay adds nothing either
    assert len(fake_openmemory.memories) == 1


def test_search_keeps_the_callers_memories_and_sees_a_delete_at_once(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer
) -> None:
    say(store, CALLER, "Prefers Doctor Rivera for cleanings.")
    say(store, OTHER, "Doctor Rivera cleaned my teeth.")

    found = store.search("Which doctor for cleanings?", user_id=CALLER, limit=3)
    assert [r.memory for r in found] == ["Prefers Doctor Rivera for cleanings."]
    assert found[0].score is not None and 0 < found[0].score < 1
    store.delete_caller(CALLER)
    # The server caches a query's answer for 60 s, deleted memories included: never asked the same.
    assert store.search("Which doctor for cleanings?", user_id=CALLER, limit=3) == []


def test_search_under_caller_agent_keeps_that_agents_memories(store: OpenMemoryStore) -> None:
    say(store, CALLER, "Booked a cleaning on Tuesday.", agent_id="agent_a")
    say(store, CALLER, "Booked a car service on Tuesday.", agent_id="agent_b")

    found = store.search("booked Tuesday", user_id=CALLER, limit=5, agent_id="agent_b")
    assert [r.memory for r in found] == ["Booked a car service on Tuesday."]


def test_a_corrected_fact_is_retired_and_nothing_else(store: OpenMemoryStore) -> None:
    say(store, CALLER, "Name: Maria", "Prefers email reminders.")
    say(store, OTHER, "Name: Maria")

    assert store.retire(CALLER, ["Name: Maria", "never said"]) == 1
    assert [r.memory for r in store.all_of(CALLER)] == ["Prefers email reminders."]
    assert [r.memory for r in store.all_of(OTHER)] == ["Name: Maria"]


def test_deleting_a_conversation_leaves_the_callers_other_calls(store: OpenMemoryStore) -> None:
    say(store, CALLER, "Booked a cleaning.", **scope("conv_1"))
    say(store, CALLER, "Asked about whitening.", **scope("conv_2"))

    assert store.delete_conversation(CALLER, "conv_1") == 1
    assert [r.memory for r in store.all_of(CALLER)] == ["Asked about whitening."]
    assert store.delete_conversation(CALLER, "conv_1") == 0


def test_erasing_a_caller_deletes_each_memory_checks_and_never_deletes_the_tenant(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer
) -> None:
    past = (datetime.now(UTC) - timedelta(days=2)).date().isoformat()
    say(store, CALLER, "Booked a cleaning.", "Old fact.", expires=past)
    say(store, OTHER, "Another caller's fact.")

    store.delete_caller(CALLER)

    assert store.held(CALLER).memories == []
    assert [m["metadata"]["caller"] for m in fake_openmemory.memories] == [OTHER]
    assert not [path for _, path in fake_openmemory.requests if path.startswith("/users/")]


def test_export_reads_every_page_and_marks_what_retention_hides(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openmemory_wire, "PAGE_SIZE", 2)
    past = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    say(store, CALLER, "One.", "Two fact.", "Three fact.")
    say(store, OTHER, "Four fact.", "Five fact.")
    say(store, CALLER, "Expired fact.", expires=past)

    held = store.held(CALLER)
    assert held.unread == []
    assert sorted(r.memory for r in held.memories) == ["Expired fact.", "One.", "Three fact.", "Two fact."]
    assert [r.hidden for r in held.memories if r.memory == "Expired fact."] == [("expired",)]
    assert "Expired fact." not in [r.memory for r in store.all_of(CALLER)]
    assert store.count(CALLER) == 3
    assert "Expired fact." not in [r.memory for r in store.search("expired fact", user_id=CALLER, limit=5)]
    pages = [p for m, p in fake_openmemory.requests if m == "GET" and p == "/memory/all"]
    assert len(pages) >= 4  # 6 memories in pages of 2, and the empty page that ends the list


def test_a_page_that_fails_after_the_first_is_named_as_unread(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openmemory_wire, "PAGE_SIZE", 1)
    say(store, CALLER, "One fact.", "Two fact.")
    fake_openmemory.fail("GET", "/memory/all", 500, times=3, skip=1)  # every attempt at the second page

    held = store.held(CALLER)

    assert len(held.memories) == 1
    unread = "memories from 2 on: OpenMemoryError: OpenMemory answered 500 internal on GET /memory/all"
    assert held.unread == [unread]
    with pytest.raises(OpenMemoryError, match="500 internal on GET /memory/all"):
        fake_openmemory.fail("GET", "/memory/all", 500, times=3)
        store.held(CALLER)  # the first page failing: nothing was read


def test_a_server_that_is_down_fails_with_a_clear_error(fake_openmemory: FakeOpenMemoryServer) -> None:
    store = OpenMemoryStore(fake_openmemory.url, "om-fake-test-key", 0.5, sleep=lambda _: None)
    fake_openmemory.stop()

    with pytest.raises(OpenMemoryError, match="unreachable on POST /memory/query"):
        store.search("anything", user_id=CALLER, limit=3)
    with pytest.raises(OpenMemoryError, match="unreachable on POST /memory/add"):
        say(store, CALLER, "Lost fact.")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("wrong-key", "403 invalid_api_key on POST /memory/add: the API key is wrong"),
        ("", "401 authentication_required"),
    ],
)
def test_a_wrong_or_missing_key_is_refused_at_once_and_named(
    fake_openmemory: FakeOpenMemoryServer, key: str, expected: str
) -> None:
    waits: list[float] = []
    store = OpenMemoryStore(fake_openmemory.url, key, 2.0, sleep=waits.append)

    with pytest.raises(OpenMemoryError, match=expected) as refused:
        say(store, CALLER, "Prefers email.")
    assert waits == []  # not retried
    assert "Prefers" not in str(refused.value)
    assert fake_openmemory.memories == []


def test_a_server_without_a_configured_key_answers_503_and_nothing_is_stored() -> None:
    with FakeOpenMemoryServer(api_key=None) as fake:
        store = OpenMemoryStore(fake.url, "any", 2.0, sleep=lambda _: None)
        with pytest.raises(OpenMemoryError, match="503 auth_not_configured"):
            store.all_of(CALLER)


def test_a_5xx_is_retried_and_one_that_persists_fails(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, waits: list[float]
) -> None:
    fake_openmemory.fail("POST", "/memory/add", 503, times=1)
    assert say(store, CALLER, "Prefers email.") == 1
    assert waits == [0.5]

    fake_openmemory.fail("POST", "/memory/add", 500, times=3)
    with pytest.raises(OpenMemoryError, match="500 internal on POST /memory/add"):
        say(store, CALLER, "Another fact.")
    assert len(fake_openmemory.memories) == 1


def test_a_rate_limit_is_waited_out_as_asked_within_bounds(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, waits: list[float]
) -> None:
    fake_openmemory.throttle(3, 4)
    assert say(store, CALLER, "Prefers email.") == 1
    assert waits == [3.0, 4.0]

    fake_openmemory.throttle(30)
    with pytest.raises(OpenMemoryError, match="gave up waiting"):
        say(store, CALLER, "Another fact.")
    fake_openmemory.throttle(1)
    with pytest.raises(OpenMemoryError, match="429 rate_limit_exceeded on POST /memory/query"):
        store.search("email", user_id=CALLER, limit=3)  # a caller is waiting: not retried


def test_texts_go_in_pieces_the_server_keeps_verbatim(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer
) -> None:
    summary = " ".join(f"Sentence number {n + 10} says something about the booking." for n in range(12))
    say(store, CALLER, summary)

    stored = [m["content"] for m in fake_openmemory.memories]
    assert len(stored) > 1
    assert all(len(text) <= 200 and text.startswith(f"[{caller_tag(CALLER)}] ") for text in stored)
    assert sorted(" ".join(r.memory for r in store.all_of(CALLER)).split()) == sorted(summary.split())
    assert pieces([{"role": "assistant", "content": "Not the caller's."}], 100) == []


def test_erasure_reads_again_and_deletes_what_an_ingestion_in_flight_added(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    say(store, CALLER, "Booked a cleaning.")
    late = iter(["Late fact one.", "Late fact two."])
    original = fake_openmemory.handle

    def add_while_deleting(method: str, target: str, headers: dict[str, str], raw: bytes) -> Any:
        reply = original(method, target, headers, raw)
        if method == "DELETE" and (text := next(late, None)):  # an add lands while the erasure runs
            body = {"content": f"[{caller_tag(CALLER)}] {text}"}
            original("POST", "/memory/add", headers, json.dumps(body).encode())
        return reply

    monkeypatch.setattr(fake_openmemory, "handle", add_while_deleting)
    store.delete_caller(CALLER)

    assert store.held(CALLER).memories == []
    assert next(late, None) is None  # both late adds happened, and were deleted in later rounds


def test_erasure_says_so_when_memories_keep_coming_back(
    store: OpenMemoryStore, fake_openmemory: FakeOpenMemoryServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    say(store, CALLER, "Booked a cleaning.")
    original = fake_openmemory.handle
    counter = iter(range(100))

    def resurrect(method: str, target: str, headers: dict[str, str], raw: bytes) -> Any:
        reply = original(method, target, headers, raw)
        if method == "DELETE":
            text = f"[{caller_tag(CALLER)}] Fact number {next(counter) + 10}."
            original("POST", "/memory/add", headers, json.dumps({"content": text}).encode())
        return reply

    monkeypatch.setattr(fake_openmemory, "handle", resurrect)
    with pytest.raises(OpenMemoryError, match="still holds memories of the caller after 4 rounds"):
        store.delete_caller(CALLER)
