"""`agentic-memory smoke`: a synthetic call through the stack, checked step by step, then erased.

End to end against `make run`'s server (the one testkit/local_stack.py starts, as a user's second
terminal runs `agentic-memory smoke --local`), and in process for the failures.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agentic_memory.settings import Settings
from agentic_memory_ops.cli import main, smoke
from agentic_memory_ops.cli.target import Target
from testkit.fakes.mem0 import FakeMem0Server
from testkit.local_stack import RunningServer

STEPS = ["sent", "ingested", "greeted", "found", "forgotten", "nothing left"]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    data_dir = tmp_path / "local-data"
    data_dir.mkdir()
    running = RunningServer(data_dir)
    yield running
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait(timeout=30)


def test_smoke_local_passes_every_step_and_leaves_nothing(server: RunningServer) -> None:
    finished = server.cli("smoke")

    assert finished.returncode == 0, finished.stdout + finished.stderr
    # The server's own metric lines (EMF JSON, printed by ingestion while the command runs in it) are
    # the local server's output, not the command's.
    lines = [line for line in finished.stdout.splitlines() if not line.startswith("{")]
    assert [line.split("  ")[0] for line in lines] == ["PASS"] * len(STEPS), finished.stdout
    assert [line[6:19].strip() for line in lines] == STEPS
    assert smoke.TEST_NUMBER not in finished.stdout  # the number is shown masked
    greeting = server.post("/client-data", {"caller_id": smoke.TEST_NUMBER}).json()
    assert greeting["dynamic_variables"]["returning_caller"] == "no"

    again = server.cli("smoke")  # the erasure's tombstone does not keep a later run from passing
    assert again.returncode == 0, again.stdout + again.stderr


@pytest.mark.usefixtures("aws")
def test_a_failed_step_exits_1_on_its_fail_line_and_erases_what_was_planted(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    unreachable = "http://127.0.0.1:9/post-call"  # the discard port: nothing listens
    target = Target(settings=Settings.from_env(), urls={"post_call_url": unreachable})

    assert smoke.run(target, timeout=5) == 1

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FAIL  sent") and unreachable in lines[0]
    assert "clean-up" in lines[1] and "erased" in lines[1], lines


def test_without_a_deployment_smoke_says_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smoke"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("agentic-memory smoke: ") and error.count("\n") == 1, error
    assert "--stack" in error


def test_the_test_number_is_in_the_fictional_range() -> None:
    """NANPA reserves 555-0100 to 555-0199 for fiction: the number can never be a real caller's."""
    assert smoke.TEST_NUMBER.startswith("+1") and smoke.TEST_NUMBER[5:9] == "5550"
    assert 100 <= int(smoke.TEST_NUMBER[-3:]) <= 199
