"""`make run` as a subprocess on free ports, for the tests that drive it (over HTTP, the CLI, a browser)."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from local_server.aws import free_port
from testkit import ROOT

SECRET = "local-hmac-secret"
KEY = "local-workspace-key"
QUERY = "How does the caller want reminders?"  # the README's walk-through, word for word
AGENT = "agent_0000sample0000000000000aa"  # the built-in sample's agent, as in the README
CALL_START = {"caller_id": "+15550100002", "agent_id": AGENT}
START_TIMEOUT = 90.0
INGEST_TIMEOUT = 60.0


def server_command(data_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "local_server", "--data-dir", str(data_dir), *extra]


def clean_env() -> dict[str, str]:
    """A user's shell: none of the test session's own AWS, Mem0, ElevenLabs or Powertools settings."""
    prefixes = ("AWS_", "MEM0_", "ELEVENLABS_", "POWERTOOLS_")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


class RunningServer:
    def __init__(self, data_dir: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.log = data_dir.parent / "server.log"
        ports = ["--port", str(self.port), "--aws-port", str(free_port())]
        self.process = subprocess.Popen(
            server_command(data_dir, *ports, *extra),
            cwd=ROOT,
            env=clean_env(),
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
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError(f"server did not start in {START_TIMEOUT}s: {self.log.read_text()[-3000:]}")

    def post(self, path: str, body: dict[str, Any], key: str = KEY) -> httpx.Response:
        return httpx.post(f"{self.url}{path}", json=body, headers={"X-Workspace-Key": key}, timeout=30)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=60)

    def wait_for_log(self, text: str, since: int = 0) -> None:
        """Until ``text`` is in the log (from its ``since``-th character on), bounded."""
        deadline = time.monotonic() + INGEST_TIMEOUT
        while text not in self.log.read_text()[since:]:
            assert time.monotonic() < deadline, f"no {text!r} in the log: {self.log.read_text()[-3000:]}"
            time.sleep(0.2)

    def suggested_commands(self) -> list[list[str]]:
        """The commands the banner's ``Try:`` lines print, each as argv."""
        banner = self.log.read_text().split("Try: ", 1)[1].split("Stop with", 1)[0]
        return [shlex.split(line) for line in banner.splitlines() if line.strip()]

    def cli(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """``agentic-memory ARGV --local`` from another directory, as a user's second terminal."""
        command = [
            sys.executable,
            "-m",
            "agentic_memory_ops.cli",
            *argv,
            "--local",
            "--data-dir",
            str(self.data_dir),
        ]
        return subprocess.run(
            command,
            cwd=self.data_dir.parent,
            env=clean_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
