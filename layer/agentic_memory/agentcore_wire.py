"""How our memories are written in Amazon Bedrock AgentCore Memory's terms (``agentcore``).

Names and limits are the service model's (botocore ``data/bedrock-agentcore/2024-02-28/service-2.json``,
the data plane; ``bedrock-agentcore-control`` for the Memory):

* ``actorId`` (1-255, ``[a-zA-Z0-9][a-zA-Z0-9-_/]*(?::[a-zA-Z0-9-_/]+)*``) is the caller: a key has a
  ``+`` (E.164) or a ``user:`` prefix, so it goes in as ``phone.digits`` (the number without ``+``, or
  ``user-<safe id>-<hash>``), which the pattern takes and which keeps two callers apart.
* ``sessionId`` (1-100, ``[a-zA-Z0-9][a-zA-Z0-9-_]*``) is the conversation.
* Namespaces (template.yaml's strategies): ``/callers/{actorId}/agents/{agent}/<kind>``, ``agent`` a
  namespace variable (``CreateEvent.extractionConfig.namespaceVariables``, declared in the Memory's
  ``NamespaceKeys``). A caller's records are everything under ``/callers/{actorId}/`` (``namespacePath``:
  "all memory records where namespace falls under the same parent hierarchy"), one agent's under
  ``/callers/{actorId}/agents/{agent}/`` (MEMORY_SCOPE=caller_agent).
* Metadata values (1-256, ``[a-zA-Z0-9\\s._:/=+@-]*``) carry what Mem0's metadata carried; the Memory
  declares them ``STRICTLY_CONSISTENT`` so extracted records keep the event's values unchanged (AWS
  What's New 2026-05 "AgentCore Memory strictly consistent metadata"), and indexes the ones filtered on.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from agentic_memory.memory import MemoryRecord, Message, past_expiration
from agentic_memory.phone import digits

# The service model of the botocore this project pins (tests/test_agentcore_layer.py keeps them equal).
MODELS = Path(__file__).parent / "botocore_data"
# Keys the Memory indexes (IndexedKeys in template.yaml): only indexed keys filter.
CONVERSATION = "conversation_id"
CHUNK = "chunk"
KIND = "type"
AGENT = "agent_id"
EXPIRES = "expires"
NAMESPACE = "namespace"  # not metadata AgentCore holds: where a record was read from
# Metadata a record may carry, and how many an event takes (MetadataMap max 15).
_META_VALUE = re.compile(r"[^a-zA-Z0-9\s._:/=+@-]")
_ACTOR = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9\-_/]*")
_SESSION_UNSAFE = re.compile(r"[^a-zA-Z0-9_-]")
_VARIABLE_UNSAFE = re.compile(r"[^a-zA-Z0-9_-]")
# Payload roles (Conversational.role enum).
_ROLES = {"user": "USER", "assistant": "ASSISTANT"}
# The separator of an extraction handle's parts: in neither an actor, a session nor an event id.
_SEP = "|"


def actor_id(caller: str) -> str:
    """The caller's ``actorId`` (see the module's docstring); a hash if ``digits`` ever did not fit."""
    actor = digits(caller)
    if _ACTOR.fullmatch(actor) and len(actor) <= 255:
        return actor
    return "caller-" + hashlib.sha256(caller.encode()).hexdigest()[:32]


def session_id(conversation_id: str) -> str:
    """The conversation as a ``sessionId``; ElevenLabs' ids (``conv_…``) fit as they are."""
    safe = _SESSION_UNSAFE.sub("_", conversation_id)
    if safe == conversation_id and safe[:1].isalnum() and len(safe) <= 100:
        return safe
    return "conv-" + hashlib.sha256(conversation_id.encode()).hexdigest()[:40]


def agent_variable(agent_id: str | None) -> str:
    """The ``agent`` namespace variable: ``none`` for a call without an agent."""
    value = _VARIABLE_UNSAFE.sub("_", agent_id or "") or "none"
    return value[:100]


def caller_path(caller: str, agent_id: str | None = None) -> str:
    """The namespace path of a caller's records, or of one agent's records of the caller."""
    base = f"/callers/{actor_id(caller)}/"
    return f"{base}agents/{agent_variable(agent_id)}/" if agent_id else base


def facts_namespace(caller: str, agent_id: str | None) -> str:
    """Where factual memories go: beside the semantic strategy's records (template.yaml)."""
    return f"{caller_path(caller, agent_id or 'none')}facts"


def meta_value(value: str) -> str:
    """A metadata value the service accepts (1-256 of its characters)."""
    cleaned = _META_VALUE.sub("_", value.replace(",", " "))[:256]
    return cleaned or "_"


