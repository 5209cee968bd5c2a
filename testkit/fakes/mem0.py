"""A local fake of the Mem0 Platform HTTP API (v3), as moto is for AWS.

Tests drive it through the real ``mem0.MemoryClient(host=fake.url, ...)`` so that what the SDK sends,
and how it reads answers and errors, is exercised for real; only Mem0's servers are replaced.
It is a stdlib HTTP server on 127.0.0.1 in a daemon thread, closing each connection after one answer
(HTTP/1.0) so that stopping it really refuses the next request.

What it models, and where that comes from (see ``tests/test_fake_mem0.py`` for the proofs). Sources:
the mem0 repository's ``docs/openapi.json`` (paths named below) and its docs pages
``platform/features/{entity-scoped-memory,dream,timestamp,v2-memory-filters,memory-expiration}``,
``api-reference/events/get-event`` and ``changelog/platform`` (rate limits).

* ``GET /v1/ping/`` answers ``org_id`` and ``project_id``: ``MemoryClient.__init__`` needs both.
* ``POST /v3/memories/add/``: entity ids at the top level (openapi ``memories_add_v3``). ``infer``
  true (the default) is asynchronous: the answer is ``{"message", "status": "PENDING", "event_id"}``
  and nothing is searchable yet. The event (``GET /v1/event/{event_id}/``, openapi ``event_read``)
  goes PENDING → RUNNING → SUCCEEDED, or FAILED with ``error`` (``fail_extractions``), once
  ``extraction_seconds`` of the fake's clock (``now``) have passed since the add; events advance at
  the start of each request, so a test sees no change without a request and needs no sleep. v3
  extraction stores the assistant's lines as well as the caller's (docs
  ``migration/platform-v2-to-v3``): here each user *and* assistant message becomes a memory of the
  add's owner, verbatim. ``infer`` false (Direct Import) is synchronous: each *user* message verbatim
  (other roles are ignored), and answers ``{"message", "status": "SUCCEEDED", "event_id", "results":
  [{"id", "event": "ADD", "data": {"memory"}}]}``. Either way an exact repeat within its entity scope
  (user, agent, app; not run) is not stored twice (Dream's merge, ``dream``), and ``timestamp``
  (unix seconds) dates the memories (``timestamp``).
* Supersede (``dream``): a new memory that contradicts an older one of the same user supersedes it:
  the older gets ``replaced_by`` and ``lifecycle_state: "superseded"`` and stays visible in default
  reads; ``latest_only: true`` leaves it out. Contradiction is modelled deterministically: the same
  label before a colon ("First name: Maria" then "First name: Mary").
* Merge (``dream``: "Merge" and "How reads change with Dream"): a duplicate Dream folded into a
  fuller memory is kept, marked merged (``lifecycle_state: "merged"``), and hidden from default
  reads; ``include_merged: true`` returns it, ``latest_only: true`` never does. What makes a memory
  "a fuller version" is an LLM's judgement, not modelled: a test marks a merge with ``merge``. (Exact
  repeats are deduplicated at the add instead, as the same page says, and never stored twice.)
* ``POST /v3/memories/search/``: entity ids only inside ``filters`` (top-level ones are a 400), at least
  one entity required; ``top_k`` 1-1000 (default 10) and ``threshold`` (default 0.1) as the v3 reference
  gives them. The score is a deterministic word-set cosine in [0, 1], not semantics.
* ``POST /v3/memories/?page=&page_size=``: ``{"count", "next", "previous", "results"}`` (the SDK's
  ``get_all`` contract), newest first; ``page_size`` 1-200, default 100 (openapi
  ``memories_list_v3``); a page past the end is a 404 as in a DRF page-number paginator.
* ``expiration_date`` (``YYYY-MM-DD``) on an add hides its memories from search and list once the
  date is past, UTC, the date itself included; nothing is deleted, a malformed date fails open, and
  ``show_expired: true`` on a search or a list returns them (``platform/features/memory-expiration``;
  openapi ``show_expired`` of ``memories_list_v3`` and ``memories_search_v3``). Records carry their
  ``expiration_date`` (openapi, both endpoints' result items).
* ``DELETE /v1/memories/{memory_id}/`` deletes one memory at once (openapi); ``DELETE
  /v1/memories/?user_id=...`` is queued (openapi: ``{"message": "Delete in progress. This may
  take some time.", "event_id"}``); its memories stay visible to the next ``delete_visible_reads``
  reads (search or list), as reported in mem0ai/mem0#3695. At least one entity is required.
* Filters follow "Memory Filters v2": ``AND``/``OR``/``NOT``, bare equality, ``*`` (non-null), ``in``,
  ``eq``, ``ne`` (matches null too), time comparisons, ``keywords``, ``memory_ids``, and ``metadata``
  (top-level keys; bare, ``eq``, ``ne``, ``contains`` only). Unknown keys or operators are a 400.
* Unmentioned entities are not constrained (``entity-scoped-memory``): ``{"user_id": X}`` also finds
  X's records that carry a ``run_id``, ``agent_id`` or ``app_id``. (The "implicit null scoping" rule
  this fake once modelled was retracted from the docs in July 2026.)
* Auth is ``Authorization: Token <key>``; anything else is a 401 ``{"detail": ...}``. Errors carry
  the bodies the API documents: 400 ``{"error"}``, 404 ``{"detail"}``; ``rate_limit`` answers 429
  ``{"detail": "Request was throttled. ..."}`` with ``Retry-After`` in seconds or as an HTTP date.

Not modelled: semantic search (scores are word overlap), rerank, graph memory, categories, Dream's
synthesis, and any understanding of ``custom_instructions`` (recorded, not obeyed).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http import HTTPStatus
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from testkit.fakes.http import FakeServer

DEFAULT_API_KEY = "m0-fake-test-key"
ENTITY_FIELDS = ("user_id", "agent_id", "app_id", "run_id")
# Mem0 deduplicates a direct import within an owner's scope; a run (our conversation id) is not one.
DEDUP_SCOPE = ("user_id", "agent_id", "app_id")
LOGICAL_KEYS = frozenset({"AND", "OR", "NOT"})
TIME_FIELDS = frozenset({"created_at", "updated_at", "timestamp"})
FILTER_KEYS = frozenset(
    {*ENTITY_FIELDS, *LOGICAL_KEYS, *TIME_FIELDS, "metadata", "keywords", "memory_ids", "categories"}
)
ENTITY_OPERATORS = frozenset({"eq", "ne", "in"})
TIME_OPERATORS = frozenset({"eq", "ne", "gt", "gte", "lt", "lte"})
METADATA_OPERATORS = frozenset({"eq", "ne", "contains"})
TEXT_OPERATORS = frozenset({"contains", "icontains"})
CATEGORY_OPERATORS = frozenset({"eq", "ne", "in", "contains"})
DEFAULT_TOP_K = 10
MAX_TOP_K = 1000
DEFAULT_THRESHOLD = 0.1
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 200  # openapi memories_list_v3: page_size maximum
_WORD = re.compile(r"\w+")

JsonObject = dict[str, Any]


class BadRequest(Exception):
    """A request the real API refuses with 400; raised deep in validation, answered at the top."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request as Mem0 received it, for tests to assert on (header names are lower-case)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]


