"""The caller brief: what the agent is told at the call start, from calls merged by ingestion."""

from __future__ import annotations

import json
from types import ModuleType
from typing import TYPE_CHECKING

import boto3
import pytest

from agentic_memory.brief import AgentCalls, Brief, CallFacts
from agentic_memory.dates import due_date
from agentic_memory.greeting import dynamic_variables
from agentic_memory.profiles import MAX_RECENT_CONVERSATIONS, CallerProfile, ProfileStore
from agentic_memory.sentences import summary_sentences
from agentic_memory.settings import Settings
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, load_handler, told
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER as CALLER, WORKSPACE_KEY, fixture_json
from testkit.queue import run_extraction_checks

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

DENTAL, BISTRO = "agent_dental", "agent_bistro"
TODAY = "2026-11-20"
# A brief as profiles stored it before ``AgentCalls``: each agent's calls as ``[count, first, last]``.
STORED_BRIEF = (
    '{"facts":{"allergy":[{"value":"latex","date":"2026-10-01","since":"2026-10-01","changed":false,'
    '"agent":"agent_dental","categories":""}]},"calls":[{"conversation_id":"conv_2","date":"2026-11-02",'
    '"agent":"agent_bistro","title":"Table","summary":"Table for two.","language":"en","name":"Maria",'
    '"started":1792000000,"categories":""},{"conversation_id":"conv_1","date":"2026-10-01",'
    '"agent":"agent_dental","title":"Loose crown","summary":"The office will call her back about the '
    'crown on Friday.","language":"en","name":"Maria","started":1790000000,"categories":""}],'
    '"open_items":[{"text":"The office will call her back about the crown on Friday.",'
    '"opened":"2026-10-01","agent":"agent_dental","conversation_id":"conv_1","topic":"Loose crown",'
    '"due":"2026-10-02","categories":""}],"learned":[],"names":{"Maria":"2026-11-02"},'
    '"agents":{"agent_bistro":[1,"2026-11-02","2026-11-02"],"agent_dental":[1,"2026-10-01","2026-10-01"]}}'
)


def call(n: int, day: str, agent: str = DENTAL, **fields: object) -> CallFacts:
    values: dict[str, object] = {"conversation_id": f"conv_{n}", "date": day, "agent": agent, **fields}
    return CallFacts(**values)  # type: ignore[arg-type]


def answer(*calls: CallFacts, agent: str = DENTAL, today: str = TODAY, **env: str) -> dict[str, str]:
    brief = Brief()
    for one in calls:
        brief = brief.with_call(one)
    profile = CallerProfile(CALLER, call_count=len(calls), memory_count=3, brief=brief)
    return dynamic_variables(CALLER, profile, Settings.from_env(env), agent, today)


def test_a_corrected_value_replaces_the_old_one_and_says_when_it_changed() -> None:
    told_ = answer(
        call(1, "2026-10-01", facts={"address": "12 Oak Avenue", "allergy": "penicillin"}),
        call(2, "2026-11-02", facts={"address": "48 Elm Street"}),
    )
    context = told_["memory_context"]
    assert "- Address: 48 Elm Street (changed 2026-11-02)" in context
    assert "12 Oak" not in context
    assert "- Allergy: penicillin" in context  # a long-lived fact survives a later call


def test_an_older_call_ingested_late_never_overwrites_what_a_later_call_said() -> None:
    told_ = answer(
        call(2, "2026-11-02", facts={"address": "48 Elm Street"}),
        call(1, "2026-10-01", facts={"address": "12 Oak Avenue"}),  # a replay of an older call
    )
    assert "Address: 48 Elm Street" in told_["memory_context"]
    assert "12 Oak" not in told_["memory_context"]


def test_an_open_item_is_asked_about_and_dropped_once_its_day_is_past() -> None:
    crown = call(
        1, "2026-11-16", title="Loose crown", language="en", name="Maria",
        summary="Maria's crown is loose. The office will call her back about a crown fitting on Friday.",
    )  # fmt: skip
    assert due_date(crown.summary, crown.date) == "2026-11-20"  # the Friday after Monday the 16th

    before = answer(crown, today="2026-11-19")
    assert before["first_message"] == (
        "Hi Maria, welcome back! Is this about loose crown on Friday, November 20?"
    )
    assert "due 2026-11-20" in before["open_items"]

    after = answer(crown, today="2026-11-21")
    assert after["open_items"] == ""
    assert after["first_message"] == (
        "Hi Maria, welcome back! Last time: Loose crown. How can I help you today?"
    )


