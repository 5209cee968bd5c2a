"""Local AWS that keeps what it acknowledged: the data folder made to agree with moto's state.

Its guarantee (a write S3, DynamoDB or SQS acknowledged survives ``kill -9``, whoever the writer),
what a restart puts back and what not, its tests and the alternatives: docs/architecture.md.

How: moto holds everything in memory, in this process. A WSGI middleware tells from a request's
headers which service it may have changed (S3 but a GET or HEAD; DynamoDB but a read; any SQS call,
as a receive is where SQS dead-letters; an S3 write changes SQS too, by its notification), and before
the answer leaves makes that service's files agree with moto's backends: ``s3/<bucket>/<quoted
key>`` (and ``.content-type``), ``dynamodb/<table>/<key hash>.json``, ``sqs/<queue>/<message
id>.json``; what changed is written, what is gone is removed. A save compares every object (by
ETag), message, and item of the tables the request names: its time grows with what they hold.
Only the stack's account and region are kept: the functions use no other.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import boto3
from moto.dynamodb.models import dynamodb_backends
from moto.s3.models import FakeKey, s3_backends
from moto.sqs.models import sqs_backends

from agentic_memory_ops.signed_requests import _body
from local_server.template import ACCOUNT_ID, REGION

log = logging.getLogger("local_server")
_SERVICE = re.compile(r"/([a-z0-9-]+)/aws4_request")
_READS = ("Get", "BatchGet", "TransactGet", "Query", "Scan", "Describe", "List")  # DynamoDB's
SERVICES = ("s3", "dynamodb", "sqs")

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
# A file's path → what it was written from (an ETag, an item's JSON, a message id) and its content.
Files = dict[Path, tuple[Any, Callable[[], bytes]]]
FileEntries = Iterator[tuple[Path, tuple[Any, Callable[[], bytes]]]]


def write_atomically(path: Path, data: bytes, mode: int = 0o666) -> None:
    """Whole or not at all: a reader (or a restart after ``kill -9``) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def _changed_service(environ: dict[str, Any]) -> str | None:
    """The service a call may have changed, from its headers: boto3's DynamoDB and SQS name the
    operation in ``X-Amz-Target``, S3 is signed for ``s3`` (the signature's scope)."""
    target = str(environ.get("HTTP_X_AMZ_TARGET", ""))
    if target.startswith("AmazonSQS."):
        return "sqs"
    if target.startswith("DynamoDB_"):
        return None if target.partition(".")[2].startswith(_READS) else "dynamodb"
    scope = _SERVICE.search(str(environ.get("HTTP_AUTHORIZATION", "")))
    changes = environ.get("REQUEST_METHOD") not in ("GET", "HEAD")
    return "s3" if scope is not None and scope.group(1) == "s3" and changes else None


def _named(name: str, names: bytes | None) -> bool:
    return names is None or name.encode() in names


