"""Warm handler time per path, in-process against moto and the fake Mem0, each against its floor.

Every sample pairs one handler invocation with one floor call, interleaved, so that drift (GC,
the other core's load) hits both alike. Whatever a run needs (a fresh conversation id, a signed
body) is prepared outside the timed call, and cleaned up after it.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from types import ModuleType
from typing import Any, TypeVar

import boto3
import httpx
from mem0 import MemoryClient

from agentic_memory.agent_variables import agent_key, record_agent_variables
from agentic_memory.archive import audio_key, transcription_key
from agentic_memory.brief import Brief, CallFacts
from agentic_memory.profiles import CallerProfile, ProfileStore
from agentic_memory.settings import get_settings
from agentic_memory_ops.events import http_event, s3_event, sqs_event
from bench.offline import (
    AGENT,
    INGESTION_QUEUE,
    MEM0_API_KEY,
    MeteredFake,
    audio_document,
    b64,
    mp3_bytes,
    new_conversation_id,
    purge,
    signed_event,
    transcription_document,
)
from bench.report import INFO, Report, Row, median, ratio_row, seconds, verdict
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.handlers import LambdaContext
from testkit.payloads import RETURNING_CALLER as CALLER, WORKSPACE_KEY

T = TypeVar("T")
WARMUP = 3
CLIENT_DATA_MAX_RATIO = 1.3
RETRIEVE_MAX_RATIO = 1.05  # the issue on memory quality: "Retrieve warm ≤ 1.05x one search"
AUDIO_MAX_RATIO = 1.2
# "No serial waits that could run concurrently": the bench reads it as within 1.5x of the same
# ingestion with every Mem0 request answered at once (its run at zero latency, plus one latency).
INGEST_MAX_CONCURRENT_RATIO = 1.5
SEARCH_QUERY = "When does Stefan want his cleaning appointment?"
SEEDED_MEMORIES = 50
INGEST_TURNS = 360  # a 30-minute call, a turn every 5 s
# Mem0's background extraction in the confirmation row, and how long after it "confirmed" may come.
EXTRACTION_SECONDS = 2.0
CONFIRM_MARGIN_SECONDS = 1.0


def timed(call: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def interleaved(sample: Callable[[], tuple[float, float]], runs: int) -> tuple[float, float]:
    """Median handler and floor times of ``sample()`` pairs, after ``WARMUP`` unmeasured ones.

    Each sample times the handler, then its floor, so both see the same machine load.
    """
    pairs = [sample() for _ in range(WARMUP + runs)][WARMUP:]
    return median([spent for spent, _ in pairs]), median([floor for _, floor in pairs])


def check(ok: bool, what: str, result: Any) -> None:
    """A path that silently degraded (a 200 without memories, say) would time as fast: refuse it."""
    if not ok:
        raise RuntimeError(f"{what} did not do its work: {str(result)[:300]}")


def body_of(result: dict[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(result["body"])
    return document


# -- ClientData --------------------------------------------------------------------------------------


def seed_profile() -> None:
    store = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE)
    facts = {"name": "Stefan", "preferred_dentist": "Dr. Rivera", "reason": "booking"}
    for n in range(3):
        store.record_call(
            CALLER,
            CallFacts(
                conversation_id=f"conv_seed_{n}",
                date=f"2026-11-0{n + 1}",
                agent=AGENT,
                name="Stefan",
                summary="Booked a cleaning on a Tuesday morning.",
                facts=facts,
            ),
        )
    store.set_memory_count(CALLER, 9)


# ClientData's read: the caller's profile and the agent's own variables (agent_variables), one
# BatchGetItem; its floor is the same BatchGetItem, bare.
CLIENT_DATA_FLOOR = "bare `BatchGetItem` of the two keys"
AGENT_OWN_VARIABLES = {"clinic": "Northside Dental", "first_message": "Northside Dental, Alexis speaking."}


def seed_agent_variables() -> None:
    record_agent_variables(boto3.client("dynamodb"), PROFILE_TABLE, AGENT, AGENT_OWN_VARIABLES)


def batch_get(dynamodb: Any) -> Callable[[], object]:
    keys = [{"pk": {"S": CALLER}}, {"pk": {"S": agent_key(AGENT)}}]
    return lambda: dynamodb.batch_get_item(RequestItems={PROFILE_TABLE: {"Keys": keys}})


def client_data(report: Report, handler: ModuleType, runs: int) -> None:
    seed_profile()
    seed_agent_variables()
    body = json.dumps({"caller_id": CALLER, "agent_id": AGENT, "called_number": "+15550100001"}).encode()
    event = http_event(body, {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data")
    floor_read = batch_get(boto3.client("dynamodb"))

    def invoke() -> dict[str, Any]:
        result: dict[str, Any] = handler.lambda_handler(event, LambdaContext())
        return result

    def sample() -> tuple[float, float]:
        spent, result = timed(invoke)
        told = body_of(result).get("dynamic_variables", {})
        ok = told.get("returning_caller") == "yes" and told.get("clinic") == AGENT_OWN_VARIABLES["clinic"]
        check(result["statusCode"] == 200 and ok, "ClientData", result)
        floor, _ = timed(floor_read)
        return spent, floor

    value, floor = interleaved(sample, runs)
    report.add(
        ratio_row(
            "Warm",
            "ClientData (returning caller, an agent with variables of its own)",
            value=value,
            floor=floor,
            floor_label=CLIENT_DATA_FLOOR,
            limit=CLIENT_DATA_MAX_RATIO,
        )
    )


# -- Profile size ------------------------------------------------------------------------------------

PAST_CALLS = (1, 100, 10_000)


def seed_history(calls: int) -> None:
    """The caller's profile as ``calls`` ingested calls leave it: merged in memory (the merge is what
    ingestion runs), stored with one write, so that 10,000 calls take seconds, not minutes."""
    brief = Brief()
    for n in range(calls):
        day = f"{2020 + n // 336}-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}"
        brief = brief.with_call(
            CallFacts(
                conversation_id=f"conv_history_{n}",
                date=day,
                agent=AGENT,
                title="Cleaning follow-up",
                summary="Stefan asked about his cleaning. The office will call him back on Friday.",
                language="en",
                name="Stefan",
                facts={"name": "Stefan", f"detail_{n % 40}": f"value {n}"},
            )
        )
    profile = CallerProfile(
        CALLER, calls, 9, brief, calls, tuple(f"conv_history_{n}" for n in range(calls - 1, -1, -1))[:50]
    )
    boto3.client("dynamodb").put_item(TableName=PROFILE_TABLE, Item=profile_item(profile))


def profile_item(profile: CallerProfile) -> dict[str, Any]:
    return {
        "pk": {"S": profile.caller_id},
        "brief": {"S": profile.brief.to_json()},
        "call_count": {"N": str(profile.call_count)},
        "memory_count": {"N": str(profile.memory_count)},
        "version": {"N": str(profile.version)},
        "recent_conversations": {"L": [{"S": c} for c in profile.recent_conversations]},
    }


def profile_sizes(report: Report, handler: ModuleType, runs: int) -> None:
    """ClientData and the ingestion's profile merge for a caller of 1, 100 and 10,000 past calls:
    the item is bounded, so neither grows with the history."""
    body = json.dumps({"caller_id": CALLER, "agent_id": AGENT, "called_number": "+15550100001"}).encode()
    event = http_event(body, {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data")
    dynamodb = boto3.client("dynamodb")
    store = ProfileStore(dynamodb, PROFILE_TABLE)
    seed_agent_variables()
    floor_read = batch_get(dynamodb)
    for calls in PAST_CALLS:
        seed_history(calls)
        size = len(json.dumps(dynamodb.get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": CALLER}})["Item"]))

        def sample() -> tuple[float, float]:
            spent, result = timed(lambda: handler.lambda_handler(event, LambdaContext()))
            told = body_of(result).get("dynamic_variables", {})
            check(told.get("returning_caller") == "yes", "ClientData", result)
            floor, _ = timed(floor_read)
            return spent, floor

        value, floor = interleaved(sample, runs)
        report.add(
            ratio_row(
                "Profile size",
                f"ClientData, {calls:,} past calls (item {size / 1024:.1f} KB)",
                value=value,
                floor=floor,
                floor_label=CLIENT_DATA_FLOOR,
                limit=CLIENT_DATA_MAX_RATIO,
            )
        )
        merges = []
        for n in range(max(3, runs // 10)):
            call = CallFacts(f"conv_next_{calls}_{n}", "2030-01-01", AGENT, "Next call", "Asked again.", "en")
            spent, merged = timed(partial(store.record_call, CALLER, call))
            check(merged is not None, "Profile merge", merged)
            merges.append(spent)
        report.add(
            Row(
                "Profile size",
                f"Ingestion's profile merge (read, merge, conditional write), {calls:,} past calls",
                seconds(median(merges)),
                "—",
                "—",
                INFO,
                INFO,
            )
        )


# -- Retrieve ----------------------------------------------------------------------------------------


def seed_memories(fake: MeteredFake) -> None:
    # the first answers SEARCH_QUERY: the fake scores by shared words ("cleaning appointment") and a
    # question asking when is answered only by a memory naming a day or a time
    lines = [
        "Prefers his cleaning appointment on Tuesday mornings",
        "Name: Stefan",
        "Preferred dentist: Dr. Rivera",
    ]
    for n in range(SEEDED_MEMORIES):
        text = lines[n % len(lines)] if n < len(lines) else f"Mentioned detail number {n} about the visit"
        metadata = {"type": "factual", "conversation_id": f"conv_seed_{n}", "agent_id": AGENT}
        fake.seed(text, user_id=CALLER, run_id=f"conv_seed_{n}", metadata=metadata)


def retrieve(report: Report, handler: ModuleType, fake: MeteredFake, runs: int) -> None:
    seed_memories(fake)
    body = json.dumps({"query": SEARCH_QUERY, "caller_id": CALLER}).encode()
    event = http_event(body, {"X-Workspace-Key": WORKSPACE_KEY}, path="/retrieve")
    timeout = get_settings().mem0_timeout
    client = MemoryClient(
        api_key=MEM0_API_KEY,
        host=fake.url,
        client=httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0))),
    )
    filters = {"AND": [{"user_id": CALLER}, {"run_id": "*"}]}

    def invoke() -> dict[str, Any]:
        result: dict[str, Any] = handler.lambda_handler(event, LambdaContext())
        return result

    def search() -> Any:
        return client.search(SEARCH_QUERY, filters=filters, top_k=get_settings().mem0_search_limit)

    def sample() -> tuple[float, float]:
        spent, result = timed(invoke)
        check(result["statusCode"] == 200 and bool(body_of(result)["memories"]), "Retrieve", result)
        floor, found = timed(search)
        check(bool(found.get("results")), "The bare Mem0 search", found)
        return spent, floor

    value, floor = interleaved(sample, runs)
    report.add(
        ratio_row(
            "Warm",
            "Retrieve",
            value=value,
            floor=floor,
            floor_label="bare Mem0 `search` (SDK)",
            limit=RETRIEVE_MAX_RATIO,
        )
    )
    retrieve_ranking(report, invoke, runs)


def retrieve_ranking(report: Report, invoke: Callable[[], dict[str, Any]], runs: int) -> None:
    """Ranking's share of Retrieve, A/B: the same Retrieve with ``ranking.rerank`` replaced by the
    backend's own top results, interleaved with the real one."""
    from agentic_memory import search  # noqa: PLC0415 - the module whose rerank the B side replaces

    names = vars(search)  # its rerank, looked up at each call
    ranked = names["rerank"]

    def unranked(query: str, records: list[Any], limit: int, **_: Any) -> list[Any]:
        return records[:limit]

    def sample() -> tuple[float, float]:
        spent, result = timed(invoke)
        check(result["statusCode"] == 200, "Retrieve", result)
        names["rerank"] = unranked
        try:
            floor, result = timed(invoke)
        finally:
            names["rerank"] = ranked
        check(result["statusCode"] == 200, "Retrieve without ranking", result)
        return spent, floor

    value, floor = interleaved(sample, runs)
    report.add(
        ratio_row(
            "Warm",
            "Retrieve's ranking (A/B)",
            value=value,
            floor=floor,
            floor_label="the same Retrieve, ranking replaced by the backend's order",
            limit=RETRIEVE_MAX_RATIO,
        )
    )


