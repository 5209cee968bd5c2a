"""A local fake of a self-hosted OpenMemory server's REST API, as moto is for AWS.

It is a stdlib HTTP server on 127.0.0.1 in a daemon thread, one answer per connection (HTTP/1.0), so
that stopping it really refuses the next request. ``agentic_memory.openmemory`` talks to it over HTTP.

Sources: the CaviraOSS/OpenMemory repository (packages/openmemory-js, v1.3.3, commit 7a5e7c8):

* ``src/server/middleware/auth.ts``: ``/health`` is public; every other route needs the key in
  ``x-api-key`` (or ``Authorization: Bearer``/``ApiKey``). No key configured on the server: 503
  ``{"error": "auth_not_configured"}``; none sent: 401 ``{"error": "authentication_required"}``; a
  wrong one: 403 ``{"error": "invalid_api_key"}``. The tenant is ``sha256(key)[:16]``. A rate limit
  answers 429 ``{"error": "rate_limit_exceeded", "retry_after": seconds}`` with ``X-RateLimit-*``
  headers (``throttle``).
* ``src/server/middleware/tenant.ts``: a ``user_id`` (body, query, path) other than the tenant is a
  403 ``{"error": "tenant_mismatch"}``.
* ``src/server/middleware/validate.ts`` and the schemas of ``src/server/routes/memory.ts``: a body that
  breaks them is a 400 ``{"error": "invalid_input", "details": [...]}``.
* ``POST /memory/add`` (``memory/hsg.ts`` ``add_hsg_memory``): synchronous; answers ``{id,
  primary_sector, sectors, chunks}``. Dedup first: content with the same simhash as *any* stored
  memory, whoever's (``get_mem_by_simhash`` has no user filter), is not stored: the answer names the
  earlier memory with ``deduplicated: true`` and its salience rises by 0.15. Simhash is modelled as
  equality of the canonical token set (``utils/text.ts``: lower-case ``[a-z0-9]+`` tokens of two or
  more characters; stemming and synonyms not modelled). Content over ``summary_max_length`` (200,
  ``OM_SUMMARY_MAX_LENGTH``) is stored as its essence (``extract_essence``: modelled as the first
  sentence then the next ones that fit; its sentence scoring is not). Afterwards the tenant's summary
  is regenerated in the background (``update_user_summary``, not awaited): ``summary_updates`` counts.
* ``POST /memory/query`` (``hsg_query``): ``k`` 1-200 (default 8), ``filters`` ``startTime``/``endTime``
  on ``created_at`` (ms). Answers ``{query, matches: [{id, content, score, sectors, primary_sector,
  path, salience, last_seen_at}]}``, no metadata, no tags. Results are cached 60 s by (query, k,
  filters), deleted memories included (``cache``, ``TTL``). Scores are z-scores of the candidates
  (modelled on a word-set cosine, not embeddings). A hit's salience and ``last_seen_at`` are reinforced.
* ``GET /memory/all?l=&u=``: the tenant's memories newest first, ``l`` 0-10 000 (default 100), else 400
  ``{"error": "invalid_pagination"}``; items ``{id, content, tags, metadata, created_at, updated_at,
  last_seen_at, salience, decay_lambda, primary_sector, version, user_id}``.
* ``GET /memory/:id``, ``DELETE /memory/:id``: 404 ``{"err": "nf"}``, another tenant's 403 ``{"err":
  "forbidden"}``; a delete answers ``{"ok": true}``.
* ``src/server/routes/users.ts``: ``GET /users/:id/summary`` and ``DELETE /users/:id/memories`` act on
  the tenant (the latter deletes every memory of it).

Failures: ``fail(path, status, times)`` answers before anything is done; ``fail_after_commit`` does the
work and then answers 502 (a proxy that timed out: the add is stored all the same).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from testkit.fakes.http import FakeServer

DEFAULT_API_KEY = "om-fake-test-key"
SUMMARY_MAX_LENGTH = 200
CACHE_TTL_MS = 60_000
_TOKEN = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
Json = dict[str, Any]


def tenant_of(api_key: str) -> str:
    """``derive_tenant_id`` (auth.ts)."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


def tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(text.lower()) if len(t) > 1)


@dataclass
class Stored:
    id: str
    user_id: str
    content: str
    simhash: frozenset[str]
    tags: list[str]
    metadata: Json
    created_at: int
    salience: float = 0.4
    last_seen_at: int = 0
    deleted: bool = False

    def item(self) -> Json:
        return {
            "id": self.id,
            "content": self.content,
            "tags": self.tags,
            "metadata": self.metadata,
            "created_at": self.created_at,
            "updated_at": self.created_at,
            "last_seen_at": self.last_seen_at or self.created_at,
            "salience": self.salience,
            "decay_lambda": 0.005,
            "primary_sector": "semantic",
            "version": 1,
            "user_id": self.user_id,
        }


@dataclass
class Reply:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


