"""``--local``: run a command in the local server (`make run`) that uses the data folder.

The server holds the local data (Qdrant's local mode admits one process per folder), so the command
is sent to it (``POST /_local/cli`` with the token from ``<data folder>/server.json``) and runs there
exactly as against a stack; what it prints comes back here. ``forget`` and ``setup`` ask their
question here: the plan is fetched first (``--dry-run``), and the command is sent only after a yes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import httpx

from agentic_memory_ops.cli.target import LOCAL_TOKEN_HEADER, CommandError, UsageError

DESCRIPTOR = "server.json"
TOKEN_HEADER = LOCAL_TOKEN_HEADER
DEFAULT_DATA_DIR = ".local"
# Generous: a forwarded `send --wait` or `replay` waits for ingestion inside the server.
TIMEOUT_SECONDS = 600.0
# Commands that ask before acting, and their question.
QUESTIONS = {
    "forget": "Erase this caller everywhere? This cannot be undone. [y/N] ",
    "setup": "Apply these changes? [y/N] ",
}
NOTHING_TO_DO = "nothing to change"


def running_server(data_dir: Path) -> dict[str, Any] | None:
    """What the server using ``data_dir`` announced (``server.json``), or None."""
    try:
        described: dict[str, Any] = json.loads((data_dir / DESCRIPTOR).read_text())
    except (OSError, ValueError):
        return None
    return described


def forward(argv: list[str], args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir or DEFAULT_DATA_DIR).resolve()
    server = running_server(data_dir)
    if server is None:
        raise UsageError(f"no local server uses {data_dir}: start one with `make run`")
    argv = _absolute_paths(argv, args)
    question = QUESTIONS.get(args.command)
    if question and not args.yes and not args.dry_run:
        if not sys.stdin.isatty():
            raise UsageError("stdin is not a terminal: pass --yes to act without a confirmation prompt")
        code, printed = _run(server, [*argv, "--dry-run"])
        if code != 0 or NOTHING_TO_DO in printed:
            return code
        try:
            agreed = input(question).strip().lower()
        except EOFError:
            agreed = ""
        if agreed not in {"y", "yes"}:
            print("Nothing was changed.")
            return 1
        argv = [*argv, "--yes"]
    return _run(server, argv)[0]


def _run(server: dict[str, Any], argv: list[str]) -> tuple[int, str]:
    try:
        answer = httpx.post(
            f"{server['url']}/_local/cli",
            json={"argv": argv},
            headers={TOKEN_HEADER: str(server.get("token", ""))},
            timeout=TIMEOUT_SECONDS,
        )
    except httpx.TransportError:
        raise UsageError(
            f"the local server at {server['url']} does not answer: start it with `make run`"
        ) from None
    if answer.status_code != 200:
        raise CommandError(f"the local server refused the command (HTTP {answer.status_code})")
    result = answer.json()
    printed = str(result.get("stdout", ""))
    sys.stdout.write(printed)
    sys.stderr.write(result.get("stderr", ""))
    return int(result.get("code", 1)), printed


def _absolute_paths(argv: list[str], args: argparse.Namespace) -> list[str]:
    """Files named on the command line are this shell's, relative to its working directory."""
    paths = {
        value: str(Path(value).resolve())
        for value in (getattr(args, "file", None), getattr(args, "output", None))
        if value
    }
    return [paths.get(token, token) for token in argv]