# -- PostCall webhooks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    """One prepared webhook: the event PostCall gets, and the bytes the floor stores."""

    conversation_id: str
    event: dict[str, Any]
    stored: bytes
    key: str
    content_type: str


def transcription_delivery() -> Delivery:
    conversation_id = new_conversation_id()
    event = signed_event(transcription_document(conversation_id))
    body = event["body"].encode()
    return Delivery(conversation_id, event, body, transcription_key(conversation_id), "application/json")


def audio_delivery(mp3: bytes, encoded: str) -> Delivery:
    conversation_id = new_conversation_id()
    event = signed_event(audio_document(conversation_id, encoded))
    return Delivery(conversation_id, event, mp3, audio_key(conversation_id), "audio/mpeg")


def webhook(
    report: Report,
    handler: ModuleType,
    runs: int,
    *,
    path: str,
    prepare: Callable[[], Delivery],
    limit: float | None,
) -> None:
    s3 = boto3.client("s3")

    def sample() -> tuple[float, float]:
        delivery = prepare()

        def invoke(delivery: Delivery = delivery) -> dict[str, Any]:
            result: dict[str, Any] = handler.lambda_handler(delivery.event, LambdaContext())
            return result

        def put(delivery: Delivery = delivery) -> object:
            # The request the archive must make: a conditional write (If-None-Match: *), which never
            # replaces a payload already stored (moto checks the condition by reading the bucket's
            # key, moto/s3/responses.py put_object); the floor makes the same request.
            key = f"bench-floor/{delivery.key}"
            return s3.put_object(
                Bucket=BUCKET,
                Key=key,
                Body=delivery.stored,
                ContentType=delivery.content_type,
                IfNoneMatch="*",
            )

        spent, result = timed(invoke)
        check(result["statusCode"] == 200 and body_of(result).get("status") == "stored", path, result)
        floor, _ = timed(put)
        purge(f"conversations/{delivery.conversation_id}/")
        purge(f"bench-floor/conversations/{delivery.conversation_id}/")
        return spent, floor

    value, floor = interleaved(sample, runs)
    report.add(
        ratio_row(
            "Warm",
            path,
            value=value,
            floor=floor,
            floor_label="bare conditional `put_object` of the same bytes",
            limit=limit,
        )
    )