@dataclass(frozen=True)
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class StoredMemory:
    id: str
    memory: str
    user_id: str | None
    agent_id: str | None
    app_id: str | None
    run_id: str | None
    metadata: JsonObject | None
    created_at: datetime
    updated_at: datetime
    categories: list[str] = field(default_factory=list)
    replaced_by: str | None = None
    expiration_date: str | None = None
    merged_into: str | None = None  # the canonical memory Dream folded this duplicate into
    # Reads that still show it after a queued delete_all; None: not being deleted.
    visible_reads_left: int | None = None

    @property
    def superseded(self) -> bool:
        return self.replaced_by is not None

    @property
    def merged(self) -> bool:
        return self.merged_into is not None

    @property
    def lifecycle_state(self) -> str:
        if self.merged:
            return "merged"
        return "superseded" if self.superseded else "active"

    def as_api(self) -> JsonObject:
        """The record as Mem0's list and search endpoints show it."""
        return {
            "id": self.id,
            "memory": self.memory,
            "user_id": self.user_id,
            "agent_id": self.agent_id,
            "app_id": self.app_id,
            "run_id": self.run_id,
            "metadata": self.metadata,
            "categories": list(self.categories),
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "replaced_by": self.replaced_by,
            "lifecycle_state": self.lifecycle_state,
            "expiration_date": self.expiration_date,
        }


