"""The ``agentcore`` backend: Amazon Bedrock AgentCore Memory, in the customer's own AWS account.

Through boto3's ``bedrock-agentcore`` data plane (service model ``bedrock-agentcore/2024-02-28``).
How each ``MemoryStore`` operation maps, and why (wire names in ``agentcore_wire``):

* Episodic chunks (``infer=True``) are ``CreateEvent`` s: actor = the caller, session = the
  conversation, a ``clientToken`` from conversation and chunk ("If this token matches a previous
  request, AgentCore ignores the request"), so a retried chunk is one event. The Memory's strategies
  (semantic, summary, user preference) extract records from it in the background.
* Extraction is confirmed from the records, because that is what the API offers: no operation reads
  one event's extraction status. ``ListMemoryExtractionJobs`` lists the jobs "eligible to be started"
  — the failed ones (its ``status`` filter has the single value ``FAILED``), and
  ``StartMemoryExtractionJob`` re-runs one. So a chunk is FAILED when a failed job names its event
  (and the job is restarted at once, so ingestion's resend, which the client token makes the same
  event, finds it running), SUCCEEDED once a record carries its ``chunk`` metadata (strictly
  consistent: the event's value, unchanged), else still RUNNING. The summary strategy writes a
  record for every session it reads, so a chunk that held no fact is confirmed too.
* Factual memories (``infer=False``) are ``BatchCreateMemoryRecords``: stored when it answers, like
  Mem0's ``infer=False``; what the conversation already holds is not sent again.
* ``search`` is ``RetrieveMemoryRecords`` under the caller's namespace path (one agent's under
  MEMORY_SCOPE=caller_agent); our ranking (``search``) then reads the results as it reads Mem0's.
* Reads (``held``, ``all_of``, ``extracted``) page ``ListMemoryRecords`` to the end; deletes are
  ``BatchDeleteMemoryRecords`` (100 a request) and the conversation's events, re-read until none is left.
* Retention: events expire after the Memory's ``EventExpiryDuration``; records after their strategy's
  ``RecordExpiryDurationDays`` or the ``recordExpirySpecification`` of their batch, and reads hide a
  record past its ``expires`` metadata (the service's expiry counts whole days from writing, at least 31).

Throttling (``ThrottledException``, HTTP 429 in the model) is waited out here with an injectable
sleep, a bounded number of times; botocore's own retries are off so that the bound is ours.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from agentic_memory import agentcore_wire as wire
from agentic_memory.memory import Added, Extraction, Held, MemoryRecord, Message

# A throttled or conflicting request is tried this many times, waiting 0.5, 1, 2 … s between tries.
ATTEMPTS = 4
RETRIED = frozenset({"ThrottledException", "RetryableConflictException", "ServiceException"})
PAGE = 100  # ListMemoryRecords / RetrieveMemoryRecords maxResults maximum
BATCH = 100  # BatchCreate/BatchDeleteMemoryRecords records maximum
MAX_EXTRACTED = 20  # as the platform backend: memories of one call taken into the brief
MAX_PAYLOAD = 100  # CreateEvent payload items maximum (PayloadTypeList)
# Deletes are re-read, and re-issued, until nothing is left (waits of 0.5, 1, 2, 4, 8, 16 s).
DELETE_CHECKS = 6


class AgentCoreStore:
    # RetrieveMemoryRecords scores by meaning; no threshold of ours on its scores.
    relevance_floor: float | None = None

    def __init__(self, client: Any, memory_id: str, sleep: Callable[[float], None] = time.sleep) -> None:
        self._client = client
        self._memory = memory_id
        self._sleep = sleep

    def add(
        self,
        messages: list[Message],
        *,
        user_id: str,
        agent_id: str | None,
        metadata: dict[str, str],
        infer: bool,
        timestamp: int | None = None,
        instructions: str | None = None,
        expires: str | None = None,
    ) -> Added:
        # ``instructions`` are Mem0's per-request prompt; AgentCore's extraction is configured on the
        # Memory's strategies (template.yaml), not per event.
        if not infer:
            return Added(stored=self._store_facts(messages, user_id, agent_id, metadata, timestamp, expires))
        if len(messages) > MAX_PAYLOAD:
            raise ValueError(f"an event holds at most {MAX_PAYLOAD} turns: lower INGEST_CHUNK_TURNS")
        conversation = metadata.get(wire.CONVERSATION, "")
        token = wire.chunk_token(conversation, messages)
        actor, session = wire.actor_id(user_id), wire.session_id(conversation or token)
        answer = self._call(
            "create_event",
            actorId=actor,
            sessionId=session,
            eventTimestamp=timestamp if timestamp is not None else time.time(),
            payload=wire.payload(messages),
            clientToken=token,
            metadata=wire.event_metadata({**metadata, wire.CHUNK: token}, agent_id, expires),
            extractionConfig={"namespaceVariables": {"agent": wire.agent_variable(agent_id)}},
        )
        return Added(event_id=wire.handle(actor, session, answer["event"]["eventId"], token))

    def extraction(self, event_id: str) -> Extraction:
        actor, session, event, token = wire.parse_handle(event_id)
        request = {"filter": {"actorId": actor, "sessionId": session, "status": "FAILED"}}
        for job in self._pages("list_memory_extraction_jobs", "jobs", request, size=50):
            named = (job.get("messages") or {}).get("messagesList") or []
            if any(message.get("eventId") == event for message in named):
                job_id = job["jobID"]
                self._call(
                    "start_memory_extraction_job", extractionJob={"jobId": job_id}, clientToken=job_id[:64]
                )
                return Extraction("FAILED", str(job.get("failureReason") or "extraction job failed"))
        found = self._list(f"/callers/{actor}/", [wire.equals(wire.CHUNK, token)], limit=1)
        if found:
            return Extraction("SUCCEEDED")
        return Extraction(
            "RUNNING", assumed="no record carries the chunk yet and no failed job names its event"
        )

    def all_of(self, user_id: str) -> list[MemoryRecord]:
        return [r for r in self.held(user_id, strict=True).memories if not r.hidden]

    def held(self, user_id: str, strict: bool = False) -> Held:
        """Every record under the caller's path, every page; a page that fails after the first is
        named in ``unread`` (or raises, ``strict``) and ends the read: the token to the next is lost."""
        records: dict[str, MemoryRecord] = {}
        unread: list[str] = []
        request = {"namespacePath": wire.caller_path(user_id)}
        pages = self._pages("list_memory_records", "memoryRecordSummaries", request)
        number = 0
        try:
            for number, item in enumerate(pages, start=1):  # noqa: B007 - read after the loop
                parsed = wire.record(item)
                if parsed is not None:
                    records.setdefault(*parsed)
        except (ClientError, BotoCoreError) as error:  # a time-out too: named, the rest is kept
            if strict or not records:
                raise
            code = error.response["Error"].get("Code") if isinstance(error, ClientError) else None
            unread.append(f"records after the first {number}: {code or type(error).__name__}")
        return Held(_newest_first(records.values()), unread)

    def count(self, user_id: str) -> int:
        return len(self.all_of(user_id))

    def retire(self, user_id: str, texts: list[str]) -> int:
        wanted = set(texts)
        ids = [(rid, r) for rid, r in self._records(wire.caller_path(user_id), []) if r.memory in wanted]
        return self._delete([rid for rid, _ in ids])

    def extracted(self, user_id: str, conversation_id: str) -> list[MemoryRecord]:
        # Not the summary strategy's record: the brief has the call's summary from ElevenLabs already.
        filters = [wire.equals(wire.CONVERSATION, conversation_id), wire.equals(wire.KIND, "episodic")]
        records = self._records(wire.caller_path(user_id), filters)
        current = [r for _, r in records if not r.hidden and not wire.is_summary(r)]
        return _newest_first(current)[:MAX_EXTRACTED]

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        top = max(1, min(limit, PAGE))
        answer = self._call(
            "retrieve_memory_records",
            namespacePath=wire.caller_path(user_id, agent_id),
            searchCriteria={"searchQuery": query[:10_000] or " ", "topK": top},
            maxResults=top,
        )
        found = [wire.record(item) for item in answer.get("memoryRecordSummaries", [])]
        return [r for _, r in (f for f in found if f is not None) if not r.hidden]

    def related(self, pairs: list[tuple[str, str]]) -> list[bool] | None:
        return None  # the service ranks by meaning

    def delete_conversation(self, user_id: str, conversation_id: str) -> int:
        path, filters = wire.caller_path(user_id), [wire.equals(wire.CONVERSATION, conversation_id)]
        deleted = 0
        for check in range(DELETE_CHECKS + 1):
            ids = [rid for rid, _ in self._records(path, filters)]
            self._delete_events(wire.actor_id(user_id), [wire.session_id(conversation_id)])
            if not ids:
                return deleted
            deleted += self._delete(ids)
            self._sleep(0.5 * 2**check)  # deletes show in lists after a while
        raise TimeoutError(f"records of {conversation_id} remain after {DELETE_CHECKS + 1} deletes")

    def delete_caller(self, user_id: str) -> None:
        actor, path = wire.actor_id(user_id), wire.caller_path(user_id)
        for check in range(DELETE_CHECKS + 1):
            ids = [rid for rid, _ in self._records(path, [])]
            # HAS_EVENTS: a session whose events are all deleted is not something left to erase.
            request = {"actorId": actor, "filter": {"eventFilter": "HAS_EVENTS"}}
            listed = self._pages("list_sessions", "sessionSummaries", request)
            sessions = [summary["sessionId"] for summary in listed]
            if not ids and not sessions:
                return
            self._delete(ids)
            self._delete_events(actor, sessions)
            self._sleep(0.5 * 2**check)
        raise TimeoutError(f"AgentCore still holds records of the caller after {DELETE_CHECKS + 1} deletes")

    def _store_facts(  # noqa: PLR0917 - add's own arguments, passed on
        self,
        messages: list[Message],
        user_id: str,
        agent_id: str | None,
        metadata: dict[str, str],
        timestamp: int | None,
        expires: str | None,
    ) -> int:
        conversation = metadata.get(wire.CONVERSATION, "")
        same_call = [wire.equals(wire.CONVERSATION, conversation)]
        held = {r.memory for _, r in self._records(wire.caller_path(user_id), same_call)}
        texts = list(dict.fromkeys(m["content"][:16_000] for m in messages if m.get("content")))
        todo = [t for t in texts if t not in held]
        stored = 0
        for start in range(0, len(todo), BATCH):
            request = wire.facts_request(
                todo[start : start + BATCH], user_id, agent_id, metadata, timestamp, expires
            )
            answer = self._call("batch_create_memory_records", **request)
            if answer.get("failedRecords"):
                codes = sorted({str(f.get("errorCode")) for f in answer["failedRecords"]})
                raise FactsNotStoredError(f"{len(answer['failedRecords'])} facts not stored (codes {codes})")
            stored += len(answer.get("successfulRecords", []))
        return stored

    def _records(self, path: str, filters: list[dict[str, Any]]) -> Iterator[tuple[str, MemoryRecord]]:
        request: dict[str, Any] = {"namespacePath": path}
        if filters:
            request["metadataFilters"] = filters
        for item in self._pages("list_memory_records", "memoryRecordSummaries", request):
            parsed = wire.record(item)
            if parsed is not None:
                yield parsed

    def _list(self, path: str, filters: list[dict[str, Any]], limit: int) -> list[Any]:
        request = {"namespacePath": path, "metadataFilters": filters, "maxResults": limit}
        answer = self._call("list_memory_records", **request)
        return list(answer.get("memoryRecordSummaries", []))

    def _pages(self, operation: str, key: str, request: dict[str, Any], size: int = PAGE) -> Iterator[Any]:
        """Every item of a paginated list, page after page until no ``nextToken``."""
        token: str | None = None
        while True:
            page = {**request, "maxResults": size}
            if token:
                page["nextToken"] = token
            answer = self._call(operation, **page)
            yield from answer.get(key, [])
            token = answer.get("nextToken")
            if not token:
                return

    def _delete(self, ids: list[str]) -> int:
        deleted = 0
        for start in range(0, len(ids), BATCH):
            records = [{"memoryRecordId": rid} for rid in ids[start : start + BATCH]]
            answer = self._call("batch_delete_memory_records", records=records)
            deleted += len(answer.get("successfulRecords", []))
        return deleted

    def _delete_events(self, actor: str, sessions: list[str]) -> None:
        """The raw turns (short-term memory) of the sessions: an erasure leaves no transcript either."""
        for session in sessions:
            request = {"actorId": actor, "sessionId": session, "includePayloads": False}
            for event in list(self._pages("list_events", "events", request)):
                self._call("delete_event", actorId=actor, sessionId=session, eventId=event["eventId"])

    def _call(self, operation: str, **request: Any) -> Any:
        """One request of this Memory, tried again after throttling (see ``ATTEMPTS``)."""
        call = getattr(self._client, operation)
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return call(memoryId=self._memory, **request)
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") not in RETRIED or attempt == ATTEMPTS:
                    raise
                self._sleep(0.5 * 2 ** (attempt - 1))
        raise AssertionError("unreachable")


class FactsNotStoredError(Exception):
    """AgentCore refused some of a call's factual memories (its error codes, never the text)."""

    safe_to_log = True


def _newest_first(records: Any) -> list[MemoryRecord]:
    return sorted(records, key=lambda r: r.created_at or "", reverse=True)


def open_agentcore_store(memory_id: str, timeout: float, region: str | None = None) -> AgentCoreStore:
    """A client of the Memory with the caller's time-out; retries are ``AgentCoreStore``'s own."""
    from botocore.config import Config  # noqa: PLC0415

    retries: Any = {"mode": "standard", "total_max_attempts": 1}
    config = Config(connect_timeout=min(timeout, 2.0), read_timeout=timeout, retries=retries)
    return AgentCoreStore(
        wire.agentcore_session().client("bedrock-agentcore", region_name=region, config=config), memory_id
    )
