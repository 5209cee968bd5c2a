"""Shared fixtures: moto for AWS, the fake Mem0 server, real ElevenLabs payloads, handler loading.

Everything runs offline. The environment is set before any project import so that mem0 never
writes to ~/.mem0 nor phones home, and boto3 never looks for real credentials.
"""

from __future__ import annotations

import gc
import importlib.util
import io
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import moto.sqs.models as sqs_models
import pytest
from moto import mock_aws
from moto.core.utils import unix_time_millis

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
HMAC_SECRET = "wsec_test_hmac_secret_do_not_use_in_production"
WORKSPACE_KEY = "test-workspace-key"
MEM0_TEST_KEY = "m0-test-key"

os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "MEM0_TELEMETRY": "False",
        "POWERTOOLS_SERVICE_NAME": "tests",
        "POWERTOOLS_TRACE_DISABLED": "true",
        # Nothing calls ElevenLabs for real: a test that needs its API starts the fake and points here.
        "ELEVENLABS_API_URL": "http://127.0.0.1:9",
    }
)
os.environ.setdefault("MEM0_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "agentic-memory-tests-mem0"))
os.environ.pop("AWS_ENDPOINT_URL", None)
# The test process holds moto's and botocore's loaded models for every test (millions of objects), and
# each test builds fresh boto3 sessions whose JSON models allocate heavily: at CPython's default
# threshold (2,000) the collector keeps traversing that heap, and the suite ran ~20 % slower (measured).
gc.set_threshold(100_000, 50, 1000)

from agentic_memory.runtime import aws as aws_clients, compose  # noqa: E402
from agentic_memory_ops.events import http_event, s3_event, sqs_event  # noqa: E402
from fake_mem0 import FakeMem0Server, fake_mem0  # noqa: E402

__all__ = ["FakeMem0Server", "fake_mem0", "http_event", "s3_event"]


@pytest.fixture(scope="session", autouse=True)
def leaves_make_runs_data_alone() -> Iterator[None]:
    """`make test` beside `make run`: tests use temporary folders, never the developer's ./.local
    (checked where it can be without a race with a running server: a fresh clone has none)."""
    local = ROOT / ".local"
    existed = local.exists()
    yield
    assert existed or not local.exists(), "a test created ./.local; use a temporary folder"


BUCKET = "test-archive"
PROFILE_TABLE = "test-caller-profiles"
INGESTION_LEDGER_TABLE = "test-ingestion-ledger"
INGESTION_QUEUE = "test-ingestion"
# Who calls and which conversation it is in post_call_transcription_returning_caller.json.
RETURNING_CALLER = "+15550100002"
RETURNING_CONVERSATION = "conv_0000fake0000000000000000002"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(fixture_bytes(name))
    return document


def load_handler(function: str) -> ModuleType:
    """``src/<function>/app.py`` under a unique module name (all three files are called app.py)."""
    name = f"{function}_app"
    spec = importlib.util.spec_from_file_location(name, ROOT / "src" / function / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class LambdaContext:
    function_name: str = "test-function"
    memory_limit_in_mb: int = 1024
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:test-function"
    aws_request_id: str = "00000000-0000-0000-0000-000000000000"

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def _clear_caches() -> None:
    compose.forget()


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """moto-backed S3 and DynamoDB shaped like the template's resources, and the env pointing at them."""
    monkeypatch.setenv("S3_BUCKET_NAME", BUCKET)
    monkeypatch.setenv("PROFILE_TABLE", PROFILE_TABLE)
    monkeypatch.setenv("INGESTION_LEDGER_TABLE", INGESTION_LEDGER_TABLE)
    monkeypatch.setenv("EXTRACTION_CHECK_SECONDS", "0")
    # The real payloads in tests/fixtures are of November 2025: past the default year of retention.
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", "0")
    monkeypatch.setenv("ELEVENLABS_HMAC_KEY", HMAC_SECRET)
    monkeypatch.setenv("ELEVENLABS_WORKSPACE_KEY", WORKSPACE_KEY)
    monkeypatch.delenv("SECRETS_ID", raising=False)
    _clear_caches()
    with mock_aws():
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})
        dynamodb = boto3.client("dynamodb")
        dynamodb.create_table(
            TableName=PROFILE_TABLE,
            BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        )
        dynamodb.create_table(
            TableName=INGESTION_LEDGER_TABLE,
            BillingMode="PAY_PER_REQUEST",
            KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        )
        # A failed message is visible again at once, as after a (short) visibility timeout.
        queue_url = boto3.client("sqs").create_queue(
            QueueName=INGESTION_QUEUE, Attributes={"VisibilityTimeout": "0"}
        )["QueueUrl"]
        monkeypatch.setenv("INGESTION_QUEUE_URL", queue_url)
        yield
    _clear_caches()


