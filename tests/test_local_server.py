"""`make run` as a subprocess on a free port, driven over HTTP like the README walk-through.

A transcription for a new caller is sent with `agentic-memory send`; once the emulated S3 notification
has ingested it, ClientData greets the caller by name and Retrieve finds a fact from the call. After a
restart, the caller is still known: archive, profiles and memories persist in the data folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import ROOT
from local_server.aws import free_port

SECRET = "local-hmac-secret"
KEY = "local-workspace-key"
QUERY = "How does the caller want reminders?"  # the README's walk-through, word for word
CALL_START = {"caller_id": "+15550100002", "agent_id": "agent_demo"}
START_TIMEOUT = 90.0
INGEST_TIMEOUT = 60.0


class RunningServer:
    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data_dir / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEM0_", "ELEVENLABS_"))}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "local_server", "--port", str(self.port), "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        self._wait_until_up()

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()[-3000:]}")
            try:
                httpx.post(f"{self.url}/client-data", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError(f"server did not start in {START_TIMEOUT}s: {self.log.read_text()[-3000:]}")

    def post(self, path: str, body: dict[str, Any], key: str = KEY) -> httpx.Response:
        return httpx.post(f"{self.url}{path}", json=body, headers={"X-Workspace-Key": key}, timeout=30)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "local-data"


@pytest.fixture
def server(data_dir: Path) -> Iterator[RunningServer]:
    data_dir.mkdir()
    running = RunningServer(data_dir)
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait(timeout=30)


def send_sample(server: RunningServer) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "agentic_memory_ops.cli",
        "send",
        "--type",
        "post_call_transcription",
        "--url",
        f"{server.url}/post-call",
        "--secret",
        SECRET,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def sample() -> dict[str, Any]:
    path = ROOT / "agentic_memory_ops" / "samples" / "post_call_transcription.json"
    document: dict[str, Any] = json.loads(path.read_text())
    return document


def wait_for_returning_caller(server: RunningServer, caller: str) -> dict[str, Any]:
    """Ingestion runs after the 200, as in AWS: poll ClientData, bounded, until it knows the caller."""
    deadline = time.monotonic() + INGEST_TIMEOUT
    while time.monotonic() < deadline:
        answer: dict[str, Any] = server.post("/client-data", {**CALL_START, "caller_id": caller}).json()
        if answer["dynamic_variables"]["returning_caller"] == "yes":
            return answer
        time.sleep(0.3)
    raise AssertionError(f"caller not ingested in {INGEST_TIMEOUT}s: {server.log.read_text()[-3000:]}")


def test_the_readme_walk_through_works_over_http_and_survives_a_restart(
    server: RunningServer, data_dir: Path
) -> None:
    data = sample()["data"]
    caller = data["metadata"]["phone_call"]["external_number"]
    name = next(
        r["value"]
        for r in data["analysis"]["data_collection_results"].values()
        if r["data_collection_id"] in ("first_name", "name") and r["value"]
    )

    assert caller == CALL_START["caller_id"]
    before = server.post("/client-data", CALL_START).json()
    assert before["dynamic_variables"]["returning_caller"] == "no"

    sent = send_sample(server)
    assert sent.returncode == 0, sent.stderr
    assert "200" in sent.stdout

    after = wait_for_returning_caller(server, caller)
    assert after["dynamic_variables"]["caller_name"] == name
    assert name in after["dynamic_variables"]["first_message"]

    found = server.post("/retrieve", {"query": QUERY, "caller_id": caller}).json()
    assert "text message" in found["memories"][0]["memory"], found
    assert server.post("/retrieve", {"query": "x", "caller_id": caller}, key="wrong").status_code == 401

    assert server.stop() == 0
    again = RunningServer(data_dir)
    try:
        remembered = again.post("/client-data", {"caller_id": caller}).json()
        assert remembered["dynamic_variables"]["returning_caller"] == "yes"
        assert again.post("/retrieve", {"query": QUERY, "caller_id": caller}).json()["memories"]
    finally:
        assert again.stop() == 0
