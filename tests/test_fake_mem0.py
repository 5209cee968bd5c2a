"""The fake Mem0 speaks what the real ``mem0ai`` SDK sends and understands.

Every test goes through ``mem0.MemoryClient`` (the real SDK, 2.2.1) over HTTP, so a test that passes here
means the SDK accepted the fake's answers and raised its own exceptions for the fake's errors: the
project's memory tests can then trust the fake as they trust moto.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from testkit.fakes.mem0 import FakeMem0Server

# Before any ``import mem0``: it writes its config under ~/.mem0 and phones home otherwise.
os.environ.setdefault("MEM0_TELEMETRY", "False")
os.environ.setdefault("MEM0_DIR", str(Path(tempfile.gettempdir()) / "fake-mem0-tests"))

CALLER = "+14155550100"
OTHER_CALLER = "+14155550199"
# ``{"run_id": "*"}`` narrows to records that have a run (wildcards match non-null values only).
ANY_RUN_OF_CALLER = {"AND": [{"user_id": CALLER}, {"run_id": "*"}]}


def memory_client(fake: FakeMem0Server, *, timeout: float = 2.0, api_key: str | None = None) -> Any:
    """A real SDK client on the fake, with our own httpx client as production builds it."""
    from mem0 import MemoryClient

    http = httpx.Client(timeout=httpx.Timeout(timeout))
    return MemoryClient(api_key=api_key or fake.api_key, host=fake.url, client=http)


@pytest.fixture
def client(fake_mem0: FakeMem0Server) -> Iterator[Any]:
    sdk = memory_client(fake_mem0)
    yield sdk
    sdk.client.close()


@pytest.fixture
def clock(fake_mem0: FakeMem0Server) -> list[datetime]:
    """The fake's clock, one minute per memory, so that "newest first" is decided by the test."""
    moments = [datetime(2026, 1, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=n) for n in range(50)]
    ticks = iter(moments)
    fake_mem0.now = lambda: next(ticks)
    return moments


def texts(records: list[dict[str, Any]]) -> list[str]:
    return [record["memory"] for record in records]


def test_client_init_pings_with_the_token_and_learns_the_project(fake_mem0: FakeMem0Server) -> None:
    sdk = memory_client(fake_mem0)

    ping = fake_mem0.requests[0]
    assert (ping.method, ping.path) == ("GET", "/v1/ping/")
    assert ping.headers["authorization"] == f"Token {fake_mem0.api_key}"
    assert (sdk.org_id, sdk.project_id) == (fake_mem0.org_id, fake_mem0.project_id)


def test_add_without_inference_stores_user_turns_verbatim_and_deduplicates(client: Any) -> None:
    messages = [
        {"role": "user", "content": "Name: Ada Lovelace"},
        {"role": "assistant", "content": "Nice to meet you, Ada."},
        {"role": "user", "content": "Prefers morning calls"},
    ]
    metadata = {"type": "factual", "conversation_id": "conv_1"}

    first = client.add(messages, user_id=CALLER, run_id="conv_1", metadata=metadata, infer=False)
    again = client.add(messages, user_id=CALLER, run_id="conv_2", metadata=metadata, infer=False)
    other = client.add(messages[:1], user_id=OTHER_CALLER, infer=False)

    assert first["status"] == "SUCCEEDED"
    assert [result["data"]["memory"] for result in first["results"]] == [
        "Name: Ada Lovelace",
        "Prefers morning calls",
    ]
    assert {result["event"] for result in first["results"]} == {"ADD"}
    assert [result["id"] for result in again["results"]] == [result["id"] for result in first["results"]]
    assert other["results"][0]["id"] not in {result["id"] for result in first["results"]}
    memories = client.get_all(filters=ANY_RUN_OF_CALLER)["results"]
    assert sorted(texts(memories)) == ["Name: Ada Lovelace", "Prefers morning calls"]
    assert {(m["run_id"], m["metadata"]["type"]) for m in memories} == {("conv_1", "factual")}