def post_call(report: Report, handler: ModuleType, runs: int, audio_mb: int) -> None:
    size = len(json.dumps(transcription_document("conv_x")).encode())
    transcription = f"PostCall transcription ({size / 1024:.0f} KB)"
    webhook(report, handler, runs, path=transcription, prepare=transcription_delivery, limit=None)
    mp3 = mp3_bytes(audio_mb * 2**20)
    encoded = b64(mp3)
    audio = f"PostCall audio ({audio_mb} MB decoded)"
    webhook(
        report, handler, runs, path=audio, prepare=lambda: audio_delivery(mp3, encoded), limit=AUDIO_MAX_RATIO
    )


# -- Ingestion ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ingestion:
    wall: float
    requests: int
    peak_in_flight: int


def ingest_once(handler: ModuleType, fake: MeteredFake) -> Ingestion:
    conversation_id = new_conversation_id()
    key = transcription_key(conversation_id)
    body = json.dumps(transcription_document(conversation_id, INGEST_TURNS)).encode()
    boto3.client("s3").put_object(Bucket=BUCKET, Key=key, Body=body, ContentType="application/json")
    before = len(fake.requests)
    fake.reset_peak()
    wall, result = timed(lambda: handler.lambda_handler(s3_event(BUCKET, key), LambdaContext()))
    outcome = result.get("ingested", [{}])[0] if isinstance(result, dict) else {}
    check(outcome.get("status") == "extracting", "Ingestion", result)  # accepted; confirmed later
    drain_checks()
    return Ingestion(wall, len(fake.requests) - before, fake.peak_in_flight)


