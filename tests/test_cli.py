"""The ``agentic-memory`` command: send, forget, replay and doctor, against moto, the fake Mem0 and
local HTTP servers, through ``main(argv)`` as an operator would run it."""

from __future__ import annotations

import io
import json
import re
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest

from agentic_memory import signature
from agentic_memory.archive import Archive, audit_key, audit_prefix, conversation_prefix
from agentic_memory.runtime import compose
from agentic_memory_ops.cli import main, replay, send
from agentic_memory_ops.cli.target import Target, UsageError
from agentic_memory_ops.events import http_event, s3_event, signed_webhook_event
from testkit.aws import BUCKET, PROFILE_TABLE
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext, told
from testkit.payloads import HMAC_SECRET, RETURNING_CALLER as CALLER, WORKSPACE_KEY, fixture_json
from testkit.queue import run_extraction_checks

OTHER_CALLER = "+15550100003"
FIRST = "conv_0000fake0000000000000000002"
SECOND = "conv_0000fake0000000000000000012"
OTHERS = "conv_0000fake0000000000000000003"
Respond = Callable[[bytes, dict[str, str]], tuple[int, bytes]]


# -- helpers ---------------------------------------------------------------------------------------


class LocalHttp:
    """A stdlib HTTP server on 127.0.0.1 that records each POST and answers with ``respond``."""

    def __init__(self, respond: Respond) -> None:
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.requests.append((self.path, headers, body))
                status, answer = respond(body, headers)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def http() -> Iterator[Callable[[Respond], LocalHttp]]:
    servers: list[LocalHttp] = []

    def start(respond: Respond) -> LocalHttp:
        servers.append(LocalHttp(respond))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def unauthorized(_body: bytes, _headers: dict[str, str]) -> tuple[int, bytes]:
    return 401, b'{"error":"missing credentials"}'


