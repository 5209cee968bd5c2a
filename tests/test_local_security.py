"""`make run` on a shared machine: what another local process, or a page in the browser, can reach.

* The emulated AWS (moto) answers only requests signed with the server's token as secret key
  (``agentic_memory_ops.signed_requests``): boto3 in the server, the console's presigned recording
  links and a tool given ``server.json``'s token work; an unsigned request, a wrong secret, moto's
  own dashboard API (``/moto-api/data.json``, every backend's data) are refused.
* The console signs a browser in with a session value of its own: it opens no ``/_local/cli`` nor
  Invoke, and the CLI token is no console cookie.
* Console pages forbid framing and say what they load (CSP), send no referrer and no sniffing.
* A malformed body to ``/_local/cli`` or Invoke is a 400 with a JSON error, not a dropped connection.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from typing import Any

import boto3
import httpx
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError
from moto.core.base_backend import BackendDict

from agentic_memory_ops.cli.target import LOCAL_TOKEN_HEADER
from agentic_memory_ops.console.app import COOKIE, Console
from local_server import aws
from testkit.local_stack import RunningServer

BUCKET = "archive"


@pytest.fixture(scope="module")
def local_aws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[aws.LocalAws]:
    saved = dict(os.environ)
    # moto's backends are this process's, shared with the session's moto (testkit.aws), which keeps
    # what earlier tests left (a queue named "ingestion" with messages): start from empty ones.
    BackendDict.reset()
    local = aws.LocalAws(aws.free_port(), tmp_path_factory.mktemp("aws"), "the-server-token").start()
    try:
        client("s3", local).create_bucket(Bucket=BUCKET)
        yield local
    finally:
        local.stop()
        os.environ.clear()
        os.environ.update(saved)


def client(service: Any, local: aws.LocalAws, secret: str = "the-server-token") -> Any:
    return boto3.client(
        service,
        endpoint_url=local.endpoint,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key=secret,
    )


def test_requests_signed_with_the_servers_token_reach_every_service(local_aws: aws.LocalAws) -> None:
    s3 = boto3.session.Session().client("s3")  # the environment the server sets for its functions
    key = "conversations/conv 1/transcription (copy)+é.json"  # a key that must be quoted to be signed
    s3.put_object(Bucket=BUCKET, Key=key, Body=b'{"caller": "+15550100002"}')
    assert s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() == b'{"caller": "+15550100002"}'
    assert [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="conversations/")["Contents"]] == [key]
    link = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=60)
    assert httpx.get(link, timeout=10).status_code == 200  # the console's <audio src>
    tampered = link.replace("conv%201", "conv%202")
    assert httpx.get(tampered, timeout=10).status_code == 403
    v4 = boto3.session.Session().client("s3", config=Config(signature_version="s3v4"))
    link = v4.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=60)
    assert httpx.get(link, timeout=10).status_code == 200
    assert httpx.get(link.replace("X-Amz-Expires=60", "X-Amz-Expires=99"), timeout=10).status_code == 403

    dynamodb = client("dynamodb", local_aws)
    dynamodb.create_table(
        TableName="profiles",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    dynamodb.put_item(TableName="profiles", Item={"pk": {"S": "+15550100002"}})
    assert dynamodb.scan(TableName="profiles")["Count"] == 1
    sqs = client("sqs", local_aws)
    url = sqs.create_queue(QueueName="ingestion")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="hello")
    assert sqs.receive_message(QueueUrl=url)["Messages"][0]["Body"] == "hello"
    secrets = client("secretsmanager", local_aws)
    secrets.create_secret(Name="keys", SecretString='{"MEM0_API_KEY": "m0-x"}')
    assert "m0-x" in secrets.get_secret_value(SecretId="keys")["SecretString"]


@pytest.mark.parametrize(
    "path",
    [
        f"/{BUCKET}",
        f"/{BUCKET}/conversations/conv%201/transcription%20%28copy%29%2B%C3%A9.json",
        "/moto-api/data.json",
    ],
)
def test_an_unsigned_request_learns_nothing(local_aws: aws.LocalAws, path: str) -> None:
    answer = httpx.get(f"{local_aws.endpoint}{path}", timeout=10)
    assert answer.status_code == 403
    assert b"5550100002" not in answer.content and b"conversations" not in answer.content


def test_the_well_known_local_credentials_no_longer_open_the_archive(local_aws: aws.LocalAws) -> None:
    for secret in ("local", "testing", "the-server-tokeN"):
        with pytest.raises(ClientError) as refused:
            client("s3", local_aws, secret).list_objects_v2(Bucket=BUCKET)
        assert refused.value.response["Error"]["Code"] == "AccessDenied"
    with pytest.raises(ClientError):
        client("dynamodb", local_aws, "local").scan(TableName="profiles")


def test_a_forged_authorization_header_is_refused(local_aws: aws.LocalAws) -> None:
    forged = {
        "Authorization": "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/s3/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=" + "0" * 64,
        "X-Amz-Date": "20260101T000000Z",
        "X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD",
    }
    for headers in (forged, {"Authorization": "garbage"}, {"Authorization": ""}):
        assert httpx.get(f"{local_aws.endpoint}/{BUCKET}", headers=headers, timeout=10).status_code == 403


# -- make run, probed as another local process or a page would ---------------------------------------


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    running = RunningServer(tmp_path_factory.mktemp("stack") / "local-data")
    yield running
    running.stop()


def described(stack: RunningServer) -> dict[str, str]:
    told: dict[str, str] = json.loads((stack.data_dir / "server.json").read_text())
    return told


def test_the_console_session_opens_no_cli_and_the_cli_token_is_no_session(stack: RunningServer) -> None:
    token = described(stack)["token"]
    browser = httpx.Client(timeout=30)
    signed_in = browser.get(f"{stack.url}/console/?token={token}")
    assert signed_in.status_code == 303
    session = browser.cookies[COOKIE]
    assert session != token and token not in signed_in.headers["set-cookie"]
    assert browser.get(f"{stack.url}/console/").status_code == 200  # the cookie signs the browser in
    invoke = f"{stack.url}/2015-03-31/functions/PostCallFunction/invocations"
    for value in (session, f"{COOKIE}={session}"):
        as_token = {LOCAL_TOKEN_HEADER: value, "Cookie": f"{COOKIE}={session}"}
        assert httpx.post(f"{stack.url}/_local/cli", json={"argv": ["forget", "+15550100002", "--yes"]},
                          headers=as_token, timeout=30).status_code == 403  # fmt: skip
        assert httpx.post(invoke, json={}, headers=as_token, timeout=30).status_code == 403
    stolen = httpx.get(f"{stack.url}/console/", cookies={COOKIE: token}, timeout=30)
    assert stolen.status_code == 401


def test_console_pages_refuse_frames_and_say_what_they_load(stack: RunningServer) -> None:
    for page in (f"{stack.url}/console/", f"{stack.url}/console/?token=wrong"):
        headers = httpx.get(page, timeout=30).headers
        assert headers["x-frame-options"] == "DENY"
        policy = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
        assert "script-src" not in policy  # the console runs no script: none may run
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[1, 2]", b'"argv"', b"null"])
def test_a_malformed_cli_body_is_a_400_with_a_json_error(stack: RunningServer, body: bytes) -> None:
    token = {LOCAL_TOKEN_HEADER: described(stack)["token"]}
    answer = httpx.post(f"{stack.url}/_local/cli", content=body, headers=token, timeout=30)
    assert answer.status_code == 400 and "argv" in answer.json()["message"]


def test_a_malformed_invoke_payload_is_lambdas_400(stack: RunningServer) -> None:
    lambda_client = boto3.client(
        "lambda", endpoint_url=stack.url, region_name="us-east-1",
        aws_access_key_id="x", aws_secret_access_key="x",
    )  # fmt: skip
    token = described(stack)["token"]

    def with_token(request: Any, **_: Any) -> None:  # as agentic_memory_ops.cli.target does
        request.headers[LOCAL_TOKEN_HEADER] = token

    lambda_client.meta.events.register("before-sign.lambda.Invoke", with_token)
    with pytest.raises(ClientError) as refused:
        lambda_client.invoke(FunctionName="PostCallFunction", Payload=b"{not json")
    assert refused.value.response["Error"]["Code"] == "InvalidRequestContentException"
    assert refused.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    # A length that is no number (no HTTP client sends one: written by hand).
    with socket.create_connection(("127.0.0.1", stack.port), timeout=30) as raw:
        raw.sendall(
            f"POST /_local/cli HTTP/1.1\r\nHost: 127.0.0.1\r\n{LOCAL_TOKEN_HEADER}: {token}\r\n"
            "Content-Length: twelve\r\n\r\n".encode()
        )
        answer = raw.makefile("rb").read()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and "Content-Length" in json.loads(body)["message"]


def test_the_archive_is_closed_to_a_process_without_the_token(stack: RunningServer) -> None:
    told = described(stack)
    assert stack.cli("send", "--wait").returncode == 0  # a call archived and remembered
    for path in ("/", "/moto-api/data.json"):
        answer = httpx.get(f"{told['aws_endpoint']}{path}", timeout=30)
        assert answer.status_code == 403 and b"conversations" not in answer.content
    anyone = boto3.client(
        "s3", endpoint_url=told["aws_endpoint"], region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local",
    )  # fmt: skip
    with pytest.raises(ClientError):
        anyone.list_buckets()
    owner = boto3.client(
        "s3", endpoint_url=told["aws_endpoint"], region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key=told["token"],
    )  # fmt: skip
    bucket = owner.list_buckets()["Buckets"][0]["Name"]
    assert any(
        o["Key"].startswith("conversations/") for o in owner.list_objects_v2(Bucket=bucket)["Contents"]
    )


class _NoCallers:
    def callers(self, start: Any = None) -> tuple[list[Any], None]:
        return [], None

    def find(self, query: str) -> list[Any]:
        return []


def test_a_form_counts_as_the_consoles_own_by_the_browsers_word_not_by_a_null_origin() -> None:
    """``Referrer-Policy: no-referrer`` makes browsers send ``Origin: null`` with the console's own
    forms; ``Sec-Fetch-Site``, which no page can set, tells them from another site's."""
    console = Console(_NoCallers(), "the-token", "/console")  # type: ignore[arg-type]
    cookie = console.handle("GET", "/", "token=the-token", {}, b"").headers["Set-Cookie"].split(";", 1)[0]
    own = {"Cookie": cookie, "Host": "127.0.0.1:3000", "Origin": "null", "Sec-Fetch-Site": "same-origin"}
    assert console.handle("POST", "/find", "", own, b"q=maria").status == 200
    for site in ("cross-site", "same-site", "none"):
        other = {**own, "Sec-Fetch-Site": site}
        assert console.handle("POST", "/find", "", other, b"q=maria").status == 403
    sandboxed = {"Cookie": cookie, "Host": "127.0.0.1:3000", "Origin": "null"}  # no Sec-Fetch-Site
    assert console.handle("POST", "/find", "", sandboxed, b"q=maria").status == 403