@dataclass
class _Event:
    """An accepted ``infer=True`` add, as ``GET /v1/event/{id}/`` shows it (openapi ``event_read``)."""

    id: str
    payload: JsonObject
    texts: list[str]
    owner: dict[str, str | None]
    metadata: JsonObject | None
    moment: datetime | None  # the add's timestamp
    created_at: datetime
    due_at: datetime
    status: str = "PENDING"
    started_at: datetime | None = None
    completed_at: datetime | None = None
    error: str | None = None
    results: list[JsonObject] = field(default_factory=list)

    def as_api(self) -> JsonObject:
        def when(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment is not None else None

        latency = (self.completed_at - self.created_at).total_seconds() * 1000 if self.completed_at else None
        return {
            "id": self.id,
            "event_type": "ADD",
            "status": self.status,
            "payload": self.payload,
            "metadata": None,
            "results": self.results,
            "created_at": when(self.created_at),
            "updated_at": when(self.completed_at or self.started_at or self.created_at),
            "started_at": when(self.started_at),
            "completed_at": when(self.completed_at),
            "latency": latency,
            "graph_status": None,
            "error": self.error,
        }


@dataclass
class _Rule:
    """An injected failure or delay; ``remaining`` None means for ever."""

    path_prefix: str
    method: str | None
    remaining: int | None
    reply: Reply | None = None
    seconds: float = 0.0
    query: dict[str, str] = field(default_factory=dict)  # query parameters a request must carry

    def applies(self, method: str, path: str, query: dict[str, str]) -> bool:
        wanted = self.method is None or self.method.upper() == method
        asked = all(query.get(name) == value for name, value in self.query.items())
        return wanted and asked and path.startswith(self.path_prefix) and self.remaining != 0

    def use(self) -> None:
        if self.remaining is not None:
            self.remaining -= 1


def _utc_now() -> datetime:
    return datetime.now(UTC)


class FakeMem0Server:
    """The fake Mem0 Platform; ``with FakeMem0Server() as fake:`` runs it on a free local port.

    Every control is lock-protected: the SDK may call from several threads (ingestion adds in a pool).
    """

    def __init__(
        self, api_key: str = DEFAULT_API_KEY, *, org_id: str = "org-fake", project_id: str = "proj-fake"
    ) -> None:
        self.api_key = api_key
        self.org_id = org_id
        self.project_id = project_id
        self.now: Callable[[], datetime] = _utc_now
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._ids = itertools.count(1)
        self._memories: list[StoredMemory] = []
        self._events: dict[str, _Event] = {}
        # (error, text an add must contain, or None for any) of the next extractions to fail
        self._failing_extractions: list[tuple[str, str | None]] = []
        # How long an infer=True extraction takes on the fake's clock, and how many reads a queued
        # delete leaves its memories visible to.
        self.extraction_seconds = 0.0
        self.delete_visible_reads = 1
        self._requests: list[RecordedRequest] = []
        self._faults: list[_Rule] = []
        self._fail_at: tuple[int, int] | None = None  # (request number, status) of ``fail_request``
        self._delays: list[_Rule] = []
        self._server: FakeServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            return self
        self._wake.clear()
        server = FakeServer(self)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, name="fake-mem0", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the port, so that the next request is refused (and wake any delayed answer)."""
        server, self._server = self._server, None
        if server is None:
            return
        self._wake.set()
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake Mem0 server is not running")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- test controls -----------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def memories(self) -> list[JsonObject]:
        """What Mem0 holds, oldest first, in the API's record shape."""
        with self._lock:
            return [memory.as_api() for memory in self._memories]

    @property
    def events(self) -> list[JsonObject]:
        """Every accepted ``infer=True`` add's event, oldest first."""
        with self._lock:
            return [event.as_api() for event in self._events.values()]

    def fail_extractions(
        self,
        times: int = 1,
        error: str = "Extraction failed: LLM provider error",
        containing: str | None = None,
    ) -> None:
        """The next ``times`` extractions (of adds with ``containing`` in a message, if given) end
        FAILED with ``error``, after their 200 PENDING."""
        with self._lock:
            self._failing_extractions.extend([(error, containing)] * times)

    def rate_limit(self, path_prefix: str, *, retry_after: int | datetime, times: int = 1) -> None:
        """429 on matching requests, ``Retry-After`` in seconds or, given a datetime, as an HTTP date
        (RFC 9110 allows both; Mem0 documents the 429 with a throttling ``detail``)."""
        header = (
            format_datetime(retry_after.astimezone(UTC), usegmt=True)
            if isinstance(retry_after, datetime)
            else str(retry_after)
        )
        seconds = retry_after if isinstance(retry_after, int) else "a few"
        body = {"detail": f"Request was throttled. Expected available in {seconds} seconds."}
        self.fail(path_prefix, 429, times=times, headers={"Retry-After": header}, body=body)

    def seed(
        self,
        memory: str,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        app_id: str | None = None,
        run_id: str | None = None,
        metadata: JsonObject | None = None,
        expiration_date: str | None = None,
    ) -> JsonObject:
        """Store a memory as another writer would have, without a request."""
        owner = {"user_id": user_id, "agent_id": agent_id, "app_id": app_id, "run_id": run_id}
        with self._lock:
            return self._store(memory, owner, metadata, expiration_date=expiration_date).as_api()

    def seed_many(self, memories: list[str], *, user_id: str, metadata: JsonObject | None = None) -> None:
        """Store many distinct memories of one user at once, as ``seed`` would one by one. Their texts
        must differ, from each other and from the user's, and carry no label (so neither dedup nor
        supersede applies): checking each against all others would make a caller of tens of thousands
        of memories take minutes to seed."""
        if len(set(memories)) != len(memories) or any(_label(text) for text in memories):
            raise ValueError("seed_many takes distinct memories without a 'label: value' form")
        moment = self._now()
        with self._lock:
            held = {m.memory for m in self._memories if m.user_id == user_id}
            if held & set(memories):
                raise ValueError("seed_many takes memories the user does not hold yet")
            for text in memories:
                self._memories.append(
                    StoredMemory(
                        id=self._next_id(),
                        memory=text,
                        user_id=user_id,
                        agent_id=None,
                        app_id=None,
                        run_id=None,
                        metadata=dict(metadata) if metadata is not None else None,
                        created_at=moment,
                        updated_at=moment,
                    )
                )

    def merge(self, memory_id: str, *, into: str) -> None:
        """Dream folds the duplicate ``memory_id`` into the fuller memory ``into``: kept, marked merged,
        hidden from default reads (docs: platform/features/dream, "Merge")."""
        with self._lock:
            found = {memory.id: memory for memory in self._memories}
            if memory_id not in found or into not in found or memory_id == into:
                raise KeyError(f"no memories {memory_id!r} and {into!r} to merge")
            found[memory_id].merged_into = into

    def fail(
        self,
        path_prefix: str,
        status: int = 500,
        *,
        times: int | None = None,
        headers: dict[str, str] | None = None,
        body: Any = None,
        method: str | None = None,
        query: dict[str, str] | None = None,
    ) -> None:
        """Answer matching requests with ``status`` (``times`` of them, or all) before any other check;
        ``query`` narrows it to requests carrying those query parameters (``{"page": "2"}``)."""
        reply = Reply(status, {"detail": HTTPStatus(status).phrase} if body is None else body, headers or {})
        with self._lock:
            self._faults.append(_Rule(path_prefix, method, times, reply=reply, query=dict(query or {})))

    def fail_request(self, number: int, status: int = 500) -> None:
        """The ``number``-th request from now (1 is the next) is answered ``status``, whatever it is."""
        with self._lock:
            self._fail_at = (len(self._requests) + number, status)

    def delay(
        self, path_prefix: str, seconds: float, *, times: int | None = None, method: str | None = None
    ) -> None:
        """Hold matching answers for ``seconds`` (cut short by ``stop``): provokes client time-outs."""
        with self._lock:
            self._delays.append(_Rule(path_prefix, method, times, seconds=seconds))

    def clear_faults(self) -> None:
        """Mem0 works again: no failure or delay left to come; memories and events stay."""
        with self._lock:
            self._failing_extractions.clear()
            self._faults.clear()
            self._fail_at = None
            self._delays.clear()

    def reset(self) -> None:
        """Forget memories, recorded requests, failures and delays; the key and clock stay."""
        with self._lock:
            self._memories.clear()
            self._events.clear()
            self._failing_extractions.clear()
            self._requests.clear()
            self._faults.clear()
            self._fail_at = None
            self._delays.clear()

    # -- request handling --------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Reply:
        """Answer one request: record it, apply delays and failures, then authenticate and route."""
        parts = urlsplit(target)
        query = {key: values[-1] for key, values in parse_qs(parts.query, keep_blank_values=True).items()}
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        with self._lock:
            self._requests.append(RecordedRequest(method, parts.path, query, body, headers))
            wait = self._take(self._delays, method, parts.path, query)
        if wait is not None and wait.seconds > 0:
            self._wake.wait(wait.seconds)
        with self._lock:
            if self._fail_at is not None and len(self._requests) == self._fail_at[0]:
                status = self._fail_at[1]
                return Reply(status, {"detail": HTTPStatus(status).phrase})
            fault = self._take(self._faults, method, parts.path, query)
            if fault is not None and fault.reply is not None:
                return fault.reply
            self._advance_events()
            if headers.get("authorization") != f"Token {self.api_key}":
                return _unauthorized(headers)
            if raw and body is None:
                return Reply(400, {"error": "Request body is not valid JSON."})
            try:
                return self._route(method, parts.path, query, body if isinstance(body, dict) else {})
            except BadRequest as error:
                return Reply(400, {"error": str(error)})
            except Exception as error:  # a bug in this fake: say so rather than drop the connection
                return Reply(500, {"detail": f"fake_mem0 failed: {error!r}"})

    def _take(self, rules: list[_Rule], method: str, path: str, query: dict[str, str]) -> _Rule | None:
        rule = next((rule for rule in rules if rule.applies(method, path, query)), None)
        if rule is not None:
            rule.use()
        return rule

    def _route(self, method: str, path: str, query: dict[str, str], body: JsonObject) -> Reply:
        event = re.fullmatch(r"/v1/event/([^/]+)/", path)
        if method == "GET" and event:
            return self._event(event[1])
        one = re.fullmatch(r"/v1/memories/([^/]+)/", path)
        if method == "DELETE" and one:
            return self._delete_one(one[1])
        routes: dict[tuple[str, str], Callable[[dict[str, str], JsonObject], Reply]] = {
            ("GET", "/v1/ping/"): self._ping,
            ("POST", "/v3/memories/add/"): self._add,
            ("POST", "/v3/memories/search/"): self._search,
            ("POST", "/v3/memories/"): self._list,
            ("DELETE", "/v1/memories/"): self._delete_all,
        }
        route = routes.get((method, path))
        if route is None:
            return Reply(404, {"detail": "Not found."})
        return route(query, body)

    def _ping(self, _query: dict[str, str], _body: JsonObject) -> Reply:
        return Reply(
            200, {"status": "ok", "org_id": self.org_id, "project_id": self.project_id, "user_email": None}
        )

    def _add(self, _query: dict[str, str], body: JsonObject) -> Reply:
        owner = _owner(body)
        metadata = body.get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise BadRequest("metadata must be an object.")
        moment = _timestamp(body.get("timestamp"))
        infer = body.get("infer", True) is not False
        texts = _texts(body.get("messages"), roles=("user", "assistant") if infer else ("user",))
        event_id = self._next_id()
        if infer:
            now = self._now()
            self._events[event_id] = _Event(
                id=event_id,
                payload=body,
                texts=texts,
                owner=owner,
                metadata=metadata,
                moment=moment,
                created_at=now,
                due_at=now + timedelta(seconds=self.extraction_seconds),
            )
            message = "Memory processing has been queued for background execution"
            return Reply(200, {"message": message, "status": "PENDING", "event_id": event_id})
        expires = body.get("expiration_date")
        stored = [self._store(text, owner, metadata, moment, expires) for text in texts]
        results = [{"id": memory.id, "event": "ADD", "data": {"memory": memory.memory}} for memory in stored]
        answer = {"message": "Memories stored successfully", "status": "SUCCEEDED", "event_id": event_id}
        return Reply(200, {**answer, "results": results})

    def _search(self, _query: dict[str, str], body: JsonObject) -> Reply:
        _refuse_top_level_entities(body)
        text = body.get("query")
        if not isinstance(text, str) or not text.strip():
            raise BadRequest("query is required.")
        filters = _checked_filters(body.get("filters"))
        top_k = _bounded_int(body.get("top_k", DEFAULT_TOP_K), "top_k", 1, MAX_TOP_K)
        threshold = body.get("threshold", DEFAULT_THRESHOLD)
        if not isinstance(threshold, int | float) or isinstance(threshold, bool):
            raise BadRequest("threshold must be a number.")
        scored = [
            (-similarity(text, memory.memory), index, memory)
            for index, memory in enumerate(self._readable(body))
            if matches(memory, filters)
        ]
        ranked = sorted(item for item in scored if -item[0] >= threshold)
        results = [{**memory.as_api(), "score": -negated} for negated, _, memory in ranked[:top_k]]
        self._count_read()
        return Reply(200, {"results": results})

    def _list(self, query: dict[str, str], body: JsonObject) -> Reply:
        _refuse_top_level_entities(body)
        filters = _checked_filters(body.get("filters"))
        page = _bounded_int(query.get("page", 1), "page", 1, None)
        size = _bounded_int(query.get("page_size", DEFAULT_PAGE_SIZE), "page_size", 1, MAX_PAGE_SIZE)
        selected = [(memory.created_at, index, memory) for index, memory in enumerate(self._readable(body))]
        ordered = sorted((item for item in selected if matches(item[2], filters)), reverse=True)
        self._count_read()
        newest_first = [memory for _, _, memory in ordered]
        start = (page - 1) * size
        if page > 1 and start >= len(newest_first):
            return Reply(404, {"detail": "Invalid page."})
        return Reply(
            200,
            {
                "count": len(newest_first),
                "next": self._page_url(page + 1, size) if start + size < len(newest_first) else None,
                "previous": self._page_url(page - 1, size) if page > 1 else None,
                "results": [memory.as_api() for memory in newest_first[start : start + size]],
            },
        )

    def _delete_all(self, query: dict[str, str], _body: JsonObject) -> Reply:
        wanted = {name: query[name] for name in ENTITY_FIELDS if query.get(name)}
        if not wanted:
            raise BadRequest("At least one filter (user_id, agent_id, app_id or run_id) is required.")
        for memory in self._memories:
            if matches(memory, wanted) and memory.visible_reads_left is None:
                memory.visible_reads_left = self.delete_visible_reads
        self._drop_deleted()
        message = "Delete in progress. This may take some time."
        return Reply(200, {"message": message, "event_id": self._next_id()})

    def _delete_one(self, memory_id: str) -> Reply:
        """``DELETE /v1/memories/{memory_id}/`` (openapi): immediate, unlike ``delete_all``."""
        kept = [memory for memory in self._memories if memory.id != memory_id]
        if len(kept) == len(self._memories):
            return Reply(404, {"error": "Memory not found!"})
        self._memories = kept
        return Reply(200, {"message": "Memory deleted successfully!"})

    def _event(self, event_id: str) -> Reply:
        event = self._events.get(event_id)
        if event is None:
            return Reply(404, {"error": "Event not found or you don't have permission to access it."})
        return Reply(200, event.as_api())

    # -- background work (callers hold the lock) ---------------------------------------------------

    def _advance_events(self) -> None:
        """What Mem0's workers did since the last request: start pending extractions, finish due ones."""
        now = self._now()
        for event in self._events.values():
            if event.status == "PENDING":
                event.status, event.started_at = "RUNNING", now
            if event.status == "RUNNING" and now >= event.due_at:
                event.completed_at = now
                failure = next(
                    (
                        f
                        for f in self._failing_extractions
                        if f[1] is None or any(f[1] in t for t in event.texts)
                    ),
                    None,
                )
                if failure is not None:
                    self._failing_extractions.remove(failure)
                    event.status, event.error = "FAILED", failure[0]
                    continue
                stored = [
                    self._store(
                        text, event.owner, event.metadata, event.moment, event.payload.get("expiration_date")
                    )
                    for text in event.texts
                ]
                event.status = "SUCCEEDED"
                event.results = [
                    {"id": memory.id, "event": "ADD", "data": {"memory": memory.memory}} for memory in stored
                ]

    def _readable(self, body: JsonObject) -> list[StoredMemory]:
        """What a search or a list may return, by the read's flags: ``latest_only`` leaves out superseded
        and merged memories, merged ones need ``include_merged`` (docs: dream, "How reads change with
        Dream"), expired ones ``show_expired`` (docs: memory-expiration)."""
        latest_only = _flag(body.get("latest_only", False), "latest_only")
        include_merged = _flag(body.get("include_merged", False), "include_merged")
        show_expired = _flag(body.get("show_expired", False), "show_expired")
        today = self._now().date().isoformat()
        return [
            memory
            for memory in self._memories
            if not (latest_only and (memory.superseded or memory.merged))
            and (include_merged or not memory.merged)
            and (show_expired or not _expired(memory.expiration_date, today))
        ]

    def _count_read(self) -> None:
        """A read happened: queued deletes come one read closer to done."""
        for memory in self._memories:
            if memory.visible_reads_left is not None:
                memory.visible_reads_left -= 1
        self._drop_deleted()

    def _drop_deleted(self) -> None:
        self._memories = [
            m for m in self._memories if m.visible_reads_left is None or m.visible_reads_left > 0
        ]

    def _now(self) -> datetime:
        moment = self.now()
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

    # -- storage (callers hold the lock) -----------------------------------------------------------

    def _store(
        self,
        text: str,
        owner: dict[str, str | None],
        metadata: JsonObject | None,
        moment: datetime | None = None,
        expiration_date: Any = None,
    ) -> StoredMemory:
        scope = tuple(owner.get(name) for name in DEDUP_SCOPE)
        same_scope = [m for m in self._memories if tuple(getattr(m, name) for name in DEDUP_SCOPE) == scope]
        for memory in same_scope:
            if memory.memory == text:
                return memory
        moment = moment or self._now()
        memory = StoredMemory(
            id=self._next_id(),
            memory=text,
            user_id=owner.get("user_id"),
            agent_id=owner.get("agent_id"),
            app_id=owner.get("app_id"),
            run_id=owner.get("run_id"),
            metadata=dict(metadata) if metadata is not None else None,
            created_at=moment,
            updated_at=moment,
            expiration_date=expiration_date if isinstance(expiration_date, str) else None,
        )
        label = _label(text)
        for older in same_scope:
            if label is not None and _label(older.memory) == label and not older.superseded:
                older.replaced_by = memory.id
        self._memories.append(memory)
        return memory

    def _next_id(self) -> str:
        """UUID-shaped and deterministic, so that failures read the same on every run."""
        return f"00000000-0000-4000-8000-{next(self._ids):012d}"

    def _page_url(self, page: int, size: int) -> str:
        return f"{self.url}/v3/memories/?page={page}&page_size={size}"


def _unauthorized(headers: dict[str, str]) -> Reply:
    if "authorization" not in headers:
        return Reply(401, {"detail": "Authentication credentials were not provided."})
    return Reply(401, {"detail": "Invalid token."})


# -- request validation ----------------------------------------------------------------------------


def _owner(body: JsonObject) -> dict[str, str | None]:
    """Entity ids of an add: top level (as documented for v3), or inside ``filters`` (the SDK's option)."""
    filters = body.get("filters")
    nested: JsonObject = filters if isinstance(filters, dict) else {}
    owner = {name: body.get(name, nested.get(name)) for name in ENTITY_FIELDS}
    if not any(owner.values()):
        raise BadRequest("At least one of user_id, agent_id, app_id or run_id is required.")
    if not all(value is None or isinstance(value, str) for value in owner.values()):
        raise BadRequest("Entity ids must be strings.")
    return owner


def _texts(messages: Any, roles: tuple[str, ...]) -> list[str]:
    """The messages Mem0 stores from an add: those of ``roles``, non-empty text."""
    if not isinstance(messages, list) or not messages:
        raise BadRequest("messages must be a non-empty list.")
    texts: list[str] = []
    for message in messages:
        if not isinstance(message, dict) or "role" not in message or "content" not in message:
            raise BadRequest("Each message needs a role and a content.")
        content = message["content"]
        if message["role"] in roles and isinstance(content, str) and content.strip():
            texts.append(content)
    return texts


def _expired(expiration_date: str | None, today: str) -> bool:
    """Past its date, UTC, the date itself included; a date Mem0 cannot parse fails open
    (docs: platform/features/memory-expiration)."""
    if expiration_date is None:
        return False
    try:
        return date.fromisoformat(expiration_date).isoformat() < today
    except ValueError:
        return False


def _timestamp(value: Any) -> datetime | None:
    """An add's ``timestamp``: unix seconds (the SDK's ``AddMemoryOptions.timestamp: int``)."""
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        raise BadRequest("timestamp must be a Unix timestamp in seconds.")
    return datetime.fromtimestamp(value, UTC)


def _flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise BadRequest(f"{name} must be a boolean.")
    return value


def _label(text: str) -> str | None:
    """What a memory is about, when it says so before a colon: the fake's stand-in for contradiction."""
    label, colon, value = text.partition(":")
    return label.strip().lower() if colon and label.strip() and value.strip() else None


def _refuse_top_level_entities(body: JsonObject) -> None:
    named = [name for name in ENTITY_FIELDS if name in body]
    if named:
        raise BadRequest(f"Entity ids must be passed inside filters, not at the top level: {named}.")


def _bounded_int(value: Any, name: str, low: int, high: int | None) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadRequest(f"{name} must be an integer.") from None
    if number < low or (high is not None and number > high):
        raise BadRequest(f"{name} must be between {low} and {high or 'any'}.")
    return number


def _checked_filters(filters: Any) -> JsonObject:
    """The filters of a read, refused as the platform refuses them: unknown keys, no entity id."""
    if not isinstance(filters, dict) or not filters:
        raise BadRequest("filters are required and must name at least one entity id.")
    _validate(filters)
    if not _names_entity(filters):
        raise BadRequest("filters must include at least one of user_id, agent_id, app_id or run_id.")
    return filters


def _conditions(value: Any) -> list[JsonObject]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, dict) for item in items):
        raise BadRequest("AND, OR and NOT take a condition or a list of conditions.")
    return items


