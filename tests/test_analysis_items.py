"""The post-call analysis's own items (``analysis_items``) read first, the word lists and cue phrases
only without them: what a call with and without the items leaves in memory and in the greeting."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest
from elevenlabs.types import ConversationHistoryAnalysisCommonModel

from agentic_memory.analysis_items import read_analysis
from agentic_memory.models import Analysis
from agentic_memory.question_dates import spoken_date
from agentic_memory.runtime.ingestion import IngestionFailedError
from agentic_memory_ops.events import s3_event, signed_webhook_event
from evaluation.dataset import analysis_items
from testkit.aws import BUCKET
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, told
from testkit.payloads import (
    HMAC_SECRET,
    RETURNING_CALLER as CALLER,
    RETURNING_CONVERSATION as CONVERSATION,
    analysis_results,
    fixture_json,
)
from testkit.queue import run_extraction_checks

pytestmark = pytest.mark.usefixtures("aws")

FIXTURE = "post_call_transcription_returning_caller.json"
IN_FIVE_DAYS = (datetime.now(UTC).date() + timedelta(days=5)).isoformat()
ITEMS = analysis_items(
    "Dental cleaning",
    "Stefan comes in for the cleaning",
    IN_FIVE_DAYS,
    "Prefers Tuesday mornings; Dentist: Doctor Rivera; Wants email reminders",
    "none",
    reason="booking",
    name="Stefan",
)


def ingest(
    post_call: ModuleType,
    collected: dict[str, Any] | None,
    conversation: str = CONVERSATION,
    later: int = 0,
    summary: str | None = None,
    said: str = "",
) -> None:
    """The returning caller's call (``later`` days after the fixture's, as ``conversation``), with
    ``collected`` as its data-collection values (the fixture's own when None), ``summary`` (the
    fixture's when None) and a last turn of the caller's, ``said``; delivered, ingested and confirmed."""
    document = fixture_json(FIXTURE)
    data = document["data"]
    if collected is not None:
        data["analysis"]["data_collection_results"] = analysis_results(collected)
    if summary is not None:
        data["analysis"]["transcript_summary"] = summary
    if said:
        data["transcript"].append({**data["transcript"][-2], "message": said})
    data["conversation_id"] = conversation
    data["metadata"]["start_time_unix_secs"] += later * 86400
    body = json.dumps(document).encode()
    assert (
        post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
        == 200
    )
    key = f"conversations/{conversation}/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    run_extraction_checks(post_call)


def factual(fake: FakeMem0Server) -> dict[str, Any]:
    adds = [r.json for r in fake.requests if r.path == "/v3/memories/add/" and r.json.get("infer") is False]
    assert len(adds) == 1
    add: dict[str, Any] = adds[0]
    return add


def marked_private(out: str, metric: str = "CallMarkedPrivate") -> list[str]:
    """The Source of each ``metric`` PostCall wrote (CloudWatch EMF on stdout)."""
    documents = [json.loads(line) for line in out.splitlines() if line.startswith("{") and "_aws" in line]
    return [d["Source"] for d in documents if metric in d]


def test_the_items_give_the_memories_the_topic_the_dated_open_item_and_the_privacy_of_the_call(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(post_call, ITEMS)

    add = factual(memory_server)
    assert [m["content"] for m in add["messages"]][:6] == [
        "Reason: booking",
        "Name: Stefan",
        "Prefers Tuesday mornings.",
        "Dentist: Doctor Rivera.",
        "Wants email reminders.",
        f"Open after the call on 2025-11-21 (due {spoken_date(IN_FIVE_DAYS)}): "
        "Stefan comes in for the cleaning.",
    ]
    # "none" from the model that read the call, though the word lists would call a dental call health:
    # the matter its topic names ("Dental cleaning") is the one it judged, so no fact of it is marked.
    assert "categories" not in add["metadata"]
    out = capsys.readouterr().out
    assert marked_private(out) == [] and marked_private(out, "FactMarkedPrivate") == []

    answer = told(CALLER)
    weekday = date.fromisoformat(IN_FIVE_DAYS).strftime("%A")
    assert answer["first_message"].startswith(
        f"Hi Stefan, welcome back! Is this about dental cleaning on {weekday}"
    )
    assert (
        f"(due {IN_FIVE_DAYS}, from the call of 2025-11-21) Stefan comes in for the cleaning"
        in answer["open_items"]
    )
    context = answer["memory_context"]
    assert "- Dentist: Doctor Rivera" in context
    assert "- Prefers Tuesday mornings" in context
    assert "Call topic" not in context and "Sensitive category" not in context  # items are not facts


def test_a_health_call_by_the_item_is_private_and_counted_as_decided_by_it(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(post_call, {**ITEMS, "sensitive_category": "health"})

    assert factual(memory_server)["metadata"]["categories"] == "health"
    assert marked_private(capsys.readouterr().out) == ["analysis_item"]


REPAIR_ITEMS = {
    **ITEMS,
    "call_topic": "Moving the repair visit",
    "open_item": "",
    "lasting_facts": "New mobile 07700 900562; Rent payment plan £15 a week",
}
OTHER_AGENT = "agent_0000fake0000000000000000bb"


def fact_adds(fake: FakeMem0Server) -> dict[str, list[str]]:
    """The texts of each factual add, by the categories it was stored with ("" for none)."""
    adds = [r.json for r in fake.requests if r.path == "/v3/memories/add/" and not r.json["infer"]]
    return {a["metadata"].get("categories", ""): [m["content"] for m in a["messages"]] for a in adds}


def test_a_fact_drawn_from_a_private_aside_the_item_called_none_stays_with_its_agent(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    # A repair call the analysis called "none"; the caller mentions rent arrears in passing, and the
    # lasting fact drawn from that turn names a payment plan, no word of the matter.
    ingest(
        post_call,
        REPAIR_ITEMS,
        summary="Stefan moved the repair visit to the afternoon and gave a new mobile, 07700 900562.",
        said="And, um, I'm behind on the rent, arrears of four hundred and sixty pounds, so I'm on a "
        "payment plan, fifteen pounds a week.",
    )

    stored = fact_adds(memory_server)
    assert stored["finance"] == ["Rent payment plan £15 a week."]
    assert "New mobile 07700 900562." in stored[""]  # said in a sentence of no private matter
    # the turns that say it stay with the agent too, their chunk with them (the fixture's turns about
    # a dental cleaning, a matter this repair call's topic does not name, add health)
    episodic = [r.json for r in memory_server.requests if r.path == "/v3/memories/add/" and r.json["infer"]]
    assert [add["metadata"].get("categories") for add in episodic] == ["finance,health"]
    out = capsys.readouterr().out
    assert marked_private(out) == [] and marked_private(out, "FactMarkedPrivate") == ["word_list"]
    assert marked_private(out, "ChunkMarkedPrivate") == ["word_list"]
    own, other = told(CALLER)["memory_context"], told(CALLER, OTHER_AGENT)["memory_context"]
    assert "Rent payment plan £15 a week" in own and "Rent payment plan" not in other
    assert "New mobile 07700 900562" in other


def test_the_summary_and_items_of_a_call_whose_summary_names_a_private_aside_stay_with_its_agent(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    # The summary itself says it: its other sentences and the items written beside it go on with the
    # matter ("the payment plan") in words no list holds. The agent's own collected values and the
    # call's topic are read as for any call, the turns by their own words (``turn_asides``).
    ingest(
        post_call,
        REPAIR_ITEMS,
        summary="Stefan moved the repair visit to the afternoon and gave a new mobile, 07700 900562. He "
        "also said he has rent arrears of £460. The payment plan is £15 a week.",
    )

    stored = fact_adds(memory_server)
    assert stored[""] == ["Reason: booking", "Name: Stefan"]
    assert stored["finance"][:2] == ["New mobile 07700 900562.", "Rent payment plan £15 a week."]
    assert stored["finance"][2].endswith("The payment plan is £15 a week.")  # the summary
    # the turns are kept by their own words (the fixture's dental cleaning), not the summary's aside
    episodic = [r.json for r in memory_server.requests if r.path == "/v3/memories/add/" and r.json["infer"]]
    assert [add["metadata"].get("categories") for add in episodic] == ["health"]
    assert marked_private(capsys.readouterr().out) == ["summary_aside"]
    own, other = told(CALLER)["memory_context"], told(CALLER, OTHER_AGENT)["memory_context"]
    assert "The payment plan is £15 a week" in own and "New mobile" in own
    assert "payment plan" not in other.casefold() and "New mobile" not in other
    assert "Moving the repair visit" in other and "to the afternoon" not in other  # its topic alone


def test_a_lasting_fact_a_later_call_corrects_leaves_memory_and_the_brief(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    ingest(post_call, {**ITEMS, "lasting_facts": "Address: 12 Oak Avenue; Allergic to latex"})
    ingest(
        post_call, {**ITEMS, "lasting_facts": "Address: 48 Elm Street"}, "conv_0000fake0000000000000000003", 9
    )

    remembered = {m["memory"] for m in memory_server.memories}
    assert "Address: 48 Elm Street." in remembered
    assert "Address: 12 Oak Avenue." not in remembered
    assert "Allergic to latex." in remembered
    context = told(CALLER)["memory_context"]
    assert "- Address: 48 Elm Street (corrected 2025-11-30)" in context
    assert "12 Oak" not in context


def test_without_the_items_the_word_lists_and_cue_phrases_decide_and_are_counted(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(post_call, None)

    add = factual(memory_server)
    assert add["metadata"]["categories"] == "health"  # "Example Dental", "cleaning" with the dentist
    assert not any(m["content"].startswith("Open after") for m in add["messages"])
    assert marked_private(capsys.readouterr().out) == ["word_list"]
    # The summary's title and booking: "Alexis booked Tuesday the 9th" is long past, so not asked about.
    assert "Is this about" not in told(CALLER)["first_message"]


def test_items_left_empty_by_an_agent_not_set_up_fall_back_on_the_word_lists(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    ingest(post_call, {**dict.fromkeys(ITEMS, None), "name": "Stefan", "sensitive_category": "unsure"})

    assert factual(memory_server)["metadata"]["categories"] == "health"


@pytest.mark.parametrize(
    ("values", "read"),
    [
        ({}, {"present": False, "sensitive_category": None}),
        ({"call_topic": None, "open_item": "", "lasting_facts": None}, {"present": False}),
        ({"sensitive_category": "Health"}, {"present": True, "sensitive_category": "health"}),
        ({"sensitive_category": "medical"}, {"present": False, "sensitive_category": None}),
        ({"sensitive_category": True}, {"sensitive_category": None}),
        ({"open_item_date": "2026-02-30"}, {"open_item_date": ""}),
        ({"open_item_date": "2026-12-11T09:00:00"}, {"open_item_date": "2026-12-11"}),
        ({"open_item_date": "next Friday"}, {"open_item_date": ""}),
        ({"call_topic": 4471}, {"topic": "4471"}),
        (
            {"lasting_facts": ["Wife: Ana", "Dog: Rex", "wife: ana"]},
            {"lasting_facts": ("Wife: Ana", "Dog: Rex")},
        ),
        ({"lasting_facts": "Wife: Ana;  Dog: Rex. ;; "}, {"lasting_facts": ("Wife: Ana", "Dog: Rex")}),
    ],
)
def test_values_of_any_type_the_sdk_accepts_are_read_never_raised(
    values: dict[str, Any], read: dict[str, Any]
) -> None:
    results = {"analysis": {"data_collection_results": analysis_results(values)}}
    # The official SDK's model accepts each of these payloads: so must we.
    ConversationHistoryAnalysisCommonModel.model_validate(
        {"call_successful": "success", "transcript_summary": "", **results["analysis"]}
    )
    analysis = read_analysis(Analysis.model_validate(results["analysis"]).data_collection_results)
    assert {key: getattr(analysis, key) for key in read} == read


def test_a_call_retried_after_its_facts_were_stored_is_counted_private_once(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    memory_server.fail_request(3)  # the ping, the facts' add, then the transcript's add fails
    with pytest.raises(IngestionFailedError):  # Lambda retries the S3 event
        ingest(post_call, {**ITEMS, "sensitive_category": "health"})
    key = f"conversations/{CONVERSATION}/transcription.json"
    post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())  # the retry
    run_extraction_checks(post_call)

    transcript_adds = [r for r in memory_server.requests if r.path == "/v3/memories/add/" and r.json["infer"]]
    assert len(transcript_adds) == 2  # the one answered 500 and the retry's
    assert marked_private(capsys.readouterr().out) == ["analysis_item"]


def test_no_metrics_document_is_printed_when_metrics_are_disabled(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``make run`` disables metrics (env.local.json): its operator's terminal gets no EMF document."""
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
    ingest(post_call, {**ITEMS, "sensitive_category": "health"})

    assert factual(memory_server)["metadata"]["categories"] == "health"
    assert '"_aws"' not in capsys.readouterr().out


def test_a_call_without_the_item_goes_on_with_the_private_matter_of_an_earlier_call_to_its_agent(
    post_call: ModuleType, memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest(post_call, {**ITEMS, "sensitive_category": "legal"})
    ingest(post_call, {"first_name": "Stefan"}, "conv_0000fake0000000000000000003", 9)
    ingest(post_call, {**ITEMS, "sensitive_category": "none"}, "conv_0000fake0000000000000000004", 12)

    adds = [r.json for r in memory_server.requests if r.path == "/v3/memories/add/" and not r.json["infer"]]
    categories = [add["metadata"].get("categories", "") for add in adds]
    # the second call names no legal matter, its agent heard one; the third's item judges it alone
    assert categories == ["legal", "health,legal", ""]
    assert marked_private(capsys.readouterr().out) == ["analysis_item", "earlier_call"]
