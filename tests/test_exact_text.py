"""Secrets off the screen: the console and ``export`` show transcripts with their secrets redacted; the
exact text only when the operator asks for it, and each such reading leaves an audit record (who,
when, which conversation; never what it says)."""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path
from types import ModuleType

import boto3
import pytest

from agentic_memory_ops.cli import access
from agentic_memory_ops.cli.target import Target
from agentic_memory_ops.console.app import Console
from agentic_memory_ops.console.data import ConsoleData
from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET
from testkit.console import signed_in
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER as CALLER, fixture_json
from testkit.queue import run_extraction_checks

CONVERSATION = "conv_0000fake0000000000000000002"
SECRETS = ("4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "4321", "5568")
HEADERS = {"Host": "127.0.0.1:3000", "Origin": "http://127.0.0.1:3000"}


def call_with_secrets() -> bytes:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["transcript"] = [
        {"role": "agent", "message": "What is the alarm code, for the technician?"},
        {"role": "user", "message": "It's 5568. And my PIN is 4321, card 4111 1111 1111 1111."},
    ]
    document["data"]["analysis"]["transcript_summary"] = (
        "Stefan paid by card 4111 1111 1111 1111; refunds go to IBAN GB82 WEST 1234 5698 7654 32."
    )
    return json.dumps(document).encode()


@pytest.fixture
def delivered(post_call: ModuleType, memory_server: FakeMem0Server) -> bytes:
    body = call_with_secrets()
    assert (
        post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())["statusCode"]
        == 200
    )
    post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{CONVERSATION}/transcription.json"), LambdaContext()
    )
    run_extraction_checks(post_call)
    return body


def access_records() -> list[dict[str, object]]:
    s3 = boto3.client("s3")
    listed = s3.list_objects_v2(Bucket=BUCKET, Prefix=access.ACCESS_LOG_PREFIX).get("Contents", [])
    return [json.loads(s3.get_object(Bucket=BUCKET, Key=o["Key"])["Body"].read()) for o in listed]


@pytest.mark.usefixtures("aws", "delivered")
def test_the_console_shows_a_transcript_redacted_and_the_exact_text_only_when_asked() -> None:
    console = Console(ConsoleData(Target.resolve(argparse.Namespace())), "the-token", "/console")
    ref = console.refs.of(CALLER)
    headers = {**HEADERS, "Cookie": signed_in(console)}

    page = console.handle("GET", f"/caller/{ref}", "", headers, b"").body.decode()
    assert not [secret for secret in SECRETS if secret in page]
    assert "[card ending 1111]" in page and "Show the exact text" in page
    assert access_records() == []

    form = f"conversation={CONVERSATION}".encode()
    exact = console.handle("POST", f"/caller/{ref}/exact", "", headers, form)
    assert exact.status == 200
    assert (
        "GB82 WEST 1234 5698 7654 32" in exact.body.decode()
        and "This reading is recorded" in exact.body.decode()
    )
    [record] = access_records()
    assert record["conversation_ids"] == [CONVERSATION] and record["via"] == "console"
    assert record["operator"] and record["at"]
    assert not [secret for secret in SECRETS if secret in json.dumps(record)]  # who and when, no content


@pytest.mark.usefixtures("aws", "delivered")
def test_the_console_refuses_the_exact_text_of_another_callers_conversation() -> None:
    console = Console(ConsoleData(Target.resolve(argparse.Namespace())), "the-token", "/console")
    ref = console.refs.of(CALLER)
    headers = {**HEADERS, "Cookie": signed_in(console)}
    answer = console.handle("POST", f"/caller/{ref}/exact", "", headers, b"conversation=conv_someone_else")
    assert answer.status == 404
    assert access_records() == []


@pytest.mark.usefixtures("aws")
def test_export_redacts_the_transcripts_unless_asked_for_the_exact_text(
    delivered: bytes, tmp_path: Path
) -> None:
    target = Target.resolve(argparse.Namespace())
    key = f"conversations/{CONVERSATION}/transcription.json"

    assert access.export(target, CALLER, str(tmp_path / "a.zip"), with_recordings=True) == 0
    with zipfile.ZipFile(tmp_path / "a.zip") as bundle:
        redacted = bundle.read(key).decode()
    assert not [secret for secret in SECRETS if secret in redacted]
    assert "[card ending 1111]" in redacted
    assert access_records() == []

    assert access.export(target, CALLER, str(tmp_path / "b.zip"), with_recordings=True, exact=True) == 0
    with zipfile.ZipFile(tmp_path / "b.zip") as bundle:
        assert bundle.read(key) == delivered  # the bytes as received
    [record] = access_records()
    assert record["conversation_ids"] == [CONVERSATION] and record["via"] == "export --exact"
