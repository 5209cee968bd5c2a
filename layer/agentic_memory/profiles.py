"""Caller profiles in DynamoDB: one item per caller, read by ClientData with a single GetItem.

Ingestion writes once per call, one atomic UpdateItem whose condition is "this conversation is not
counted yet", so a redelivered or replayed conversation never counts twice, whatever the timing. Facts
from ElevenLabs' data collection live as top-level ``fact#<id>`` attributes, so each one is set
atomically without reading the item first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

FACT_PREFIX = "fact#"


@dataclass(frozen=True)
class CallerProfile:
    caller_id: str
    caller_name: str = ""
    call_count: int = 0
    memory_count: int = 0
    last_call_summary: str = ""
    last_call_title: str = ""
    last_call_date: str = ""
    last_agent_id: str = ""
    language: str = ""
    next_greeting: str = ""
    facts: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_item(cls, item: dict[str, AttributeValueTypeDef]) -> CallerProfile:
        def text(name: str) -> str:
            return item.get(name, {}).get("S", "")

        def number(name: str) -> int:
            return int(item.get(name, {}).get("N", "0"))

        facts = {k[len(FACT_PREFIX) :]: v.get("S", "") for k, v in item.items() if k.startswith(FACT_PREFIX)}
        return cls(
            caller_id=text("pk"),
            caller_name=text("caller_name"),
            call_count=number("call_count"),
            memory_count=number("memory_count"),
            last_call_summary=text("last_call_summary"),
            last_call_title=text("last_call_title"),
            last_call_date=text("last_call_date"),
            last_agent_id=text("last_agent_id"),
            language=text("language"),
            next_greeting=text("next_greeting"),
            facts=facts,
        )


@dataclass(frozen=True)
class CallRecord:
    """What one finished call adds to its caller's profile."""

    caller_id: str
    conversation_id: str
    call_date: str
    agent_id: str | None = None
    caller_name: str | None = None
    summary: str | None = None
    title: str | None = None
    language: str | None = None
    facts: dict[str, str] = field(default_factory=dict)
    # The first message of the caller's next call. Said by name, it replaces the stored one; a
    # nameless one is only a default, so a name learned on an earlier call keeps being used.
    next_greeting: str = ""


class ProfileStore:
    def __init__(self, dynamodb: DynamoDBClient, table: str) -> None:
        self._db = dynamodb
        self.table = table

    def get(self, caller_id: str) -> CallerProfile | None:
        item = self._db.get_item(TableName=self.table, Key={"pk": {"S": caller_id}}).get("Item")
        return CallerProfile.from_item(item) if item else None

    def record_call(self, call: CallRecord) -> CallerProfile | None:
        """Count the call and store what it taught us; None when this conversation was counted already."""
        values: dict[str, Any] = {
            ":one": {"N": "1"},
            ":conversation": {"SS": [call.conversation_id]},
            ":cid": {"S": call.conversation_id},
            ":updated": {"S": datetime.now(UTC).isoformat(timespec="seconds")},
        }
        names: dict[str, str] = {}
        extra: dict[str, Any] = {}
        assignments = ["updated_at = :updated"]
        optional = {
            "last_call_date": call.call_date,
            "last_agent_id": call.agent_id,
            "caller_name": call.caller_name,
            "last_call_summary": call.summary,
            "last_call_title": call.title,
            "language": call.language,
        }
        for attribute, value in optional.items():
            if value:
                names[f"#{attribute}"] = attribute
                values[f":{attribute}"] = {"S": value}
                assignments.append(f"#{attribute} = :{attribute}")
        if call.next_greeting:
            values[":greeting"] = {"S": call.next_greeting}
            assignments.append(
                "next_greeting = :greeting"
                if call.caller_name
                else "next_greeting = if_not_exists(next_greeting, :greeting)"
            )
        for index, (fact, value) in enumerate(sorted(call.facts.items())):
            names[f"#f{index}"] = FACT_PREFIX + fact
            values[f":f{index}"] = {"S": value}
            assignments.append(f"#f{index} = :f{index}")
        if names:
            extra["ExpressionAttributeNames"] = names
        try:
            response = self._db.update_item(
                TableName=self.table,
                Key={"pk": {"S": call.caller_id}},
                UpdateExpression=(
                    f"SET {', '.join(assignments)} ADD call_count :one, conversation_ids :conversation"
                ),
                ConditionExpression="attribute_not_exists(pk) OR NOT contains(conversation_ids, :cid)",
                ExpressionAttributeValues=values,
                ReturnValues="ALL_NEW",
                **extra,
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return None
            raise
        return CallerProfile.from_item(response["Attributes"])

    def set_memory_count(self, caller_id: str, count: int) -> bool:
        """What Mem0 holds for the caller once a call's extractions are confirmed (``memory_count``).
        False when the profile is gone (erased meanwhile): it is never recreated for a count."""
        try:
            self._db.update_item(
                TableName=self.table,
                Key={"pk": {"S": caller_id}},
                UpdateExpression="SET memory_count = :count",
                ConditionExpression="attribute_exists(pk)",
                ExpressionAttributeValues={":count": {"N": str(count)}},
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def delete(self, caller_id: str) -> bool:
        """Remove the caller's profile (erasure); True when there was one."""
        response = self._db.delete_item(
            TableName=self.table, Key={"pk": {"S": caller_id}}, ReturnValues="ALL_OLD"
        )
        return "Attributes" in response
