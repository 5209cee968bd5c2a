"""Caller verification through `make run` (the template's routes and parameters, the CLI in the server):
a spoofed call gets a stranger's greeting and no search; the caller who answers gets both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from testkit.local_stack import AGENT, CALL_START, QUERY, RunningServer

CALLER = CALL_START["caller_id"]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    data_dir = tmp_path / "local-data"
    data_dir.mkdir()
    running = RunningServer(data_dir, "--parameter-overrides", "CallerVerification=on ForgetMeTool=on")
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait(timeout=30)


def test_make_run_with_caller_verification_tells_a_spoofed_call_nothing(server: RunningServer) -> None:
    sent = server.cli("send", "--wait")
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert server.cli("verification", "set", CALLER, "--passphrase", "blue heron").returncode == 0

    greeting = server.post("/client-data", CALL_START).json()["dynamic_variables"]
    assert (greeting["caller_verified"], greeting["returning_caller"], greeting["caller_name"]) == (
        "no",
        "no",
        "",
    )
    tools = {"caller_id": CALLER, "agent_id": AGENT, "conversation_id": "conv_local_spoofed"}
    assert server.post("/retrieve", {**tools, "query": QUERY}).json()["memories"] == []
    assert server.post("/verify-caller", {**tools, "answer": "red heron"}).json()["verified"] is False

    genuine = {**tools, "conversation_id": "conv_local_genuine"}
    verified = server.post("/verify-caller", {**genuine, "answer": "Blue Heron"}).json()
    assert verified["verified"] is True and verified["caller_name"], verified
    found = server.post("/retrieve", {**genuine, "query": QUERY}).json()
    assert "text message" in found["memories"][0]["memory"], found
    assert "heron" not in server.log.read_text().casefold()  # the factor is in no log line
