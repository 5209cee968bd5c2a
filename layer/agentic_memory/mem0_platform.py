"""The ``mem0-platform`` backend: Mem0 Cloud through the official ``MemoryClient`` (API v3)."""

from __future__ import annotations

import importlib
import importlib.util
import math
import re
import sys
import time
import types
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any, TypeVar

import httpx
from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.memory import (
    Added,
    Extraction,
    Held,
    MemoryRecord,
    Message,
    past_expiration,
    prepare_mem0_environment,
)
from agentic_memory.rate_limit import TokenBucket
from agentic_memory.runtime.observability import describe, metrics

logger = Logger(child=True)

# A rate-limited request is retried in the same invocation, waiting what Mem0's Retry-After asks,
# this many times and never longer than this in all; beyond that the invocation fails and is retried
# later (Lambda's retries, then the dead-letter queue).
ATTEMPTS = 3
MAX_RATE_LIMIT_WAIT_SECONDS = 20.0
# Pages of 100 memories one conversation's deletion goes through before it gives up (and is retried).
MAX_DELETE_PAGES = 20
# Memories of one call taken into the caller's brief (the brief keeps the newest of them).
MAX_EXTRACTED = 20
# A queued delete_all (openapi DELETE /v1/memories/: "Delete in progress") is re-read, and re-issued,
# until nothing is left: search has been reported to return deleted memories (mem0ai/mem0#3695).
DELETE_CHECKS = 6  # waits of 0.5, 1, 2, 4, 8, 16 s between them: about half a minute in all
# A read of everything Mem0 keeps of a caller (``held``, the erasure's checks), not only what its
# default reads return: ``show_expired`` adds memories past their expiration date (docs:
# platform/features/memory-expiration; openapi ``memories_list_v3``), ``include_merged`` the
# duplicates Dream folded into a fuller memory, and superseded memories are in every read without
# ``latest_only`` (docs: platform/features/dream, "How reads change with Dream"). The SDK sends
# get_all's keyword arguments as the request body (mem0ai 2.2.1 mem0/client/main.py ``get_all``,
# ``_prepare_params``), so ``include_merged`` too, which its ``GetAllMemoryOptions`` does not name.
EVERYTHING: dict[str, Any] = {"show_expired": True, "include_merged": True}
# The largest page Mem0 lists (openapi memories_list_v3: page_size maximum 200).
PAGE_SIZE = 200
# GET /v1/event/{event_id}/ statuses (openapi event_read); anything else is not documented.
EVENT_STATUSES = ("PENDING", "RUNNING", "SUCCEEDED", "FAILED")
_STATUS_WORD = re.compile(r"[A-Za-z_]{1,40}")

T = TypeVar("T")