def test_a_later_call_about_the_same_thing_settles_an_open_item() -> None:
    opened = call(1, "2026-11-02", title="Crown", summary="The office will call her back about the crown.")
    settled = call(2, "2026-11-05", title="Crown fitted", summary="The crown was fitted and feels fine.")
    other = call(2, "2026-11-05", title="Invoice", summary="She asked about her invoice.")

    assert answer(opened, settled)["open_items"] == ""
    assert "about the crown" in answer(opened, other)["open_items"]


def test_two_names_on_one_number_greet_nobody_by_name_and_say_the_phone_is_shared() -> None:
    told_ = answer(
        call(1, "2026-11-01", agent=BISTRO, name="John", title="Table booking", language="en"),
        call(2, "2026-11-08", agent=BISTRO, name="Emma", title="Menu question", language="en"),
        agent=BISTRO,
    )
    assert told_["caller_name"] == ""
    assert told_["shared_phone"] == "yes"
    assert "John" not in told_["first_message"] and "Emma" not in told_["first_message"]
    assert "This phone is shared: Emma and John have called from it." in told_["memory_context"]


def test_the_same_person_with_a_surname_is_still_one_name() -> None:
    told_ = answer(call(1, "2026-11-01", name="Maria"), call(2, "2026-11-08", name="maria Lopez"))
    assert told_["shared_phone"] == "no"
    assert told_["caller_name"] == "maria Lopez"


@pytest.mark.parametrize(
    ("language", "start"),
    [
        ("es", "¡Hola, Maria! Qué gusto saludarle de nuevo. La última vez: Cleaning."),
        ("fr", "Bonjour Maria, quel plaisir de vous retrouver ! La dernière fois : Cleaning."),
        ("de", "Hallo Maria, schön, wieder von Ihnen zu hören! Beim letzten Mal: Cleaning."),
        ("pt-br", "Olá, Maria! Que bom falar com você de novo. Da última vez: Cleaning."),
        ("it", "Buongiorno Maria, che piacere risentirla! L'ultima volta: Cleaning."),
        ("en", "Hi Maria, welcome back! Last time: Cleaning."),
    ],
)
def test_the_first_message_speaks_the_language_of_past_calls(language: str, start: str) -> None:
    told_ = answer(call(1, "2026-11-01", name="Maria", title="Cleaning", language=language))
    assert told_["first_message"].startswith(start)


def test_without_a_title_the_first_message_recalls_the_last_summary() -> None:
    told_ = answer(call(1, "2026-11-01", name="Maria", summary="Maria booked a cleaning. She is nervous."))
    assert told_["first_message"] == (
        "Hi Maria, welcome back! Last time: Maria booked a cleaning. How can I help you today?"
    )


def test_a_shared_phone_hears_no_private_topic_before_anyone_is_known() -> None:
    told_ = answer(
        call(1, "2026-11-01", name="Sofia", title="Root canal follow-up"),
        call(2, "2026-11-02", name="Luca", title="Root canal check"),
    )
    assert told_["first_message"] == "Hi, welcome back! How can I help you today?"


def test_a_past_appointment_date_collected_in_a_call_is_not_shown() -> None:
    old = call(1, "2026-09-01", facts={"appointment_date": "2026-09-08", "allergy": "latex"})
    context = answer(old)["memory_context"]
    assert "Appointment date" not in context
    assert "Allergy: latex" in context
    upcoming = call(1, "2026-11-18", facts={"appointment_date": "2026-11-25"})
    assert "Appointment date: 2026-11-25" in answer(upcoming)["memory_context"]


