"""Local AWS that keeps what it acknowledged: moto behind a write-through journal on disk.

moto holds everything in memory. So that a webhook answered 200 survives ``kill -9``, every write
S3, DynamoDB or SQS accepts is copied to the data folder *before* moto's answer goes back to the
caller (a WSGI middleware in front of moto's app, which sees every client: the functions, the CLI,
an ``aws --endpoint-url`` in another terminal):

* S3: the current version of each written or deleted key, as a file (``s3/<bucket>/<quoted key>``);
  older versions are not kept across restarts.
* DynamoDB: each written item read back, one file per item (``dynamodb/<table>/<key hash>.json``).
* SQS: each message a queue holds (``sqs/<queue>/<message id>.json``), in the folder of the queue
  that holds it now. After each SQS call that can change what a queue holds, the queue's files are
  made to agree with moto's (which runs in this process): a deleted or purged message's file goes,
  and a message SQS moved to the dead-letter queue (after ``maxReceiveCount`` receives) has its file
  moved there too. A restart sends the messages still there again, each to the queue that held it,
  so queued ingestions resume and dead letters stay dead letters (delays and receive counts restart).

``restore`` puts everything back when the server starts, before the archive notification is wired,
so restored transcriptions are not ingested a second time.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from moto.sqs.models import sqs_backends

log = logging.getLogger("local_server")
_SERVICE = re.compile(r"/([a-z0-9-]+)/aws4_request")
_REGION = re.compile(r"/([a-z0-9-]+)/sqs/aws4_request")
_DYNAMODB_WRITES = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"}
# ReceiveMessage too: it is where SQS moves a message received too often to the dead-letter queue.
_SQS_JOURNALED = {
    "SendMessage",
    "SendMessageBatch",
    "ReceiveMessage",
    "DeleteMessage",
    "DeleteMessageBatch",
    "PurgeQueue",
}
_DELETED_KEY = re.compile(r"<Key>(.*?)</Key>", re.DOTALL)

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def write_atomically(path: Path, data: bytes) -> None:
    """Whole or not at all: a reader (or a restart after ``kill -9``) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class Journal:
    """The WSGI middleware: moto's answer to a write leaves only once the write is on disk."""

    def __init__(self, app: WsgiApp, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.endpoint = ""  # set once the server listens; the journal reads back through it
        self._lock = threading.Lock()
        self._messages_lock = threading.Lock()  # the SQS files, moved and removed one call at a time
        # The messages sent while this server runs. A file of another id is one a restart has yet to
        # send again (``restore``): moto does not hold it, and it must not be taken for deleted.
        self._sent: set[str] = set()
        self._key_schemas: dict[str, list[str]] = {}
        self._clients: dict[str, Any] = {}

    # -- WSGI ---------------------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        service, operation = self._classify(environ)
        if service is None:
            return self.app(environ, start_response)
        request = self._request_body(environ) if service != "s3" or operation == "DeleteObjects" else b""
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"] = int(status.split(" ", 1)[0])
            return start_response(status, headers, exc_info)

        answer = b"".join(self.app(environ, capture))
        if captured.get("status", 500) < 300:
            try:
                self._record(service, operation, environ, request, answer)
            except Exception:  # the write happened; say loudly that it is not on disk
                log.exception("could not keep a %s %s on disk", service, operation)
        return [answer]

    def _classify(self, environ: dict[str, Any]) -> tuple[str | None, str]:
        target = str(environ.get("HTTP_X_AMZ_TARGET", ""))
        if target.startswith("DynamoDB_"):
            operation = target.split(".", 1)[-1]
            return ("dynamodb", operation) if operation in _DYNAMODB_WRITES else (None, "")
        if target.startswith("AmazonSQS."):
            operation = target.split(".", 1)[-1]
            return ("sqs", operation) if operation in _SQS_JOURNALED else (None, "")
        scope = _SERVICE.search(str(environ.get("HTTP_AUTHORIZATION", "")))
        method = environ.get("REQUEST_METHOD", "GET")
        if scope is None or scope.group(1) != "s3" or method not in ("PUT", "DELETE", "POST"):
            return None, ""
        if method == "POST" and "delete" in parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True):
            return "s3", "DeleteObjects"
        return "s3", method

    @staticmethod
    def _request_body(environ: dict[str, Any]) -> bytes:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        return bytes(body)

    # -- what a write changed -----------------------------------------------------------------------

    def _record(
        self, service: str, operation: str, environ: dict[str, Any], request: bytes, answer: bytes
    ) -> None:
        if service == "s3":
            bucket, _, key = unquote(str(environ.get("PATH_INFO", ""))).lstrip("/").partition("/")
            keys = [key] if key else []
            if operation == "DeleteObjects":  # <Delete><Object><Key>…</Key>… (moto has just parsed it)
                keys = [html.unescape(key) for key in _DELETED_KEY.findall(request.decode())]
            for each in keys:
                self._keep_object(bucket, each)
        elif service == "dynamodb":
            for table, item_key in self._written_items(operation, json.loads(request or b"{}")):
                self._keep_item(table, item_key)
        else:
            self._journal_messages(
                operation, json.loads(request or b"{}"), json.loads(answer or b"{}"), _region(environ)
            )

    def _keep_object(self, bucket: str, key: str) -> None:
        path = self.folder / "s3" / bucket / quote(key, safe="")
        try:
            stored = self._client("s3").get_object(Bucket=bucket, Key=key)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") not in ("NoSuchKey", "404"):
                raise
            path.unlink(missing_ok=True)
            path.with_name(f"{path.name}.content-type").unlink(missing_ok=True)
            return
        write_atomically(path.with_name(f"{path.name}.content-type"), stored["ContentType"].encode())
        write_atomically(path, stored["Body"].read())

    def _written_items(self, operation: str, request: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        if operation in ("PutItem", "UpdateItem", "DeleteItem"):
            return [
                (request["TableName"], self._key(request["TableName"], request.get("Key") or request["Item"]))
            ]
        if operation == "BatchWriteItem":
            return [
                (
                    table,
                    self._key(table, next(iter(entry.values())).get("Key") or entry["PutRequest"]["Item"]),
                )
                for table, entries in request["RequestItems"].items()
                for entry in entries
            ]
        written = []
        for entry in request.get("TransactItems", []):
            ((kind, detail),) = entry.items()
            if kind != "ConditionCheck":
                table = detail["TableName"]
                written.append((table, self._key(table, detail.get("Key") or detail["Item"])))
        return written

    def _key(self, table: str, item: dict[str, Any]) -> dict[str, Any]:
        if table not in self._key_schemas:
            schema = self._client("dynamodb").describe_table(TableName=table)["Table"]["KeySchema"]
            self._key_schemas[table] = [entry["AttributeName"] for entry in schema]
        return {name: item[name] for name in self._key_schemas[table]}

    def _keep_item(self, table: str, key: dict[str, Any]) -> None:
        name = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()
        path = self.folder / "dynamodb" / table / f"{name}.json"
        item = self._client("dynamodb").get_item(TableName=table, Key=key, ConsistentRead=True).get("Item")
        if item is None:
            path.unlink(missing_ok=True)
        else:
            write_atomically(path, json.dumps(item).encode())

    def _journal_messages(
        self, operation: str, request: dict[str, Any], answer: dict[str, Any], region: str
    ) -> None:
        account, _, queue = request.get("QueueUrl", "").rstrip("/").rpartition("/")  # …/<account>/<queue>
        account = account.rpartition("/")[2]
        folder = self.folder / "sqs" / queue
        sent: dict[str, dict[str, Any]] = {}
        if operation == "SendMessage":
            sent[answer["MessageId"]] = request
        elif operation == "SendMessageBatch":
            ids = {entry["Id"]: entry["MessageId"] for entry in answer.get("Successful", [])}
            sent = {ids[entry["Id"]]: entry for entry in request.get("Entries", []) if entry["Id"] in ids}
        with self._messages_lock:
            for message_id, message in sent.items():
                write_atomically(folder / f"{message_id}.json", json.dumps(_kept(message)).encode())
                self._sent.add(message_id)
            # Where each message is now, moto's word (after the call: a receive may have moved some
            # to the dead-letter queue, a delete or a purge removed some, another call may have
            # done either since the message was sent).
            held = _held_messages(account, region)
            for path in folder.glob("*.json") if folder.is_dir() else []:
                message_id = path.stem
                holder = held.get(message_id)
                if holder is None:
                    if message_id in self._sent:  # deleted or purged (not one still to restore)
                        path.unlink(missing_ok=True)
                elif holder != queue:
                    target = self.folder / "sqs" / holder / path.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(path, target)

    def _client(self, service: str) -> Any:
        """One client per service (clients are thread-safe; building one costs milliseconds)."""
        with self._lock:
            if service not in self._clients:
                self._clients[service] = boto3.client(
                    service,  # type: ignore[call-overload]
                    endpoint_url=self.endpoint,
                    config=Config(retries={"max_attempts": 1}),
                )
            return self._clients[service]

    # -- restart ------------------------------------------------------------------------------------

    def restore(self, buckets: list[str], tables: list[str], queues: list[str]) -> int:
        """Put back what the journal holds; returns how many objects, items and messages."""
        s3, dynamodb, sqs = self._client("s3"), self._client("dynamodb"), self._client("sqs")
        count = 0
        for bucket in buckets:
            folder = self.folder / "s3" / bucket
            for path in sorted(folder.glob("*")) if folder.is_dir() else []:
                if path.name.endswith(".content-type") or path.name.startswith("."):
                    continue
                kind = path.with_name(f"{path.name}.content-type")
                content_type = kind.read_text() if kind.exists() else "application/octet-stream"
                s3.put_object(
                    Bucket=bucket, Key=unquote(path.name), Body=path.read_bytes(), ContentType=content_type
                )
                count += 1
        for table in tables:
            folder = self.folder / "dynamodb" / table
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                dynamodb.put_item(TableName=table, Item=json.loads(path.read_text()))
                count += 1
            legacy = self.folder / "dynamodb" / f"{table}.json"  # one file per table, saved at stop
            if legacy.is_file():
                for item in json.loads(legacy.read_text()):
                    dynamodb.put_item(TableName=table, Item=item)  # journaled: one file per item now
                    count += 1
                legacy.unlink()
        for queue in queues:
            folder = self.folder / "sqs" / queue
            paths = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
            url = sqs.get_queue_url(QueueName=queue)["QueueUrl"] if paths else ""
            for path in paths:
                kept = json.loads(path.read_text())
                sqs.send_message(QueueUrl=url, **kept)  # journaled again under its new id
                path.unlink()
                count += 1
        return count


def _region(environ: dict[str, Any]) -> str:
    """The region the SQS call was signed for, which is where moto keeps the queue."""
    scope = _REGION.search(str(environ.get("HTTP_AUTHORIZATION", "")))
    return scope.group(1) if scope else os.environ.get("AWS_REGION", "us-east-1")


def _held_messages(account: str, region: str) -> dict[str, str]:
    """Which queue holds each message (visible, in flight or delayed), in moto's SQS of ``account``
    and ``region``: moto serves from this process, so its queues are read directly (the SQS API
    cannot list a queue's messages without receiving them)."""
    queues = dict(sqs_backends[account][region].queues)
    return {message.id: name for name, queue in queues.items() for message in list(queue._messages)}


def _kept(message: dict[str, Any]) -> dict[str, Any]:
    """What sending the message again needs (not its delay: a restart is already later)."""
    return {k: message[k] for k in ("MessageBody", "MessageAttributes") if k in message}
