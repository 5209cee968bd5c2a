"""The ``mem0-oss`` backend through mem0's real ``Memory``, Qdrant's local mode and the numpy embedder.

Every test runs with the network refused (any lookup or connection off the loopback raises), in a fresh
folder. The embedder loads once per process (a quarter of a second); a store opens in milliseconds.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agentic_memory.errors import ConfigError
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS, Message
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory.settings import Settings
from agentic_memory_ops.mem0_oss import Mem0OssStore, memory_config, open_oss_store
from agentic_memory_ops.offline_embedder import load_encoder

CALLER = "+16125550123"
OTHER_CALLER = "+16125550199"
DENTAL_AGENT = "agent_dental"
BILLING_AGENT = "agent_billing"
CALL = {"conversation_id": "conv_1", "agent_id": DENTAL_AGENT, "call_date": "2026-11-02", "type": "factual"}
FACTS = [
    "Prefers Doctor Rivera for cleanings",
    "Has a dog named Biscuit",
    "Works night shifts as a nurse",
    "Allergic to penicillin",
]


def said(*texts: str, role: str = "user") -> list[Message]:
    return [{"role": role, "content": text} for text in texts]


def remember(
    store: Mem0OssStore, messages: list[Message], caller: str = CALLER, infer: bool = False, **call: str
) -> int:
    """One add as ingestion makes it; ``call`` overrides fields of the call's metadata."""
    metadata = {**CALL, **call}
    return store.add(
        messages,
        user_id=caller,
        agent_id=metadata.pop("agent_id", None),
        metadata=metadata,
        infer=infer,
    ).stored


def remember_two_callers(store: Mem0OssStore) -> None:
    assert remember(store, said(*FACTS)) == 4
    remember(store, said("Prefers Doctor Chen for cleanings"), caller=OTHER_CALLER, conversation_id="conv_2")