def test_a_language_without_wording_gets_the_configured_greeting() -> None:
    told_ = answer(
        call(1, "2026-11-01", name="Aiko", title="Cleaning", language="ja"),
        DEFAULT_FIRST_MESSAGE="Thanks for calling Bright Smile.",
    )
    assert told_["first_message"] == "Thanks for calling Bright Smile."
    assert told_["caller_language"] == "ja"


def test_the_language_is_the_one_most_past_calls_were_in() -> None:
    calls = [call(n, f"2026-11-0{n}", language=lang) for n, lang in enumerate(["es", "es", "en"], start=1)]
    assert answer(*calls)["caller_language"] == "es"


def test_under_caller_agent_scope_an_agent_sees_only_its_own_calls() -> None:
    calls = (
        call(1, "2026-11-01", agent=DENTAL, name="Sofia", summary="Root canal done.", facts={"tooth": "36"}),
        call(
            2, "2026-11-05", agent=BISTRO, name="Sofia", summary="Table for two.", facts={"party_size": "2"}
        ),
    )
    bistro = answer(*calls, agent=BISTRO, MEMORY_SCOPE="caller_agent")
    assert "Root canal" not in json.dumps(bistro)
    assert "Tooth" not in bistro["memory_context"]
    assert bistro["memory_context"].startswith("Returning caller Sofia: 1 previous call,")
    newcomer = answer(*calls, agent="agent_shop", MEMORY_SCOPE="caller_agent")
    assert newcomer["returning_caller"] == "no"


def test_under_caller_scope_another_agents_health_facts_stay_with_it() -> None:
    calls = (
        call(
            1, "2026-11-01", agent=DENTAL, name="Sofia", title="Root canal follow-up",
            summary="Sofia had a root canal last week. She prefers texts to calls.",
            facts={"medication": "ibuprofen"},
        ),
        call(2, "2026-11-05", agent=BISTRO, name="Sofia", title="Table", summary="Table for two."),
    )  # fmt: skip
    bistro = json.dumps(answer(*calls, agent=BISTRO))
    assert "root canal" not in bistro.lower() and "ibuprofen" not in bistro
    # A brief item kept without its call's mark is judged by its own words: what is not private is shared.
    assert "She prefers texts to calls." in bistro
    dental = json.dumps(answer(*calls, agent=DENTAL))
    assert "root canal" in dental and "ibuprofen" in dental
    shared = json.dumps(answer(*calls, agent=BISTRO, PRIVATE_FACT_CATEGORIES=""))
    assert "ibuprofen" in shared


def test_the_brief_stays_within_its_budget_most_useful_first() -> None:
    facts = {f"preference_{n}": "a fairly long preference value " * 3 for n in range(30)}
    calls = [
        call(n, f"2026-10-{n + 1:02d}", summary="A long summary sentence about the call. " * 8, facts=facts)
        for n in range(20)
    ]
    calls.append(call(99, "2026-11-18", summary="The office will call her back about the bridge on Friday."))
    context = answer(*calls, BRIEF_MAX_CHARS="600")["memory_context"]
    assert len(context) <= 600
    assert context.splitlines()[1] == "Open items:"


@pytest.mark.slow
def test_the_profile_stays_bounded_whatever_the_number_of_calls(aws: None) -> None:
    store = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE)
    for n in range(300):
        store.record_call(
            CALLER,
            call(n, f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}", summary="Booked a cleaning. " * 20,
                 name="Maria", facts={f"fact_{n % 50}": "value " * 10}),
        )  # fmt: skip
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})["Item"]
    assert item["call_count"] == {"N": "300"}
    assert len(item["recent_conversations"]["L"]) == MAX_RECENT_CONVERSATIONS
    assert len(json.dumps(item)) < 40_000  # DynamoDB's limit is 400 KB
    assert store.record_call(CALLER, call(299, "2026-11-01")) is None  # merged once only


