"""`make eval`: how well the memory serves the agent, measured on four sets of callers (``dataset``,
``holdout``, ``realistic``, ``blind``).

    python -m evaluation [--scope caller|caller_agent|both] [--json FILE]

The three real handlers run as ElevenLabs drives them (offline: moto, the mem0-oss backend in a
temporary folder): before each call ClientData is asked who is calling, the signed transcription is
delivered to PostCall and ingested from its archive notification; then each question goes to Retrieve
as the agent's ``search_memory`` tool would send it, and ClientData is asked once more for the brief.
It prints recall@1 and @3, characters returned per query, how often an outdated value comes first, how
often a question nobody answered returns nothing, how often the brief alone answers, greeting
correctness, and leakage across callers and agents.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from moto import mock_aws

import bench  # noqa: F401 - the offline environment, set before the project is imported
from agentic_memory.categories import is_private
from agentic_memory.runtime import compose
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from agentic_memory_ops.mem0_oss import close_all_stores
from bench.offline import create_resources, quiet_stdout
from evaluation.blind import BLIND
from evaluation.dataset import CALLERS, Call, Caller, Question
from evaluation.holdout import HOLDOUT
from evaluation.realistic import REALISTIC
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, PROFILE_TABLE
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY, fixture_json

PRIVATE = frozenset({"health"})  # PRIVATE_FACT_CATEGORIES' default
FIXTURE = "post_call_transcription_returning_caller.json"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Scores:
    dataset: str
    scope: str
    answerable: int = 0
    first: int = 0
    top3: int = 0
    outdated_first: int = 0
    with_outdated: int = 0
    unanswerable: int = 0
    unanswerable_empty: int = 0
    characters: int = 0
    queries: int = 0
    brief_answers: int = 0
    greetings: int = 0
    greeting_name_right: int = 0
    greetings_with_topic: int = 0  # greetings with a topic the agent may be told
    greeting_topic: int = 0
    caller_leaks: int = 0
    agent_leaks: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        def ratio(part: int, whole: int) -> float:
            return round(part / whole, 3) if whole else 0.0

        return {
            "dataset": self.dataset,
            "scope": self.scope,
            "recall@1": ratio(self.first, self.answerable),
            "recall@3": ratio(self.top3, self.answerable),
            "characters per query": round(self.characters / self.queries, 1) if self.queries else 0.0,
            "outdated value first": f"{self.outdated_first} of {self.with_outdated}",
            "unanswerable → nothing": ratio(self.unanswerable_empty, self.unanswerable),
            "brief answers before the call": ratio(self.brief_answers, self.answerable),
            "greeting: right name or none": ratio(self.greeting_name_right, self.greetings),
            "greeting: open item or last topic": ratio(self.greeting_topic, self.greetings_with_topic),
            "leaks across callers": self.caller_leaks,
            "leaks across agents": self.agent_leaks,
            "questions": f"{self.answerable} answerable, {self.unanswerable} not",
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scope", choices=("caller", "caller_agent", "both"), default="both")
    parser.add_argument("--json", help="also write the scores to this file")
    parser.add_argument("--misses", action="store_true", help="list every question answered wrong")
    args = parser.parse_args(argv)
    scopes = ("caller", "caller_agent") if args.scope == "both" else (args.scope,)
    sets = {"dataset": CALLERS, "holdout": HOLDOUT, "realistic": REALISTIC, "blind": BLIND}
    results = [evaluate(name, callers, scope) for name, callers in sets.items() for scope in scopes]
    for scores in results:
        print(f"\n{scores.dataset}, MEMORY_SCOPE={scores.scope}")
        for name, value in scores.summary().items():
            if name not in ("scope", "dataset"):
                print(f"  {name:<36} {value}")
        if args.misses:
            for miss in scores.misses:
                print(f"  miss: {miss}")
    if args.json:
        Path(args.json).write_text(json.dumps([s.summary() for s in results], indent=2) + "\n")
    return 0


def evaluate(dataset: str, callers: list[Caller], scope: str) -> Scores:
    scores = Scores(dataset, scope)
    today = datetime.now(UTC).date()
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
                    scores, caller, before=caller.calls[:index], agent=call.agent, answer=answer, scope=scope
                )
            deliver(post_call, caller, index, call, today)
        for caller in callers:
            others = [other for other in callers if other is not caller]
            for question in caller.questions:
                found = search(retrieve, caller.number, question)
                brief = ask_client_data(client_data, caller.number, question.agent)["memory_context"]
                judge(scores, caller, question, found=found, brief=brief, scope=scope, others=others)
    return scores


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
        key: {"data_collection_id": key, "value": value, "rationale": ""}
        for key, value in call.collected.items()
    }
    return document


def with_days(text: str, day: date) -> str:
    """``{+N}`` → the day N days after ``day``, as a summary writes it ("December 4")."""
    for offset in range(0, 40):
        later = day + timedelta(days=offset)
        text = text.replace(f"{{+{offset}}}", f"{calendar.month_name[later.month]} {later.day}")
    return text


def topic_of(call: Call) -> str:
    """What a greeting recalling ``call`` mentions: its title, or the start of its summary."""
    return call.title or call.summary.split("{")[0][:25]


def judge_greeting(
    scores: Scores, caller: Caller, *, before: list[Call], agent: str, answer: dict[str, str], scope: str
) -> None:
    visible = [c for c in before if scope == "caller" or c.agent == agent]
    if not visible:
        return
    scores.greetings += 1
    message = answer["first_message"].casefold()
    names = {c.collected.get("first_name", "") for c in visible} - {""}
    right_name = (
        next(iter(names)).casefold() in message
        if len(names) == 1
        else not any(n.casefold() in message for n in caller.names)
    )
    scores.greeting_name_right += right_name
    # A private topic of another agent (a treatment, for a restaurant) is not one it may be told.
    titles = [topic_of(c).casefold() for c in visible if c.agent == agent or not is_private(PRIVATE, c.title)]
    mentioned = any(title in message for title in titles)
    if titles:
        scores.greetings_with_topic += 1
        scores.greeting_topic += mentioned
    else:
        mentioned = True
    if not (right_name and mentioned):
        scores.misses.append(f"greeting {caller.number} via {agent}: {answer['first_message']!r}")


def judge(
    scores: Scores,
    caller: Caller,
    question: Question,
    *,
    found: list[str],
    brief: str,
    scope: str,
    others: list[Caller],
) -> None:
    scores.queries += 1
    scores.characters += sum(len(text) for text in found)
    texts = [text.casefold() for text in found]

    def holds(text: str, values: tuple[str, ...]) -> bool:
        return any(value.casefold() in text for value in values)

    if not question.answers:
        scores.unanswerable += 1
        scores.unanswerable_empty += not found
        if found:
            scores.misses.append(f"unanswerable {question.query!r} got {found[:1]}")
    else:
        scores.answerable += 1
        first = bool(texts) and holds(texts[0], question.answers)
        scores.first += first
        scores.top3 += any(holds(text, question.answers) for text in texts[:3])
        scores.brief_answers += holds(brief.casefold(), question.answers)
        if question.outdated:
            scores.with_outdated += 1
            if texts and holds(texts[0], question.outdated) and not first:
                scores.outdated_first += 1
        if not first:
            scores.misses.append(f"{question.query!r} → {found[:3]}")
    # Another caller's name (a whole word) or one of their answers (5 characters or more) in what this
    # caller's agent is told is a leak, unless this caller said it too ("eighty" in both addresses).
    own = said_by(caller)
    names = [rf"\b{re.escape(name.casefold())}\b" for other in others for name in other.names]
    values = [
        re.escape(value.casefold())
        for other in others
        for q in other.questions
        for value in q.answers
        if len(value) >= 5
    ]
    markers = [m for m in (*names, *values) if not re.search(m, own)]
    told = [*texts, brief.casefold()]
    leaked = [text for text in told if any(re.search(marker, text) for marker in markers)]
    scores.caller_leaks += len(leaked)
    scores.misses.extend(f"leak to {caller.number}: {text[:80]!r}" for text in leaked)
    private = [
        word.casefold()
        for agent, words in caller.private_to.items()
        if agent != question.agent
        for word in words
    ]
    crossed = [text for text in told if any(word in text for word in private)]
    scores.agent_leaks += len(crossed)
    scores.misses.extend(
        f"private to another agent, told {question.agent}: {text[:80]!r}" for text in crossed
    )
    if scope == "caller_agent":
        foreign = [c.title.casefold() for c in caller.calls if c.agent != question.agent]
        scores.agent_leaks += sum(1 for text in told if any(title in text for title in foreign))


def said_by(caller: Caller) -> str:
    """Everything ``caller``'s own calls hold, lower-cased."""
    return " ".join(
        " ".join([call.summary, *(line for pair in call.turns for line in pair), *call.collected.values()])
        for call in caller.calls
    ).casefold()


if __name__ == "__main__":
    sys.exit(main())
