"""A brief that keeps what lasts: lasting facts merged across every call (a correction replacing what
it corrects), open items with their dates, then the recent calls; facts before old summaries."""

from __future__ import annotations

from datetime import date

import pytest

from agentic_memory.brief import Brief, CallFacts, Learned
from agentic_memory.greeting import dynamic_variables
from agentic_memory.greeting_words import GREETINGS, WEEKDAY_NAMES
from agentic_memory.lasting import fact_key
from agentic_memory.profiles import CallerProfile
from agentic_memory.settings import Settings

CALLER = "+15550100002"
DENTAL, BISTRO = "agent_dental", "agent_bistro"
TODAY = "2026-12-06"  # a Sunday


def call(n: int, day: str, agent: str = DENTAL, **fields: object) -> CallFacts:
    values: dict[str, object] = {"conversation_id": f"conv_{n}", "date": day, "agent": agent, **fields}
    return CallFacts(**values)  # type: ignore[arg-type]


def answer(*calls: CallFacts, agent: str = DENTAL, today: str = TODAY, **env: str) -> dict[str, str]:
    brief = Brief()
    for one in calls:
        brief = brief.with_call(one)
    brief = Brief.from_json(brief.to_json())  # as ClientData reads it back
    profile = CallerProfile(CALLER, call_count=len(calls), memory_count=3, brief=brief)
    return dynamic_variables(CALLER, profile, Settings.from_env(env), agent, today)


def test_a_fact_is_keyed_by_its_subject_else_by_its_whole_text() -> None:
    assert fact_key("Address: 14 Elm Street") == fact_key("address: 9 Pine Road.") == "address"
    assert fact_key("Daughter Emma is 7") == fact_key("Daughter Emma is 8") == "daughter emma"
    assert fact_key("Su perro se llama Rex") == "su perro se llama rex"
    assert fact_key("Prefers morning appointments") != fact_key("Prefers email reminders")


def test_a_corrected_lasting_fact_replaces_the_old_one_and_the_others_last() -> None:
    context = answer(
        call(1, "2026-10-01", lasting=("Address: 12 Oak Avenue", "Allergic to latex"), analysed=True),
        call(2, "2026-11-02", lasting=("Address: 48 Elm Street",), analysed=True),
    )["memory_context"]
    assert "- Address: 48 Elm Street (corrected 2026-11-02)" in context
    assert "12 Oak" not in context
    assert "- Allergic to latex" in context


def test_a_later_answer_to_the_same_question_replaces_what_was_learned_before() -> None:
    def learned(text: str, day: str, agent: str = DENTAL) -> Learned:
        return Learned(text, day, agent, f"conv_{day}")

    brief = Brief().with_learned([learned("Agent: How many guests? Caller: About 120.", "2026-10-01")])
    brief = brief.with_learned(
        [
            learned("Agent: How many guests will there be? Caller: 150 now.", "2026-11-01"),
            learned("Agent: Anything else? Caller: No.", "2026-11-01"),
            learned("Agent: How many guests? Caller: Forty.", "2026-11-01", BISTRO),  # another agent's
        ]
    )
    assert [item.text for item in brief.learned] == [
        "Agent: How many guests will there be? Caller: 150 now.",
        "Agent: Anything else? Caller: No.",
        "Agent: How many guests? Caller: Forty.",
    ]


def test_a_call_replayed_late_never_overwrites_a_later_correction() -> None:
    context = answer(
        call(2, "2026-11-02", lasting=("Address: 48 Elm Street",), analysed=True),
        call(1, "2026-10-01", lasting=("Address: 12 Oak Avenue",), analysed=True),
    )["memory_context"]
    assert "48 Elm Street" in context and "12 Oak" not in context