def drain_checks() -> None:
    """Drop the extraction checks PostCall queued (the confirmation row measures them)."""
    sqs = boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
        for message in messages:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])


def until_confirmed(handler: ModuleType, conversation_id: str) -> None:
    """What the ingestion queue's event source does: each check, once SQS releases it (its delay),
    handed to PostCall until the conversation is confirmed."""
    sqs = boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    arn = f"arn:aws:sqs:us-east-1:123456789012:{INGESTION_QUEUE}"
    for _ in range(20):
        messages = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=20).get("Messages", [])
        for message in messages:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
            answer = handler.lambda_handler(
                sqs_event(arn, [(message["MessageId"], message["Body"])]), LambdaContext()
            )
            outcome = answer.get("confirmed", [{}])[0]
            if outcome.get("conversation_id") == conversation_id and outcome.get("status") == "ingested":
                return
    raise RuntimeError(f"{conversation_id} was never confirmed")


def confirmation(report: Report, handler: ModuleType, fake: MeteredFake, runs: int) -> None:
    """From the webhook's 200 to Mem0's extraction confirmed, with every extraction taking
    ``EXTRACTION_SECONDS``: the floor is one extraction; the checks' first delay is set to it."""
    os.environ["EXTRACTION_CHECK_SECONDS"] = str(int(EXTRACTION_SECONDS))
    get_settings.cache_clear()
    fake.extraction_seconds = EXTRACTION_SECONDS
    try:
        samples = []
        for _ in range(runs):
            conversation_id = new_conversation_id()
            document = transcription_document(conversation_id, INGEST_TURNS)
            before = len(fake.requests)
            answered = handler.lambda_handler(signed_event(document), LambdaContext())
            replied = time.perf_counter()
            check(answered["statusCode"] == 200, "Confirmation", answered)
            key = transcription_key(conversation_id)
            handler.lambda_handler(s3_event(BUCKET, key), LambdaContext())  # S3 → SQS → PostCall
            until_confirmed(handler, conversation_id)
            samples.append((time.perf_counter() - replied, len(fake.requests) - before))
    finally:
        fake.extraction_seconds = 0.0
        os.environ["EXTRACTION_CHECK_SECONDS"] = "0"
        get_settings.cache_clear()
    elapsed = median([wall for wall, _ in samples])
    requests = max(count for _, count in samples)
    chunks = math.ceil(INGEST_TURNS / get_settings().ingest_chunk_turns)
    target = EXTRACTION_SECONDS + CONFIRM_MARGIN_SECONDS
    report.add(
        Row(
            "Ingestion",
            f"30-min call, Mem0 extraction taking {seconds(EXTRACTION_SECONDS)}: the webhook's 200 to "
            f"confirmed ({requests} Mem0 requests: 1 + {chunks} adds, {chunks} event reads, 1 count)",
            seconds(elapsed),
            f"one extraction: {seconds(EXTRACTION_SECONDS)}",
            f"+{seconds(elapsed - EXTRACTION_SECONDS)}",
            f"≤ floor + {seconds(CONFIRM_MARGIN_SECONDS)}",
            verdict(elapsed <= target),
        )
    )