def extraction_checks() -> list[str]:
    """The bodies of the messages on the ingestion queue (in tests, PostCall's extraction checks:
    moto's bucket has no notification configured), taken off the queue."""
    sqs = boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    bodies: list[str] = []
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
        for message in messages:
            bodies.append(message["Body"])
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return bodies


def told(caller: str, agent_id: str | None = "agent_0000fake0000000000000000aa") -> dict[str, str]:
    """The dynamic variables ClientData would answer now for ``caller`` calling ``agent_id``."""
    from agentic_memory.greeting import dynamic_variables
    from agentic_memory.profiles import ProfileStore
    from agentic_memory.settings import Settings

    stored = ProfileStore(boto3.client("dynamodb"), PROFILE_TABLE).get(caller)
    return dynamic_variables(caller, stored, Settings.from_env(), agent_id)


def run_extraction_checks(post_call: ModuleType, rounds: int = 10) -> list[dict[str, Any]]:
    """What the ingestion queue's event source does: each queued message handed to PostCall, deleted
    when PostCall succeeds, until none is left (or ``rounds`` passes). A failure raises, and the
    message stays for its next delivery. Returns PostCall's answers."""
    sqs = boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    arn = f"arn:aws:sqs:us-east-1:123456789012:{INGESTION_QUEUE}"
    answers: list[dict[str, Any]] = []
    for _ in range(rounds):
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not messages:
            break
        for message in messages:
            event = sqs_event(arn, [(message["MessageId"], message["Body"])])
            answers.append(post_call.lambda_handler(event, LambdaContext()))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
    return answers


@pytest.fixture
def logs(post_call: ModuleType) -> Iterator[io.StringIO]:
    """Everything the functions' Powertools logger writes, formatted exactly as Lambda would ship it."""
    service = logging.getLogger(os.environ["POWERTOOLS_SERVICE_NAME"])
    stream = io.StringIO()
    copy = logging.StreamHandler(stream)
    copy.setFormatter(service.handlers[0].formatter)
    service.addHandler(copy)
    yield stream
    service.removeHandler(copy)


@pytest.fixture
def memory_server(fake_mem0: FakeMem0Server, monkeypatch: pytest.MonkeyPatch) -> FakeMem0Server:
    """The fake Mem0 server, with the functions' environment pointing at it."""
    monkeypatch.setenv("MEM0_HOST", fake_mem0.url)
    monkeypatch.setenv("MEM0_API_KEY", fake_mem0.api_key)
    monkeypatch.setenv("MEMORY_BACKEND", "mem0-platform")
    _clear_caches()
    return fake_mem0


@pytest.fixture
def context() -> LambdaContext:
    return LambdaContext()


@pytest.fixture
def post_call() -> ModuleType:
    return load_handler("post_call")


Invoke = Callable[[dict[str, Any]], dict[str, Any]]


def atomic_conditional_writes() -> None:
    """DynamoDB applies a conditional write atomically, and S3 a ``PutObject`` with ``If-None-Match``
    (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html); moto's
    in-process backends check and write without a lock, so threads can both pass one condition.
    Serialise the functions' DynamoDB calls and S3 writes, as the services do for one item or key."""
    lock = threading.Lock()

    def acquire(**_: Any) -> None:  # a handler's return value would be taken for the response
        lock.acquire()

    def release(**_: Any) -> None:
        lock.release()

    for events, operation in (
        (aws_clients.dynamodb_client().meta.events, "dynamodb"),
        (aws_clients.s3_client().meta.events, "s3.PutObject"),
    ):
        events.register(f"before-call.{operation}", acquire)
        events.register(f"after-call.{operation}", release)