def _validate(condition: JsonObject) -> None:
    for key, value in condition.items():
        if key not in FILTER_KEYS:
            raise BadRequest(f"Unsupported filter key: {key}.")
        if key in LOGICAL_KEYS:
            for inner in _conditions(value):
                _validate(inner)
        elif key == "metadata":
            if not isinstance(value, dict) or not value:
                raise BadRequest("metadata filters take an object of top-level keys.")
            for wanted in value.values():
                _check_operators(wanted, METADATA_OPERATORS, "metadata")
        elif key in TIME_FIELDS:
            _check_operators(value, TIME_OPERATORS, key)
        elif key == "keywords":
            if not isinstance(value, dict):
                raise BadRequest("keywords take contains or icontains.")
            _check_operators(value, TEXT_OPERATORS, key)
        elif key == "memory_ids":
            if not isinstance(value, list):
                raise BadRequest("memory_ids takes a list.")
        else:
            _check_operators(value, CATEGORY_OPERATORS if key == "categories" else ENTITY_OPERATORS, key)


def _check_operators(value: Any, allowed: frozenset[str], name: str) -> None:
    if isinstance(value, dict):
        unknown = set(value) - allowed
        if unknown or not value:
            raise BadRequest(f"Unsupported operator for {name}: {sorted(unknown)}.")
        if "in" in value and not isinstance(value["in"], list):
            raise BadRequest(f"The in operator of {name} takes a list.")