class Mem0PlatformStore:
    # Mem0's search applies its own threshold to its own scores (docs: platform search, threshold).
    relevance_floor: float | None = None

    def __init__(
        self,
        api_key: str,
        host: str,
        timeout: float,
        sleep: Callable[[float], None] = time.sleep,
        add_pacer: TokenBucket | None = None,
    ) -> None:
        memory_client, rate_limit_error = platform_client_classes()
        self._rate_limited = rate_limit_error
        self._sleep = sleep
        self._pacer = add_pacer

        # Our own httpx client: the SDK's default waits 300 s, far beyond any caller's patience.
        http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)))
        self._client = memory_client(api_key=api_key, host=host, client=http)

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
        # The agent goes into metadata, not Mem0's agent_id entity: Mem0 attributes each fact to one
        # entity, so a user_id + agent_id add would split the caller's memories (docs:
        # platform/features/entity-scoped-memory). No run_id either: memories that carry one are
        # left out of Dream's user-level synthesis (docs: platform/features/dream); the conversation
        # is in the metadata.
        options: dict[str, Any] = {"metadata": {**metadata, "agent_id": agent_id or ""}, "infer": infer}
        if timestamp is not None:
            options["timestamp"] = timestamp  # the call's start (docs: platform/features/timestamp)
        if instructions and infer:
            options["custom_instructions"] = instructions
        if expires:
            # Hidden from search and list after that day (docs: platform/features/memory-expiration);
            # not deleted: erasure deletes.
            options["expiration_date"] = expires
        if self._pacer is not None:
            self._pacer.take()  # this container's share of Mem0's add rate (rate_limit)
        response = self._patiently(lambda: self._client.add(messages, user_id=user_id, **options))
        if not isinstance(response, dict):
            return Added()
        results = response.get("results")
        stored = len(results) if isinstance(results, list) else 0
        event_id = response.get("event_id")
        pending = response.get("status") in ("PENDING", "RUNNING") and isinstance(event_id, str)
        return Added(stored=stored, event_id=event_id if pending else None)

    def extraction(self, event_id: str) -> Extraction:
        """``GET /v1/event/{event_id}/``: the SDK has no method for it, so through the SDK's own
        authenticated HTTP client (``MemoryClient.client``).

        Only a documented final status is reported as one: PENDING → RUNNING → SUCCEEDED or FAILED
        (openapi ``event_read``). Whatever else Mem0 answers is reported as not finished, with
        ``assumed`` saying why, a warning (the status word and event id only: an event's payload holds
        the messages) and a metric; ingestion then checks again, within its bounded rounds. Taking it
        for FAILED would send the chunk again, and v3 adds only: a duplicate of every memory had the
        extraction in fact succeeded.

        * A status the API does not document: taken as RUNNING (``ExtractionStatusUnknown``).
        * A 404 ("Event not found or you don't have permission to access it.", openapi ``event_read``;
          Mem0 documents no retention for events): taken as PENDING (``ExtractionEventNotFound``), not
          as SUCCEEDED, because nothing here can confirm the add's memories exist. An event is the
          only link from an add to what it stored (its ``results``): memory records carry no event id
          (openapi ``memories_list_v3``), ``/v1/memories/events/`` lists memory history, not events,
          and this method is given the event id alone. Listing the conversation's memories by
          metadata would not prove it either: its other chunks make memories too, and an extraction
          may rightly make none. If Mem0 never knows the event again, ingestion's rounds run out and
          the conversation goes to the dead-letter queue for an operator, in hours, not at once.
        """

        def read() -> Any:
            answer = self._client.client.get(f"/v1/event/{event_id}/")
            if answer.status_code == 429:
                raise _HttpRateLimited(answer)
            if answer.status_code == 404:
                return _GONE
            answer.raise_for_status()
            return answer.json()

        event = self._patiently(read)
        if event is _GONE:
            metrics.add_metric(name="ExtractionEventNotFound", unit=MetricUnit.Count, value=1)
            logger.warning(
                "Mem0 does not know the extraction event (404): taken as pending, checked again",
                extra={"event_id": event_id},
            )
            return Extraction(
                "PENDING", assumed="Mem0 answered 404 for the event: not known to have finished"
            )
        status = event.get("status") if isinstance(event, dict) else None
        if status not in EVENT_STATUSES:
            word = status if isinstance(status, str) and _STATUS_WORD.fullmatch(status) else None
            shown = word or f"unreadable ({type(status).__name__})"
            metrics.add_metric(name="ExtractionStatusUnknown", unit=MetricUnit.Count, value=1)
            logger.warning(
                "Mem0 answered an extraction status it does not document: taken as still running",
                extra={"event_id": event_id, "status": shown},
            )
            return Extraction("RUNNING", assumed=f"undocumented status {shown}: taken as still running")
        error = event.get("error")
        return Extraction(status, str(error) if error else None)

    def all_of(self, user_id: str) -> list[MemoryRecord]:
        # latest_only: by default Mem0 also returns memories a later one superseded (docs: dream).
        current = self._read_all({"user_id": user_id}, latest_only=True)
        if current.unread:
            raise IncompleteReadError(f"Mem0 could not be read in full: {'; '.join(current.unread)}")
        return current.memories

    def held(self, user_id: str) -> Held:
        return self._read_all({"user_id": user_id}, **EVERYTHING)

    def count(self, user_id: str) -> int:
        return self._count(user_id, latest_only=True)

    def retire(self, user_id: str, texts: list[str]) -> int:
        retired = 0
        for text in texts:
            # Memory Filters v2: ``keywords`` matches memory text (docs: platform/features/v2-memory-filters).
            filters = {"AND": [{"user_id": user_id}, {"keywords": {"contains": text}}]}
            page = self._patiently(partial(self._client.get_all, filters=filters, page=1, page_size=100))
            results = page.get("results", []) if isinstance(page, dict) else []
            for item in results:
                if isinstance(item, dict) and item.get("memory") == text and isinstance(item.get("id"), str):
                    self._patiently(partial(self._client.delete, item["id"]))
                    retired += 1
        return retired

    def extracted(self, user_id: str, conversation_id: str) -> list[MemoryRecord]:
        # Metadata filters match what an add carried, and the memories extracted from an add carry its
        # metadata (docs: platform/features/v2-memory-filters).
        filters = {
            "AND": [
                {"user_id": user_id},
                {"metadata": {"conversation_id": conversation_id}},
                {"metadata": {"type": "episodic"}},
            ]
        }
        page = self._patiently(
            partial(self._client.get_all, filters=filters, page=1, page_size=MAX_EXTRACTED, latest_only=True)
        )
        results = page.get("results", []) if isinstance(page, dict) else []
        records = [record for record in map(_record, results) if record is not None]
        return records[:MAX_EXTRACTED]

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        # Unmentioned entities are not constrained (docs: platform/features/entity-scoped-memory):
        # the caller's memories whatever their run, app or agent. Agents are metadata (see ``add``).
        caller: dict[str, Any] = {"user_id": user_id}
        filters = {"AND": [caller, {"metadata": {"agent_id": agent_id}}]} if agent_id else caller
        # latest_only: by default Mem0 also returns memories a later one superseded (docs: dream).
        response = self._client.search(query, filters=filters, top_k=limit, latest_only=True)
        results = response.get("results", []) if isinstance(response, dict) else response
        if not isinstance(results, list):
            return []
        return [record for record in map(_record, results) if record is not None]

    def related(self, pairs: list[tuple[str, str]]) -> list[bool] | None:
        return None  # Mem0 ranks by meaning and applies its own threshold

    def delete_conversation(self, user_id: str, conversation_id: str) -> int:
        # Expired, superseded and merged memories too (EVERYTHING): nothing of the conversation may stay.
        filters = {"AND": [{"user_id": user_id}, {"metadata": {"conversation_id": conversation_id}}]}
        deleted = 0
        for _ in range(MAX_DELETE_PAGES):
            page = self._patiently(
                partial(self._client.get_all, filters=filters, page=1, page_size=100, **EVERYTHING)
            )
            ids = [
                item["id"]
                for item in (page.get("results", []) if isinstance(page, dict) else [])
                if isinstance(item, dict) and isinstance(item.get("id"), str)
            ]
            if not ids:
                return deleted
            for memory_id in ids:
                self._patiently(partial(self._client.delete, memory_id))
                deleted += 1
        raise TimeoutError(f"memories of {conversation_id} remain after {MAX_DELETE_PAGES} pages of deletes")

    def delete_caller(self, user_id: str) -> None:
        def delete() -> None:
            self._patiently(lambda: self._client.delete_all(user_id=user_id))

        delete()
        for check in range(DELETE_CHECKS):
            if self._count(user_id, **EVERYTHING) == 0:  # hidden memories are still held
                return
            self._sleep(0.5 * 2**check)
            delete()  # re-issued: a queued delete has been reported to leave memories behind
        raise TimeoutError(f"Mem0 still holds memories of the caller after {DELETE_CHECKS + 1} deletes")

    def _count(self, user_id: str, **flags: Any) -> int:
        page = self._patiently(
            lambda: self._client.get_all(filters={"user_id": user_id}, page=1, page_size=1, **flags)
        )
        count = page.get("count") if isinstance(page, dict) else None
        return count if isinstance(count, int) else 0

    def _read_all(self, filters: dict[str, Any], **flags: Any) -> Held:
        """Every page of a list, newest first, and what could not be read; no cap.

        The pages to read come from the first page's ``count`` (each page repeats it, openapi
        ``memories_list_v3``), or from ``next`` links when it gives none. A page Mem0 fails to answer
        (after ``_patiently``) is named in ``unread`` and the next ones are still read; the first
        failing raises, as nothing was read. A memory seen on two pages (the list moved while it was
        read) is kept once; fewer memories than counted, with every page read, is said too.
        """

        def page(number: int) -> Any:
            read = partial(self._client.get_all, filters=filters, page=number, page_size=PAGE_SIZE, **flags)
            return self._patiently(read)

        first = page(1)
        count = first.get("count") if isinstance(first, dict) else None
        count = count if isinstance(count, int) and not isinstance(count, bool) else None
        seen: dict[str, MemoryRecord | None] = {}
        unread: list[str] = []
        anonymous: list[MemoryRecord | None] = []

        def take(answer: Any) -> bool:
            """Keep a page's records (None for an item without text); whether a next page is announced."""
            results = answer.get("results", []) if isinstance(answer, dict) else []
            for item in results if isinstance(results, list) else []:
                memory_id = item.get("id") if isinstance(item, dict) else None
                if isinstance(memory_id, str):
                    seen.setdefault(memory_id, _record(item))
                else:
                    anonymous.append(_record(item))
            return isinstance(answer, dict) and bool(answer.get("next"))

        more = take(first)
        last = math.ceil(count / PAGE_SIZE) if count is not None else None
        number = 1
        while (number < last) if last is not None else more:
            number += 1
            try:
                more = take(page(number))
            except Exception as error:  # named below; the pages after it are still read
                start = (number - 1) * PAGE_SIZE + 1
                span = (
                    f"memories {start}-{min(number * PAGE_SIZE, count)} of {count}" if count else "memories"
                )
                unread.append(f"{span} (page {number}): {describe(error)}")
                if last is None:  # without a count, nothing says whether more pages follow
                    unread[-1] += "; the pages after it are unknown"
                    break
        listed = [*seen.values(), *anonymous]
        if count is not None and not unread and len(listed) < count:
            unread.append(
                f"{count - len(listed)} of {count} memories: the list changed while it was read (read again)"
            )
        return Held([record for record in listed if record is not None], unread)

    def _patiently(self, call: Callable[[], T]) -> T:
        """``call``, retried after a rate limit as long as Retry-After asks (see ``ATTEMPTS``)."""
        waited = 0.0
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return call()
            except (self._rate_limited, _HttpRateLimited) as error:
                wait = retry_after(error, attempt)
                if attempt == ATTEMPTS or waited + wait > MAX_RATE_LIMIT_WAIT_SECONDS:
                    raise
                self._sleep(wait)
                waited += wait
        raise AssertionError("unreachable")