class Journal:
    """The WSGI middleware: moto's answer to a write leaves only once the write is on disk."""

    def __init__(self, app: WsgiApp, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self._lock = threading.Lock()  # one save at a time
        self._written: dict[str, dict[Path, Any]] = {service: {} for service in SERVICES}
        self._restoring = False

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        service = None if self._restoring else _changed_service(environ)
        if service is None:
            return self.app(environ, start_response)
        status: list[int] = []

        def capture(line: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            status.append(int(line.split(" ", 1)[0]))
            return start_response(line, headers, exc_info)

        # A DynamoDB write names its tables in its body: only theirs are compared (any other table
        # whose name the body holds is compared too, which is harmless).
        request = _body(environ) if service == "dynamodb" else None
        answer = b"".join(self.app(environ, capture))
        if status and status[0] < 300:
            try:
                self.save(*({service, "sqs"} if service == "s3" else {service}), tables=request)
            except Exception:  # the write happened; say loudly that it is not on disk
                log.exception("could not keep a %s write on disk", service)
        return [answer]

    def save(self, *services: str, tables: bytes | None = None) -> None:
        """Make the services' files agree with moto (only the tables named in ``tables``, if given)."""
        with self._lock:
            for service in services:
                files, written = self._read(service, tables), self._written[service]
                for path, (version, content) in files.items():
                    if written.get(path) != version:
                        write_atomically(path, content())
                        written[path] = version
                for path in set(written) - set(files):
                    if _named(path.parent.name, tables if service == "dynamodb" else None):
                        path.unlink(missing_ok=True)
                        del written[path]

    def _read(self, service: str, tables: bytes | None = None) -> Files:
        while True:  # another thread's write may change moto's dicts as they are read: read again
            with contextlib.suppress(RuntimeError):
                return dict(getattr(self, f"_{service}_files")(tables))

    def _s3_files(self, _: bytes | None) -> FileEntries:
        for bucket in list(s3_backends[ACCOUNT_ID]["aws"].buckets.values()):
            for name, key in bucket.keys.items():  # each key's current version (moto copies the dict)
                if isinstance(key, FakeKey):  # not a versioned bucket's delete marker
                    path = self.folder / "s3" / bucket.name / quote(name, safe="")
                    kind = str(key.metadata.get("Content-Type", "binary/octet-stream"))
                    yield path, ((key.etag, kind), functools.partial(getattr, key, "value"))
                    yield path.with_name(f"{path.name}.content-type"), ((key.etag, kind), kind.encode)

    def _dynamodb_files(self, tables: bytes | None) -> FileEntries:
        for table in list(dynamodb_backends[ACCOUNT_ID][REGION].tables.values()):
            for item in table.all_items() if _named(table.name, tables) else []:
                attributes = item.to_json()["Attributes"]
                key = {name: attributes[name] for name in (table.hash_key_attr, table.range_key_attr) if name}
                name = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()
                text = json.dumps(attributes, sort_keys=True)
                yield self.folder / "dynamodb" / table.name / f"{name}.json", (text, text.encode)

    def _sqs_files(self, _: bytes | None) -> FileEntries:
        for name, queue in list(sqs_backends[ACCOUNT_ID][REGION].queues.items()):
            for message in list(queue._messages):  # visible, in flight or delayed
                # What sending it again needs (not its delay: that is past).
                sent = {"MessageBody": message.body, "MessageAttributes": message.message_attributes}
                text = json.dumps({k: v for k, v in sent.items() if v}).encode()
                yield self.folder / "sqs" / name / f"{message.id}.json", (name, text.__bytes__)

    # -- restart ------------------------------------------------------------------------------------

    def restore(self, names: Collection[str]) -> int:
        """Put back what the folder holds for the buckets, tables and queues named; returns how many
        objects, items and messages were put back."""
        s3, dynamodb, sqs = boto3.client("s3"), boto3.client("dynamodb"), boto3.client("sqs")
        kept = {service: self._kept(service, names) for service in SERVICES}
        self._restoring = True  # what is put back is not saved: the folder holds it already
        try:
            for path in kept["s3"]:
                kind = path.with_name(f"{path.name}.content-type")
                content_type = kind.read_text() if kind.exists() else "application/octet-stream"
                body = path.read_bytes()
                s3.put_object(
                    Bucket=path.parent.name, Key=unquote(path.name), Body=body, ContentType=content_type
                )
            for path in kept["dynamodb"]:
                dynamodb.put_item(TableName=path.parent.name, Item=json.loads(path.read_text()))
            for path in sorted(kept["sqs"], key=lambda p: p.stat().st_mtime):
                url = sqs.get_queue_url(QueueName=path.parent.name)["QueueUrl"]
                sqs.send_message(QueueUrl=url, **json.loads(path.read_text()))
        finally:
            self._restoring = False
        with self._lock:  # the objects and items are on disk as moto holds them now
            for service in ("s3", "dynamodb"):
                self._written[service] = {path: version for path, (version, _) in self._read(service).items()}
        self._written["sqs"] = dict.fromkeys(kept["sqs"])  # sent again under new ids: these files go
        self.save("sqs")
        return sum(map(len, kept.values()))

    def _kept(self, service: str, names: Collection[str]) -> list[Path]:
        folders = (self.folder / service / name for name in sorted(names))
        files = (path for folder in folders if folder.is_dir() for path in sorted(folder.glob("[!.]*")))
        return [path for path in files if path.suffix != ".content-type"]