def _names_entity(condition: JsonObject) -> bool:
    for key, value in condition.items():
        if key in ENTITY_FIELDS:
            return True
        if key in LOGICAL_KEYS and any(_names_entity(inner) for inner in _conditions(value)):
            return True
    return False


# -- filter evaluation and scoring -----------------------------------------------------------------


def matches(memory: StoredMemory, condition: JsonObject) -> bool:
    """Whether ``memory`` satisfies a (validated) filter; several keys in one object are an AND."""
    return all(_matches_key(memory, key, value) for key, value in condition.items())


def _matches_key(memory: StoredMemory, key: str, value: Any) -> bool:
    if key == "AND":
        return all(matches(memory, inner) for inner in _conditions(value))
    if key == "OR":
        return any(matches(memory, inner) for inner in _conditions(value))
    if key == "NOT":
        return not any(matches(memory, inner) for inner in _conditions(value))
    if key == "metadata":
        held = memory.metadata or {}
        return all(_compare(held.get(name), wanted) for name, wanted in value.items())
    if key == "memory_ids":
        return memory.id in value
    if key == "keywords":
        return _compare(memory.memory, value)
    if key == "categories":
        return _compare_categories(memory.categories, value)
    if key == "timestamp":
        return _compare(memory.created_at, _as_time_condition(value))
    actual = getattr(memory, key)
    return _compare(actual, _as_time_condition(value) if key in TIME_FIELDS else value)