def test_add_sends_entity_ids_at_the_top_level(fake_mem0: FakeMem0Server, client: Any) -> None:
    client.add("Likes jazz", user_id=CALLER, run_id="conv_1", metadata={"type": "episodic"}, infer=False)

    sent = fake_mem0.requests[-1]
    assert (sent.method, sent.path) == ("POST", "/v3/memories/add/")
    assert sent.json == {
        "messages": [{"role": "user", "content": "Likes jazz"}],
        "user_id": CALLER,
        "run_id": "conv_1",
        "metadata": {"type": "episodic"},
        "infer": False,
    }


def event(client: Any, event_id: str) -> dict[str, Any]:
    """``GET /v1/event/{id}/``: the SDK has no method for it, so through its own HTTP client."""
    answer = client.client.get(f"/v1/event/{event_id}/")
    answer.raise_for_status()
    document: dict[str, Any] = answer.json()
    return document


def test_add_with_inference_is_pending_then_extracted_in_the_background(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    now = [datetime(2026, 1, 1, 9, 0, tzinfo=UTC)]
    fake_mem0.now = lambda: now[0]
    fake_mem0.extraction_seconds = 30
    turns = [
        {"role": "user", "content": "My daughter is called Mia"},
        {"role": "assistant", "content": "Lovely name."},
    ]

    answer = client.add(turns, user_id=CALLER, run_id="conv_1")

    assert answer["status"] == "PENDING"
    assert "results" not in answer
    assert client.search("what is the daughter called", filters={"user_id": CALLER})["results"] == []
    assert event(client, answer["event_id"])["status"] == "RUNNING"
    now[0] += timedelta(seconds=30)
    done = event(client, answer["event_id"])
    assert (done["status"], done["error"]) == ("SUCCEEDED", None)
    assert [result["data"]["memory"] for result in done["results"]] == [
        "My daughter is called Mia",
        "Lovely name.",
    ]
    found = client.search("what is the daughter called", filters={"user_id": CALLER})["results"]
    assert texts(found) == ["My daughter is called Mia"]


def test_an_extraction_can_fail_after_the_add_was_accepted(fake_mem0: FakeMem0Server, client: Any) -> None:
    fake_mem0.fail_extractions(times=1)

    failed = client.add("Likes jazz", user_id=CALLER)
    succeeded = client.add("Likes blues", user_id=CALLER)

    assert failed["status"] == succeeded["status"] == "PENDING"
    assert event(client, failed["event_id"])["status"] == "FAILED"
    assert "Extraction failed" in event(client, failed["event_id"])["error"]
    assert event(client, succeeded["event_id"])["status"] == "SUCCEEDED"
    assert texts(fake_mem0.memories) == ["Likes blues"]


def test_an_unknown_event_is_a_404_with_the_documented_body(client: Any) -> None:
    answer = client.client.get("/v1/event/00000000-0000-4000-8000-999999999999/")

    assert answer.status_code == 404
    assert answer.json() == {"error": "Event not found or you don't have permission to access it."}


def test_a_timestamp_dates_the_memories_at_the_call_not_at_the_add(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    call_start = int(datetime(2026, 3, 2, 14, 30, tzinfo=UTC).timestamp())

    client.add("Likes jazz", user_id=CALLER, infer=False, timestamp=call_start)
    client.add("Likes blues", user_id=CALLER, timestamp=call_start)
    client.get_all(filters={"user_id": CALLER})  # a request: the extraction runs

    assert {m["created_at"] for m in fake_mem0.memories} == {"2026-03-02T14:30:00+00:00"}


def test_a_contradicting_fact_supersedes_the_old_one_and_latest_only_leaves_it_out(client: Any) -> None:
    client.add("First name: Maria", user_id=CALLER, infer=False)
    client.add("First name: Mary", user_id=CALLER, infer=False)

    everything = client.search("first name", filters={"user_id": CALLER})["results"]
    latest = client.search("first name", filters={"user_id": CALLER}, latest_only=True)["results"]

    assert {(m["memory"], m["lifecycle_state"]) for m in everything} == {
        ("First name: Maria", "superseded"),
        ("First name: Mary", "active"),
    }
    assert texts(latest) == ["First name: Mary"]
    assert texts(client.get_all(filters={"user_id": CALLER}, latest_only=True)["results"]) == [
        "First name: Mary"
    ]


def test_an_expired_memory_is_hidden_not_deleted_and_show_expired_returns_it(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    """docs: platform/features/memory-expiration (UTC, the date itself included); openapi
    ``show_expired`` on ``memories_list_v3`` and ``memories_search_v3``."""
    fake_mem0.now = lambda: datetime(2026, 2, 1, 0, 0, tzinfo=UTC)
    client.add("Pro trial until January", user_id=CALLER, infer=False, expiration_date="2026-01-31")
    client.add("Pro trial until February", user_id=CALLER, infer=False, expiration_date="2026-02-01")
    mine = {"user_id": CALLER}

    assert texts(client.get_all(filters=mine)["results"]) == ["Pro trial until February"]
    assert texts(client.search("pro trial", filters=mine)["results"]) == ["Pro trial until February"]
    everything = client.get_all(filters=mine, show_expired=True)["results"]
    assert {(m["memory"], m["expiration_date"]) for m in everything} == {
        ("Pro trial until January", "2026-01-31"),
        ("Pro trial until February", "2026-02-01"),
    }
    assert len(client.search("pro trial", filters=mine, show_expired=True)["results"]) == 2
    assert client.get_all(filters=mine, show_expired=True)["count"] == 2
    assert len(fake_mem0.memories) == 2  # hidden, not deleted


def test_a_merged_memory_is_hidden_by_default_and_returned_with_include_merged(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    """docs: platform/features/dream, "How reads change with Dream": default reads return active and
    superseded memories, ``include_merged`` adds merged ones, ``latest_only`` returns active ones only."""
    barer = fake_mem0.seed("Has a dog named Rex", user_id=CALLER)
    fuller = fake_mem0.seed("Has a dog named Rex, a golden retriever", user_id=CALLER)
    fake_mem0.merge(barer["id"], into=fuller["id"])
    mine = {"user_id": CALLER}

    assert texts(client.get_all(filters=mine)["results"]) == ["Has a dog named Rex, a golden retriever"]
    assert len(client.search("dog Rex", filters=mine)["results"]) == 1
    merged = client.get_all(filters=mine, include_merged=True)["results"]
    assert {(m["memory"], m["lifecycle_state"]) for m in merged} == {
        ("Has a dog named Rex", "merged"),
        ("Has a dog named Rex, a golden retriever", "active"),
    }
    assert len(client.get_all(filters=mine, include_merged=True, latest_only=True)["results"]) == 1


def test_a_page_of_more_than_200_memories_is_refused(client: Any) -> None:
    """openapi ``memories_list_v3``: ``page_size`` maximum 200."""
    from mem0.exceptions import ValidationError

    assert client.get_all(filters={"user_id": CALLER}, page=1, page_size=200)["count"] == 0
    with pytest.raises(ValidationError):
        client.get_all(filters={"user_id": CALLER}, page=1, page_size=201)


def test_add_without_an_entity_is_refused(client: Any) -> None:
    from mem0.exceptions import ValidationError

    with pytest.raises(ValidationError) as raised:
        client.add("Likes jazz", infer=False)

    assert raised.value.debug_info["status_code"] == 400


def test_search_is_scoped_by_the_filtered_user_and_ranked_by_score(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    fake_mem0.seed("Prefers window seats on flights", user_id=CALLER)
    fake_mem0.seed("Allergic to peanuts", user_id=CALLER)
    fake_mem0.seed("Prefers aisle seats on trains", user_id=CALLER)
    fake_mem0.seed("Prefers window seats on flights", user_id=OTHER_CALLER)

    found = client.search("which seats on flights", filters={"user_id": CALLER}, top_k=2)["results"]

    assert texts(found) == ["Prefers window seats on flights", "Prefers aisle seats on trains"]
    assert {record["user_id"] for record in found} == {CALLER}
    scores = [record["score"] for record in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)
    sent = fake_mem0.requests[-1]
    assert sent.json == {"query": "which seats on flights", "filters": {"user_id": CALLER}, "top_k": 2}


def test_search_leaves_out_memories_below_the_threshold(fake_mem0: FakeMem0Server, client: Any) -> None:
    fake_mem0.seed("Allergic to peanuts", user_id=CALLER)

    assert client.search("favourite football team", filters={"user_id": CALLER})["results"] == []
    everything = client.search("favourite football team", filters={"user_id": CALLER}, threshold=0.0)
    assert texts(everything["results"]) == ["Allergic to peanuts"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        # Unmentioned entities are not constrained (docs: platform/features/entity-scoped-memory).
        ({"user_id": CALLER}, {"a1", "a2", "a-conv2", "a-plain"}),
        ({"AND": [{"user_id": CALLER}]}, {"a1", "a2", "a-conv2", "a-plain"}),
        (ANY_RUN_OF_CALLER, {"a1", "a2", "a-conv2"}),
        ({"agent_id": "agent_x"}, {"agent-only"}),
        ({"run_id": "conv_2"}, {"a-conv2"}),
        ({"AND": [{"user_id": "*"}, {"run_id": "conv_2"}]}, {"a-conv2"}),
        ({"AND": [*ANY_RUN_OF_CALLER["AND"], {"metadata": {"agent_id": "agent_a"}}]}, {"a1", "a-conv2"}),
        ({"AND": [*ANY_RUN_OF_CALLER["AND"], {"metadata": {"type": {"ne": "factual"}}}]}, {"a2"}),
        ({"AND": [{"agent_id": "*"}, {"metadata": {"type": {"ne": "factual"}}}]}, {"agent-only"}),
        ({"OR": [{"user_id": OTHER_CALLER, "run_id": "*"}, {"agent_id": "agent_x"}]}, {"b1", "agent-only"}),
        ({"user_id": {"in": [CALLER, OTHER_CALLER]}, "run_id": "conv_1"}, {"a1", "a2", "b1"}),
        ({"AND": [{"user_id": "*"}, {"NOT": {"run_id": "conv_1"}}]}, {"a-conv2", "a-plain", "b-plain"}),
        ({"AND": [{"user_id": CALLER}, {"metadata": {"agent_id": "agent_b"}}]}, {"a2"}),
    ],
)
def test_filters_select_as_the_filter_language_says(
    fake_mem0: FakeMem0Server, client: Any, filters: dict[str, Any], expected: set[str]
) -> None:
    factual = {"agent_id": "agent_a", "type": "factual"}
    fake_mem0.seed("a1", user_id=CALLER, run_id="conv_1", metadata=factual)
    fake_mem0.seed(
        "a2", user_id=CALLER, run_id="conv_1", metadata={"agent_id": "agent_b", "type": "episodic"}
    )
    fake_mem0.seed("a-conv2", user_id=CALLER, run_id="conv_2", metadata=factual)
    fake_mem0.seed("b1", user_id=OTHER_CALLER, run_id="conv_1", metadata=factual)
    fake_mem0.seed("agent-only", agent_id="agent_x")
    fake_mem0.seed("a-plain", user_id=CALLER, metadata=factual)
    fake_mem0.seed("b-plain", user_id=OTHER_CALLER, metadata=factual)

    listed = client.get_all(filters=filters)["results"]
    searched = client.search("a1", filters=filters, threshold=0.0)["results"]

    assert set(texts(listed)) == expected
    assert set(texts(searched)) == expected


def test_search_by_user_alone_finds_memories_with_and_without_a_run_id(client: Any) -> None:
    client.add("Likes jazz in a conversation", user_id=CALLER, run_id="conv_1", infer=False)
    client.add("Likes jazz for ever", user_id=CALLER, infer=False)

    by_user = client.search("likes jazz", filters={"user_id": CALLER})["results"]
    by_user_in_any_run = client.search("likes jazz", filters=ANY_RUN_OF_CALLER)["results"]

    assert set(texts(by_user)) == {"Likes jazz for ever", "Likes jazz in a conversation"}
    assert texts(by_user_in_any_run) == ["Likes jazz in a conversation"]
    assert len(client.get_all(filters={"user_id": CALLER})["results"]) == 2


@pytest.mark.parametrize(
    "filters",
    [
        {"metadata": {"type": "factual"}},
        {"AND": [{"user_id": CALLER}, {"metadata": {"call_date": {"gt": "2026-01-01"}}}]},
        {"AND": [{"user_id": CALLER}, {"conversation": "conv_1"}]},
    ],
)
def test_filters_the_platform_refuses_are_a_validation_error(client: Any, filters: dict[str, Any]) -> None:
    from mem0.exceptions import ValidationError

    with pytest.raises(ValidationError):
        client.search("anything", filters=filters)
    with pytest.raises(ValidationError):
        client.get_all(filters=filters)


def test_entity_ids_outside_filters_are_refused(fake_mem0: FakeMem0Server) -> None:
    """The SDK refuses them itself; the platform would too, for a caller that skips the SDK."""
    headers = {"Authorization": f"Token {fake_mem0.api_key}"}
    body = {"query": "jazz", "user_id": CALLER}

    answer = httpx.post(f"{fake_mem0.url}/v3/memories/search/", json=body, headers=headers)

    assert answer.status_code == 400


def test_get_all_pages_newest_first(fake_mem0: FakeMem0Server, client: Any, clock: list[datetime]) -> None:
    for n in range(5):
        fake_mem0.seed(f"memory {n}", user_id=CALLER)

    first = client.get_all(filters={"user_id": CALLER}, page=1, page_size=2)
    last = client.get_all(filters={"user_id": CALLER}, page=3, page_size=2)

    assert first["count"] == 5
    assert texts(first["results"]) == ["memory 4", "memory 3"]
    assert first["results"][0]["created_at"] == clock[4].isoformat()
    assert first["next"] == f"{fake_mem0.url}/v3/memories/?page=2&page_size=2"
    assert first["previous"] is None
    assert texts(last["results"]) == ["memory 0"]
    assert last["next"] is None
    assert fake_mem0.requests[-1].query == {"page": "3", "page_size": "2"}
    assert fake_mem0.requests[-1].json == {"filters": {"user_id": CALLER}}


def test_get_all_past_the_last_page_is_not_found(fake_mem0: FakeMem0Server, client: Any) -> None:
    from mem0.exceptions import MemoryNotFoundError

    fake_mem0.seed("only one", user_id=CALLER)

    with pytest.raises(MemoryNotFoundError):
        client.get_all(filters={"user_id": CALLER}, page=2, page_size=10)


def test_delete_all_is_queued_and_erases_only_that_user_after_a_while(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    fake_mem0.delete_visible_reads = 2
    fake_mem0.seed("Likes jazz", user_id=CALLER, run_id="conv_1")
    fake_mem0.seed("Likes jazz", user_id=OTHER_CALLER)

    answer = client.delete_all(user_id=CALLER)

    assert answer["message"] == "Delete in progress. This may take some time."
    assert answer["event_id"]
    sent = fake_mem0.requests[-1]
    assert (sent.method, sent.path, sent.query) == ("DELETE", "/v1/memories/", {"user_id": CALLER})
    reads = [len(client.get_all(filters={"user_id": CALLER})["results"]) for _ in range(3)]
    assert reads == [1, 1, 0]
    assert [memory["user_id"] for memory in fake_mem0.memories] == [OTHER_CALLER]


def test_a_wrong_key_fails_the_client_at_construction(fake_mem0: FakeMem0Server) -> None:
    """``MemoryClient.__init__`` turns the ping's 401 into a ValueError, not a mem0 exception."""
    with pytest.raises(ValueError, match=r"^Error: Invalid token\.$"):
        memory_client(fake_mem0, api_key="m0-wrong")

    assert fake_mem0.requests[-1].headers["authorization"] == "Token m0-wrong"


def test_a_revoked_key_raises_authentication_error(fake_mem0: FakeMem0Server, client: Any) -> None:
    from mem0.exceptions import AuthenticationError

    fake_mem0.api_key = "m0-rotated"

    with pytest.raises(AuthenticationError) as raised:
        client.search("jazz", filters={"user_id": CALLER})

    assert raised.value.debug_info["status_code"] == 401


def test_an_injected_server_error_is_a_mem0_error_once(fake_mem0: FakeMem0Server, client: Any) -> None:
    from mem0.exceptions import MemoryError as Mem0Error

    fake_mem0.fail("/v3/memories/search/", 500, times=1)

    with pytest.raises(Mem0Error) as raised:
        client.search("jazz", filters={"user_id": CALLER})

    assert type(raised.value) is Mem0Error
    assert raised.value.error_code == "HTTP_500"
    assert client.search("jazz", filters={"user_id": CALLER}) == {"results": []}


def test_an_injected_gateway_error_is_a_network_error(fake_mem0: FakeMem0Server, client: Any) -> None:
    from mem0.exceptions import NetworkError

    fake_mem0.fail("/v3/memories/add/", 503, body="<html>Service Unavailable</html>")

    with pytest.raises(NetworkError) as raised:
        client.add("Likes jazz", user_id=CALLER, infer=False)

    assert raised.value.error_code == "HTTP_503"
    assert fake_mem0.memories == []


def test_rate_limiting_carries_retry_after(fake_mem0: FakeMem0Server, client: Any) -> None:
    from mem0.exceptions import RateLimitError

    fake_mem0.rate_limit("/v3/memories/add/", retry_after=2)

    with pytest.raises(RateLimitError) as raised:
        client.add("Likes jazz", user_id=CALLER, infer=True)

    assert raised.value.debug_info["retry_after"] == 2
    assert raised.value.message == "Request was throttled. Expected available in 2 seconds."


def test_a_retry_after_given_as_an_http_date_never_reaches_the_sdks_debug_info(
    fake_mem0: FakeMem0Server, client: Any
) -> None:
    from mem0.exceptions import RateLimitError

    fake_mem0.rate_limit("/v3/memories/add/", retry_after=datetime(2026, 1, 1, 9, 0, 5, tzinfo=UTC))

    with pytest.raises(RateLimitError) as raised:
        client.add("Likes jazz", user_id=CALLER, infer=True)

    assert "retry_after" not in raised.value.debug_info
    http_error = raised.value.__context__
    assert isinstance(http_error, httpx.HTTPStatusError)
    assert http_error.response.headers["Retry-After"] == "Thu, 01 Jan 2026 09:00:05 GMT"


def test_an_answer_slower_than_the_client_timeout_is_a_network_timeout(fake_mem0: FakeMem0Server) -> None:
    from mem0.exceptions import NetworkError

    sdk = memory_client(fake_mem0, timeout=0.2)
    fake_mem0.delay("/v3/memories/search/", 30)
    started = time.monotonic()

    with pytest.raises(NetworkError) as raised:
        sdk.search("jazz", filters={"user_id": CALLER})

    assert raised.value.error_code == "NET_TIMEOUT"
    assert time.monotonic() - started < 5
    sdk.client.close()


def test_a_stopped_server_is_a_connection_error(fake_mem0: FakeMem0Server, client: Any) -> None:
    from mem0.exceptions import NetworkError

    url = fake_mem0.url
    fake_mem0.stop()

    with pytest.raises(NetworkError) as raised:
        client.search("jazz", filters={"user_id": CALLER})

    assert raised.value.error_code == "NET_CONNECT"
    with pytest.raises(httpx.ConnectError):  # the constructor's ping is not wrapped by the SDK
        from mem0 import MemoryClient

        MemoryClient(api_key="m0-any", host=url, client=httpx.Client(timeout=1.0))


def test_a_slow_ping_fails_the_constructor_with_a_raw_httpx_timeout(fake_mem0: FakeMem0Server) -> None:
    """Unlike every other call, ``MemoryClient.__init__`` lets httpx's own exceptions through."""
    fake_mem0.delay("/v1/ping/", 30)

    with pytest.raises(httpx.TimeoutException):
        memory_client(fake_mem0, timeout=0.2)


def test_concurrent_adds_all_land_with_distinct_ids(fake_mem0: FakeMem0Server, client: Any) -> None:
    """Ingestion adds from a thread pool: the fake must not lose or merge concurrent writes."""
    facts = [f"Fact number {n}" for n in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda fact: client.add(fact, user_id=CALLER, infer=False), facts))

    ids = {answer["results"][0]["id"] for answer in answers}
    assert len(ids) == len(facts)
    assert sorted(texts(fake_mem0.memories)) == sorted(facts)


def test_reset_forgets_memories_requests_and_faults(fake_mem0: FakeMem0Server, client: Any) -> None:
    fake_mem0.seed("Likes jazz", user_id=CALLER)
    fake_mem0.fail("/v3/memories/search/", 500)

    fake_mem0.reset()

    assert (fake_mem0.memories, fake_mem0.requests) == ([], [])
    assert client.search("jazz", filters={"user_id": CALLER}) == {"results": []}