def test_a_thirteen_call_caller_keeps_the_first_calls_facts_within_the_budget() -> None:
    summary = (
        "The caller phoned about the gutters on the north side of the house and asked whether the crew "
        "could also look at the downspout by the garage, which overflows in heavy rain; the office "
        "explained the options and the prices of a cleaning and of new guards, and the caller said "
        "they would think about it and call again."
    )
    calls = [
        call(
            n, f"2026-{1 + n // 2:02d}-{1 + 2 * (n % 2):02d}", summary=summary, title=f"Call {n}",
            lasting=(f"Fact number {n}: kept",), analysed=True,
        )
        for n in range(13)
    ]  # fmt: skip
    context = answer(*calls)["memory_context"]
    assert len(context) <= 4000
    assert all(f"- Fact number {n}: kept" in context for n in range(13))
    assert context.index("Known facts:") < context.index("Recent calls:")


def test_the_analysis_open_item_with_its_date_is_asked_about_with_that_date_s_weekday() -> None:
    told = answer(
        call(
            1, "2026-12-03", title="Gutter cleaning", summary="The crew was booked for Thursday the 10th.",
            open_item="The crew cleans the gutters", open_item_date="2026-12-11", analysed=True,
        )
    )  # fmt: skip
    assert told["first_message"] == (
        "Hi, welcome back! Is this about gutter cleaning on Friday, December 11?"
    )
    assert told["open_items"] == "- (due 2026-12-11, from the call of 2026-12-03) The crew cleans the gutters"


def test_an_item_date_before_the_call_itself_is_not_trusted_and_the_item_s_words_are_read() -> None:
    told = answer(
        call(
            1, "2026-12-05", title="Gutter cleaning", open_item="The crew comes on Friday",
            open_item_date="2025-12-11", analysed=True,
        )
    )  # fmt: skip
    assert told["open_items"].startswith("- (due 2026-12-11, from the call of 2026-12-05)")


def test_an_analysed_call_with_nothing_open_opens_nothing_whatever_its_summary_says() -> None:
    told = answer(
        call(1, "2026-12-03", title="Gutters", summary="She booked a quote visit for Friday.", analysed=True)
    )
    assert told["open_items"] == ""
    assert told["first_message"] == "Hi, welcome back! Last time: Gutters. How can I help you today?"


def test_without_the_items_a_weekday_and_day_that_disagree_keep_the_day_and_name_its_weekday() -> None:
    # Said on Thursday, December 3: "Thursday the 11th" — the 11th is a Friday.
    told = answer(
        call(1, "2026-12-03", title="Gutter cleaning", summary="The crew was booked for Thursday the 11th.")
    )
    assert told["first_message"].endswith("Is this about gutter cleaning on Friday, December 11?")


def test_without_the_items_a_preference_is_a_fact_not_an_open_item() -> None:
    told = answer(
        call(1, "2026-12-03", summary="She prefers morning appointments. She always wants email reminders.")
    )
    assert told["open_items"] == ""


def test_another_agent_never_sees_the_lasting_facts_of_a_private_call() -> None:
    calls = (
        call(1, "2026-11-01", lasting=("Takes insulin daily",), categories="health", analysed=True),
        call(2, "2026-11-02", BISTRO, lasting=("Prefers the window table",), analysed=True),
    )
    assert "insulin" not in answer(*calls, agent=BISTRO)["memory_context"]
    assert "insulin" in answer(*calls, agent=DENTAL)["memory_context"]
    assert "window table" not in answer(*calls, agent=DENTAL, MEMORY_SCOPE="caller_agent")["memory_context"]


@pytest.mark.parametrize("language", sorted(GREETINGS))
@pytest.mark.parametrize("due", ["2026-12-10", "2026-12-11", "2027-01-01", "2027-02-28"])
def test_the_greeting_names_the_weekday_of_the_date_it_says_in_every_language(
    language: str, due: str
) -> None:
    message = answer(
        call(1, "2026-12-03", title="Gutters", language=language, open_item="Crew visit", open_item_date=due,
             analysed=True),
    )["first_message"]  # fmt: skip
    weekdays = WEEKDAY_NAMES[language].split()
    said = [day for day in weekdays if day in message.split() or f"{day}," in message]
    assert said == [weekdays[date.fromisoformat(due).weekday()]]
