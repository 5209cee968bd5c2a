"""The ``MemoryStore`` contract on Amazon Bedrock AgentCore Memory (``agentic_memory.agentcore``).

The Memory is the template's (strategies, namespaces, indexed keys), made in moto; records, extraction
and sessions are ``testkit.fakes.agentcore``'s, validated against botocore's service model both ways.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from agentic_memory import agentcore_wire as wire
from agentic_memory.agentcore import AgentCoreStore, FactsNotStoredError
from testkit.agentcore import REGION, agentcore_client, agentcore_memory
from testkit.fakes.agentcore import FakeAgentCore

CALLER = "+14155550123"
OTHER = "+447700900123"
AGENT = "agent_0000fake0000000000000000aa"
TURNS = [
    {"role": "user", "content": "My dog Rex is allergic to chicken"},
    {"role": "assistant", "content": "I have noted that Rex cannot eat chicken."},
    {"role": "user", "content": "I prefer morning appointments"},
]


@pytest.fixture
def memory() -> Iterator[tuple[FakeAgentCore, AgentCoreStore]]:
    with agentcore_memory() as both:
        yield both


def scope(
    conversation: str, kind: str = "episodic", agent: str | None = AGENT, **more: Any
) -> dict[str, Any]:
    metadata = {"conversation_id": conversation, "call_date": "2026-11-02", "type": kind}
    return {"user_id": more.pop("user_id", CALLER), "agent_id": agent, "metadata": metadata, **more}


def events(caller: str, conversation: str) -> list[dict[str, Any]]:
    client = boto3.client("bedrock-agentcore", region_name=REGION)  # moto's events, as AgentCore holds them
    memory_id = next(iter(moto_memories()))
    listed: list[dict[str, Any]] = client.list_events(
        memoryId=memory_id, actorId=wire.actor_id(caller), sessionId=wire.session_id(conversation)
    )["events"]
    return listed


def moto_memories() -> list[str]:
    control = boto3.client("bedrock-agentcore-control", region_name=REGION)
    return [m["id"] for m in control.list_memories()["memories"]]


def test_a_chunk_is_one_event_of_the_caller_and_conversation_however_often_it_is_sent(memory: Any) -> None:
    fake, store = memory
    first = store.add(TURNS, infer=True, timestamp=1_790_000_000, **scope("conv_1"))
    again = store.add(TURNS, infer=True, timestamp=1_790_000_000, **scope("conv_1"))

    assert first == again and first.event_id is not None and first.stored == 0
    assert len(events(CALLER, "conv_1")) == 1
    (sent,) = [params for operation, params in fake.requests if operation == "CreateEvent"][:1]
    assert sent["actorId"] == "14155550123" and sent["sessionId"] == "conv_1"
    assert sent["extractionConfig"] == {"namespaceVariables": {"agent": AGENT}}
    assert [item["conversational"]["role"] for item in sent["payload"]] == ["USER", "ASSISTANT", "USER"]


def test_extraction_is_confirmed_only_once_records_of_the_chunk_exist(memory: Any) -> None:
    fake, store = memory
    added = store.add(TURNS, infer=True, **scope("conv_1"))

    assert store.extraction(added.event_id).status == "RUNNING"
    assert store.all_of(CALLER) == []
    fake.extract_now()
    assert store.extraction(added.event_id).status == "SUCCEEDED"
    texts = {record.memory for record in store.all_of(CALLER)}
    assert {"My dog Rex is allergic to chicken", "I prefer morning appointments"} <= texts
    namespaces = {record.namespace for record in fake.listed()}
    assert namespaces == {
        f"/callers/14155550123/agents/{AGENT}/facts",
        f"/callers/14155550123/agents/{AGENT}/summaries/conv_1",
        f"/callers/14155550123/agents/{AGENT}/preferences",
    }


def test_a_failed_extraction_is_reported_rerun_and_then_confirmed(memory: Any) -> None:
    fake, store = memory
    fake.fail_extractions(1)
    added = store.add(TURNS, infer=True, **scope("conv_1"))
    fake.extract_now()

    failed = store.extraction(added.event_id)
    assert (failed.status, failed.error) == ("FAILED", "Model invocation failed")
    assert fake.failed_jobs == {}  # re-run at once (StartMemoryExtractionJob)
    # Ingestion sends the chunk again: the client token makes it the same event, not a second one.
    assert store.add(TURNS, infer=True, **scope("conv_1")) == added
    assert len(events(CALLER, "conv_1")) == 1
    fake.extract_now()
    assert store.extraction(added.event_id).status == "SUCCEEDED"


def test_what_a_conversation_extracted_is_what_the_brief_learns(memory: Any) -> None:
    fake, store = memory
    store.add(TURNS, infer=True, **scope("conv_1"))
    store.add([{"role": "user", "content": "My cat is called Luna"}], infer=True, **scope("conv_2"))
    store.add([{"role": "user", "content": "First name: Maria"}], infer=False, **scope("conv_1", "factual"))
    fake.extract_now()

    learned = {record.memory for record in store.extracted(CALLER, "conv_1")}
    assert "My dog Rex is allergic to chicken" in learned
    assert not any(text.startswith("Summary:") for text in learned)  # ElevenLabs' summary is the brief's
    assert "My cat is called Luna" not in learned and "First name: Maria" not in learned


def test_facts_are_stored_when_the_call_returns_and_never_twice(memory: Any) -> None:
    _, store = memory
    facts = [{"role": "user", "content": "First name: Maria"}, {"role": "user", "content": "Pet: Rex"}]

    assert store.add(facts, infer=False, **scope("conv_1", "factual")).stored == 2
    assert {r.memory for r in store.all_of(CALLER)} == {"First name: Maria", "Pet: Rex"}
    assert store.add(facts, infer=False, **scope("conv_1", "factual")).stored == 0
    assert store.count(CALLER) == 2


def test_facts_refused_after_acceptance_fail_the_add_and_a_retry_stores_only_the_rest(memory: Any) -> None:
    fake, store = memory
    facts = [{"role": "user", "content": "First name: Maria"}, {"role": "user", "content": "Pet: Rex"}]
    fake.fail_records(1)

    with pytest.raises(FactsNotStoredError, match="1 facts not stored"):
        store.add(facts, infer=False, **scope("conv_1", "factual"))
    assert store.add(facts, infer=False, **scope("conv_1", "factual")).stored == 1
    assert sorted(r.memory for r in store.all_of(CALLER)) == ["First name: Maria", "Pet: Rex"]


def test_search_finds_the_callers_memories_and_only_the_agents_when_asked(memory: Any) -> None:
    fake, store = memory
    store.add(TURNS, infer=True, **scope("conv_1"))
    store.add(
        [{"role": "user", "content": "Rex had chicken once"}], infer=True, **scope("conv_2", agent="agent_b")
    )
    store.add([{"role": "user", "content": "Rex is my dog"}], infer=True, **scope("conv_3", user_id=OTHER))
    fake.extract_now()

    found = store.search("what is Rex allergic to", user_id=CALLER, limit=3)
    assert found[0].memory == "My dog Rex is allergic to chicken" and found[0].score is not None
    everyone = {r.memory for r in store.search("Rex chicken", user_id=CALLER, limit=10)}
    assert "Rex had chicken once" in everyone and "Rex is my dog" not in everyone
    own = {r.memory for r in store.search("Rex chicken", user_id=CALLER, limit=10, agent_id=AGENT)}
    assert "Rex had chicken once" not in own and "My dog Rex is allergic to chicken" in own


def test_a_corrected_fact_is_retired(memory: Any) -> None:
    fake, store = memory
    store.add([{"role": "user", "content": "Pet: Rex"}], infer=False, **scope("conv_1", "factual"))
    store.add([{"role": "user", "content": "Pet: Max"}], infer=False, **scope("conv_2", "factual"))

    assert store.retire(CALLER, ["Pet: Rex"]) == 1
    fake.advance(fake.delete_lag)
    assert [r.memory for r in store.all_of(CALLER)] == ["Pet: Max"]


def test_deleting_a_conversation_waits_until_its_records_and_events_are_gone(memory: Any) -> None:
    fake, store = memory
    store.add(TURNS, infer=True, **scope("conv_1"))
    store.add([{"role": "user", "content": "My cat is called Luna"}], infer=True, **scope("conv_2"))
    fake.extract_now()

    assert store.delete_conversation(CALLER, "conv_1") == 4  # semantic 2, summary 1, preference 1
    assert events(CALLER, "conv_1") == []
    left = {r.memory for r in store.held(CALLER).memories}
    assert "My cat is called Luna" in left and not any("Rex" in text for text in left)


def test_an_erased_caller_has_nothing_left_and_others_keep_theirs(memory: Any) -> None:
    fake, store = memory
    store.add(TURNS, infer=True, **scope("conv_1"))
    store.add([{"role": "user", "content": "Pet: Rex"}], infer=False, **scope("conv_1", "factual"))
    store.add([{"role": "user", "content": "My cat is Luna"}], infer=True, **scope("conv_9", user_id=OTHER))
    fake.extract_now()

    store.delete_caller(CALLER)
    assert store.held(CALLER).memories == [] and events(CALLER, "conv_1") == []
    assert [r.memory for r in store.all_of(OTHER)][:1] or store.held(OTHER).memories
    assert {r.memory for r in store.held(OTHER).memories} >= {"My cat is Luna"}


def test_an_erasure_that_never_takes_raises_instead_of_saying_nothing_is_left(memory: Any) -> None:
    fake, store = memory
    store.add([{"role": "user", "content": "Pet: Rex"}], infer=False, **scope("conv_1", "factual"))
    fake.delete_lag = 10_000  # the service never lets the record go within the checks

    with pytest.raises(TimeoutError, match="still holds records"):
        store.delete_caller(CALLER)


def test_export_holds_every_record_across_pages_and_marks_the_expired(memory: Any) -> None:
    fake, store = memory
    facts = [{"role": "user", "content": f"Fact number {n}"} for n in range(250)]
    store.add(facts, infer=False, **scope("conv_1", "factual"))
    yesterday = (datetime.now(UTC).date() - timedelta(days=1)).isoformat()
    store.add(
        [{"role": "user", "content": "Old fact"}],
        infer=False,
        expires=yesterday,
        **scope("conv_0", "factual"),
    )

    held = store.held(CALLER)
    assert len(held.memories) == 251 and held.unread == []
    assert [r.hidden for r in held.memories if r.memory == "Old fact"] == [("expired",)]
    assert "Old fact" not in {r.memory for r in store.all_of(CALLER)}
    assert store.count(CALLER) == 250
    lists = [params for operation, params in fake.requests if operation == "ListMemoryRecords"]
    assert max(params["maxResults"] for params in lists) == 100


def test_a_page_that_fails_after_the_first_is_named_in_the_export(memory: Any) -> None:
    fake, store = memory
    store.add(
        [{"role": "user", "content": f"Fact {n}"} for n in range(150)], infer=False, **scope("c1", "factual")
    )
    reads = itertools.chain([False], itertools.repeat(True))  # every read after the first page
    original = fake._on_send

    def second_page_throttled(request: Any, event_name: str, **kwargs: Any) -> Any:
        if event_name.endswith("ListMemoryRecords") and next(reads):
            fake.throttle(1)
        return original(request, event_name, **kwargs)

    store._client.meta.events.unregister("before-send", original)
    store._client.meta.events.register("before-send", second_page_throttled)
    held = store.held(CALLER)
    assert len(held.memories) == 100 and held.unread == ["records after the first 100: ThrottledException"]


def test_a_page_that_times_out_is_named_and_an_erasure_check_cannot_pass_on_it(memory: Any) -> None:
    fake, store = memory
    store.add(
        [{"role": "user", "content": f"Fact {n}"} for n in range(150)], infer=False, **scope("c1", "factual")
    )
    original = fake._on_send
    pages = itertools.count()

    def second_page_times_out(request: Any, event_name: str, **kwargs: Any) -> Any:
        if event_name.endswith("ListMemoryRecords") and next(pages) == 1:
            fake.time_out(1)
        return original(request, event_name, **kwargs)

    store._client.meta.events.unregister("before-send", original)
    store._client.meta.events.register("before-send", second_page_times_out)
    held = store.held(CALLER)
    assert len(held.memories) == 100 and held.unread == ["records after the first 100: ReadTimeoutError"]


def test_records_expire_with_the_retention(memory: Any) -> None:
    fake, store = memory
    last_day = (datetime.fromtimestamp(fake.now, UTC).date() + timedelta(days=59)).isoformat()
    store.add(
        [{"role": "user", "content": "Pet: Rex"}], infer=False, expires=last_day, **scope("c1", "factual")
    )

    (sent,) = [params for operation, params in fake.requests if operation == "BatchCreateMemoryRecords"]
    assert sent["recordExpirySpecification"] == {"recordExpiryDurationDays": 60}
    assert sent["records"][0]["metadata"]["expires"] == {"stringValue": last_day}
    fake.advance(61 * 86400)
    assert store.held(CALLER).memories == []


def test_throttling_is_waited_out_a_bounded_number_of_times(memory: Any) -> None:
    fake, store = memory
    fake.throttle(2)
    before = fake.now
    store.add([{"role": "user", "content": "Pet: Rex"}], infer=False, **scope("c1", "factual"))
    assert fake.now - before == pytest.approx(0.5 + 1.0)

    fake.throttle(10)
    with pytest.raises(ClientError, match="ThrottledException"):
        store.search("Rex", user_id=CALLER, limit=3)


def test_the_fake_refuses_what_the_service_model_refuses(memory: Any) -> None:
    fake, store = memory
    unchecked = agentcore_client(fake, parameter_validation=False)
    # botocore's client checks required members, types and minimums; the fake, as the service, also
    # maximums and patterns (an actorId with a "+": a caller key passed as it is).
    bad_requests: list[Callable[[], Any]] = [
        lambda: unchecked.retrieve_memory_records(memoryId=store._memory, namespacePath="/callers/"),
        lambda: unchecked.list_memory_records(
            memoryId=store._memory, namespacePath="/callers/", maxResults=500
        ),
        lambda: unchecked.list_sessions(memoryId=store._memory, actorId="+14155550123"),
    ]
    for bad in bad_requests:
        with pytest.raises(ClientError, match="ValidationException"):
            bad()