def _is_local(host: Any) -> bool:
    if host in (None, "localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any name lookup or connection that would leave this machine."""
    connect = socket.socket.connect
    getaddrinfo = socket.getaddrinfo

    def guarded_connect(sock: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and not _is_local(address[0]):
            raise AssertionError(f"network access attempted: {address}")
        connect(sock, address)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_local(host):
            raise AssertionError(f"name lookup attempted: {host}")
        return getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Mem0OssStore]:
    opened = open_oss_store(json.dumps({"data_dir": str(tmp_path)}))
    yield opened
    opened.close()


def test_the_network_guard_refuses_a_connection_off_this_machine() -> None:
    with pytest.raises(AssertionError, match="network access"), socket.socket() as sock:
        sock.connect(("203.0.113.7", 443))


def test_the_embedder_reproduces_the_similarities_published_for_all_minilm_l6_v2() -> None:
    # The matrix printed in sentence-transformers' README for these sentences and this model.
    sentences = ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    expected = np.array([[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]])

    vectors = load_encoder().embed(sentences)

    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(vectors @ vectors.T, expected, atol=1e-3)


def test_a_paraphrased_question_finds_the_callers_fact_first(store: Mem0OssStore) -> None:
    remember_two_callers(store)

    found = store.search("Which dentist does he like?", user_id=CALLER, limit=3)

    assert found[0].memory == "Prefers Doctor Rivera for cleanings"
    assert "Prefers Doctor Chen for cleanings" not in [record.memory for record in found]
    scores = [record.score or 0.0 for record in found]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[1] + 0.05
    assert found[0].created_at is not None
    assert found[0].metadata == CALL
    assert store.search("Any drug allergies?", user_id=CALLER, limit=1)[0].memory == "Allergic to penicillin"


def test_search_is_scoped_to_the_agent_when_one_is_named(store: Mem0OssStore) -> None:
    remember_two_callers(store)
    billing_fact = "Pays by card on the first of the month"
    remember(store, said(billing_fact), conversation_id="conv_3", agent_id=BILLING_AGENT)
    question = "How does he pay his bills?"

    for_billing = store.search(question, user_id=CALLER, limit=5, agent_id=BILLING_AGENT)
    for_dental = store.search(question, user_id=CALLER, limit=5, agent_id=DENTAL_AGENT)
    for_every_agent = store.search(question, user_id=CALLER, limit=5)

    assert [record.memory for record in for_billing] == [billing_fact]
    assert for_billing[0].metadata["agent_id"] == BILLING_AGENT
    assert billing_fact not in [record.memory for record in for_dental]
    assert for_every_agent[0].memory == billing_fact


def test_only_the_callers_words_are_stored_and_an_exact_repeat_only_once(store: Mem0OssStore) -> None:
    turns = [*said("Please call me Sam", "Please call me Sam"), *said("How can I help?", role="assistant")]

    first = remember(store, turns)
    again = remember(store, said("Please call me Sam"), conversation_id="conv_9")
    for_another_caller = remember(store, said("Please call me Sam"), caller=OTHER_CALLER)

    assert (first, again, for_another_caller) == (1, 0, 1)
    found = store.search("Please call me Sam", user_id=CALLER, limit=10)
    assert [record.memory for record in found] == ["Please call me Sam"]


def test_an_answer_is_stored_with_the_question_it_answers(store: Mem0OssStore) -> None:
    turns = [*said("How many people is the table for?", role="assistant"), *said("Twelve people.")]

    assert remember(store, turns, type="episodic") == 1
    found = store.search("How many guests are coming?", user_id=CALLER, limit=1)
    assert found[0].memory == "Agent: How many people is the table for? Caller: Twelve people."


def test_a_callers_question_is_stored_with_the_reply_that_answers_it(store: Mem0OssStore) -> None:
    turns = [
        *said("Can I pay less each month?"),
        *said("We can go to eighty pounds from next month.", role="assistant"),
        *said("Which day suits you?"),
        *said("Monday or Tuesday?", role="assistant"),  # a reply that asks back answers nothing
    ]

    remember(store, turns, type="episodic")
    stored = sorted(record.memory for record in store.all_of(CALLER))
    assert stored == [
        "Agent: We can go to eighty pounds from next month. Caller: Which day suits you?",
        "Caller: Can I pay less each month? Agent: We can go to eighty pounds from next month.",
    ]


def test_what_a_call_left_for_the_brief_is_each_answer_the_caller_gave_in_that_call(
    store: Mem0OssStore,
) -> None:
    asked = [*said("And who is her GP?", role="assistant"), *said("Dr Okonkwo at Brookside Surgery.")]
    remember(store, [*said("Hi, it's Helen."), *asked], type="episodic")
    remember(store, said("Call on 2026-11-02: Helen arranged morning visits."), type="factual")
    remember(store, said("Agent: Which day? Caller: Tuesday."), type="episodic", conversation_id="conv_2")

    learned = [record.memory for record in store.extracted(CALLER, "conv_1")]

    assert learned == ["Agent: And who is her GP? Caller: Dr Okonkwo at Brookside Surgery."]


def test_a_call_summary_is_stored_two_sentences_at_a_time(store: Mem0OssStore) -> None:
    summary = "Call on 2026-11-02: Dave booked a tyre rotation. The quote was 45 dollars. He has a RAV4."

    assert remember(store, said(summary)) == 2
    found = store.search("price of the tyre rotation", user_id=CALLER, limit=5)
    assert sorted(record.memory for record in found) == [
        "Dave booked a tyre rotation. The quote was 45 dollars.",
        "The quote was 45 dollars. He has a RAV4.",
    ]


def test_asking_for_inference_stores_the_words_verbatim_without_an_llm(store: Mem0OssStore) -> None:
    turns = [*said("My daughter starts college in Denver"), *said("Congratulations!", role="assistant")]

    assert remember(store, turns, infer=True, type="episodic") == 1
    found = store.search("Where is his daughter studying?", user_id=CALLER, limit=1)
    assert found[0].memory == "My daughter starts college in Denver"
    assert found[0].metadata["type"] == "episodic"


def test_delete_caller_erases_that_caller_only(store: Mem0OssStore) -> None:
    remember_two_callers(store)

    store.delete_caller(CALLER)

    assert store.search("Which dentist does he like?", user_id=CALLER, limit=5) == []
    other = store.search("dentist", user_id=OTHER_CALLER, limit=5)
    assert [record.memory for record in other] == ["Prefers Doctor Chen for cleanings"]
    assert remember(store, said(FACTS[0]), conversation_id="conv_4") == 1


def test_a_memory_past_its_expiration_is_never_found_but_is_held_and_erased(store: Mem0OssStore) -> None:
    """As on the Platform (docs: platform/features/memory-expiration, "Works on Platform and Open
    Source"): hidden from search and the current memories, not deleted."""
    metadata = {key: value for key, value in CALL.items() if key != "agent_id"}
    for text, last_day in (
        ("Has a dog named Biscuit", "2020-01-31"),
        ("Allergic to penicillin", "2099-12-31"),
    ):
        store.add(
            said(text),
            user_id=CALLER,
            agent_id=DENTAL_AGENT,
            metadata=metadata,
            infer=False,
            expires=last_day,
        )

    found = store.search("What is the dog called?", user_id=CALLER, limit=5)

    assert "Has a dog named Biscuit" not in [record.memory for record in found]
    assert [record.memory for record in store.all_of(CALLER)] == ["Allergic to penicillin"]
    held = store.held(CALLER)
    assert {(record.memory, record.hidden) for record in held.memories} == {
        ("Has a dog named Biscuit", ("expired",)),
        ("Allergic to penicillin", ()),
    }
    assert held.unread == []
    assert store.delete_conversation(CALLER, "conv_1") == 2
    assert store.held(CALLER).memories == []


def test_memories_survive_a_restart(tmp_path: Path) -> None:
    config = json.dumps({"data_dir": str(tmp_path)})
    first = open_oss_store(config)
    assert open_oss_store(config) is first  # Qdrant's local mode allows one client per folder
    remember_two_callers(first)
    first.close()

    reopened = open_oss_store(config)
    try:
        assert reopened is not first
        found = reopened.search("Which dentist does he like?", user_id=CALLER, limit=1)
        assert found[0].memory == "Prefers Doctor Rivera for cleanings"
        assert remember(reopened, said(FACTS[0]), conversation_id="conv_5") == 0
    finally:
        reopened.close()
    assert {path.name for path in tmp_path.iterdir()} == {"qdrant", "history.db"}


def test_open_memory_gives_every_timeout_the_same_store(tmp_path: Path) -> None:
    env = {"MEMORY_BACKEND": "mem0-oss", "MEM0_OSS_CONFIG": json.dumps({"data_dir": str(tmp_path)})}
    settings = Settings.from_env(env)
    for_search = open_memory_store(settings, settings.mem0_timeout)
    for_ingestion = open_memory_store(settings, INGEST_TIMEOUT_SECONDS)
    assert isinstance(for_search, Mem0OssStore)
    for_search.close()
    assert for_ingestion is for_search


def test_concurrent_adds_from_a_thread_pool_store_each_fact_once(store: Mem0OssStore) -> None:
    shared = "Speaks Spanish at home"

    def add(number: int) -> int:
        messages = said(f"Ordered part number {number} last week", shared)
        return remember(store, messages, conversation_id=f"conv_{number}")

    with ThreadPoolExecutor(max_workers=4) as pool:
        stored = sum(pool.map(add, range(8)))

    assert stored == 9
    found = store.search("Which language does the family speak?", user_id=CALLER, limit=20)
    assert [record.memory for record in found].count(shared) == 1


def test_the_default_folder_is_local_mem0_under_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    config = memory_config("")

    folder = tmp_path / ".local" / "mem0"
    assert config["vector_store"] == {
        "provider": "qdrant",
        "config": {"path": str(folder / "qdrant"), "collection_name": "memories", "on_disk": True},
    }
    assert config["history_db_path"] == str(folder / "history.db")


def test_a_qdrant_server_can_be_configured_instead_of_the_local_folder() -> None:
    server = {"url": "http://qdrant:6333", "collection_name": "callers"}

    qdrant = memory_config(json.dumps({"vector_store": {"config": server}}))["vector_store"]["config"]

    assert (qdrant["url"], qdrant["collection_name"]) == ("http://qdrant:6333", "callers")


@pytest.mark.parametrize(
    ("raw", "complaint"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"llm": {"provider": "openai"}}', "never calls an LLM"),
        ('{"embedder": {"provider": "openai"}}', "model_dir"),
    ],
)
def test_a_malformed_mem0_oss_config_fails_naming_the_variable(raw: str, complaint: str) -> None:
    with pytest.raises(ConfigError, match=f"MEM0_OSS_CONFIG.*{complaint}"):
        memory_config(raw)


def test_the_rest_of_a_question_is_related_to_a_memory_only_when_close_in_meaning(
    store: Mem0OssStore,
) -> None:
    # What the ranking asks once a memory shares a word with the question: is the rest of it related?
    pairs = [
        ("is the microchipped", "Hola, my cat Luna needs her teeth cleaned."),
        (
            "fasting instructions before the",
            "The agent said Luna must not eat after midnight before the procedure.",
        ),
    ]
    assert store.related(pairs) == [False, True]
