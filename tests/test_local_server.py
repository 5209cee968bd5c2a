"""`make run` as a subprocess on free ports, driven over HTTP and the CLI like the README walk-through.

A transcription for a new caller is sent with `agentic-memory send --local --wait`, which returns once
it is ingested; ClientData then greets the caller by name and Retrieve finds a fact from the call.
After a restart, or a `kill -9`, the caller is still known and queued ingestions resume: archive,
profiles, queues and memories persist in the data folder. Misuse gets one clear line.
"""

from __future__ import annotations

import errno
import json
import re
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import httpx
import pytest

from agentic_memory_ops.cli import send
from local_server.aws import free_port
from local_server.runtime import LocalFunction
from local_server.server import LocalApi
from local_server.template import FunctionSpec, Route, Stack
from testkit import ROOT
from testkit.local_stack import (
    AGENT,
    CALL_START,
    INGEST_TIMEOUT,
    QUERY,
    RunningServer,
    clean_env,
    server_command,
)

pytestmark = pytest.mark.slow  # make run as a subprocess


def refused_start(data_dir: Path, *extra: str) -> str:
    """Start a server that must refuse to: exit code 2 and one line, which is returned."""
    finished = subprocess.run(
        server_command(data_dir, *extra),
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 2, finished.stdout + finished.stderr
    assert finished.stderr.startswith("make run: ") and finished.stderr.count("\n") == 1, finished.stderr
    return finished.stderr


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


def sample() -> dict[str, Any]:
    path = ROOT / "agentic_memory_ops" / "samples" / "post_call_transcription.json"
    document: dict[str, Any] = json.loads(path.read_text())
    return document


def typed(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """A command run as a user types it in a second terminal, in the directory `make run` started in."""
    return subprocess.run(
        argv, cwd=ROOT, env=clean_env(), capture_output=True, text=True, timeout=120, check=False
    )


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
    before = server.post("/client-data", CALL_START)
    assert before.text.endswith("}\n")  # a terminal shows the next answer on its own line
    assert before.json()["dynamic_variables"]["returning_caller"] == "no"

    # The banner's own commands, typed in the directory `make run` started in: they name this
    # server's data folder, not the default .local.
    send_command, show_command = server.suggested_commands()
    assert send_command[1:] == ["send", "--wait", "--local", "--data-dir", str(data_dir)]
    sent = typed(send_command)
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "HTTP 200" in sent.stdout
    assert "ingested" in sent.stdout.splitlines()[-1]

    # No polling: --wait returned once the call was ingested.
    after = server.post("/client-data", CALL_START).json()
    assert after["dynamic_variables"]["caller_name"] == name
    assert name in after["dynamic_variables"]["first_message"]

    found = server.post("/retrieve", {"query": QUERY, "caller_id": caller, "agent_id": AGENT}).json()
    assert "text message" in found["memories"][0]["memory"], found
    assert server.post("/retrieve", {"query": "x", "caller_id": caller}, key="wrong").status_code == 401
    rejected = [line for line in server.log.read_text().splitlines() if "Search request rejected" in line]
    logged = json.loads(rejected[-1])  # logged as the function that rejected it, as in AWS
    assert (logged["service"], logged["function_name"]) == ("retrieve", "agentic-memory-local-retrieve")
    assert "caller" not in logged  # no key left over from ClientData's last call

    replayed = server.cli("replay", data["conversation_id"])  # through the local Invoke API
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr
    # What a tunnel to the port could reach besides the three routes: nothing without the token.
    invoke = f"{server.url}/2015-03-31/functions/PostCallFunction/invocations"
    assert httpx.post(invoke, json={}, timeout=10).status_code == 403
    assert (
        httpx.post(f"{server.url}/_local/cli", json={"argv": ["show", caller]}, timeout=10).status_code == 403
    )

    shown = typed(show_command)
    assert shown.returncode == 0, shown.stderr
    assert "+1********02" in shown.stdout and caller not in shown.stdout
    assert "Maria" in shown.stdout

    assert server.stop() == 0
    assert not re.search(r"\w+Warning: ", server.log.read_text())  # no library's warning in the output
    again = RunningServer(data_dir)
    try:
        remembered = again.post("/client-data", {"caller_id": caller}).json()
        assert remembered["dynamic_variables"]["returning_caller"] == "yes"
        assert again.post("/retrieve", {"query": QUERY, "caller_id": caller, "agent_id": AGENT}).json()[
            "memories"
        ]

        forgotten = again.cli("forget", caller, "--yes")
        assert forgotten.returncode == 0, forgotten.stdout + forgotten.stderr
        assert again.post("/client-data", CALL_START).json()["dynamic_variables"]["returning_caller"] == "no"
        assert (
            again.post("/retrieve", {"query": QUERY, "caller_id": caller, "agent_id": AGENT}).json()[
                "memories"
            ]
            == []
        )
    finally:
        assert again.stop() == 0


def test_an_acknowledged_webhook_survives_kill_9_and_its_ingestion_resumes(tmp_path: Path) -> None:
    data_dir = tmp_path / "local-data"
    broken = tmp_path / "broken.json"  # memory unusable: ingestion fails and stays queued
    env = json.loads((ROOT / "env.local.json").read_text())
    env["Parameters"]["MEM0_OSS_CONFIG"] = json.dumps({"not_an_option": True})
    broken.write_text(json.dumps(env))
    first = RunningServer(data_dir, "--env-vars", str(broken))
    try:
        sent = first.cli("send")
        assert sent.returncode == 0, sent.stdout + sent.stderr

        second = refused_start(data_dir, "--port", str(free_port()), "--aws-port", str(free_port()))
        assert "in use by another local server" in second
        assert "in use by another local server" in refused_start(data_dir, "--reset")  # make reset-local
        first.wait_for_log("Ingestion failed; it is retried")
        # Killed mid-ingestion: the run holds its conversation's lease (here for an hour, as a long
        # Lambda time-out would). No run outlives the server, so the next start releases it.
        hold_the_lease(
            first.data_dir, json.loads(send.sample("post_call_transcription"))["data"]["conversation_id"]
        )
    finally:
        first.process.kill()  # kill -9: no chance to save anything
        first.process.wait(timeout=30)

    again = RunningServer(data_dir)
    try:
        known = wait_for_returning_caller(again, CALL_START["caller_id"])
        assert known["dynamic_variables"]["caller_name"] == "Maria"
    finally:
        assert again.stop() == 0


def hold_the_lease(data_dir: Path, conversation_id: str) -> None:
    """What an ingestion killed mid-run leaves in the ledger: its lease, held for an hour."""
    described = json.loads((data_dir / "server.json").read_text())
    dynamodb = boto3.client(
        "dynamodb", endpoint_url=described["aws_endpoint"], region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key=described["token"],
    )  # fmt: skip
    dynamodb.update_item(
        TableName=Stack(ROOT / "template.yaml").physical_name("IngestionLedgerTable"),
        Key={"id": {"S": conversation_id}},
        UpdateExpression="SET lease_until = :later",
        ExpressionAttributeValues={":later": {"N": str(int(time.time()) + 3600)}},
    )


def test_a_transcription_another_client_writes_to_the_archive_is_ingested(server: RunningServer) -> None:
    """S3 announces every write that matches the bucket's notification, whoever the writer: here boto3
    in another process (as ``aws s3 cp --endpoint-url`` would write it), not PostCall."""
    body = send.sample("post_call_transcription")
    conversation = json.loads(body)["data"]["conversation_id"]
    described = json.loads((server.data_dir / "server.json").read_text())
    s3 = boto3.client(
        "s3",
        endpoint_url=described["aws_endpoint"],
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key=described["token"],  # the emulated AWS's secret key is the server's token
    )
    bucket = Stack(ROOT / "template.yaml").physical_name("ArchiveBucket")
    s3.put_object(Bucket=bucket, Key=f"conversations/{conversation}/transcription.json", Body=body)

    known = wait_for_returning_caller(server, CALL_START["caller_id"])
    assert known["dynamic_variables"]["caller_name"] == "Maria"
    assert "Not a transcription key" not in server.log.read_text()


@pytest.mark.parametrize(
    ("case", "complaint"),
    [
        ("missing env file", "cannot read the env file"),
        ("env file not JSON", "is not JSON"),
        ("env file of the wrong shape", "must be an object of sections"),
        ("env value not a scalar", "must be a string, number or boolean"),
        ("unknown template parameter", "has no parameter NoSuchParameter"),
        ("port in use", "another program uses it"),
    ],
)
def test_misuse_of_make_run_is_one_clear_line(tmp_path: Path, case: str, complaint: str) -> None:
    env_file = tmp_path / "env.json"
    extra = ["--env-vars", str(env_file)]
    env_file.write_text(json.dumps({"Parameters": {"MEMORY_BACKEND": "mem0-oss"}}))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1] if case == "port in use" else free_port()
        if case == "missing env file":
            env_file.unlink()
        elif case == "env file not JSON":
            env_file.write_text('{"Parameters": {')
        elif case == "env file of the wrong shape":
            env_file.write_text('["MEMORY_BACKEND=mem0-oss"]')
        elif case == "env value not a scalar":
            env_file.write_text('{"Parameters": {"MEM0_OSS_CONFIG": {"data_dir": "x"}}}')
        elif case == "unknown template parameter":
            extra += ["--parameter-overrides", "NoSuchParameter=1"]
        complained = refused_start(tmp_path / "data", "--port", str(port), *extra)
    assert complaint in complained


def test_local_commands_without_a_server_say_how_to_start_one(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "agentic_memory_ops.cli", "show", "+15550100002", "--local"]
    finished = subprocess.run(
        [*command, "--data-dir", str(tmp_path)],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2
    assert finished.stderr.count("\n") == 1
    assert "no local server uses" in finished.stderr and "make run" in finished.stderr


def test_fifty_requests_arriving_at_once_while_the_server_is_busy_are_all_answered() -> None:
    """A burst of connections (a load test, the console's parallel fetches) reaching `make run` while
    it accepts none, for a moment: the kernel holds each until it does, and every one is answered."""
    api = LocalApi(("127.0.0.1", 0))  # listening, not yet accepting: as when the process is busy
    clients = [socket.socket() for _ in range(50)]
    serving = threading.Thread(target=api.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    try:
        for client in clients:
            client.setblocking(False)
            assert client.connect_ex(api.server_address[:2]) in (0, errno.EINPROGRESS)
        pending, deadline = set(clients), time.monotonic() + 3
        while pending and time.monotonic() < deadline:
            _, connected, _ = select.select([], list(pending), [], max(0.0, deadline - time.monotonic()))
            pending -= set(connected)
        assert len(pending) == 0, f"{len(pending)} of 50 connections not taken while the server was busy"
        assert all(c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0 for c in clients)

        serving.start()
        answers = []
        for client in clients:
            client.settimeout(10)
            client.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        for client in clients:
            answers.append(client.makefile("rb").readline())
        assert answers == [b"HTTP/1.1 200 OK\r\n"] * 50
    finally:
        for client in clients:
            client.close()
        if serving.is_alive():
            api.shutdown()
        api.server_close()


def test_a_method_no_route_has_is_answered_as_http_api_does(tmp_path: Path) -> None:
    """HTTP API answers 404 {"message":"Not Found"} to a method its routes do not take, as to an
    unknown path; never http.server's HTML page (501 for PUT, DELETE...)."""
    (tmp_path / "app.py").write_text("def lambda_handler(event, context):\n    return {'statusCode': 200}\n")
    spec = FunctionSpec(
        "RoutedFunction", "routed", tmp_path, "app.lambda_handler", {}, [Route("POST", "/client-data")]
    )
    api = LocalApi(("127.0.0.1", 0))
    api.routes = {("POST", "/client-data"): LocalFunction(spec)}
    serving = threading.Thread(target=api.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    serving.start()
    try:
        url = f"{api.url}/client-data"
        assert httpx.post(url, content=b"{}", timeout=10).status_code == 200
        for method in ("GET", "PUT", "DELETE", "PATCH", "OPTIONS"):
            answer = httpx.request(method, url, content=b"{}", timeout=10)
            assert answer.status_code == 404, method
            assert answer.headers["content-type"] == "application/json", method
            assert answer.json() == {"message": "Not Found"}, method
        head = httpx.head(url, timeout=10)
        assert (head.status_code, head.content) == (404, b"")
        assert httpx.put(f"{api.url}/nowhere", timeout=10).json() == {"message": "Not Found"}
    finally:
        api.shutdown()
        api.server_close()
        del sys.modules["RoutedFunction.app"]


def test_make_alone_lists_every_target_with_what_it_does() -> None:
    makefile = (ROOT / "Makefile").read_text()
    declared = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE)
    assert declared is not None
    listed = subprocess.run(
        ["make", "--no-print-directory"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    ).stdout.splitlines()
    described = {line.split()[1]: line for line in listed if line.startswith("make ")}
    assert set(described) == set(declared.group(1).split())
    assert all(len(line.split()) > 2 for line in described.values())  # each with what it does
