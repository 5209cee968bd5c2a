"""``agentic-memory smoke``: one synthetic call through a deployed stack (or ``make run``), end to end.

The call is the built-in transcription sample (Maria books a cleaning and wants reminders by text
message) from a reserved test number, signed as ElevenLabs signs it and sent to PostCall like
``send``. Then, one line per step: its ingestion ends with every extraction confirmed (the ingestion
ledger); ClientData greets the caller by name; Retrieve finds the planted fact; ``forget`` erases the
caller; and nothing is left (ClientData, Retrieve, Mem0, the profile, the archive). Exit 0 when every
step passed, else 1 at the first that failed, after erasing whatever the run had planted.

The number is in the range the North American Numbering Plan reserves for fiction (555-0100 to
555-0199 in every area code: NANPA, "555 line numbers"), so it can never be a real caller's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from agentic_memory import signature
from agentic_memory.archive import Archive
from agentic_memory.ledger import Ledger
from agentic_memory.memory import INGEST_TIMEOUT_SECONDS
from agentic_memory.phone import mask
from agentic_memory.profiles import ProfileStore
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory.runtime.secrets import get_secret
from agentic_memory_ops.cli.forget import run as forget_caller
from agentic_memory_ops.cli.send import FINISHED, sample
from agentic_memory_ops.cli.target import Target, UsageError

TEST_NUMBER = "+16125550199"  # NANP 555-01xx: reserved for fictional use
QUERY = "How does the caller want reminders?"
PLANTED = "text"  # the fact the sample plants: reminders by text message, not by email
NAME = "Maria"
WAIT_SECONDS = 300.0  # Mem0's platform extracts asynchronously, a minute or more under load
POLL_SECONDS = 0.5
HTTP_SECONDS = 30.0


class StepFailed(Exception):
    """A step's check did not hold: its message is the FAIL line's detail."""


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[Any]) -> None:
    command = commands.add_parser(
        "smoke",
        parents=parents,
        help="check a deployed stack end to end with a synthetic call, then erase it",
        description=f"Send a signed synthetic transcription for the test number {TEST_NUMBER} (NANP's "
        "fictional 555-01xx range), wait until it is ingested and its memories confirmed, check that "
        "ClientData greets the caller and Retrieve finds the planted fact, then forget the caller and "
        "check nothing is left. One line per step; exit 0 when all pass, 1 otherwise.",
    )
    command.add_argument(
        "--timeout",
        type=float,
        default=WAIT_SECONDS,
        metavar="S",
        help=f"give up waiting for ingestion after S seconds (default {WAIT_SECONDS:.0f})",
    )
    command.set_defaults(run=lambda args: run(Target.resolve(args), args.timeout))


@dataclass
class Smoke:
    target: Target
    timeout: float
    conversation_id: str = ""
    agent_id: str = ""

    def call(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        """A tool or webhook call with the workspace key, as ElevenLabs makes it; its JSON answer."""
        key = get_secret("ELEVENLABS_WORKSPACE_KEY", self.target.settings)
        try:
            answer = httpx.post(url, json=body, headers={"X-Workspace-Key": key}, timeout=HTTP_SECONDS)
        except httpx.HTTPError as error:
            raise StepFailed(f"{url}: {error}") from None
        if answer.status_code != 200:
            raise StepFailed(f"{url}: HTTP {answer.status_code} {answer.text[:200]}")
        document: dict[str, Any] = answer.json()
        return document

    def greeting(self) -> dict[str, str]:
        url = self.target.url("client_data_url", "--stack or --local")
        variables: dict[str, str] = self.call(url, {"caller_id": TEST_NUMBER, "agent_id": self.agent_id})[
            "dynamic_variables"
        ]
        return variables

    def search(self) -> list[dict[str, Any]]:
        url = self.target.url("retrieve_url", "--stack or --local")
        body = {"query": QUERY, "caller_id": TEST_NUMBER, "agent_id": self.agent_id}
        memories: list[dict[str, Any]] = self.call(url, body)["memories"]
        return memories

    def sent(self) -> str:
        # The call starts now: a previous run's erasure covers every call that started before it.
        duration = json.loads(sample("post_call_transcription"))["data"]["metadata"]["call_duration_secs"]
        ends = datetime.now(UTC) + timedelta(seconds=int(duration or 0) + 1)
        body = sample("post_call_transcription", at=ends, caller=TEST_NUMBER)
        data = json.loads(body)["data"]
        self.conversation_id, self.agent_id = data["conversation_id"], data["agent_id"]
        url = self.target.url("post_call_url", "--stack or --local")
        secret = get_secret("ELEVENLABS_HMAC_KEY", self.target.settings)
        headers = {"Content-Type": "application/json", "ElevenLabs-Signature": signature.sign(body, secret)}
        try:
            answer = httpx.post(url, content=body, headers=headers, timeout=HTTP_SECONDS)
        except httpx.HTTPError as error:
            raise StepFailed(f"{url}: {error}") from None
        if answer.status_code != 200:
            raise StepFailed(f"PostCall answered HTTP {answer.status_code}: {answer.text[:200]}")
        return f"a signed transcription for {mask(TEST_NUMBER)} ({self.conversation_id}): HTTP 200"

    def ingested(self) -> str:
        table = self.target.ingestion_ledger_table()
        if not table:
            raise UsageError("smoke reads the ingestion ledger: pass --stack or --local")
        ledger, started = Ledger(self.target.dynamodb(), table), time.monotonic()
        progress = ledger.get(self.conversation_id)
        while progress is None or progress.status not in FINISHED:
            if time.monotonic() - started > self.timeout:
                state = progress.status if progress else "not started"
                raise StepFailed(f"not ingested after {self.timeout:.0f} s ({state}); see PostCall's logs")
            time.sleep(POLL_SECONDS)
            progress = ledger.get(self.conversation_id)
        if progress.status != "done":
            raise StepFailed(f"ingestion ended {progress.status!r}: {FINISHED[progress.status]}")
        took, chunks = time.monotonic() - started, len(progress.chunks)
        return f"in {took:.1f} s: {progress.facts_stored} facts, {chunks} extractions confirmed"

    def greeted(self) -> str:
        variables = self.greeting()
        if variables.get("returning_caller") != "yes" or variables.get("caller_name") != NAME:
            raise StepFailed(f"ClientData does not know the caller: {_shown(variables)}")
        return f"ClientData: a returning caller, {NAME}, first message {variables.get('first_message')!r}"

    def found(self) -> str:
        memories = self.search()
        planted = [m["memory"] for m in memories if PLANTED in str(m.get("memory", "")).lower()]
        if not planted:
            raise StepFailed(f"Retrieve did not find the planted fact among {len(memories)} memories")
        return f"Retrieve: {planted[0]!r} ({len(memories)} memories)"

    def forgotten(self) -> str:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            code = forget_caller(self.target, TEST_NUMBER, assume_yes=True)
        if code != 0:
            raise StepFailed(f"forget exited {code}: {printed.getvalue()[-300:]}")
        return f"forget {mask(TEST_NUMBER)}: Mem0, profile and archive erased"

    def nothing_left(self) -> str:
        left = []
        if self.greeting().get("returning_caller") != "no":
            left.append("ClientData still greets the caller")
        if memories := self.search():
            left.append(f"Retrieve finds {len(memories)} memories")
        held = open_memory_store(self.target.settings, INGEST_TIMEOUT_SECONDS).held(TEST_NUMBER)
        if held.memories or held.unread:
            left.append(f"Mem0 holds {len(held.memories)} memories{' (not all read)' if held.unread else ''}")
        if ProfileStore(self.target.dynamodb(), self.target.table()).get(TEST_NUMBER, consistent=True):
            left.append("the caller profile is there")
        archive = Archive(self.target.s3(), self.target.bucket())
        if archive.caller_conversations(TEST_NUMBER) or archive.exists(self._transcription_key()):
            left.append("the archive still holds the call")
        if left:
            raise StepFailed("; ".join(left))
        return "ClientData: a new caller; Retrieve: 0 memories; Mem0, profile and archive: nothing"

    def _transcription_key(self) -> str:
        return f"conversations/{self.conversation_id}/transcription.json"


def run(target: Target, timeout: float = WAIT_SECONDS) -> int:
    smoke = Smoke(target, timeout)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("sent", smoke.sent),
        ("ingested", smoke.ingested),
        ("greeted", smoke.greeted),
        ("found", smoke.found),
        ("forgotten", smoke.forgotten),
        ("nothing left", smoke.nothing_left),
    ]
    for name, step in steps:
        try:
            detail = step()
        except Exception as error:  # a step's failure, whatever it is, is its FAIL line
            if isinstance(error, UsageError):
                raise
            print(f"FAIL  {name:<13} {error}")
            if smoke.conversation_id and name not in ("forgotten", "nothing left"):
                _clean_up(smoke)
            return 1
        print(f"PASS  {name:<13} {detail}")
    return 0


def _clean_up(smoke: Smoke) -> None:
    """After a failure: erase what the run planted, so that a failed smoke leaves nothing either."""
    try:
        print(f"      {'clean-up':<13} {smoke.forgotten()}")
    except Exception as error:
        print(f"      {'clean-up':<13} failed ({error}): run `agentic-memory forget {TEST_NUMBER} --yes`")


def _shown(variables: dict[str, str]) -> str:
    returning, name = variables.get("returning_caller"), variables.get("caller_name")
    return f"returning_caller={returning!r}, caller_name={name!r}"