def _compare(actual: Any, wanted: Any) -> bool:
    if wanted == "*":
        return actual is not None
    if not isinstance(wanted, dict):
        return bool(actual == wanted)
    return all(_apply(operator, actual, operand) for operator, operand in wanted.items())


def _apply(operator: str, actual: Any, operand: Any) -> bool:
    if operator == "eq":
        return bool(actual == operand)
    if operator == "ne":
        return bool(actual != operand)  # Mem0: ne also matches a missing (null) field
    if operator == "in":
        return actual in operand
    if operator in ("contains", "icontains"):
        if not isinstance(actual, str) or not isinstance(operand, str):
            return False
        return operand.lower() in actual.lower() if operator == "icontains" else operand in actual
    if actual is None:
        return False
    comparisons: dict[str, Callable[[Any, Any], bool]] = {
        "gt": lambda a, b: bool(a > b),
        "gte": lambda a, b: bool(a >= b),
        "lt": lambda a, b: bool(a < b),
        "lte": lambda a, b: bool(a <= b),
    }
    return comparisons[operator](actual, operand)


def _compare_categories(held: list[str], wanted: Any) -> bool:
    if isinstance(wanted, dict) and "contains" in wanted:
        return any(wanted["contains"] in category for category in held)
    if isinstance(wanted, dict) and "in" in wanted:
        return any(category in wanted["in"] for category in held)
    return wanted in held


def _as_time_condition(value: Any) -> Any:
    if isinstance(value, dict):
        return {operator: _parse_time(operand) for operator, operand in value.items()}
    return _parse_time(value)


def _parse_time(value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise BadRequest(f"Not an ISO 8601 date or time: {value!r}.") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def similarity(query: str, memory: str) -> float:
    """Cosine of the two texts' lower-case word sets, in [0, 1]: deterministic stand-in for embeddings."""
    left, right = _words(query), _words(memory)
    if not left or not right:
        return 0.0
    return round(len(left & right) / math.sqrt(len(left) * len(right)), 4)
