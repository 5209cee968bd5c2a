"""One set of callers through the three real handlers, as ElevenLabs drives them, and what the memory
then tells the agent, scored (``make eval``; the sets and the report are in ``__main__``).

Offline: moto, the mem0-oss backend in a temporary folder. Before each call ClientData is asked who is
calling, the signed transcription is delivered to PostCall and ingested from its archive notification;
then each question goes to Retrieve as the agent's ``search_memory`` tool would send it, and ClientData
is asked once more for the brief. ``items=False`` delivers every call without the post-call analysis
items (``agentic_memory.analysis_items``), as an agent that was never set up would report it.
"""

from __future__ import annotations

import calendar
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

from moto import mock_aws

import bench  # noqa: F401 - the offline environment, set before the project is imported
from agentic_memory.runtime import compose
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from agentic_memory_ops.mem0_oss import close_all_stores
from bench.offline import create_resources, quiet_stdout
from evaluation.dataset import Call, Caller, Question
from evaluation.judging import Scores, judge, judge_greeting
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, PROFILE_TABLE
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY, fixture_json

FIXTURE = "post_call_transcription_returning_caller.json"
# The ids ``setup`` gives the post-call analysis items (agentic_memory.analysis_items).
ANALYSIS_ITEMS = ("call_topic", "open_item", "open_item_date", "lasting_facts", "sensitive_category")


def evaluate(dataset: str, callers: list[Caller], scope: str, *, items: bool = True) -> Scores:
    scores = Scores(dataset, scope, "as written" if items else "without analysis items")
    today = datetime.now(UTC).date()
    if not items:
        callers = [without_items(caller) for caller in callers]
    with (
        tempfile.TemporaryDirectory(prefix="agentic-memory-eval-") as folder,
        stack(scope, folder) as handlers,
    ):
        client_data, retrieve, post_call = handlers
        calls = sorted(
            ((caller, index, call) for caller in callers for index, call in enumerate(caller.calls)),
            key=lambda item: -item[2].days_ago,
        )
        for caller, index, call in calls:
            answer = ask_client_data(client_data, caller.number, call.agent)
            if answer["returning_caller"] == "yes":
                judge_greeting(
                    scores,
                    caller,
                    before=delivered_before(caller, index),
                    agent=call.agent,
                    answer=answer,
                    scope=scope,
                )
            deliver(post_call, caller, index, call, today)
        for caller in callers:
            others = [other for other in callers if other is not caller]
            for question in caller.questions:
                found = search(retrieve, caller.number, question)
                brief = ask_client_data(client_data, caller.number, question.agent)["memory_context"]
                judge(scores, caller, question, found=found, brief=brief, scope=scope, others=others)
    return scores


def delivered_before(caller: Caller, index: int) -> list[Call]:
    """The calls of ``caller`` ingested before its call ``index``, in the order ``evaluate`` delivers
    them: the older ones, and of the same day those listed first. A set may list a caller's calls by
    business, not by date ("the Pilates calls, then the blinds calls"): the greeting before a Pilates
    call may recall a blinds call that came before it."""
    day = caller.calls[index].days_ago
    return [
        call
        for i, call in enumerate(caller.calls)
        if call.days_ago > day or (call.days_ago == day and i < index)
    ]


def without_items(caller: Caller) -> Caller:
    """``caller`` with every call's analysis items left out (the agent's own items stay)."""
    calls = [
        Call(c.agent, c.days_ago, c.language, c.title, c.summary, c.turns,
             {k: v for k, v in c.collected.items() if k not in ANALYSIS_ITEMS})
        for c in caller.calls
    ]  # fmt: skip
    return Caller(caller.number, calls, caller.questions, caller.names, caller.private_to)


