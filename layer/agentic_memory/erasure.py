"""Erasure that lasts (DESIGN §3): the tombstones an erasure or an opt-out leaves.

Deleting a caller's memories, profile and archive is not enough: a webhook redelivered afterwards, an
ingestion already running, an extraction Mem0 finishes later, a dead letter replayed, each would bring
something back. So ``agentic-memory forget`` first leaves tombstones, and ingestion honours them:

* a **caller tombstone**, keyed by a hash of the caller key, holding when the caller was erased: a call
  that started before that moment is never remembered again (a call after it is a new start); an
  opted-out caller ("do not remember me") is never remembered at all;
* a **conversation tombstone** for each erased conversation, keyed by its id, so that what arrives
  for it later (a dead letter whose transcript is gone, a late recording) is dropped, not retried.

Neither holds personal data beyond what the erasure needs: a SHA-256 of the caller key (a pseudonym,
not an encryption: a phone number's hash can be searched for by whoever holds the table), a time, a
flag, conversation ids. They live in the profile table, beside the profiles they replace, and stay
until removed (an opt-out) or for ``CONVERSATION_TOMBSTONE_DAYS`` (conversations, past any
redelivery or replay).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from agentic_memory.archive import (
    CONVERSATIONS,
    Archive,
    Purged,
    audit_prefix,
    caller_index_prefix,
    conversation_prefix,
)
from agentic_memory.ledger import Ledger
from agentic_memory.memory import MemoryStore
from agentic_memory.phone import USER_PREFIX, digits, names_number
from agentic_memory.profiles import ProfileStore

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

CALLER_PREFIX = "tombstone#caller#"
CONVERSATION_PREFIX = "tombstone#conversation#"
# Longer than the dead-letter queue keeps a message (14 days) and than ElevenLabs retries (hours).
CONVERSATION_TOMBSTONE_DAYS = 400
# Where payloads no index links to a caller are kept; an erasure searches them for the number:
# quarantined payloads, events of unknown types without a conversation, and with one (the caller
# index links no conversation that only such events name).
UNINDEXED = (("quarantine/", ""), ("events/", ""), (CONVERSATIONS, "/events/"))


@dataclass(frozen=True)
class Tombstone:
    erased_at: int  # unix seconds: calls that started before it are never remembered
    opted_out: bool = False  # "do not remember me": no call is remembered, before or after

    def covers(self, call_started: int | None) -> bool:
        """True when a call that started at ``call_started`` (unix seconds) must be forgotten; a call
        whose start is unknown is forgotten too."""
        return self.opted_out or call_started is None or call_started < self.erased_at


def caller_hash(caller: str) -> str:
    return hashlib.sha256(caller.encode()).hexdigest()


class Tombstones:
    def __init__(self, dynamodb: DynamoDBClient, table: str) -> None:
        self._db = dynamodb
        self.table = table

    def of_caller(self, caller: str) -> Tombstone | None:
        item = self._db.get_item(TableName=self.table, Key=self._caller_key(caller), ConsistentRead=True).get(
            "Item"
        )
        if item is None:
            return None
        return Tombstone(int(item["erased_at"]["N"]), bool(item.get("opted_out", {}).get("BOOL", False)))

    def conversation_erased(self, conversation_id: str) -> bool:
        key = {"pk": {"S": CONVERSATION_PREFIX + conversation_id}}
        return "Item" in self._db.get_item(TableName=self.table, Key=key, ConsistentRead=True)

    def erase(self, caller: str, conversations: list[str], at: float | None = None) -> Tombstone:
        """Leave the tombstones of an erasure happening now (an opt-out already there is kept)."""
        moment = int(at if at is not None else time.time())
        response = self._db.update_item(
            TableName=self.table,
            Key=self._caller_key(caller),
            UpdateExpression="SET erased_at = :at",
            ExpressionAttributeValues={":at": {"N": str(moment)}},
            ReturnValues="ALL_NEW",
        )
        for conversation_id in conversations:
            self.erase_conversation(conversation_id, moment)
        opted_out = bool(response["Attributes"].get("opted_out", {}).get("BOOL", False))
        return Tombstone(moment, opted_out)

    def erase_conversation(self, conversation_id: str, at: float | None = None) -> None:
        moment = int(at if at is not None else time.time())
        self._db.put_item(
            TableName=self.table,
            Item={
                "pk": {"S": CONVERSATION_PREFIX + conversation_id},
                "erased_at": {"N": str(moment)},
                "expiration": {"N": str(moment + CONVERSATION_TOMBSTONE_DAYS * 86400)},
            },
        )

    def opt_out(self, caller: str, at: float | None = None) -> Tombstone:
        """Mark the caller "do not remember me": from now on nothing about them is kept."""
        moment = int(at if at is not None else time.time())
        self._db.update_item(
            TableName=self.table,
            Key=self._caller_key(caller),
            UpdateExpression="SET opted_out = :yes, erased_at = :at",
            ExpressionAttributeValues={":yes": {"BOOL": True}, ":at": {"N": str(moment)}},
        )
        return Tombstone(moment, opted_out=True)

    def opt_in(self, caller: str) -> bool:
        """Remember the caller again from now on (what was erased stays erased); False when they had
        not opted out."""
        try:
            self._db.update_item(
                TableName=self.table,
                Key=self._caller_key(caller),
                UpdateExpression="SET opted_out = :no, erased_at = :now",
                ConditionExpression="opted_out = :yes",
                ExpressionAttributeValues={
                    ":no": {"BOOL": False},
                    ":yes": {"BOOL": True},
                    ":now": {"N": str(int(time.time()))},
                },
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    @staticmethod
    def _caller_key(caller: str) -> dict[str, dict[str, str]]:
        return {"pk": {"S": CALLER_PREFIX + caller_hash(caller)}}


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure of ``caller`` will remove, found before anything is removed."""

    caller: str
    conversations: list[str]
    mentions: list[str]  # quarantined or unattached payloads that contain the number


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed, read back where it can be (Mem0 holds nothing: ``erase`` checked)."""

    erased_at: int
    opted_out: bool
    profile_deleted: bool
    archived: Purged = field(default_factory=Purged)
    unindexed: Purged = field(default_factory=Purged)
    audits: Purged = field(default_factory=Purged)
    index: Purged = field(default_factory=Purged)
    extracting: int = 0  # conversations Mem0 was still extracting: erased when the extraction ends


@dataclass(frozen=True)
class Eraser:
    """The erasure of one caller, shared by ``agentic-memory forget`` and the ``forget_me`` tool."""

    archive: Archive
    profiles: ProfileStore
    tombstones: Tombstones
    memory: MemoryStore
    ledger: Ledger | None  # None: extractions still running cannot be seen (the operator is told)

    def plan(self, caller: str) -> ErasurePlan:
        conversations = self.archive.caller_conversations(caller)
        indexed = tuple(conversation_prefix(c) for c in conversations)  # purged whole anyway
        names = _naming(caller)
        mentions = [
            key
            for prefix, within in UNINDEXED
            for key in self.archive.mentioning(prefix, names, within)
            if not key.startswith(indexed)
        ]
        return ErasurePlan(caller, conversations, mentions)

    def erase(self, plan: ErasurePlan, *, opt_out: bool = False) -> ErasureReport:
        """Tombstones first (from now on nothing of the caller is kept, whatever arrives), then Mem0
        until it holds nothing, the profile, the archive, and the caller index last (an interrupted
        erasure can be repeated and still finds the rest)."""
        caller = plan.caller
        stone = self.tombstones.erase(caller, plan.conversations)
        if opt_out:
            stone = self.tombstones.opt_out(caller, stone.erased_at)
        extracting = self._mark_extracting(caller, plan.conversations)
        self.memory.delete_caller(caller)  # re-reads and re-issues until nothing is left, or raises
        # Read back whole: Mem0 keeps expired, superseded and merged memories hidden from its default
        # reads, not deleted (docs: platform/features/memory-expiration, platform/features/dream).
        left = self.memory.held(caller)
        if left.memories:
            raise RuntimeError(
                f"Mem0 still holds {len(left.memories)} memories of the caller after the deletes"
            )
        if left.unread:
            raise RuntimeError(
                f"Mem0 could not be read back in full after the deletes: {'; '.join(left.unread)}"
            )
        deleted = self.profiles.delete(caller)
        archived = sum((self.archive.purge(conversation_prefix(c)) for c in plan.conversations), Purged())
        unindexed = sum((self.archive.purge_object(key) for key in plan.mentions), Purged())
        audits = self.archive.purge(audit_prefix(caller))
        index = self.archive.purge(caller_index_prefix(caller))
        return ErasureReport(
            stone.erased_at, stone.opted_out, deleted, archived, unindexed, audits, index, extracting
        )

    def _mark_extracting(self, caller: str, conversations: list[str]) -> int:
        """Conversations whose chunks Mem0 accepted but may not have extracted yet: their extraction
        check deletes what Mem0 extracts once it is done (``Ingestor``), so nothing comes back."""
        if self.ledger is None:
            return 0
        marked = 0
        for conversation_id in conversations:
            progress = self.ledger.get(conversation_id)
            if progress is not None and any(c.state == "sent" for c in progress.chunks.values()):
                self.ledger.erasing(conversation_id, caller)
                marked += 1
        return marked


def _naming(caller: str) -> Callable[[bytes], bool]:
    """Whether a payload names ``caller``: its key as stored, and for a phone caller the number in
    any form (``phone.names_number``), also where JSON escapes it (``\\u002b1555…``) or holds it as
    a number: the strings and numbers of a JSON payload are read decoded."""
    plain = [caller, digits(caller)]

    def names(body: bytes) -> bool:
        text = body.decode("utf-8", "replace")
        if any(needle in text for needle in plain):
            return True
        if caller.startswith(USER_PREFIX):
            return False
        return names_number(text, caller) or names_number(_json_text(text), caller)

    return names


def _json_text(text: str) -> str:
    """The keys, strings and numbers of a JSON document, one a line; "" when it is no JSON."""
    try:
        document = json.loads(text)
    except ValueError:
        return ""
    found: list[str] = []
    pending = [document]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            found.extend(str(key) for key in value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif value is not None and not isinstance(value, bool):
            found.append(str(value))
    return "\n".join(found)