def test_a_profile_stored_before_still_loads_and_is_written_back_in_the_same_shape() -> None:
    item: dict[str, AttributeValueTypeDef] = {
        "pk": {"S": CALLER},
        "call_count": {"N": "2"},
        "memory_count": {"N": "3"},
        "brief": {"S": STORED_BRIEF},
    }
    profile = CallerProfile.from_item(item)

    assert profile.brief.agents == {
        BISTRO: AgentCalls(1, "2026-11-02", "2026-11-02"),
        DENTAL: AgentCalls(1, "2026-10-01", "2026-10-01"),
    }
    assert profile.brief.to_json() == STORED_BRIEF  # a version rolled back to still reads what is written
    told_ = dynamic_variables(CALLER, profile, Settings.from_env({}), DENTAL, TODAY)
    assert told_["memory_context"].startswith("Returning caller Maria: 2 previous calls since 2026-10-01")
    assert "Allergy: latex" in told_["memory_context"]
    mine = dynamic_variables(
        CALLER, profile, Settings.from_env({"MEMORY_SCOPE": "caller_agent"}), DENTAL, TODAY
    )
    assert mine["memory_context"].startswith("Returning caller Maria: 1 previous call,")


def test_two_calls_merged_at_once_both_count(aws: None) -> None:
    store = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE)
    store.record_call(CALLER, call(1, "2026-11-01", name="Maria"))
    real_get = store.get
    raced: list[bool] = []

    def get_then_race(caller_id: str, *, consistent: bool = False) -> CallerProfile | None:
        profile = real_get(caller_id, consistent=consistent)
        if not raced:  # another ingestion writes between this merge's read and its write
            raced.append(True)
            store.record_call(CALLER, call(3, "2026-11-03", facts={"allergy": "latex"}))
        return profile

    store.get = get_then_race  # type: ignore[method-assign]
    store.record_call(CALLER, call(2, "2026-11-02", facts={"address": "48 Elm Street"}))

    merged = real_get(CALLER)
    assert merged is not None and merged.call_count == 3
    assert set(merged.brief.facts) == {"allergy", "address"}


def test_what_mem0_extracted_reaches_the_brief_once_confirmed(
    aws: None, post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    body = json.dumps(fixture_json("post_call_transcription_returning_caller.json")).encode()
    post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    key = "conversations/conv_0000fake0000000000000000002/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    assert "Learned in past calls" not in told(CALLER)["memory_context"]  # accepted is not extracted

    run_extraction_checks(post_call)

    context = told(CALLER)["memory_context"]
    assert "Learned in past calls:" in context
    extracted = [
        m["memory"] for m in memory_server.memories if (m.get("metadata") or {}).get("type") == "episodic"
    ]
    assert any(f"- {text} (2025-11-21)" in context for text in extracted)


def test_a_title_or_an_initial_does_not_end_a_sentence() -> None:
    text = "The adjuster, Mr. Patel, approved it. Dr. Ruiz will see J. Smith at 10 a.m. The office will call."
    assert summary_sentences(text) == [
        "The adjuster, Mr. Patel, approved it.",
        "Dr. Ruiz will see J. Smith at 10 a.m.",
        "The office will call.",
    ]


def test_a_call_that_names_a_condition_once_stays_with_its_agent_in_every_sentence(
    aws: None, post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    document = fixture_json("post_call_transcription_returning_caller.json")
    data = document["data"]
    data["agent_id"] = "agent_skin"
    data["analysis"]["call_summary_title"] = "Flare-up on both hands"
    data["analysis"]["transcript_summary"] = (
        "The user reported a flare-up on both hands after gardening. The dermatologist prescribed a cream."
    )
    post_call.lambda_handler(
        signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET), LambdaContext()
    )
    key = "conversations/conv_0000fake0000000000000000002/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    run_extraction_checks(post_call)

    rental = json.dumps(told(CALLER, "agent_rental"))
    assert "both hands" not in rental and "flare-up" not in rental.lower()
    assert "Stefan" in rental  # who is calling is not private
    assert "both hands" in told(CALLER, "agent_skin")["memory_context"]
    retrieve = load_handler("retrieve")
    body = json.dumps({"query": "flare-up on his hands", "caller_id": CALLER, "agent_id": "agent_rental"})
    found = retrieve.lambda_handler(
        http_event(body.encode(), {"X-Workspace-Key": WORKSPACE_KEY}), LambdaContext()
    )
    assert json.loads(found["body"])["memories"] == []
    assert all(m["metadata"]["categories"] == "health" for m in memory_server.memories)