def chunk_token(conversation_id: str, messages: list[Message]) -> str:
    """One chunk of one conversation, the same however often it is sent: ``CreateEvent``'s
    ``clientToken`` (the service ignores a request whose token it has seen) and the ``chunk``
    metadata its records carry, by which its extraction is confirmed."""
    body = json.dumps([conversation_id, messages], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()[:40]


def handle(actor: str, session: str, event_id: str, token: str) -> str:
    """What ``Added.event_id`` holds: everything ``extraction`` needs to find the event's fate."""
    return _SEP.join((actor, session, event_id, token))


def parse_handle(value: str) -> tuple[str, str, str, str]:
    parts = value.split(_SEP)
    if len(parts) != 4:
        raise ValueError("not an AgentCore extraction handle")
    return parts[0], parts[1], parts[2], parts[3]


def payload(messages: list[Message]) -> list[dict[str, Any]]:
    """Messages as ``CreateEvent`` payload items (``Conversational``: text 1-100000 characters)."""
    return [
        {
            "conversational": {
                "content": {"text": m["content"][:100_000]},
                "role": _ROLES.get(m["role"], "USER"),
            }
        }
        for m in messages
        if m.get("content")
    ]


def event_metadata(metadata: dict[str, str], agent_id: str | None, expires: str | None) -> dict[str, Any]:
    """Our metadata as an event's (``MetadataValue``: a ``stringValue``)."""
    values = {**metadata, AGENT: agent_id or ""}
    if expires:
        values[EXPIRES] = expires
    return {key: {"stringValue": meta_value(value)} for key, value in values.items() if value}


def record_metadata(metadata: dict[str, str], agent_id: str | None, expires: str | None) -> dict[str, Any]:
    """Our metadata as a memory record's (``MemoryRecordMetadataValue``)."""
    return event_metadata(metadata, agent_id, expires)


def equals(key: str, value: str) -> dict[str, Any]:
    """A ``MemoryMetadataFilterExpression``: ``key`` equal to ``value`` (an indexed key)."""
    return {
        "left": {"metadataKey": key},
        "operator": "EQUALS_TO",
        "right": {"metadataValue": {"stringValue": meta_value(value)}},
    }


def record(summary: Any, today: date | None = None) -> tuple[str, MemoryRecord] | None:
    """A ``MemoryRecordSummary`` as ours, with its id; None for one without text."""
    if not isinstance(summary, dict):
        return None
    text = (summary.get("content") or {}).get("text")
    record_id = summary.get("memoryRecordId")
    if not isinstance(text, str) or not text.strip() or not isinstance(record_id, str):
        return None
    metadata: dict[str, Any] = {}
    for key, value in (summary.get("metadata") or {}).items():
        if isinstance(value, dict):
            found = value.get("stringValue", value.get("numberValue", value.get("stringListValue")))
            if found is not None:
                metadata[key] = found
    if isinstance(metadata.get("categories"), str):
        metadata["categories"] = ",".join(metadata["categories"].split())
    namespaces = summary.get("namespaces") or []
    if namespaces and isinstance(namespaces[0], str):
        metadata[NAMESPACE] = namespaces[0]
    moment = summary.get("timestamp") or summary.get("createdAt")
    score = summary.get("score")
    hidden = ("expired",) if past_expiration(metadata.get(EXPIRES), today) else ()
    return record_id, MemoryRecord(
        memory=text,
        score=float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None,
        created_at=moment.astimezone(UTC).isoformat() if isinstance(moment, datetime) else None,
        metadata=metadata,
        hidden=hidden,
    )


def is_summary(memory: MemoryRecord) -> bool:
    """Whether the summary strategy wrote it (template.yaml: ``…/summaries/{sessionId}``)."""
    return "/summaries/" in str(memory.metadata.get(NAMESPACE, ""))


def expiry_days(expires: str | None, today: date | None = None) -> int | None:
    """``recordExpiryDurationDays`` for a record kept until ``expires``: the service takes at least 31
    days (``RecordExpiryDurationDays``); sooner, the record carries the date and reads hide it."""
    if not expires:
        return None
    try:
        days = (date.fromisoformat(expires) - (today or datetime.now(UTC).date())).days + 1
    except ValueError:
        return None
    return days if days >= 31 else None


def request_identifier(text: str) -> str:
    """A ``requestIdentifier`` (1-80, ``[a-zA-Z0-9_-]+``) naming a record within its batch."""
    return hashlib.sha256(text.encode()).hexdigest()[:40]


def facts_request(  # noqa: PLR0917 - one record per text, each with the add's arguments
    texts: list[str],
    caller: str,
    agent_id: str | None,
    metadata: dict[str, str],
    timestamp: int | float | None,
    expires: str | None,
) -> dict[str, Any]:
    """A ``BatchCreateMemoryRecords`` request for factual memories (at most 100 texts), with a
    ``clientToken`` from the conversation and the texts, and the service's expiry when it can say it."""
    conversation = metadata.get(CONVERSATION, "")
    request: dict[str, Any] = {
        "records": [
            {
                "requestIdentifier": request_identifier(text),
                "namespaces": [facts_namespace(caller, agent_id)],
                "content": {"text": text},
                "timestamp": timestamp if timestamp is not None else datetime.now(UTC),
                "metadata": record_metadata(metadata, agent_id, expires),
            }
            for text in texts
        ],
        "clientToken": chunk_token(conversation, [{"role": "facts", "content": text} for text in texts]),
    }
    days = expiry_days(expires)
    if days is not None:
        request["recordExpirySpecification"] = {"recordExpiryDurationDays": days}
    return request


def agentcore_session() -> Any:
    """A boto3 session whose botocore reads the ``bedrock-agentcore`` model the layer ships first.

    The Lambda runtime's botocore may predate what this backend sends (``metadataFilters``,
    ``namespacePath``, ``extractionConfig``, ``recordExpirySpecification``: recent members its own
    validation refuses as unknown). botocore's loader takes a model from the first of its search paths
    holding it (botocore/loaders.py, ``Loader.search_paths``, the mechanism of ``AWS_DATA_PATH``), so
    ``botocore_data`` (the model of the pinned botocore, 100 KB) goes first, for this session alone:
    no 35 MB SDK in the layer, and every other client keeps the runtime's models."""
    import boto3  # noqa: PLC0415
    import botocore.session  # noqa: PLC0415

    core = botocore.session.get_session()
    core.get_component("data_loader").search_paths.insert(0, str(MODELS))
    return boto3.Session(botocore_session=core)
