"""The ingestion ledger in DynamoDB: one item per conversation, so that no step is done twice or lost.

Mem0 accepts an ``infer=True`` add long before it has extracted anything, and a retried ingestion
must not send again what Mem0 already accepted (v3 is add-only: a re-sent chunk becomes duplicate
memories). So each step is recorded as soon as it is done: the factual add, each episodic chunk as
Mem0 accepts it (with its extraction's event id), then as its extraction is confirmed or fails. A
lease (a conditional write) lets one invocation at a time work on a conversation: a duplicated S3
event or a replay arriving meanwhile is told until when (``IngestionBusyError``) and is deferred until
then, never failed. Items expire by TTL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

ChunkState = Literal["sent", "confirmed", "failed"]
# "erasing": the caller was erased while Mem0 still extracted this call (its memories are deleted once
# the extraction ends); "dropped": an erasure or an opt-out covers the call, nothing of it is kept.
Status = Literal["started", "extracting", "done", "archived_only", "erasing", "dropped"]
# Long enough for a replay weeks later to find what was done; short enough not to keep call data.
KEEP_SECONDS = 30 * 24 * 3600


class IngestionBusyError(Exception):
    """Another invocation holds this conversation's lease until ``until`` (unix seconds): busy is not
    a failure, the work is deferred until then (``runtime.queue.defer``)."""

    def __init__(self, conversation_id: str, until: float) -> None:
        moment = time.strftime("%H:%M:%S UTC", time.gmtime(until))
        super().__init__(f"{conversation_id} is being ingested by another invocation until {moment}")
        self.until = until


@dataclass(frozen=True)
class ChunkProgress:
    state: ChunkState
    event_id: str | None = None
    resends: int = 0
    error: str | None = None


@dataclass(frozen=True)
class Progress:
    conversation_id: str
    status: Status = "started"
    facts_stored: int | None = None  # None: the factual add is not done yet
    chunks: dict[int, ChunkProgress] = field(default_factory=dict)
    erasing_caller: str | None = None  # kept only while erasing, to delete what Mem0 still extracts

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> Progress:
        chunks = {
            int(index): ChunkProgress(
                state=value["M"]["state"]["S"],
                event_id=value["M"].get("event", {}).get("S"),
                resends=int(value["M"].get("resends", {}).get("N", "0")),
                error=value["M"].get("error", {}).get("S"),
            )
            for index, value in item.get("chunks", {}).get("M", {}).items()
        }
        facts = item.get("facts", {}).get("N")
        return cls(
            conversation_id=item["id"]["S"],
            status=item.get("status", {}).get("S", "started"),
            facts_stored=int(facts) if facts is not None else None,
            chunks=chunks,
            erasing_caller=item.get("erasing_caller", {}).get("S"),
        )


class Ledger:
    def __init__(self, dynamodb: DynamoDBClient, table: str, clock: Callable[[], float] = time.time) -> None:
        self._db = dynamodb
        self.table = table
        self._clock = clock

    @contextmanager
    def lease(self, conversation_id: str, seconds: float) -> Iterator[Progress]:
        """The conversation's progress, held for this invocation alone until the block ends (or
        ``seconds`` pass, should the invocation die holding it). A record past its expiry, which
        DynamoDB's TTL removes days later, is read as absent (DESIGN §3) and started afresh."""
        now = self._clock()
        try:
            answer = self._db.update_item(
                TableName=self.table,
                Key=self._key(conversation_id),
                UpdateExpression="SET lease_until = :until, expiration = :expires, "
                "chunks = if_not_exists(chunks, :empty)",
                ConditionExpression="attribute_not_exists(lease_until) OR lease_until < :now",
                ExpressionAttributeValues={
                    ":until": {"N": str(int(now + seconds))},
                    ":now": {"N": str(int(now))},
                    ":expires": {"N": str(int(now + KEEP_SECONDS))},
                    ":empty": {"M": {}},
                },
                ReturnValues="ALL_OLD",
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                raise IngestionBusyError(conversation_id, self._lease_end(conversation_id, now)) from None
            raise
        old = answer.get("Attributes")
        try:
            if old is None:
                yield Progress(conversation_id)
            elif int(old.get("expiration", {}).get("N", str(int(now)))) < now:
                self._set(
                    conversation_id,
                    "SET chunks = :empty REMOVE #status, facts, erasing_caller",
                    {":empty": {"M": {}}},
                    names={"#status": "status"},
                )
                yield Progress(conversation_id)
            else:
                yield Progress.from_item(old)
        finally:
            self._set(conversation_id, "REMOVE lease_until", {})

    def _lease_end(self, conversation_id: str, now: float) -> float:
        """When the lease another invocation holds ends (``now`` if it just did)."""
        item = self._db.get_item(TableName=self.table, Key=self._key(conversation_id), ConsistentRead=True)
        return float(item.get("Item", {}).get("lease_until", {}).get("N", now))

    def chunk(self, conversation_id: str, index: int, progress: ChunkProgress) -> None:
        self.chunks(conversation_id, {index: progress})

    def chunks(self, conversation_id: str, progress: dict[int, ChunkProgress]) -> None:
        """Several chunks' progress in one write: a check's findings land together or not at all
        (one ``UpdateItem`` for the 18 chunks of a 30-minute call, not 18)."""
        if not progress:
            return
        values: dict[str, Any] = {}
        names: dict[str, str] = {}
        for n, (index, chunk) in enumerate(sorted(progress.items())):
            value: dict[str, Any] = {"state": {"S": chunk.state}, "resends": {"N": str(chunk.resends)}}
            if chunk.event_id:
                value["event"] = {"S": chunk.event_id}
            if chunk.error:
                value["error"] = {"S": chunk.error[:500]}
            values[f":c{n}"] = {"M": value}
            names[f"#i{n}"] = str(index)
        assignments = ", ".join(f"chunks.#i{n} = :c{n}" for n in range(len(progress)))
        self._set(conversation_id, f"SET {assignments}", values, names=names)

    def facts(self, conversation_id: str, stored: int) -> None:
        self._set(conversation_id, "SET facts = :stored", {":stored": {"N": str(stored)}})

    def status(self, conversation_id: str, status: Status) -> None:
        self._set(
            conversation_id, "SET #status = :status", {":status": {"S": status}}, names={"#status": "status"}
        )

    def erasing(self, conversation_id: str, caller: str) -> None:
        """The call is being erased while Mem0 still extracts it: keep whose it is until that ends."""
        self._set(
            conversation_id,
            "SET #status = :status, erasing_caller = :caller",
            {":status": {"S": "erasing"}, ":caller": {"S": caller}},
            names={"#status": "status"},
        )

    def dropped(self, conversation_id: str) -> None:
        """Nothing of the call is kept: no caller either."""
        self._set(
            conversation_id,
            "SET #status = :status REMOVE erasing_caller, chunks, facts",
            {":status": {"S": "dropped"}},
            names={"#status": "status"},
        )

    def get(self, conversation_id: str) -> Progress | None:
        item = self._db.get_item(TableName=self.table, Key=self._key(conversation_id)).get("Item")
        return Progress.from_item(item) if item else None

    def forget(self, conversation_id: str) -> None:
        """Drop the record (erasure)."""
        self._db.delete_item(TableName=self.table, Key=self._key(conversation_id))

    def _set(
        self,
        conversation_id: str,
        expression: str,
        values: dict[str, Any],
        names: dict[str, str] | None = None,
    ) -> None:
        extra: dict[str, Any] = {}
        if values:
            extra["ExpressionAttributeValues"] = values
        if names:
            extra["ExpressionAttributeNames"] = names
        self._db.update_item(
            TableName=self.table, Key=self._key(conversation_id), UpdateExpression=expression, **extra
        )

    @staticmethod
    def _key(conversation_id: str) -> dict[str, Any]:
        return {"id": {"S": conversation_id}}