@dataclass
class QueueDriver:
    """Lambda's SQS event source over the ingestion queue, with time under the test's control.

    Each ``advance`` moves SQS's clock on (moto's, by ``seconds``), so that delayed messages (extraction
    checks, recording checks, deferrals) come due without waiting; ``deliver_due`` then hands each due
    message to PostCall as the event source does, deletes it on success, and on a failure hides it
    until the next advance (a visibility timeout). After ``max_receives`` failed receives a message goes
    to ``dead``, as the template's redrive policy sends it to the dead-letter queue."""

    post_call: ModuleType
    monkeypatch: pytest.MonkeyPatch
    max_receives: int = 3
    elapsed: float = 0.0  # seconds SQS's clock was moved on
    answers: list[dict[str, Any]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # the error of every failed receive
    dead: list[str] = field(default_factory=list)  # bodies of the messages redriven to the DLQ

    def __post_init__(self) -> None:
        self.monkeypatch.setattr(sqs_models, "unix_time_millis", self.now_millis)

    def now_millis(self, moment: datetime | None = None) -> float:
        """SQS's clock (moto's ``unix_time_millis``), ``elapsed`` seconds ahead of the real one."""
        return unix_time_millis(moment) + self.elapsed * 1000

    def advance(self, seconds: float) -> None:
        self.elapsed += seconds

    def send(self, body: dict[str, Any]) -> None:
        """A message as another sender puts it on the queue (S3's notification, say)."""
        boto3.client("sqs").send_message(
            QueueUrl=os.environ["INGESTION_QUEUE_URL"], MessageBody=json.dumps(body)
        )

    def reset(self) -> None:
        """Forget what was delivered and failed (the queue itself is the test's to purge)."""
        self.answers.clear()
        self.failures.clear()
        self.dead.clear()

    def deliver_due(self) -> int:
        """Every message due now, once each; returns how many were handed to PostCall. What PostCall
        sends meanwhile waits for the next ``advance``, even undelayed: each round is one instant."""
        sqs, url = boto3.client("sqs"), os.environ["INGESTION_QUEUE_URL"]
        arn = f"arn:aws:sqs:us-east-1:123456789012:{url.rsplit('/', 1)[-1]}"
        started = self.now_millis()
        handed = 0
        while messages := sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=10,
            AttributeNames=["ApproximateReceiveCount", "SentTimestamp"],
        ).get("Messages", []):
            for message in messages:
                handle = message["ReceiptHandle"]
                if int(message["Attributes"]["SentTimestamp"]) > started:
                    sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=handle, VisibilityTimeout=1)
                    continue
                handed += 1
                event = sqs_event(arn, [(message["MessageId"], message["Body"])])
                try:
                    self.answers.append(self.post_call.lambda_handler(event, LambdaContext()))
                except Exception as error:
                    self.failures.append(f"{type(error).__name__}: {error}")
                    if int(message["Attributes"]["ApproximateReceiveCount"]) < self.max_receives:
                        sqs.change_message_visibility(
                            QueueUrl=url, ReceiptHandle=handle, VisibilityTimeout=60
                        )
                        continue
                    self.dead.append(message["Body"])
                sqs.delete_message(QueueUrl=url, ReceiptHandle=handle)
        return handed

    def run(self, step: float = 900, rounds: int = 40) -> None:
        """Advance ``step`` seconds and deliver what is due, until the queue holds nothing at all."""
        for _ in range(rounds):
            if self.queued() == 0:
                return
            self.advance(step)
            self.deliver_due()
        raise AssertionError(f"the queue still holds {self.queued()} messages after {rounds} rounds")

    @staticmethod
    def queued() -> int:
        attributes = boto3.client("sqs").get_queue_attributes(
            QueueUrl=os.environ["INGESTION_QUEUE_URL"],
            AttributeNames=[
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
                "ApproximateNumberOfMessagesDelayed",
            ],
        )["Attributes"]
        return sum(int(value) for value in attributes.values())


@pytest.fixture
def queue_driver(post_call: ModuleType, monkeypatch: pytest.MonkeyPatch) -> QueueDriver:
    return QueueDriver(post_call, monkeypatch)


# -- The post-call analysis's data-collection results (analysis_items) -------------------------------


def analysis_results(values: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``analysis.data_collection_results`` as a transcription carries them: each value (any JSON, as
    the SDK's ``DataCollectionResultCommonModel.value`` allows) with its id, schema and rationale, in the
    shape of the returning-caller fixture."""
    schema = {"type": "string", "description": "", "enum": None, "is_system_provided": False,
              "dynamic_variable": "", "constant_value": ""}  # fmt: skip
    return {
        key: {
            "data_collection_id": key,
            "value": value,
            "json_schema": schema,
            "rationale": "Said in the call.",
        }
        for key, value in values.items()
    }