@contextmanager
def stack(scope: str, folder: str) -> Iterator[tuple[ModuleType, ModuleType, ModuleType]]:
    env = {
        "S3_BUCKET_NAME": BUCKET,
        "PROFILE_TABLE": PROFILE_TABLE,
        "INGESTION_LEDGER_TABLE": INGESTION_LEDGER_TABLE,
        "ELEVENLABS_HMAC_KEY": HMAC_SECRET,
        "ELEVENLABS_WORKSPACE_KEY": WORKSPACE_KEY,
        "MEMORY_BACKEND": "mem0-oss",
        "MEM0_OSS_CONFIG": json.dumps({"data_dir": folder}),
        "MEMORY_SCOPE": scope,
        "POWERTOOLS_LOG_LEVEL": "WARNING",
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    get_settings.cache_clear()
    compose.forget()
    try:
        with mock_aws(), quiet_stdout():
            create_resources()
            yield load_handler("client_data"), load_handler("retrieve"), load_handler("post_call")
    finally:
        close_all_stores()
        compose.forget()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        get_settings.cache_clear()


def ask_client_data(handler: ModuleType, number: str, agent: str) -> dict[str, str]:
    body = json.dumps({"caller_id": number, "agent_id": agent, "called_number": "+15550100001"}).encode()
    result = handler.lambda_handler(
        http_event(body, {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data"), LambdaContext()
    )
    variables: dict[str, str] = json.loads(result["body"])["dynamic_variables"]
    return variables


def search(handler: ModuleType, number: str, question: Question) -> list[str]:
    body = json.dumps({"query": question.query, "caller_id": number, "agent_id": question.agent}).encode()
    result = handler.lambda_handler(
        http_event(body, {"X-Workspace-Key": WORKSPACE_KEY}, path="/retrieve"), LambdaContext()
    )
    return [m["memory"] for m in json.loads(result["body"])["memories"]]


def deliver(handler: ModuleType, caller: Caller, index: int, call: Call, today: date) -> None:
    document = transcription(caller, index, call, today)
    signed = signed_webhook_event(json.dumps(document).encode(), HMAC_SECRET)
    if handler.lambda_handler(signed, LambdaContext())["statusCode"] != 200:
        raise RuntimeError(f"PostCall refused call {index} of {caller.number}")
    key = f"conversations/{document['data']['conversation_id']}/transcription.json"
    outcome = handler.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    if [i.get("status") for i in outcome.get("ingested", [])] != ["ingested"]:
        raise RuntimeError(f"call {index} of {caller.number} was not ingested: {outcome}")


def transcription(caller: Caller, index: int, call: Call, today: date) -> dict[str, Any]:
    """The call as ElevenLabs' post_call_transcription webhook reports it."""
    document = fixture_json(FIXTURE)
    data = document["data"]
    day = today - timedelta(days=call.days_ago)
    started = int(datetime(day.year, day.month, day.day, 15, tzinfo=UTC).timestamp())
    conversation = f"conv_eval_{caller.number.strip('+')}_{index}"
    data.update(conversation_id=conversation, agent_id=call.agent)
    data["transcript"] = [
        {"role": role, "message": text, "time_in_call_secs": 5 * n}
        for n, (role, text) in enumerate(
            (role, line) for pair in call.turns for role, line in zip(("agent", "user"), pair, strict=True)
        )
    ]
    data["metadata"].update(start_time_unix_secs=started, main_language=call.language)
    data["metadata"]["phone_call"]["external_number"] = caller.number
    variables = data["conversation_initiation_client_data"]["dynamic_variables"]
    variables.update(
        system__caller_id=caller.number, system__agent_id=call.agent, system__conversation_id=conversation
    )
    analysis = data["analysis"]
    analysis["transcript_summary"] = with_days(call.summary, day)
    analysis["call_summary_title"] = call.title
    analysis["data_collection_results"] = {
        key: {"data_collection_id": key, "value": collected_value(key, value, day), "rationale": ""}
        for key, value in call.collected.items()
    }
    return document


def collected_value(key: str, value: str, day: date) -> str:
    """An item as the analysis fills it: ``open_item_date``'s ``{+N}`` as ``YYYY-MM-DD`` (its
    description asks for that), any other item's ``{+N}`` as a summary writes a day."""
    if key == "open_item_date" and value.startswith("{+") and value.endswith("}"):
        return (day + timedelta(days=int(value[2:-1]))).isoformat()
    return with_days(value, day)


def with_days(text: str, day: date) -> str:
    """``{+N}`` → the day N days after ``day``, as a summary writes it ("December 4")."""
    for offset in range(0, 40):
        later = day + timedelta(days=offset)
        text = text.replace(f"{{+{offset}}}", f"{calendar.month_name[later.month]} {later.day}")
    return text