def ingestion_runs(handler: ModuleType, fake: MeteredFake, runs: int) -> list[Ingestion]:
    ingest_once(handler, fake)  # the first builds the ingestion's memory client (a ping)
    return [ingest_once(handler, fake) for _ in range(runs)]


def ingestion(report: Report, handler: ModuleType, fake: MeteredFake, runs: int, latency: float) -> None:
    delayed = ingestion_runs(handler, fake, runs)
    fake.reset()  # no delay: what the same ingestion costs without waiting on Mem0
    instant = ingestion_runs(handler, fake, runs)
    fake.delay("/", latency)

    chunk = get_settings().ingest_chunk_turns
    allowed = 2 + math.ceil(INGEST_TURNS / chunk)
    requests = max(run.requests for run in delayed)
    wall = median([run.wall for run in delayed])
    serial = requests * latency
    concurrent = median([run.wall for run in instant]) + latency
    peak = max(run.peak_in_flight for run in delayed)
    path = f"Ingestion, 30-min call ({INGEST_TURNS} turns, chunk {chunk})"
    report.add(
        Row(
            "Ingestion",
            f"{path}: Mem0 requests",
            str(requests),
            f"2 + ceil({INGEST_TURNS}/{chunk}) = {allowed}",
            f"{requests}/{allowed}",
            f"≤ {allowed}",
            verdict(requests <= allowed),
        )
    )
    report.add(
        Row(
            "Ingestion",
            f"{path}: wall vs serial sum (peak {peak} requests in flight)",
            seconds(wall),
            f"requests x latency = {requests} x {seconds(latency)} = {seconds(serial)}",
            f"{wall / serial:.2f}x",
            INFO,
            INFO,
        )
    )
    ratio = wall / concurrent
    report.add(
        Row(
            "Ingestion",
            f"{path}: wall vs all requests concurrent",
            seconds(wall),
            f"same ingestion at 0 ms latency + one latency = {seconds(concurrent)}",
            f"{ratio:.2f}x",
            f"close to concurrent (≤ {INGEST_MAX_CONCURRENT_RATIO}x)",
            verdict(ratio <= INGEST_MAX_CONCURRENT_RATIO),
        )
    )
