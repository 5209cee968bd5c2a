"""What caller verification keeps (``verification``), in the profile table beside the profiles.

* the **knowledge factor** of a caller (``verification#factor#<sha256 of the caller key>``): its kind,
  a random salt and the scrypt of the normalised answer, never the answer; set by the operator
  (``agentic-memory verification set``), kept until removed or the caller is erased;
* **attempt counters**, one per conversation and one per caller and UTC day, each raised by a
  conditional ``UpdateItem`` that fails once the limit is reached (two attempts at once cannot both
  pass the last free one), and gone with DynamoDB's TTL (``expiration``) when they no longer matter;
* a **verified conversation** (``verification#verified#<conversation id>``): the caller it verified
  (as a hash) and a TTL of ``VERIFIED_HOURS``, so a verification lasts one call and no longer;
* an **erasure request** (``erasure-request#<caller key>``, the calls it was asked on in a set) left by
  ``forget_me`` on an unverified call, for the operator to confirm and carry out (``agentic-memory
  forget``, which removes it and the factor). It holds the caller key in clear, as the profile it asks
  to erase does: the operator must call them back.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

FACTOR_PREFIX = "verification#factor#"
CONVERSATION_ATTEMPTS_PREFIX = "verification#attempts#conversation#"
CALLER_ATTEMPTS_PREFIX = "verification#attempts#caller#"
VERIFIED_PREFIX = "verification#verified#"
ERASURE_REQUEST_PREFIX = "erasure-request#"
# A verification lasts the call: longer than any call (ElevenLabs caps a conversation's duration at
# max_duration_seconds, 600 s by default), short enough that nothing outlives it for long.
VERIFIED_HOURS = 6
# Counters are kept a little past the day they count, then DynamoDB's TTL removes them.
COUNTER_HOURS = 48
# Erasure requests wait this long for the operator (GDPR art. 12(3): one month, extendable by two).
ERASURE_REQUEST_DAYS = 90


def caller_hash(caller: str) -> str:
    """The pseudonym of a caller key in item keys (the same as the erasure tombstones')."""
    return hashlib.sha256(caller.encode()).hexdigest()


@dataclass(frozen=True)
class Factor:
    """A knowledge factor as stored: what it is and how to check an answer, never the answer."""

    kind: str
    salt: bytes
    digest: bytes
    set_at: int


@dataclass(frozen=True)
class ErasureRequest:
    caller: str
    conversation_ids: tuple[str, ...]  # the calls it was asked on
    requested_at: int  # the first time


class VerificationStore:
    def __init__(self, dynamodb: DynamoDBClient, table: str) -> None:
        self._db = dynamodb
        self.table = table

    def factor(self, caller: str) -> Factor | None:
        key = {"pk": {"S": FACTOR_PREFIX + caller_hash(caller)}}
        item = self._db.get_item(TableName=self.table, Key=key, ConsistentRead=True).get("Item")
        if item is None:
            return None
        return Factor(
            kind=item["kind"]["S"],
            salt=item["salt"]["B"],
            digest=item["digest"]["B"],
            set_at=int(item["set_at"]["N"]),
        )

    def set_factor(self, caller: str, factor: Factor) -> None:
        self._db.put_item(
            TableName=self.table,
            Item={
                "pk": {"S": FACTOR_PREFIX + caller_hash(caller)},
                "kind": {"S": factor.kind},
                "salt": {"B": factor.salt},
                "digest": {"B": factor.digest},
                "set_at": {"N": str(factor.set_at)},
            },
        )

    def drop_factor(self, caller: str) -> bool:
        key = {"pk": {"S": FACTOR_PREFIX + caller_hash(caller)}}
        found = self._db.delete_item(TableName=self.table, Key=key, ReturnValues="ALL_OLD")
        return "Attributes" in found

    def count_attempt(self, conversation_id: str, caller: str, per_call: int, per_day: int) -> bool:
        """Count one attempt for the conversation and for the caller's day; False, counting nothing
        more, once either limit is reached."""
        day = time.strftime("%Y-%m-%d", time.gmtime())
        return self._raise(CONVERSATION_ATTEMPTS_PREFIX + conversation_id, per_call) and self._raise(
            f"{CALLER_ATTEMPTS_PREFIX}{caller_hash(caller)}#{day}", per_day
        )

    def _raise(self, pk: str, limit: int) -> bool:
        expires = int(time.time()) + COUNTER_HOURS * 3600
        try:
            self._db.update_item(
                TableName=self.table,
                Key={"pk": {"S": pk}},
                UpdateExpression="ADD attempts :one SET #expiration = if_not_exists(#expiration, :expires)",
                ConditionExpression="attribute_not_exists(attempts) OR attempts < :limit",
                ExpressionAttributeNames={"#expiration": "expiration"},  # a reserved word
                ExpressionAttributeValues={
                    ":one": {"N": "1"},
                    ":limit": {"N": str(limit)},
                    ":expires": {"N": str(expires)},
                },
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def mark_verified(self, conversation_id: str, caller: str) -> None:
        self._db.put_item(
            TableName=self.table,
            Item={
                "pk": {"S": VERIFIED_PREFIX + conversation_id},
                "caller": {"S": caller_hash(caller)},
                "expiration": {"N": str(int(time.time()) + VERIFIED_HOURS * 3600)},
            },
        )

    def verified(self, conversation_id: str | None, caller: str) -> bool:
        """Whether this conversation verified this caller (a TTL past but not yet removed is not)."""
        if not conversation_id:
            return False
        key = {"pk": {"S": VERIFIED_PREFIX + conversation_id}}
        item = self._db.get_item(TableName=self.table, Key=key, ConsistentRead=True).get("Item")
        if item is None or int(item.get("expiration", {}).get("N", "0")) < time.time():
            return False
        return item.get("caller", {}).get("S") == caller_hash(caller)

    def request_erasure(self, caller: str, conversation_id: str | None) -> None:
        """One item per caller, each call's id added to it: found by its key, never by a scan."""
        now = int(time.time())
        update = (
            "SET caller = :caller, requested_at = if_not_exists(requested_at, :now), #expiration = :expires"
        )
        values: dict[str, AttributeValueTypeDef] = {
            ":caller": {"S": caller},
            ":now": {"N": str(now)},
            ":expires": {"N": str(now + ERASURE_REQUEST_DAYS * 86400)},
        }
        if conversation_id:
            update += " ADD conversations :conversation"
            values[":conversation"] = {"SS": [conversation_id]}
        self._db.update_item(
            TableName=self.table,
            Key={"pk": {"S": ERASURE_REQUEST_PREFIX + caller}},
            UpdateExpression=update,
            ExpressionAttributeNames={"#expiration": "expiration"},  # a reserved word
            ExpressionAttributeValues=values,
        )

    def erasure_requests(self) -> list[ErasureRequest]:
        """Every pending request, oldest first (a scan: the operator's console and CLI, never a call)."""
        found: list[ErasureRequest] = []
        pages = self._db.get_paginator("scan").paginate(
            TableName=self.table,
            FilterExpression="begins_with(pk, :prefix)",
            ExpressionAttributeValues={":prefix": {"S": ERASURE_REQUEST_PREFIX}},
        )
        for page in pages:
            for item in page.get("Items", []):
                found.append(
                    ErasureRequest(
                        caller=item["caller"]["S"],
                        conversation_ids=tuple(sorted(item.get("conversations", {}).get("SS", []))),
                        requested_at=int(item["requested_at"]["N"]),
                    )
                )
        return sorted(found, key=lambda r: r.requested_at)

    def drop_erasure_requests(self, caller: str) -> bool:
        """Remove a caller's request once the operator has dealt with it; False when there was none."""
        key = {"pk": {"S": ERASURE_REQUEST_PREFIX + caller}}
        return "Attributes" in self._db.delete_item(TableName=self.table, Key=key, ReturnValues="ALL_OLD")

    def forget(self, caller: str) -> str:
        """Erase what verification holds of a caller (``agentic-memory forget``); what was removed."""
        factor, request = self.drop_factor(caller), self.drop_erasure_requests(caller)
        return " and ".join(
            [*(["the factor"] if factor else []), *(["the erasure request"] if request else [])]
        )