class IncompleteReadError(Exception):
    """Part of a list could not be read (its message names the part, never a memory)."""

    safe_to_log = True


# What ``extraction`` reads for a 404: the event unknown to Mem0.
_GONE = object()


class _HttpRateLimited(Exception):
    """A 429 on a request the SDK has no method for (its own calls raise ``RateLimitError``)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"rate limited: {response.status_code}")
        self.response = response


def platform_client_classes() -> tuple[Any, type[Exception]]:
    """``MemoryClient`` without mem0's package initializer, which imports the whole open-source stack.

    ``import mem0`` loads ``Memory`` and with it qdrant_client, numpy and more: measured 1.2 s of a
    Retrieve cold start, against 0.45 s for ``mem0.client.main`` alone. The real SDK module is used;
    only ``mem0/__init__.py`` is skipped, through a bare package object present during this import
    alone, so that a later ``import mem0`` (the mem0-oss backend) still runs the real initializer.
    Called at a SnapStart snapshot too (``runtime.snapstart``), to have these imports in it.
    """
    prepare_mem0_environment()
    if "mem0" in sys.modules:
        from mem0.client.main import MemoryClient  # noqa: PLC0415
        from mem0.exceptions import RateLimitError  # noqa: PLC0415

        return MemoryClient, RateLimitError
    spec = importlib.util.find_spec("mem0")
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError("mem0ai is not installed")
    package = types.ModuleType("mem0")
    package.__path__ = list(spec.submodule_search_locations)
    sys.modules["mem0"] = package
    try:
        client = importlib.import_module("mem0.client.main")
        exceptions = importlib.import_module("mem0.exceptions")
    finally:
        del sys.modules["mem0"]
    return client.MemoryClient, exceptions.RateLimitError


def retry_after(error: BaseException, attempt: int) -> float:
    """Seconds Mem0's ``Retry-After`` asks for, in either form HTTP allows; else exponential backoff.

    The SDK keeps only whole seconds (``debug_info["retry_after"]``) and drops an HTTP date (mem0ai
    2.2.1, mem0/client/utils.py ``_handle_http_error``), so the header is read from the HTTP error the
    SDK's exception was raised from.
    """
    debug = getattr(error, "debug_info", None) or {}
    seconds = debug.get("retry_after") if isinstance(debug, dict) else None
    if isinstance(seconds, int | float) and seconds >= 0:
        return float(seconds)
    response = getattr(error, "response", None) or getattr(error.__context__, "response", None)
    header = response.headers.get("Retry-After") if isinstance(response, httpx.Response) else None
    if header:
        if header.strip().isdigit():
            return float(header.strip())
        try:
            moment = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            moment = None
        if moment is not None:
            moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            return max(0.0, (moment - datetime.now(UTC)).total_seconds())
    return float(2 ** (attempt - 1))


def _record(item: Any) -> MemoryRecord | None:
    """A search result as we use it; fields of an unexpected type are dropped, never fatal."""
    if not isinstance(item, dict):
        return None
    memory = item.get("memory")
    if not isinstance(memory, str) or not memory.strip():
        return None
    return MemoryRecord(
        memory=memory,
        score=_number(item.get("score")),
        created_at=next(
            (v for v in (item.get("created_at"), item.get("updated_at")) if isinstance(v, str)), None
        ),
        metadata=item["metadata"] if isinstance(item.get("metadata"), dict) else {},
        hidden=_hidden(item),
    )


def _hidden(item: dict[str, Any]) -> tuple[str, ...]:
    """Why Mem0's default reads leave a record out: merged (``lifecycle_state``) or superseded
    (``replaced_by``, openapi ``memories_list_v3``) by Dream (docs: platform/features/dream), past its
    ``expiration_date`` (docs: platform/features/memory-expiration)."""
    reasons: list[str] = []
    state = item.get("lifecycle_state")
    if state == "merged":
        reasons.append("merged")
    elif item.get("replaced_by") or state == "superseded":
        reasons.append("superseded")
    if past_expiration(item.get("expiration_date")):
        reasons.append("expired")
    return tuple(reasons)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None
