"""moto's AWS shaped like the template's resources: one moto for a whole test session, its resources
created once and emptied between tests.

Entering ``mock_aws`` for each test wiped every backend, and re-creating the bucket, both tables and
the queue through boto3 took a sixth of the suite's time (issue 22's measurement). Here the backends
persist: ``MotoWorld.fresh`` gives each test the state a new ``mock_aws`` plus ``create_resources``
would: the bucket, tables and queue empty (objects, items, messages), whatever else a test made
(other buckets, tables, queues; secrets, stacks and any other service) gone, and a base resource a
test deleted or reconfigured made anew.
"""

from __future__ import annotations

import threading
from typing import Any

import boto3
from moto import mock_aws
from moto.core.base_backend import BackendDict
from moto.core.config import _core_config as CoreConfig
from moto.dynamodb.models import dynamodb_backends
from moto.s3.models import FakeKey, s3_backends
from moto.sqs.models import sqs_backends

BUCKET = "test-archive"
PROFILE_TABLE = "test-caller-profiles"
INGESTION_LEDGER_TABLE = "test-ingestion-ledger"
INGESTION_QUEUE = "test-ingestion"
ACCOUNT = "123456789012"  # moto's default account
REGION = "us-east-1"
TABLE_KEYS = {PROFILE_TABLE: "pk", INGESTION_LEDGER_TABLE: "id"}
# The services whose state ``fresh`` empties instead of resetting.
KEPT_SERVICES = frozenset({"s3", "dynamodb", "sqs"})


def create_bucket() -> None:
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket=BUCKET)
    s3.put_bucket_versioning(Bucket=BUCKET, VersioningConfiguration={"Status": "Enabled"})


def create_table(name: str) -> None:
    key = TABLE_KEYS[name]
    boto3.client("dynamodb").create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": key, "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": key, "AttributeType": "S"}],
    )


def create_queue() -> str:
    # A failed message is visible again at once, as after a (short) visibility timeout.
    url: str = boto3.client("sqs").create_queue(
        QueueName=INGESTION_QUEUE, Attributes={"VisibilityTimeout": "0"}
    )["QueueUrl"]
    return url


def create_resources() -> str:
    """The template's bucket (versioned), tables and ingestion queue, in moto (call inside
    ``mock_aws``); returns the queue's URL."""
    create_bucket()
    for table in TABLE_KEYS:
        create_table(table)
    return create_queue()


class MotoWorld:
    """One moto for the session: ``start``/``stop`` switch its patching on and off around a test
    (so that tests without ``aws`` never talk to it) and keep its data; ``fresh`` empties it."""

    def __init__(self) -> None:
        # boto3's default session (and the service models it has loaded) is kept from test to test:
        # moto would replace it at each start, and every test would load the models again.
        # boto3's default session (and the service models it has loaded) is kept from test to test:
        # moto would replace it at each start, and each test would load the models again (on the
        # aws-heavy tests, 40 % of the CPU time, measured).
        core: CoreConfig = {
            "mock_credentials": True,
            "passthrough": {"urls": [], "services": []},
            "reset_boto3_session": False,
            "service_whitelist": None,
        }
        self._mock = mock_aws(config={"core": core})
        self._made: dict[str, Any] = {}  # the moto objects create_resources made, by resource name
        self.queue_url = ""

    def start(self) -> None:
        self._mock.start(reset=False)

    def stop(self) -> None:
        self._mock.stop(remove_data=False)

    def fresh(self) -> str:
        """The resources as ``create_resources`` left them, and nothing else; returns the queue's URL."""
        instances: list[Any] = BackendDict._instances  # type: ignore[misc]
        for backends in list(instances):
            if backends.service_name not in KEPT_SERVICES:
                for account in backends.values():
                    account.reset()
        self._fresh_bucket()
        self._fresh_tables()
        self._fresh_queue()
        return self.queue_url

    def _untouched(self, name: str, current: Any) -> bool:
        """Whether ``current`` is still the object ``fresh`` made (not deleted, nor made anew by a test
        or after another ``mock_aws`` reset the backends)."""
        return current is not None and current is self._made.get(name)

    def _fresh_bucket(self) -> None:
        backend = s3_backends[ACCOUNT]["aws"]
        for name in [name for name in backend.buckets if name != BUCKET]:
            _drop_bucket(backend, name)
        bucket: Any = backend.buckets.get(BUCKET)
        if self._untouched(BUCKET, bucket) and _as_created(bucket):
            _dispose_keys(bucket)
            bucket.keys.clear()
            bucket.multiparts.clear()
            return
        if bucket is not None:
            _drop_bucket(backend, BUCKET)
        create_bucket()
        self._made[BUCKET] = backend.buckets[BUCKET]

    def _fresh_tables(self) -> None:
        backend = dynamodb_backends[ACCOUNT][REGION]
        for name in [name for name in backend.tables if name not in TABLE_KEYS]:
            backend.delete_table(name)
        for name in TABLE_KEYS:
            table: Any = backend.tables.get(name)
            if self._untouched(name, table):
                table.items.clear()
                continue
            if table is not None:
                backend.delete_table(name)
            create_table(name)
            self._made[name] = backend.tables[name]

    def _fresh_queue(self) -> None:
        backend = sqs_backends[ACCOUNT][REGION]
        for name in [name for name in backend.queues if name != INGESTION_QUEUE]:
            del backend.queues[name]
        queue: Any = backend.queues.get(INGESTION_QUEUE)
        if (
            self._untouched(INGESTION_QUEUE, queue)
            and queue.visibility_timeout == 0
            and not queue.redrive_policy
            and queue.delay_seconds == 0
        ):
            # What PurgeQueue does, without its one-purge-a-minute rule: delayed and in-flight
            # messages go too.
            queue._messages = []
            queue._pending_messages = set()
            return
        if queue is not None:
            del backend.queues[INGESTION_QUEUE]
        self.queue_url = create_queue()
        self._made[INGESTION_QUEUE] = backend.queues[INGESTION_QUEUE]


def _as_created(bucket: Any) -> bool:
    """Versioned, and no notification, lifecycle rule or policy a test may have added."""
    return (
        bucket.versioning_status == "Enabled"
        and bucket.notification_configuration is None
        and not bucket.rules
        and bucket.policy is None
    )


def _dispose_keys(bucket: Any) -> None:
    """Close the temporary files moto keeps object bodies in (as its own reset does)."""
    for _, versions in bucket.keys.iterlists():
        for key in versions:
            if isinstance(key, FakeKey):
                key.dispose()
    for part in bucket.multiparts.values():
        part.dispose()


def _drop_bucket(backend: Any, name: str) -> None:
    _dispose_keys(backend.buckets[name])
    del backend.buckets[name]
    s3_backends.bucket_accounts.pop(name, None)


def atomic_conditional_writes() -> None:
    """DynamoDB applies a conditional write atomically, and S3 a ``PutObject`` with ``If-None-Match``
    (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html); moto's
    in-process backends check and write without a lock, so threads can both pass one condition.
    Serialise the functions' DynamoDB calls and S3 writes, as the services do for one item or key."""
    from agentic_memory.runtime import aws as aws_clients

    lock = threading.Lock()

    def acquire(**_: Any) -> None:  # a handler's return value would be taken for the response
        lock.acquire()

    def release(**_: Any) -> None:
        lock.release()

    for events, operation in (
        (aws_clients.dynamodb_client().meta.events, "dynamodb"),
        (aws_clients.s3_client().meta.events, "s3.PutObject"),
    ):
        events.register(f"before-call.{operation}", acquire)
        events.register(f"after-call.{operation}", release)
