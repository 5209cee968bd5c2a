"""Local AWS that keeps what it acknowledged: moto behind a write-through journal on disk.

What it guarantees: whoever writes (the functions, the CLI, the console, ``aws --endpoint-url`` in
another terminal), a write S3, DynamoDB or SQS acknowledged is on disk before the answer leaves, so
``kill -9`` at any moment loses nothing acknowledged; a restart puts back the current objects, the
items, and each message in the queue that held it (a dead letter stays one), and announces no
restored object to ingestion again. Not kept: older S3 versions, message delays and receive counts.

moto holds everything in memory; a WSGI middleware in front of its app copies each accepted write to
the data folder before passing the answer on: an S3 key read back as a file (``s3/<bucket>/<quoted
key>``), a DynamoDB item read back as a file (``dynamodb/<table>/<key hash>.json``), and, after each
SQS call or S3 write (moto sends the bucket's notification itself), the queues' files
(``sqs/<queue>/<message id>.json``) made to agree with moto's queues, which this process serves: a
new message gets its file, one SQS moved to the dead-letter queue is moved there, one deleted or
purged loses it. ``restore`` runs at start, before the archive's notification is configured.
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
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from moto.sqs.models import sqs_backends

log = logging.getLogger("local_server")
_SERVICE = re.compile(r"/([a-z0-9-]+)/aws4_request")
_DYNAMODB_WRITES = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"}
_DELETED_KEY = re.compile(r"<Key>(.*?)</Key>", re.DOTALL)

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def write_atomically(path: Path, data: bytes, mode: int = 0o666) -> None:
    """Whole or not at all: a reader (or a restart after ``kill -9``) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "wb") as file:
        file.write(data)
    os.replace(temporary, path)


class Journal:
    """The WSGI middleware: moto's answer to a write leaves only once the write is on disk."""

    def __init__(self, app: WsgiApp, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.endpoint = ""  # set once the server listens; the journal reads back through it
        self._lock = threading.Lock()
        self._messages_lock = threading.Lock()  # the SQS files, made to agree one call at a time
        # The messages moto has held while this server runs. A file of another id is one a restart
        # has yet to send again (``restore``): moto does not hold it, and it must not be taken for deleted.
        self._seen: set[str] = set()
        self._key_schemas: dict[str, list[str]] = {}
        self._clients: dict[str, Any] = {}

    # -- WSGI ---------------------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        service, operation = self._classify(environ)
        if service is None:
            return self.app(environ, start_response)
        request = self._request_body(environ) if operation in _DYNAMODB_WRITES | {"DeleteObjects"} else b""
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"] = int(status.split(" ", 1)[0])
            return start_response(status, headers, exc_info)

        answer = b"".join(self.app(environ, capture))
        if captured.get("status", 500) < 300:
            try:
                self._record(service, operation, environ, request)
            except Exception:  # the write happened; say loudly that it is not on disk
                log.exception("could not keep a %s %s on disk", service, operation)
        return [answer]

    def _classify(self, environ: dict[str, Any]) -> tuple[str | None, str]:
        target = str(environ.get("HTTP_X_AMZ_TARGET", ""))
        if target.startswith("DynamoDB_"):
            operation = target.split(".", 1)[-1]
            return ("dynamodb", operation) if operation in _DYNAMODB_WRITES else (None, "")
        if target.startswith("AmazonSQS."):  # any call: a receive is where SQS dead-letters a message
            return "sqs", target.split(".", 1)[-1]
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

    def _record(self, service: str, operation: str, environ: dict[str, Any], request: bytes) -> None:
        if service == "dynamodb":
            for table, item_key in self._written_items(operation, json.loads(request or b"{}")):
                self._keep_item(table, item_key)
            return
        if service == "s3":
            bucket, _, key = unquote(str(environ.get("PATH_INFO", ""))).lstrip("/").partition("/")
            keys = [key] if key else []
            if operation == "DeleteObjects":  # <Delete><Object><Key>…</Key>… (moto has just parsed it)
                keys = [html.unescape(key) for key in _DELETED_KEY.findall(request.decode())]
            for each in keys:
                self._keep_object(bucket, each)
        self._keep_messages()  # after an S3 write too: moto sends the bucket's notifications itself

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
        if operation == "BatchWriteItem":  # {"PutRequest": {"Item": …}} or {"DeleteRequest": {"Key": …}}
            writes = [
                (t, next(iter(e.values()))) for t, entries in request["RequestItems"].items() for e in entries
            ]
        elif operation == "TransactWriteItems":
            writes = [
                (detail["TableName"], detail)
                for entry in request["TransactItems"]
                for kind, detail in entry.items()
                if kind != "ConditionCheck"
            ]
        else:
            writes = [(request["TableName"], request)]
        return [(table, self._key(table, write.get("Key") or write["Item"])) for table, write in writes]

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

    def _keep_messages(self) -> None:
        with self._messages_lock:
            held = {  # every message moto holds (visible, in flight or delayed), and its queue
                message.id: (name, message)
                for regions in list(sqs_backends.values())
                for backend in list(regions.values())
                for name, queue in list(backend.queues.items())
                for message in list(queue._messages)
            }
            kept = {path.stem: path for path in self.folder.glob("sqs/*/*.json")}
            for message_id, path in kept.items():
                if message_id in held and path.parent.name != held[message_id][0]:
                    target = self.folder / "sqs" / held[message_id][0] / path.name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(path, target)
                elif message_id not in held and message_id in self._seen:  # deleted or purged
                    path.unlink(missing_ok=True)
            for message_id, (queue, message) in held.items():
                if message_id not in kept:  # what sending it again needs (not its delay: that is past)
                    sent = {"MessageBody": message.body, "MessageAttributes": message.message_attributes}
                    path = self.folder / "sqs" / queue / f"{message_id}.json"
                    write_atomically(path, json.dumps({k: v for k, v in sent.items() if v}).encode())
                self._seen.add(message_id)

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

    def restore(self, names: Collection[str]) -> int:
        """Put back what the journal holds for the buckets, tables and queues named; returns how many
        objects, items and messages."""
        s3, dynamodb, sqs = self._client("s3"), self._client("dynamodb"), self._client("sqs")
        count = 0
        for bucket in self._folders("s3", names):
            for path in sorted(bucket.glob("*")):
                if path.name.endswith(".content-type") or path.name.startswith("."):
                    continue
                kind = path.with_name(f"{path.name}.content-type")
                content_type = kind.read_text() if kind.exists() else "application/octet-stream"
                s3.put_object(
                    Bucket=bucket.name,
                    Key=unquote(path.name),
                    Body=path.read_bytes(),
                    ContentType=content_type,
                )
                count += 1
        for table in self._folders("dynamodb", names):
            for path in sorted(table.glob("*.json")):
                dynamodb.put_item(TableName=table.name, Item=json.loads(path.read_text()))
                count += 1
        for queue in self._folders("sqs", names):
            url = sqs.get_queue_url(QueueName=queue.name)["QueueUrl"]
            for path in sorted(queue.glob("*.json"), key=lambda p: p.stat().st_mtime):
                kept = json.loads(path.read_text())
                sqs.send_message(QueueUrl=url, **kept)  # journaled again under its new id
                path.unlink()
                count += 1
        return count

    def _folders(self, service: str, names: Collection[str]) -> list[Path]:
        return [
            path for path in sorted((self.folder / service).glob("*")) if path.is_dir() and path.name in names
        ]
