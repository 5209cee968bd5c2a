"""pytest's fixtures and hooks; the helpers they use live in ``testkit`` (imported by tests, bench and
evaluation alike).

Everything runs offline. The environment is set before any project import so that mem0 never
writes to ~/.mem0 nor phones home, and boto3 never looks for real credentials.
"""

from __future__ import annotations

import gc
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import boto3
import pytest

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

from agentic_memory.runtime import compose  # noqa: E402
from testkit import ROOT  # noqa: E402
from testkit.aws import BUCKET, INGESTION_LEDGER_TABLE, PROFILE_TABLE, MotoWorld  # noqa: E402
from testkit.fakes.mem0 import FakeMem0Server  # noqa: E402
from testkit.fakes.openmemory import FakeOpenMemoryServer  # noqa: E402
from testkit.handlers import LambdaContext, load_handler  # noqa: E402
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY  # noqa: E402
from testkit.queue import QueueDriver  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def leaves_make_runs_data_alone() -> Iterator[None]:
    """`make test` beside `make run`: tests use temporary folders, never the developer's ./.local
    (checked where it can be without a race with a running server: a fresh clone has none)."""
    local = ROOT / ".local"
    existed = local.exists()
    yield
    assert existed or not local.exists(), "a test created ./.local; use a temporary folder"


@pytest.fixture(scope="session")
def moto_world() -> MotoWorld:
    """One moto for the session; its resources are made at the first ``aws`` test."""
    return MotoWorld()


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch, moto_world: MotoWorld) -> Iterator[None]:
    """moto-backed S3, DynamoDB and SQS shaped like the template's resources, empty, and the env
    pointing at them."""
    monkeypatch.setenv("S3_BUCKET_NAME", BUCKET)
    monkeypatch.setenv("PROFILE_TABLE", PROFILE_TABLE)
    monkeypatch.setenv("INGESTION_LEDGER_TABLE", INGESTION_LEDGER_TABLE)
    monkeypatch.setenv("EXTRACTION_CHECK_SECONDS", "0")
    # The real payloads in tests/fixtures are of November 2025: past the default year of retention.
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", "0")
    monkeypatch.setenv("ELEVENLABS_HMAC_KEY", HMAC_SECRET)
    monkeypatch.setenv("ELEVENLABS_WORKSPACE_KEY", WORKSPACE_KEY)
    monkeypatch.delenv("SECRETS_ID", raising=False)
    compose.forget()
    moto_world.start()
    try:
        monkeypatch.setenv("INGESTION_QUEUE_URL", moto_world.fresh())
        yield
    finally:
        moto_world.stop()
        compose.forget()


@pytest.fixture
def fake_mem0() -> Iterator[FakeMem0Server]:
    """A started fake Mem0, stopped (port closed) after the test."""
    with FakeMem0Server() as fake:
        yield fake


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
    compose.forget()
    return fake_mem0


@pytest.fixture
def context() -> LambdaContext:
    return LambdaContext()


@pytest.fixture
def post_call() -> ModuleType:
    return load_handler("post_call")


@pytest.fixture
def queue_driver(post_call: ModuleType, monkeypatch: pytest.MonkeyPatch) -> QueueDriver:
    return QueueDriver(post_call, monkeypatch)


# -- The post-call analysis's data-collection results (analysis_items) -------------------------------


@pytest.fixture
def fake_openmemory() -> Iterator[FakeOpenMemoryServer]:
    """A started fake OpenMemory server, stopped (port closed) after the test."""
    with FakeOpenMemoryServer() as fake:
        yield fake


# What boto3's default session reads from the environment once, when it is made.
AWS_ENVIRONMENT = ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                   "AWS_PROFILE", "AWS_DEFAULT_REGION", "AWS_REGION")  # fmt: skip
_default_session_environment: list[tuple[str | None, ...]] = []


@pytest.fixture(autouse=True)
def boto3_follows_the_environment() -> None:
    """boto3's default session is kept from test to test (its service models load once), but it holds
    the credentials and endpoint of the environment it was made in: a test that changed those (a
    local server's token, restored after) leaves the next test a session made anew."""
    environment = tuple(os.environ.get(name) for name in AWS_ENVIRONMENT)
    if _default_session_environment and _default_session_environment[0] != environment:
        boto3.DEFAULT_SESSION = None
    _default_session_environment[:] = [environment]
