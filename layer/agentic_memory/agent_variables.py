"""Each agent's own dynamic variables, as ``agentic-memory setup`` found them, for ClientData's answer.

ElevenLabs refuses a call whose initiation answer lacks a dynamic variable the agent defines, the
operator's own as well as ours (docs: "must contain all dynamic variables defined for the agent",
DESIGN §2.1). ``setup`` reads each agent's variables (those its first message, prompt and tools
reference, and its ``dynamic_variable_placeholders``) and keeps them, with their placeholder values,
in the profile table under ``agent#<agent_id>``: ClientData reads that item together with the
caller's profile in one ``BatchGetItem`` and fills the agent's variables with these values. No
caller key can take that key (caller keys are E.164 numbers or key-safe ``user_id`` forms, tombstones
use ``tombstone#``, the workspace's numbers ``workspace#numbers``).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import AttributeValueTypeDef

AGENT_KEY_PREFIX = "agent#"


def agent_key(agent_id: str) -> str:
    return f"{AGENT_KEY_PREFIX}{agent_id}"


def record_agent_variables(
    db: DynamoDBClient, table: str, agent_id: str, variables: Mapping[str, str]
) -> None:
    """Keep ``agent_id``'s variables and their placeholder values, replacing what was kept before."""
    db.put_item(
        TableName=table,
        Item={
            "pk": {"S": agent_key(agent_id)},
            "variables": {"M": {name: {"S": str(value)} for name, value in variables.items()}},
            "updated_at": {"N": str(int(time.time()))},
        },
    )


def agent_variables_of(item: Mapping[str, AttributeValueTypeDef] | None) -> dict[str, str]:
    """The variables an ``agent#`` item holds; nothing for a missing or unreadable item."""
    if not item:
        return {}
    values = item.get("variables", {}).get("M", {})
    return {name: str(value.get("S", "")) for name, value in values.items() if isinstance(value, dict)}