def through_post_call(post_call: ModuleType) -> Respond:
    """API Gateway in front of the real PostCall handler."""

    def respond(body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        result = post_call.lambda_handler(http_event(body, headers), LambdaContext())
        return int(result["statusCode"]), str(result["body"]).encode()

    return respond


def transcription(caller: str, conversation_id: str, **data: Any) -> bytes:
    document = fixture_json("post_call_transcription_returning_caller.json")
    document["data"]["conversation_id"] = conversation_id
    document["data"]["metadata"]["phone_call"]["external_number"] = caller
    document["data"]["conversation_initiation_client_data"]["dynamic_variables"]["system__caller_id"] = caller
    document["data"].update(data)
    return json.dumps(document, indent=2).encode()


def deliver(post_call: ModuleType, body: bytes) -> None:
    event = signed_webhook_event(body, HMAC_SECRET)
    assert post_call.lambda_handler(event, LambdaContext())["statusCode"] == 200


def notify(post_call: ModuleType, conversation_id: str) -> dict[str, Any]:
    key = f"conversations/{conversation_id}/transcription.json"
    result: dict[str, Any] = post_call.lambda_handler(s3_event(BUCKET, key), LambdaContext())
    return result


def profile(caller: str) -> dict[str, Any]:
    item = boto3.client("dynamodb").get_item(TableName=PROFILE_TABLE, Key={"pk": {"S": caller}}).get("Item")
    return {key: next(iter(value.values())) for key, value in (item or {}).items()}


def versions(prefix: str) -> list[str]:
    """Every version and delete marker under ``prefix``, as key@version."""
    page = boto3.client("s3").list_object_versions(Bucket=BUCKET, Prefix=prefix)
    entries = [*page.get("Versions", []), *page.get("DeleteMarkers", [])]
    return sorted(f"{entry['Key']}@{entry['VersionId']}" for entry in entries)


def printed(capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The command's lines, without the JSON logs and metrics of the in-process handler."""
    return [line for line in capsys.readouterr().out.splitlines() if not line.startswith("{")]


def memories_of(fake: FakeMem0Server, caller: str) -> list[str]:
    return [m["memory"] for m in fake.memories if m["user_id"] == caller]


class Terminal(io.StringIO):
    """stdin as a terminal the operator types ``answer`` into."""

    def isatty(self) -> bool:
        return True


class HandlerLambda:
    """Lambda's Invoke API in front of the real PostCall handler: moto's Lambda cannot run our code."""

    def __init__(self, post_call: ModuleType) -> None:
        self.post_call = post_call
        self.invocations: list[tuple[str, dict[str, Any]]] = []

    def invoke(self, *, FunctionName: str, InvocationType: str, Payload: bytes) -> dict[str, Any]:
        assert InvocationType == "RequestResponse"
        event = json.loads(Payload)
        self.invocations.append((FunctionName, event))
        try:
            result = self.post_call.lambda_handler(event, LambdaContext())
        except Exception as error:  # what Lambda reports for an unhandled exception
            failure = {"errorMessage": str(error), "errorType": type(error).__name__}
            return {
                "StatusCode": 200,
                "FunctionError": "Unhandled",
                "Payload": io.BytesIO(json.dumps(failure).encode()),
            }
        return {"StatusCode": 200, "Payload": io.BytesIO(json.dumps(result).encode())}


@pytest.fixture
def lambda_api(post_call: ModuleType, monkeypatch: pytest.MonkeyPatch) -> HandlerLambda:
    api = HandlerLambda(post_call)
    monkeypatch.setattr(Target, "lambda_client", lambda _self: api)
    return api


def destination_record(event: dict[str, Any], error: str = "Mem0 answered 500") -> str:
    """What Lambda sends the OnFailure SQS destination after the last retry of an async invocation."""
    return json.dumps(
        {
            "version": "1.0",
            "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "requestContext": {
                "requestId": "c2a6f2ae-7dbb-4d22-8782-d0485c9877e2",
                "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:stack-post-call:$LATEST",
                "condition": "RetriesExhausted",
                "approximateInvokeCount": 3,
            },
            "requestPayload": event,
            "responseContext": {
                "statusCode": 200,
                "executedVersion": "$LATEST",
                "functionError": "Unhandled",
            },
            "responsePayload": {"errorMessage": error, "errorType": "APIError", "stackTrace": []},
        }
    )


# -- send ------------------------------------------------------------------------------------------


def test_send_posts_the_files_exact_bytes_signed_like_elevenlabs(
    http: Callable[[Respond], LocalHttp], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = http(lambda _body, _headers: (200, b'{"status":"stored"}'))
    payload = tmp_path / "webhook.json"
    payload.write_bytes(b'{ "type" : "post_call_transcription",\n  "data": {"conversation_id": "c1"} }\n')

    code = main(["send", str(payload), "--url", server.url("/post-call"), "--secret", HMAC_SECRET])

    assert code == 0
    [(path, headers, body)] = server.requests
    assert path == "/post-call"
    assert body == payload.read_bytes()
    assert headers["content-type"] == "application/json"
    signature.verify(body, headers["elevenlabs-signature"], HMAC_SECRET)
    out = capsys.readouterr().out
    assert "HTTP 200" in out
    assert '{"status":"stored"}' in out
    assert HMAC_SECRET not in out


@pytest.mark.usefixtures("aws")
def test_send_delivers_each_sample_to_the_real_post_call_function(
    http: Callable[[Respond], LocalHttp], post_call: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    server = http(through_post_call(post_call))
    for kind in send.SAMPLE_TYPES:
        # The secret comes from ELEVENLABS_HMAC_KEY, as the functions read it.
        assert main(["send", "--type", kind, "--url", server.url("/post-call")]) == 0
        assert '"status":"stored"' in capsys.readouterr().out

    keys = [o["Key"] for o in boto3.client("s3").list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert [k for k in keys if not k.startswith("callers/")] == [
        "conversations/conv_0000sample00000000000000001/audio.mp3",
        "conversations/conv_0000sample00000000000000001/transcription.json",
        "conversations/conv_0000sample00000000000000002/failure.json",
    ]


@pytest.mark.usefixtures("aws")
def test_the_transcription_sample_is_a_new_caller_with_a_name_and_a_preference(
    post_call: ModuleType, memory_server: FakeMem0Server
) -> None:
    deliver(post_call, send.sample("post_call_transcription"))
    notify(post_call, "conv_0000sample00000000000000001")

    assert told(CALLER, None)["caller_name"] == "Maria"
    assert any("text message" in memory for memory in memories_of(memory_server, CALLER))


def archived_call_start(conversation_id: str) -> datetime:
    key = f"conversations/{conversation_id}/transcription.json"
    stored = json.loads(boto3.client("s3").get_object(Bucket=BUCKET, Key=key)["Body"].read())
    return datetime.fromtimestamp(stored["data"]["metadata"]["start_time_unix_secs"], UTC)


@pytest.mark.usefixtures("aws")
def test_a_sent_sample_is_a_call_of_today_that_a_year_of_retention_remembers(
    http: Callable[[Respond], LocalHttp],
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", "365")  # the template's MemoryRetentionDays
    compose.forget()
    server = http(through_post_call(post_call))
    before = datetime.now(UTC)

    assert main(["send", "--url", server.url("/post-call"), "--secret", HMAC_SECRET]) == 0
    (ingested,) = notify(post_call, "conv_0000sample00000000000000001")["ingested"]

    started = archived_call_start("conv_0000sample00000000000000001")
    assert before - timedelta(minutes=5) < started <= datetime.now(UTC)  # the call just ended
    assert ingested["status"] not in ("expired", "archived_only")
    assert any("text message" in memory for memory in memories_of(memory_server, "+15550100002"))


@pytest.mark.usefixtures("aws")
def test_a_sample_dated_at_a_given_moment_is_a_call_of_that_day(
    http: Callable[[Respond], LocalHttp],
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEMORY_RETENTION_DAYS", "365")
    compose.forget()
    server = http(through_post_call(post_call))

    sent = [
        "send",
        "--url",
        server.url("/post-call"),
        "--secret",
        HMAC_SECRET,
        "--at",
        "2025-11-21T10:00:42Z",
    ]
    assert main(sent) == 0
    (ingested,) = notify(post_call, "conv_0000sample00000000000000001")["ingested"]

    key = "conversations/conv_0000sample00000000000000001/transcription.json"
    document = json.loads(boto3.client("s3").get_object(Bucket=BUCKET, Key=key)["Body"].read())

    # The call ended at 10:00:42 after 42 seconds: it started at 10:00, and is past a year's retention.
    assert archived_call_start("conv_0000sample00000000000000001") == datetime(
        2025, 11, 21, 10, 0, tzinfo=UTC
    )
    assert document["event_timestamp"] == datetime(2025, 11, 21, 10, 0, 42, tzinfo=UTC).timestamp()
    assert ingested["status"] == "expired"
    assert memories_of(memory_server, "+15550100002") == []
    assert send.moment("2025-11-21") == datetime(2025, 11, 21, tzinfo=UTC)
    with pytest.raises(UsageError, match="--at takes a date or time"):
        send.moment("last tuesday")


@pytest.mark.usefixtures("aws")
def test_send_caller_sends_the_sample_as_a_new_call_from_that_number_each_time(
    http: Callable[[Respond], LocalHttp],
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = http(through_post_call(post_call))
    sent = ["send", "--url", server.url("/post-call"), "--secret", HMAC_SECRET, "--caller", "(555) 010-0077"]

    assert main(sent) == 0
    assert main(sent) == 0

    first, second = (json.loads(body)["data"] for _, _, body in server.requests)
    assert first["conversation_id"] != second["conversation_id"]  # two sends, two calls
    for data in (first, second):
        assert data["metadata"]["phone_call"]["external_number"] == "+15550100077"
        variables = data["conversation_initiation_client_data"]["dynamic_variables"]
        assert variables["system__caller_id"] == variables["caller_id"] == "+15550100077"
        assert variables["system__conversation_id"] == data["conversation_id"]
        assert "0100002" not in json.dumps(data)  # the sample's own caller is named nowhere
        notify(post_call, data["conversation_id"])
    assert profile("+15550100077")["call_count"] == "2"
    assert profile("+15550100002") == {}
    capsys.readouterr()

    for wrong in (["--caller", "anonymous"], ["--caller", "12"]):
        assert main([*sent[:-2], *wrong]) == 2
        assert "--caller takes a phone number" in capsys.readouterr().err
    assert main([*sent, "--type", "post_call_audio"]) == 2  # a recording names no caller
    assert "--caller" in capsys.readouterr().err
    assert len(server.requests) == 2  # nothing was sent with a bad --caller


def test_send_fails_on_anything_but_200(
    http: Callable[[Respond], LocalHttp], capsys: pytest.CaptureFixture[str]
) -> None:
    server = http(unauthorized)
    assert main(["send", "--url", server.url("/post-call"), "--secret", "wrong"]) == 1
    assert "HTTP 401" in capsys.readouterr().out


def test_send_without_a_secret_or_a_url_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ELEVENLABS_HMAC_KEY", raising=False)
    monkeypatch.delenv("SECRETS_ID", raising=False)
    assert main(["send", "--url", "http://127.0.0.1:9/post-call"]) == 2
    assert "no webhook secret" in capsys.readouterr().err
    assert main(["send", "--secret", "s"]) == 2
    assert "--url" in capsys.readouterr().err
    assert main(["send", "missing.json", "--type", "post_call_audio"]) == 2  # FILE or --type, not both


# -- forget ----------------------------------------------------------------------------------------


@pytest.fixture
def two_callers(post_call: ModuleType, memory_server: FakeMem0Server) -> None:
    """CALLER: two calls, one transcription re-sent with other bytes (two versions), audio, and a
    deleted object (a delete marker). OTHER_CALLER: one call."""
    deliver(post_call, transcription(CALLER, FIRST))
    deliver(post_call, transcription(CALLER, FIRST, status="done-again"))
    deliver(post_call, transcription(CALLER, SECOND))
    audio = json.loads(send.sample("post_call_audio"))
    audio["data"]["conversation_id"] = FIRST
    deliver(post_call, json.dumps(audio).encode())
    deliver(post_call, transcription(OTHER_CALLER, OTHERS))
    for conversation_id in (FIRST, SECOND, OTHERS):
        notify(post_call, conversation_id)
    run_extraction_checks(post_call)  # Mem0 has extracted every call
    boto3.client("s3").delete_object(Bucket=BUCKET, Key=f"conversations/{SECOND}/transcription.json")
    for caller in (CALLER, OTHER_CALLER):  # ClientData's audit records of both callers
        boto3.client("s3").put_object(Bucket=BUCKET, Key=audit_key(caller, "2026-11-21", "CA1"), Body=b"{}")
    assert memories_of(memory_server, CALLER)
    assert len(versions(f"conversations/{FIRST}/")) == 3
    assert profile(CALLER)["call_count"] == "2"


@pytest.mark.usefixtures("aws", "two_callers")
def test_forget_erases_the_caller_everywhere_and_nobody_else(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    others_before = (
        memories_of(memory_server, OTHER_CALLER),
        profile(OTHER_CALLER),
        versions("conversations/"),
    )

    assert main(["forget", "(555) 010-0002", "--yes"]) == 0

    assert memories_of(memory_server, CALLER) == []
    assert profile(CALLER) == {}
    for prefix in (f"conversations/{FIRST}/", f"conversations/{SECOND}/", "callers/15550100002/"):
        assert versions(prefix) == [], prefix
    assert memories_of(memory_server, OTHER_CALLER) == others_before[0] != []
    assert profile(OTHER_CALLER) == others_before[1] != {}
    assert versions("conversations/") == [v for v in others_before[2] if OTHERS in v]
    assert len(versions("callers/15550100003/")) == 1
    assert versions(audit_prefix(CALLER)) == []
    assert len(versions(audit_prefix(OTHER_CALLER))) == 1

    s3 = boto3.client("s3")
    (erasure,) = s3.list_objects_v2(Bucket=BUCKET, Prefix="erasures/")["Contents"]
    record = s3.get_object(Bucket=BUCKET, Key=erasure["Key"])["Body"].read().decode()
    assert "0100002" not in record  # when, by whom and how much; never whom
    assert json.loads(record)["removed"]["audit_records"] == 1
    assert json.loads(record)["erased_by"]

    out = capsys.readouterr().out
    assert "+1********02" in out
    assert CALLER not in out
    assert "caller profile    1 item" in out
    assert "archive           3 objects (5 versions) in 2 conversations" in out
    assert "caller index      2 entries (2 versions)" in out


@pytest.mark.usefixtures("aws", "two_callers")
def test_forget_asks_first_and_a_no_erases_nothing(
    memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (memories_of(memory_server, CALLER), profile(CALLER), versions(""))
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))

    assert main(["forget", CALLER]) == 1

    out = capsys.readouterr().out
    assert "Erase caller +1********02 everywhere? This cannot be undone. [y/N]" in out
    assert "Nothing was erased." in out
    assert (memories_of(memory_server, CALLER), profile(CALLER), versions("")) == before


@pytest.mark.usefixtures("aws", "two_callers")
def test_forget_erases_after_a_yes_on_the_terminal(
    memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert main(["forget", CALLER]) == 0
    assert profile(CALLER) == {}


@pytest.mark.usefixtures("aws", "two_callers")
def test_forget_refuses_without_a_terminal_or_yes(
    memory_server: FakeMem0Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # piped input is not a confirmation
    assert main(["forget", CALLER]) == 2
    assert "--yes" in capsys.readouterr().err
    assert profile(CALLER) != {}


@pytest.mark.usefixtures("aws", "two_callers")
def test_forget_stops_before_deleting_anything_when_mem0_is_down(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    before = versions("")
    memory_server.stop()
    assert main(["forget", CALLER, "--yes"]) == 1
    assert "nothing was erased" in capsys.readouterr().err
    assert profile(CALLER) != {}
    assert versions("") == before


@pytest.mark.usefixtures("aws", "two_callers")
def test_an_interrupted_erasure_is_finished_by_running_it_again(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    memory_server.fail("/v1/memories/", 500, method="DELETE", times=1)
    assert main(["forget", CALLER, "--yes"]) == 1
    assert "erasure incomplete" in capsys.readouterr().err

    assert main(["forget", CALLER, "--yes"]) == 0
    assert memories_of(memory_server, CALLER) == []
    assert profile(CALLER) == {}
    assert versions(f"conversations/{FIRST}/") == versions("callers/15550100002/") == []


@pytest.mark.usefixtures("aws")
def test_show_and_export_name_a_page_mem0_failed_to_answer_and_exit_1(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    memory_server.seed_many([f"Noted item {n}" for n in range(250)], user_id=CALLER)
    memory_server.fail("/v3/memories/", 500, query={"page": "2"})  # pages hold 200 memories at most

    assert main(["show", CALLER]) == 1
    shown = capsys.readouterr()
    assert "memories          200\n" in shown.out
    assert "NOT READ          memories 201-250 of 250 (page 2): " in shown.out
    assert "Incomplete" in shown.err

    assert main(["export", CALLER, "-o", str(tmp_path / "caller.json")]) == 1
    document = json.loads((tmp_path / "caller.json").read_text())
    assert len(document["memories"]) == 200
    assert [part.split(":")[0] for part in document["memories_unread"]] == [
        "memories 201-250 of 250 (page 2)"
    ]


@pytest.mark.usefixtures("aws")
def test_forget_rejects_what_is_not_a_phone_number(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["forget", "anonymous", "--yes"]) == 2
    assert "not a phone number" in capsys.readouterr().err


# -- replay ----------------------------------------------------------------------------------------


@pytest.fixture
def failed_ingestion(post_call: ModuleType, memory_server: FakeMem0Server) -> dict[str, Any]:
    """A transcription whose ingestion failed (Mem0 down); Mem0 is back afterwards."""
    deliver(post_call, transcription(CALLER, FIRST))
    memory_server.fail("/v3/memories/add/", 500)
    with pytest.raises(Exception, match=r"500|Internal|error"):
        notify(post_call, FIRST)
    memory_server.reset()
    assert profile(CALLER) == {}
    return s3_event(BUCKET, f"conversations/{FIRST}/transcription.json")


@pytest.mark.usefixtures("aws")
def test_replay_of_a_conversation_invokes_post_call_with_its_s3_event(
    failed_ingestion: dict[str, Any], lambda_api: HandlerLambda, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["replay", FIRST, "--function", "stack-post-call"]) == 0

    [(function, event)] = lambda_api.invocations
    assert function == "stack-post-call"
    [record] = event["Records"]
    assert record["eventSource"] == "aws:s3"
    assert record["eventName"].startswith("ObjectCreated:")
    assert record["s3"]["bucket"]["name"] == BUCKET
    assert record["s3"]["object"]["key"] == f"conversations/{FIRST}/transcription.json"
    assert profile(CALLER)["call_count"] == "1"
    assert printed(capsys) == [f"[1/1] {FIRST} ok (extracting, 3 factual memories)"]

    assert main(["replay", FIRST, "--function", "stack-post-call"]) == 0  # idempotent: counted once
    assert profile(CALLER)["call_count"] == "1"


@pytest.mark.usefixtures("aws", "lambda_api")
def test_replay_reports_a_function_error_and_refuses_unsafe_ids(
    memory_server: FakeMem0Server, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["replay", "conv_never_archived", "--function", "f"]) == 1
    assert re.fullmatch(r"\[1/1\] conv_never_archived FAILED: .*NoSuchKey.*", printed(capsys)[0])
    assert main(["replay", "../callers", "--function", "f"]) == 2
    assert main(["replay", "--function", "f"]) == 2
    assert main(["replay", FIRST, "--dlq", "--function", "f"]) == 2


@pytest.mark.usefixtures("aws")
def test_replay_dlq_deletes_only_the_messages_whose_replay_succeeded(
    failed_ingestion: dict[str, Any], lambda_api: HandlerLambda, capsys: pytest.CaptureFixture[str]
) -> None:
    sqs = boto3.client("sqs")
    queue = sqs.create_queue(QueueName="dead-letters")["QueueUrl"]
    kept = [
        destination_record(s3_event(BUCKET, "conversations/conv_gone/transcription.json"), "NoSuchKey"),
        "not json at all",
    ]
    for body in [destination_record(failed_ingestion), *kept]:
        sqs.send_message(QueueUrl=queue, MessageBody=body)

    assert main(["replay", "--dlq", "--queue-url", queue, "--function", "stack-post-call"]) == 1

    lines = printed(capsys)
    assert sorted(lines[:3]) == [
        "[1/3] conv_0000fake0000000000000000002 ok (extracting, 3 factual memories)",
        "[2/3] conv_gone FAILED: conv_gone: NoSuchKey",
        "[3/3] message "
        + lines[2].split("message ")[1].split(" ")[0]
        + " FAILED: not an ingestion message nor a Lambda record; left in the queue",
    ]
    assert lines[3] == "Replayed 3 dead letters: 1 ok and deleted, 2 failed and kept in the queue"
    assert profile(CALLER)["call_count"] == "1"
    # The failures are visible again at once, for the next attempt.
    left = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", [])
    assert sorted(m["Body"] for m in left) == sorted(kept)


@pytest.mark.usefixtures("aws", "lambda_api")
def test_replay_dlq_of_an_empty_queue_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    queue = boto3.client("sqs").create_queue(QueueName="dead-letters")["QueueUrl"]
    assert main(["replay", "--dlq", "--queue-url", queue, "--function", "f"]) == 0
    assert printed(capsys) == ["The dead-letter queue is empty."]


@pytest.mark.usefixtures("aws", "lambda_api")
def test_replay_dlq_with_a_limit_leaves_the_rest_visible(capsys: pytest.CaptureFixture[str]) -> None:
    sqs = boto3.client("sqs")
    queue = sqs.create_queue(QueueName="dead-letters")["QueueUrl"]
    for conversation_id in ("conv_a", "conv_b", "conv_c"):
        event = s3_event(BUCKET, f"conversations/{conversation_id}/transcription.json")
        sqs.send_message(QueueUrl=queue, MessageBody=destination_record(event))

    assert main(["replay", "--dlq", "--limit", "2", "--queue-url", queue, "--function", "f"]) == 1

    assert printed(capsys)[-1] == "Replayed 2 dead letters: 0 ok and deleted, 2 failed and kept in the queue"
    assert len(sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", [])) == 3


def test_a_dead_letter_is_a_destination_record_or_a_bare_event() -> None:
    event = s3_event(BUCKET, "conversations/c/transcription.json")
    assert replay.original_event(destination_record(event), BUCKET) == event
    assert replay.original_event(json.dumps(event), BUCKET) == event  # S3's notification, redriven
    check = json.dumps({"step": "confirm", "conversation_id": "c"})
    replayed = replay.original_event(check, BUCKET)
    assert replayed is not None
    assert replayed["Records"][0]["s3"]["object"]["key"] == event["Records"][0]["s3"]["object"]["key"]
    assert replay.original_event(json.dumps({"step": "confirm", "conversation_id": "../x"}), BUCKET) is None
    assert replay.original_event(json.dumps({"requestPayload": "text"}), BUCKET) is None
    assert replay.original_event("[]", BUCKET) is None


# -- doctor ----------------------------------------------------------------------------------------


def doctor_urls(server: LocalHttp) -> list[str]:
    return [
        "--client-data-url",
        server.url("/client-data"),
        "--retrieve-url",
        server.url("/retrieve"),
        "--post-call-url",
        server.url("/post-call"),
    ]


@pytest.mark.usefixtures("aws")
def test_doctor_passes_a_healthy_configuration_without_showing_secrets(
    memory_server: FakeMem0Server,
    http: Callable[[Respond], LocalHttp],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    server = http(unauthorized)
    queue = boto3.client("sqs").create_queue(QueueName="dead-letters")["QueueUrl"]

    assert main(["doctor", "--queue-url", queue, *doctor_urls(server)]) == 0

    out = capsys.readouterr().out
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["PASS"] * 3 + ["WARN"] + ["PASS"] * 7 + ["SKIP"]
    assert lines[-2].startswith("SKIP  ElevenLabs") and "no ELEVENLABS_API_KEY" in lines[-2]
    assert lines[3].startswith("WARN  ELEVENLABS_API_KEY")
    assert "only needed with AUDIO_SOURCE=api" in lines[3]
    assert lines[-1] == "All checks passed."
    assert [path for path, _, _ in server.requests] == ["/client-data", "/retrieve", "/post-call"]
    for _, headers, _ in server.requests:
        assert not {"x-workspace-key", "elevenlabs-signature", "authorization"} & set(headers)
    for secret in (HMAC_SECRET, WORKSPACE_KEY, memory_server.api_key):
        assert secret not in out


@pytest.mark.usefixtures("aws")
def test_doctor_fails_when_mem0_is_down_or_an_endpoint_lets_strangers_in(
    memory_server: FakeMem0Server, http: Callable[[Respond], LocalHttp], capsys: pytest.CaptureFixture[str]
) -> None:
    memory_server.stop()
    open_door = http(lambda _body, _headers: (200, b"{}"))

    assert main(["doctor", "--post-call-url", open_door.url("/post-call")]) == 1

    lines = capsys.readouterr().out.splitlines()
    assert next(line for line in lines if " Mem0 " in line).startswith("FAIL  Mem0")
    assert next(line for line in lines if "PostCall" in line).startswith("FAIL  PostCall endpoint")
    assert next(line for line in lines if "archive bucket" in line).startswith("PASS")
    assert next(line for line in lines if "ClientData" in line).startswith("SKIP")
    assert lines[-1] == "2 checks failed."


@pytest.mark.usefixtures("aws")
def test_doctor_does_not_open_an_embedded_store_it_cannot_share(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMORY_BACKEND", "mem0-oss")
    monkeypatch.delenv("MEM0_API_KEY", raising=False)
    assert main(["doctor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("WARN  MEM0_API_KEY")
    assert next(line for line in lines if " Mem0 " in line).startswith("SKIP  Mem0")


def test_the_archive_never_purges_a_whole_area() -> None:
    archive = Archive(boto3.client("s3", region_name="us-east-1"), BUCKET)
    for prefix in ("", "conversations/", "callers/", "conversations/x"):
        with pytest.raises(ValueError, match="refusing"):
            archive.purge(prefix)
    with pytest.raises(ValueError, match="not a conversation id"):
        conversation_prefix("../callers")


# -- --stack ---------------------------------------------------------------------------------------


STACK_TEMPLATE = {
    "Parameters": {
        name: {"Type": "String"}
        for name in ("MemoryBackend", "MemoryUrl", "SecretArn", "ClientDataUrl", "RetrieveUrl", "PostCallUrl")
    },
    "Resources": {
        "DeadLetterQueue": {"Type": "AWS::SQS::Queue"},
        "PostCallRole": {
            "Type": "AWS::IAM::Role",
            "Properties": {
                "AssumeRolePolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                            "Action": "sts:AssumeRole",
                        }
                    ],
                }
            },
        },
        "PostCallFunction": {
            "Type": "AWS::Lambda::Function",
            "Properties": {
                "FunctionName": "agentic-memory-post-call",
                "Runtime": "python3.12",
                "Handler": "app.lambda_handler",
                "Role": {"Fn::GetAtt": ["PostCallRole", "Arn"]},
                "Code": {"ZipFile": "def lambda_handler(event, context): return event"},
            },
        },
    },
    "Outputs": {
        "ArchiveBucketName": {"Value": BUCKET},
        "CallerProfileTableName": {"Value": PROFILE_TABLE},
        "DeadLetterQueueUrl": {"Value": {"Ref": "DeadLetterQueue"}},
        "AppSecretArn": {"Value": {"Ref": "SecretArn"}},
        "ClientDataApiUrl": {"Value": {"Ref": "ClientDataUrl"}},
        "RetrieveApiUrl": {"Value": {"Ref": "RetrieveUrl"}},
        "PostCallApiUrl": {"Value": {"Ref": "PostCallUrl"}},
    },
}


@pytest.fixture
def stack(memory_server: FakeMem0Server, http: Callable[[Respond], LocalHttp]) -> str:
    """A deployed stack as the CLI sees it: outputs, parameters, and its secret in Secrets Manager."""
    secret = boto3.client("secretsmanager").create_secret(
        Name="agentic-memory-secret",
        SecretString=json.dumps(
            {
                "MEM0_API_KEY": memory_server.api_key,
                "ELEVENLABS_HMAC_KEY": HMAC_SECRET,
                "ELEVENLABS_WORKSPACE_KEY": WORKSPACE_KEY,
                "ELEVENLABS_API_KEY": "xi-test",
            }
        ),
    )["ARN"]
    server = http(unauthorized)
    parameters = {
        "MemoryBackend": "mem0-platform",
        "MemoryUrl": memory_server.url,
        "SecretArn": secret,
        "ClientDataUrl": server.url("/client-data"),
        "RetrieveUrl": server.url("/retrieve"),
        "PostCallUrl": server.url("/post-call"),
    }
    boto3.client("cloudformation").create_stack(
        StackName="agentic-memory",
        TemplateBody=json.dumps(STACK_TEMPLATE),
        Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in parameters.items()],
        Capabilities=["CAPABILITY_IAM"],
    )
    return "agentic-memory"


@pytest.mark.usefixtures("aws")
def test_doctor_with_stack_finds_everything_from_cloudformation(
    stack: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The operator's shell knows nothing but the stack's name.
    for name in ("S3_BUCKET_NAME", "PROFILE_TABLE", "MEM0_HOST", "MEM0_API_KEY", "ELEVENLABS_HMAC_KEY"):
        monkeypatch.delenv(name)
    monkeypatch.delenv("ELEVENLABS_WORKSPACE_KEY")
    assert main(["doctor", "--stack", stack]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith("PASS") for line in lines[:-1] if " ElevenLabs " not in line), lines
    assert "set in secret arn:aws:secretsmanager:" in lines[0]
    # The stack's secret holds an API key, so the ElevenLabs side is checked: unreachable here.
    assert [line[:16] for line in lines if " ElevenLabs " in line] == ["FAIL  ElevenLabs"]


@pytest.mark.usefixtures("aws")
def test_replay_dlq_with_stack_invokes_the_stacks_post_call_function(
    stack: str, failed_ingestion: dict[str, Any], lambda_api: HandlerLambda
) -> None:
    outputs = boto3.client("cloudformation").describe_stacks(StackName=stack)["Stacks"][0]["Outputs"]
    queue = next(o["OutputValue"] for o in outputs if o["OutputKey"] == "DeadLetterQueueUrl")
    boto3.client("sqs").send_message(QueueUrl=queue, MessageBody=destination_record(failed_ingestion))

    assert main(["replay", "--dlq", "--stack", stack]) == 0
    assert [function for function, _ in lambda_api.invocations] == ["agentic-memory-post-call"]
    assert profile(CALLER)["call_count"] == "1"


def test_help_and_unknown_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "forget" in capsys.readouterr().out
    assert main(["erase-everything"]) == 2
    assert main([]) == 2
