"""Caller profiles in DynamoDB: one item per caller, read by ClientData in one BatchGetItem with the
agent's own variables (``agent_variables``).

The item holds the caller's ``brief`` (JSON, see ``brief``), the calls counted, what Mem0 holds
(``memory_count``), and the ids of the last ``MAX_RECENT_CONVERSATIONS`` conversations merged into it.
Ingestion merges a call by reading the item and writing it back under the condition that nobody wrote
it meanwhile (``version``), retried on a conflict: two calls of one caller ingested at once both land,
and a conversation already merged is never merged twice. The ledger keeps a conversation from being
ingested twice once it is done, so the bounded list only has to cover a retry after a crash between
the two writes; the item stays bounded whatever the number of calls.

Retention is one rule (DESIGN §3): a profile past its ``expiration`` is absent to every read and every
conditional write, though DynamoDB's TTL removes it only days later. A caller who comes back after
that is a new caller: the merge writes a new profile over the expired item.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from agentic_memory.agent_variables import agent_key, agent_variables_of
from agentic_memory.brief import AgentCalls, Brief, CallFacts, CallNote, FactValue, Learned

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

MAX_RECENT_CONVERSATIONS = 50
# Read-merge-write attempts before a merge gives up (and the ingestion is retried).
MAX_WRITE_ATTEMPTS = 8
# What profiles written before the brief kept at the top level, removed when they are next written.
_LEGACY = ("caller_name", "conversation_ids", "last_call_summary", "last_call_title", "last_call_date",
           "last_agent_id", "language", "next_greeting")  # fmt: skip
_LEGACY_FACT_PREFIX = "fact#"


class ProfileContentionError(Exception):
    """The profile kept changing under the merge: the ingestion is retried."""


@dataclass(frozen=True)
class CallerProfile:
    caller_id: str
    call_count: int = 0
    memory_count: int = 0
    brief: Brief = field(default_factory=Brief)
    version: int = 0
    recent_conversations: tuple[str, ...] = ()

    @classmethod
    def from_item(cls, item: dict[str, AttributeValueTypeDef]) -> CallerProfile:
        def number(name: str) -> int:
            return int(item.get(name, {}).get("N", "0"))

        brief_json = item.get("brief", {}).get("S", "")
        recent = tuple(v.get("S", "") for v in item.get("recent_conversations", {}).get("L", []))
        legacy_ids = tuple(item.get("conversation_ids", {}).get("SS", []))
        return cls(
            caller_id=item.get("pk", {}).get("S", ""),
            call_count=number("call_count"),
            memory_count=number("memory_count"),
            brief=Brief.from_json(brief_json) if brief_json else _legacy_brief(item),
            version=number("version"),
            recent_conversations=recent + legacy_ids,
        )


class ProfileStore:
    def __init__(self, dynamodb: DynamoDBClient, table: str, retention_days: int = 0) -> None:
        self._db = dynamodb
        self.table = table
        # MEMORY_RETENTION_DAYS: a profile expires (DynamoDB TTL on ``expiration``) that many days
        # after the caller's last call; 0 keeps it until erased.
        self.retention_days = retention_days

    def get(self, caller_id: str, *, consistent: bool = False) -> CallerProfile | None:
        item = self._db.get_item(
            TableName=self.table, Key={"pk": {"S": caller_id}}, ConsistentRead=consistent
        ).get("Item")
        if not item or _expired(item):  # TTL deletes within days of expiry, not at the second
            return None
        return CallerProfile.from_item(item)

    def get_for_call(
        self, caller_id: str | None, agent_id: str | None
    ) -> tuple[CallerProfile | None, dict[str, str]]:
        """The caller's profile and the agent's own variables (``agent_variables``), in one round
        trip: a ``BatchGetItem`` of the two keys. Keys it leaves unprocessed (throttling) are absent."""
        keys = {key for key in (caller_id, agent_id and agent_key(agent_id)) if key}
        if not keys:
            return None, {}
        found = self._db.batch_get_item(
            RequestItems={self.table: {"Keys": [{"pk": {"S": key}} for key in sorted(keys)]}}
        )
        items = {item["pk"]["S"]: item for item in found.get("Responses", {}).get(self.table, [])}
        item = items.get(caller_id or "")
        profile = CallerProfile.from_item(item) if item and not _expired(item) else None
        return profile, agent_variables_of(items.get(agent_key(agent_id))) if agent_id else {}

    def record_call(self, caller_id: str, call: CallFacts) -> CallerProfile | None:
        """Count the call and merge it into the brief; None when this conversation was merged already."""
        for _ in range(MAX_WRITE_ATTEMPTS):
            current = self.get(caller_id, consistent=True)
            if current is not None and call.conversation_id in current.recent_conversations:
                return None
            base = current or CallerProfile(caller_id)
            recent = [call.conversation_id, *base.recent_conversations][:MAX_RECENT_CONVERSATIONS]
            updated = CallerProfile(
                caller_id, base.call_count + 1, base.memory_count, base.brief.with_call(call),
                base.version + 1, tuple(recent),
            )  # fmt: skip
            if self._write(updated, expected=current):
                return updated
        raise ProfileContentionError(f"the profile changed {MAX_WRITE_ATTEMPTS} times during one merge")

    def record_learned(self, caller_id: str, learned: list[Learned]) -> bool:
        """Add what Mem0 extracted from a call to the brief; False when the profile is gone (erased
        meanwhile): it is never recreated for this."""
        for _ in range(MAX_WRITE_ATTEMPTS):
            current = self.get(caller_id, consistent=True)
            if current is None:
                return False
            brief = current.brief.with_learned(learned)
            if brief == current.brief:
                return True
            updated = CallerProfile(
                caller_id, current.call_count, current.memory_count, brief, current.version + 1,
                current.recent_conversations,
            )  # fmt: skip
            if self._write(updated, expected=current):
                return True
        raise ProfileContentionError(f"the profile changed {MAX_WRITE_ATTEMPTS} times during one merge")

    def set_memory_count(self, caller_id: str, count: int) -> bool:
        """What Mem0 holds for the caller once a call's extractions are confirmed (``memory_count``).
        False when the profile is gone (erased meanwhile): it is never recreated for a count."""
        try:
            self._db.update_item(
                TableName=self.table,
                Key={"pk": {"S": caller_id}},
                UpdateExpression="SET memory_count = :count",
                ConditionExpression=f"attribute_exists(pk) AND {_LIVE}",
                ExpressionAttributeNames={"#expiration": "expiration"},
                ExpressionAttributeValues={":count": {"N": str(count)}, ":now": _now()},
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def drop_if_holds(self, caller_id: str, conversation_id: str) -> bool:
        """Delete the profile when it merged ``conversation_id`` (an erased call cannot be taken back
        out of a brief); True when it did."""
        profile = self.get(caller_id, consistent=True)
        if profile is None or conversation_id not in profile.recent_conversations:
            return False
        return self.delete(caller_id)

    def delete(self, caller_id: str) -> bool:
        """Remove the caller's profile (erasure); True when there was one."""
        response = self._db.delete_item(
            TableName=self.table, Key={"pk": {"S": caller_id}}, ReturnValues="ALL_OLD"
        )
        return "Attributes" in response

    def _write(self, profile: CallerProfile, *, expected: CallerProfile | None) -> bool:
        """Write ``profile`` unless the item is no longer ``expected``; False on that conflict."""
        values: dict[str, Any] = {
            ":brief": {"S": profile.brief.to_json()},
            ":count": {"N": str(profile.call_count)},
            ":version": {"N": str(profile.version)},
            ":recent": {"L": [{"S": c} for c in profile.recent_conversations[:MAX_RECENT_CONVERSATIONS]]},
            ":updated": {"S": datetime.now(UTC).isoformat(timespec="seconds")},
        }
        expression = (
            "SET #brief = :brief, #call_count = :count, #version = :version, #recent = :recent, "
            "#updated = :updated"
        )
        expires = self._expires(profile)
        if expires is not None:
            values[":expires"] = {"N": str(expires)}
            expression += ", #expiration = :expires"
        names = {f"#{name}": name for name in ("brief", "call_count", "version", "recent", "updated")}
        names["#recent"], names["#updated"] = "recent_conversations", "updated_at"
        names.update({f"#legacy{i}": name for i, name in enumerate(_LEGACY)})
        names["#expiration"] = "expiration"
        values[":now"] = _now()
        removed = [f"#legacy{i}" for i in range(len(_LEGACY))]
        if expected is None:
            # A new profile, or one over an expired item: nothing of the old item may survive.
            condition = f"attribute_not_exists(pk) OR NOT {_LIVE}"
            names["#memory_count"] = "memory_count"
            removed.append("#memory_count")
            if expires is None:
                removed.append("#expiration")
        else:
            unchanged = "(attribute_not_exists(#version) OR #version = :expected)"
            condition = f"attribute_exists(pk) AND {_LIVE} AND {unchanged}"
            values[":expected"] = {"N": str(expected.version)}
        try:
            self._db.update_item(
                TableName=self.table,
                Key={"pk": {"S": profile.caller_id}},
                UpdateExpression=expression + " REMOVE " + ", ".join(removed),
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def _expires(self, profile: CallerProfile) -> int | None:
        """When the profile expires: ``retention_days`` after the caller's last call (unix seconds)."""
        if self.retention_days <= 0 or not profile.brief.calls:
            return None
        last = profile.brief.calls[0]
        started = last.started or int(datetime.fromisoformat(f"{last.date}T00:00:00+00:00").timestamp())
        return started + self.retention_days * 86400


# An item not past its expiry (DESIGN §3); the write's values carry ``:now``, its names ``#expiration``.
_LIVE = "(attribute_not_exists(#expiration) OR #expiration >= :now)"


def _now() -> AttributeValueTypeDef:
    return {"N": str(int(time.time()))}


def _expired(item: dict[str, AttributeValueTypeDef]) -> bool:
    expires = item.get("expiration", {}).get("N")
    return expires is not None and int(expires) < time.time()


def _legacy_brief(item: dict[str, AttributeValueTypeDef]) -> Brief:
    """A profile written before the brief existed, read as one: its facts and its last call."""

    def text(name: str) -> str:
        return item.get(name, {}).get("S", "")

    calls = int(item.get("call_count", {}).get("N", "0"))
    if not calls:
        return Brief()
    day, agent, name = text("last_call_date"), text("last_agent_id"), text("caller_name")
    facts = {
        k[len(_LEGACY_FACT_PREFIX) :]: [FactValue(v.get("S", ""), day, day, False, agent)]
        for k, v in item.items()
        if k.startswith(_LEGACY_FACT_PREFIX)
    }
    note = CallNote(
        "", day, agent, text("last_call_title"), text("last_call_summary"), text("language"), name
    )
    return Brief(
        facts=facts,
        calls=[note],
        names={name: day} if name else {},
        agents={agent: AgentCalls(calls, day, day)},
    )
