"""What ``setup`` learns about the ElevenLabs workspace and keeps beside the caller profiles.

The workspace's own phone numbers (ElevenLabs' phone-number API, recorded by ``agentic-memory setup``
and refreshed by ``doctor``): on an outbound or batch call, which party ``system__caller_id`` names is
not documented (DESIGN §2.1), so the customer is the number of the two that is not one of these.
The item lives in the profile table under a key no caller key can take (caller keys are E.164 numbers
or key-safe ``user_id`` forms; tombstones use ``tombstone#``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

NUMBERS_KEY = "workspace#numbers"
# How long a container trusts the numbers it read: a number added to the workspace is known to the
# tools within this time of the next `setup` or `doctor` run.
CACHE_SECONDS = 300.0

_cache: dict[str, tuple[float, frozenset[str]]] = {}


def record_numbers(db: DynamoDBClient, table: str, numbers: Iterable[str]) -> frozenset[str]:
    """Keep the workspace's own numbers (E.164), replacing what was kept before."""
    kept = frozenset(n for n in numbers if n)
    item: dict[str, AttributeValueTypeDef] = {
        "pk": {"S": NUMBERS_KEY},
        "updated_at": {"N": str(int(time.time()))},
    }
    if kept:
        item["numbers"] = {"SS": sorted(kept)}
    db.put_item(TableName=table, Item=item)
    _cache.pop(table, None)
    return kept


def own_numbers(db: DynamoDBClient, table: str, *, now: float | None = None) -> frozenset[str]:
    """The workspace's own numbers, read at most once per ``CACHE_SECONDS`` per container."""
    now = time.monotonic() if now is None else now
    cached = _cache.get(table)
    if cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    item = db.get_item(TableName=table, Key={"pk": {"S": NUMBERS_KEY}}).get("Item", {})
    numbers = frozenset(item.get("numbers", {}).get("SS", []))
    _cache[table] = (now, numbers)
    return numbers


def customer_number(caller_id: str | None, called_number: str | None, own: frozenset[str]) -> str | None:
    """The customer's number of a call's two (both E.164 or None).

    Inbound, ``caller_id`` is the customer. Outbound, one of the two is the workspace's own and the
    other is the customer, whichever way round ElevenLabs fills them. When ``caller_id`` is one of the
    workspace's numbers and ``called_number`` is missing, nobody is known: None.
    """
    if caller_id and caller_id not in own:
        return caller_id
    if called_number and called_number not in own:
        return called_number
    return None


def forget_cache() -> None:
    _cache.clear()