class FakeOpenMemoryServer:
    def __init__(self, api_key: str | None = DEFAULT_API_KEY) -> None:
        self.api_key = api_key
        self.now: Callable[[], int] = lambda: time.time_ns() // 1_000_000
        self.summary_updates = 0
        self.requests: list[tuple[str, str]] = []  # (method, path) of each request, in order
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._memories: list[Stored] = []
        self._cache: dict[str, tuple[int, list[Json]]] = {}
        self._faults: list[list[Any]] = []  # [method, path prefix, status, times, after_commit, skip]
        self._throttled: list[int] = []  # retry_after of each next 429
        self._server: FakeServer | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> Self:
        server = FakeServer(self)
        self._server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "the fake OpenMemory server is not running"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- test controls -----------------------------------------------------------------------------

    @property
    def memories(self) -> list[Json]:
        """What the server holds, oldest first, as ``GET /memory/all`` items."""
        with self._lock:
            return [m.item() for m in self._memories if not m.deleted]

    def fail(self, method: str, path: str, status: int = 500, times: int = 1, skip: int = 0) -> None:
        """The next ``times`` requests to ``path`` (a prefix) answer ``status``, after ``skip`` succeed."""
        with self._lock:
            self._faults.append([method, path, status, times, False, skip])

    def fail_after_commit(self, method: str, path: str, times: int = 1) -> None:
        with self._lock:
            self._faults.append([method, path, 502, times, True, 0])

    def throttle(self, *retry_after: int) -> None:
        """The next requests answer 429, each asking to wait its ``retry_after`` seconds."""
        with self._lock:
            self._throttled.extend(retry_after)

    # -- HTTP --------------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Reply:
        split = urlsplit(target)
        path, query = split.path, {k: v[-1] for k, v in parse_qs(split.query).items()}
        with self._lock:
            self.requests.append((method, path))
            if path == "/health":
                return Reply(200, {"ok": True, "version": "2.0-hsg-tiered", "tier": "hybrid"})
            refused = self._authenticate(headers)
            if isinstance(refused, Reply):
                return refused
            tenant = refused
            if self._throttled:
                wait = self._throttled.pop(0)
                reset = str(self.now() // 1000 + wait)
                return Reply(
                    429,
                    {"error": "rate_limit_exceeded", "retry_after": wait},
                    {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
                )
            fault = next((f for f in self._faults if f[0] == method and path.startswith(f[1]) and f[3]), None)
            if fault is not None and fault[5]:
                fault[5] -= 1
                fault = None
            if fault is not None:
                fault[3] -= 1
                if not fault[4]:
                    return Reply(fault[2], {"err": "internal"})
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                return Reply(400, {"error": "invalid_json"})
            reply = self._route(method, path, query, body if isinstance(body, dict) else {}, tenant)
            return Reply(502, {"message": "upstream timed out"}) if fault is not None else reply

    def _authenticate(self, headers: dict[str, str]) -> str | Reply:
        if not self.api_key:
            return Reply(
                503, {"error": "auth_not_configured", "message": "Server has no OM_API_KEY configured."}
            )
        given = headers.get("x-api-key")
        authorization = headers.get("authorization", "")
        if not given and authorization.startswith(("Bearer ", "ApiKey ")):
            given = authorization[7:]
        if not given:
            return Reply(401, {"error": "authentication_required", "message": "API key required"})
        if given != self.api_key:
            return Reply(403, {"error": "invalid_api_key"})
        return tenant_of(given)

    def _route(self, method: str, path: str, query: dict[str, str], body: Json, tenant: str) -> Reply:
        if query.get("user_id", tenant) != tenant or body.get("user_id", tenant) != tenant:
            return _mismatch()
        match method, path.strip("/").split("/"):
            case "POST", ["memory", "add"]:
                return self._add(body, tenant)
            case "POST", ["memory", "query"]:
                return self._query(body, tenant)
            case "GET", ["memory", "all"]:
                return self._list(query, tenant)
            case "GET", ["memory", memory_id]:
                return self._one(memory_id, tenant, delete=False)
            case "DELETE", ["memory", memory_id]:
                return self._one(memory_id, tenant, delete=True)
            case "GET", ["users", user, "summary"] if user == tenant:
                return Reply(200, {"user_id": tenant, "summary": "Active in Unknown Project using General."})
            case "DELETE", ["users", user, "memories"] if user == tenant:
                mine = [m for m in self._memories if m.user_id == tenant and not m.deleted]
                for memory in mine:
                    memory.deleted = True
                return Reply(200, {"ok": True, "deleted": len(mine)})
            case _, ["users", _, *_]:
                return _mismatch()
        return Reply(404, {"error": "not_found"})

    def _add(self, body: Json, tenant: str) -> Reply:
        content, tags, metadata = body.get("content"), body.get("tags", []), body.get("metadata", {})
        problems = []
        if not isinstance(content, str) or not 1 <= len(content) <= 200_000:
            problems.append("content: required string of 1-200000 characters")
        if (
            not isinstance(tags, list)
            or len(tags) > 64
            or not all(isinstance(t, str) and len(t) <= 256 for t in tags)
        ):
            problems.append("tags: array of at most 64 strings")
        if not isinstance(metadata, dict):
            problems.append("metadata: object")
        if problems:
            return Reply(400, {"error": "invalid_input", "details": problems})
        assert isinstance(content, str)
        simhash = tokens(content)
        earlier = next((m for m in self._memories if not m.deleted and m.simhash == simhash), None)
        if earlier is not None:
            earlier.salience = min(1.0, earlier.salience + 0.15)
            return Reply(
                200,
                {
                    "id": earlier.id,
                    "primary_sector": "semantic",
                    "sectors": ["semantic"],
                    "deduplicated": True,
                },
            )
        memory = Stored(
            id=f"00000000-0000-4000-9000-{next(self._ids):012d}",
            user_id=tenant,
            content=_essence(content),
            simhash=simhash,
            tags=list(tags),
            metadata=dict(metadata),
            created_at=self.now(),
        )
        self._memories.append(memory)
        self.summary_updates += 1  # update_user_summary(tenant), after the answer, not awaited
        return Reply(
            200, {"id": memory.id, "primary_sector": "semantic", "sectors": ["semantic"], "chunks": 1}
        )

    def _query(self, body: Json, tenant: str) -> Reply:
        text, k, filters = body.get("query"), body.get("k", 8), body.get("filters", {})
        if not isinstance(text, str) or not 1 <= len(text) <= 8192:
            return Reply(400, {"error": "invalid_input", "details": ["query: required string"]})
        if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= 200:
            return Reply(400, {"error": "invalid_input", "details": ["k: integer of 1-200"]})
        if not isinstance(filters, dict) or filters.get("user_id", tenant) != tenant:
            return _mismatch() if isinstance(filters, dict) else Reply(400, {"error": "invalid_input"})
        key = json.dumps([text, k, filters, tenant], sort_keys=True)
        cached = self._cache.get(key)
        if cached is not None and self.now() - cached[0] < CACHE_TTL_MS:
            return Reply(200, {"query": text, "matches": cached[1]})
        start, end = (
            filters.get("startTime", body.get("startTime")),
            filters.get("endTime", body.get("endTime")),
        )
        candidates = [
            (m, _cosine(text, m.content))
            for m in self._memories
            if not m.deleted
            and m.user_id == tenant
            and (not start or m.created_at >= start)
            and (not end or m.created_at <= end)
        ]
        candidates = sorted((c for c in candidates if c[1] > 0), key=lambda c: -c[1])[: k + 3]
        spread = statistics.pstdev([s for _, s in candidates]) if candidates else 0.0
        mean = statistics.fmean([s for _, s in candidates]) if candidates else 0.0
        matches = []
        for memory, score in candidates[:k]:
            memory.salience = min(1.0, memory.salience + 0.05)
            memory.last_seen_at = self.now()
            matches.append({
                "id": memory.id, "content": memory.content, "score": (score - mean) / (spread + 1e-6),
                "sectors": ["semantic"], "primary_sector": "semantic", "path": [memory.id],
                "salience": memory.salience, "last_seen_at": memory.last_seen_at,
            })  # fmt: skip
        self._cache[key] = (self.now(), matches)
        return Reply(200, {"query": text, "matches": matches})

    def _list(self, query: dict[str, str], tenant: str) -> Reply:
        try:
            offset, limit = int(query.get("u", "0")), int(query.get("l", "100"))
        except ValueError:
            return Reply(400, {"error": "invalid_pagination"})
        if offset < 0 or not 0 <= limit <= 10_000:
            return Reply(400, {"error": "invalid_pagination"})
        mine = [m for m in self._memories if m.user_id == tenant and not m.deleted]
        mine.sort(key=lambda m: m.created_at, reverse=True)
        return Reply(200, {"items": [m.item() for m in mine[offset : offset + limit]]})

    def _one(self, memory_id: str, tenant: str, *, delete: bool) -> Reply:
        memory = next((m for m in self._memories if m.id == memory_id and not m.deleted), None)
        if memory is None:
            return Reply(404, {"err": "nf"})
        if memory.user_id != tenant:
            return Reply(403, {"err": "forbidden"})
        if delete:
            memory.deleted = True  # the query cache still holds it until its TTL
            return Reply(200, {"ok": True})
        return Reply(200, {**memory.item(), "sectors": ["semantic"]})


def _mismatch() -> Reply:
    return Reply(403, {"error": "tenant_mismatch", "message": "user_id does not match authenticated tenant"})


def _essence(content: str) -> str:
    if len(content.encode("utf-16-le")) // 2 <= SUMMARY_MAX_LENGTH:
        return content
    sentences = [s.strip() for s in _SENTENCE.split(content) if len(s.strip()) > 10]
    kept: list[str] = []
    for sentence in sentences:
        if sum(len(s) + 2 for s in kept) + len(sentence) <= SUMMARY_MAX_LENGTH:
            kept.append(sentence)
    return " ".join(kept) if kept else content[:SUMMARY_MAX_LENGTH]


def _cosine(query: str, content: str) -> float:
    left, right = tokens(query), tokens(content)
    if not left or not right:
        return 0.0
    return len(left & right) / math.sqrt(len(left) * len(right))
