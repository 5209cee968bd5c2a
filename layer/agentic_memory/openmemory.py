"""The ``openmemory`` backend: a self-hosted OpenMemory server (CaviraOSS/OpenMemory) over its REST API.

Read from the repository (packages/openmemory-js, v1.3.3), which is the server, since docs/api-server.md
is a sketch: ``src/server/routes/memory.ts`` (``POST /memory/add``, ``POST /memory/query``, ``GET
/memory/all``, ``DELETE /memory/:id``), ``src/server/middleware/auth.ts`` (``x-api-key``; no key 401,
a wrong one 403, none configured on the server 503, rate limit 429 with ``retry_after`` seconds) and
``src/memory/hsg.ts`` (what an add and a query do). No client library: the repository's Python SDK
(packages/openmemory-py, which .github/workflows/publish-sdks.yml uploads to PyPI as openmemory-py) is
the embedded engine (FastAPI, numpy, OpenAI and Google clients), and its README's ``mode='remote'`` no
longer exists in ``main.py``; plain HTTP through the layer's ``httpx``.

What the server decides, and what follows here:

* **One API key is one user.** The server derives the tenant from the key (``derive_tenant_id``) and
  answers 403 ``tenant_mismatch`` to any other ``user_id`` (``middleware/tenant.ts``): every caller of
  a deployment is in one tenant, and ``/users/:id/summary`` and ``DELETE /users/:id/memories`` are the
  whole tenant's (the latter would erase everyone: never called). Callers are told apart by us: each
  memory's content starts with the caller's tag (``caller_tag``, a hash of the caller key) and its
  metadata names the caller; listings keep the caller's memories, a query is asked with the tag so the
  caller's memories rank first and only those carrying it are kept.
* **Adds are synchronous** (the answer carries the stored memory's id): nothing to confirm later. An
  exact repeat (same token set, ``compute_simhash``; across *all* users) is not stored again: the
  answer names the earlier memory, ``deduplicated: true``. The caller's tag in the content keeps one
  caller's words from folding into another's; a re-sent add (a retry after a lost answer) folds into
  its first copy. There is no idempotency key: the ledger sends each chunk once, the dedup absorbs the
  rest.
* **The server shortens** content over ``OM_SUMMARY_MAX_LENGTH`` (200, ``extract_essence``) to chosen
  sentences, which could drop the tag: texts are sent in pieces that stay under it (``MAX_CONTENT``).
* **A query's matches carry no metadata** (the route maps id, content, score, sectors, salience): each
  match kept is read whole (``GET /memory/:id``, all at once), for the agent, date and categories the
  search's private categories need. **Queries are cached for 60 s** by (text, k, filters)
  (``hsg_query``, ``TTL``), deleted memories included: each query carries a distinct far ``endTime``,
  and a match deleted since (404 on its read) is left out. Scores are z-scores over the candidates;
  they are given back through a logistic, in (0, 1).
* **Who extracts:** OpenMemory classifies each memory into its sectors and lets salience decay; it
  extracts no facts (no language model on the add path). Nothing is ``extracted`` for the brief, which
  has the call's facts from ElevenLabs' analysis, as with ``mem0-oss``. The per-user summary
  (``src/memory/user_summary.ts``) describes IDE activity of the whole tenant: not used.
* **Retention:** decay lowers salience and compresses vectors, never deletes (``memory/decay.ts``).
  The retention's last day goes into the content's head (query matches carry no metadata) and the
  metadata (``expires``); every read here hides what is past it, ``held`` returns it marked. Erasure
  deletes one memory at a time, and re-reads until none is left.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import httpx

from agentic_memory.memory import Added, Extraction, Held, MemoryRecord, Message, past_expiration
from agentic_memory.openmemory_wire import OpenMemoryError, OpenMemoryHttp, PageFailed, pieces
from agentic_memory.runtime.observability import describe

# The server keeps content up to OM_SUMMARY_MAX_LENGTH (default 200) UTF-16 units as sent.
MAX_CONTENT = 200
# Candidates a query asks the tenant for (the route allows 1-200); the caller's are kept from them.
QUERY_K = 100
# Rounds of delete-then-read an erasure makes before it says memories remain.
DELETE_ROUNDS = 4
# A query's endTime: far enough that no memory is left out, distinct per query (see above).
_FAR_MS = 10 * 365 * 86_400_000
_OURS = ("caller", "expires")  # metadata this backend keeps for itself
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEAD = re.compile(r"\[(?P<tag>om[0-9a-f]{16})(?: x(?P<day>\d{8}))?\] ")


def caller_tag(user_id: str) -> str:
    """The caller's tag: one token to OpenMemory's tokenizer (``utils/text.ts``: ``[a-z0-9]+``)."""
    return "om" + hashlib.sha256(user_id.encode()).hexdigest()[:16]


class OpenMemoryStore:
    # No vector threshold: OpenMemory's scores are relative to one query's candidates.
    relevance_floor: float | None = None

    def __init__(
        self,
        url: str,
        api_key: str,
        timeout: float,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._http = OpenMemoryHttp(url, api_key, timeout, sleep, transport)

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
        """Each caller message, in pieces the server keeps whole, as a memory; stored when answered.
        The call's date is in ``metadata`` (the server dates a memory at its add); nothing reads
        ``instructions``, as no model extracts here."""
        tag = caller_tag(user_id)
        meta = {**metadata, "agent_id": agent_id or "", "caller": user_id, "expires": expires or ""}
        stored = 0
        head = _head(tag, expires)
        for text in pieces(messages, MAX_CONTENT - len(head)):
            body = {"content": f"{head}{text}", "tags": [tag], "metadata": meta}
            answer = self._http.json("POST", "/memory/add", json=body)
            stored += 0 if answer.get("deduplicated") else 1
        return Added(stored=stored)

    def extraction(self, event_id: str) -> Extraction:
        """Never asked: adds are stored when the server answers."""
        return Extraction("SUCCEEDED")

    def all_of(self, user_id: str) -> list[MemoryRecord]:
        held = self.held(user_id)
        if held.unread:
            raise OpenMemoryError(f"OpenMemory could not be read in full: {'; '.join(held.unread)}")
        return [record for record in held.memories if not record.hidden]

    def held(self, user_id: str) -> Held:
        """Every page of the tenant's memories (``GET /memory/all``, newest first), the caller's kept.

        The route has no filter but sector, so the whole tenant is read: the cost grows with every
        caller's memories (bench/openmemory.py). A page that fails after the first is named in
        ``unread``, and the rest is unknown: offsets cannot be skipped safely."""
        tag = caller_tag(user_id)
        memories: dict[str, MemoryRecord] = {}
        unread: list[str] = []
        try:
            for item in self._http.every_item():
                record = _record(item, tag)
                if record is not None:
                    memories.setdefault(str(item.get("id")), record)
        except PageFailed as failed:
            if failed.offset == 0:
                raise failed.error from None
            unread.append(f"memories from {failed.offset + 1} on: {describe(failed.error)}")
        return Held(list(memories.values()), unread)

    def count(self, user_id: str) -> int:
        return len(self.all_of(user_id))

    def retire(self, user_id: str, texts: list[str]) -> int:
        wanted = set(texts)
        return self._delete_until_gone(
            lambda: [i for i, r in self._ids_of(user_id) if r.memory in wanted], "corrected memories"
        )

    def extracted(self, user_id: str, conversation_id: str) -> list[MemoryRecord]:
        """Nothing: OpenMemory stores what it is sent and extracts no facts of its own."""
        return []

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        tag = caller_tag(user_id)
        body = {
            "query": f"{tag} {query}",
            "k": QUERY_K,
            "filters": {"endTime": time.time_ns() // 1_000_000 + _FAR_MS},
        }
        matches = self._http.json("POST", "/memory/query", json=body, attempts=1).get("matches")
        mine = [
            item
            for item in (matches if isinstance(matches, list) else [])
            if isinstance(item, dict) and (record := _record(item, tag)) is not None and not record.hidden
        ][:limit]
        # A match carries no metadata (the route maps id, content, score, sectors, salience): each kept
        # one is read whole, at once, for its call date, agent and categories (the search's private
        # categories need them). One deleted since the query (404) is left out.
        with ThreadPoolExecutor(max_workers=max(1, len(mine))) as pool:
            whole = list(pool.map(self._one, [str(item.get("id")) for item in mine]))
        pairs = zip(mine, whole, strict=True)
        scored = [{**item, "score": match.get("score")} for match, item in pairs if item is not None]
        records = [record for item in scored if (record := _record(item, tag)) is not None]
        return [r for r in records if not agent_id or r.metadata.get("agent_id") == agent_id]

    def _one(self, memory_id: str) -> dict[str, Any] | None:
        try:
            return self._http.json("GET", f"/memory/{memory_id}", attempts=1)
        except OpenMemoryError as error:
            if error.status == 404:
                return None
            raise

    def related(self, pairs: list[tuple[str, str]]) -> list[bool] | None:
        return None  # OpenMemory ranks by meaning itself

    def delete_conversation(self, user_id: str, conversation_id: str) -> int:
        def of_call() -> list[str]:
            return [
                i for i, r in self._ids_of(user_id) if r.metadata.get("conversation_id") == conversation_id
            ]

        return self._delete_until_gone(of_call, f"memories of {conversation_id}")

    def delete_caller(self, user_id: str) -> None:
        """Each of the caller's memories, hidden ones too, then a full read to see none is left.
        Never ``DELETE /users/:id/memories``: it deletes the whole tenant, every caller."""
        self._delete_until_gone(lambda: [i for i, _ in self._ids_of(user_id)], "memories of the caller")

    def _delete_until_gone(self, left: Callable[[], list[str]], what: str) -> int:
        """Delete what ``left`` finds, one memory at a time, and read again until it finds nothing;
        how many deletes the server confirmed (one already gone, 404, is not counted)."""
        deleted = 0
        for done in range(DELETE_ROUNDS + 1):
            found = left()
            if not found:
                return deleted
            if done == DELETE_ROUNDS:
                break
            for memory_id in found:
                try:
                    self._http.json("DELETE", f"/memory/{memory_id}")
                    deleted += 1
                except OpenMemoryError as error:
                    if error.status != 404:  # {"err": "nf"}: already gone
                        raise
        raise OpenMemoryError(f"OpenMemory still holds {what} after {DELETE_ROUNDS} rounds of deletes")

    def health(self) -> dict[str, Any]:
        """One authenticated read (``GET /memory/all?l=1``): ``/health`` is public, it proves no key."""
        self._http.json("GET", "/memory/all", params={"l": 1, "u": 0}, attempts=1)
        return self._http.json("GET", "/health", attempts=1)

    def _ids_of(self, user_id: str) -> Iterator[tuple[str, MemoryRecord]]:
        """The caller's memories with their ids, every page read (a failed page raises its error)."""
        tag = caller_tag(user_id)
        try:
            for item in self._http.every_item():
                record = _record(item, tag)
                if record is not None and isinstance(item.get("id"), str):
                    yield item["id"], record
        except PageFailed as failed:
            raise failed.error from None


def _head(tag: str, expires: str | None) -> str:
    """What a memory's content starts with: the caller's tag and the retention's last day, which a
    query's matches must show, as they carry no metadata ("[om0123456789abcdef x20271102] ")."""
    day = f" x{expires.replace('-', '')}" if expires and _DAY.fullmatch(expires) else ""
    return f"[{tag}{day}] "


def _record(item: dict[str, Any], tag: str) -> MemoryRecord | None:
    """The caller's memory as we use it, without its head; None for another caller's or a malformed one."""
    content = item.get("content")
    head = _HEAD.match(content) if isinstance(content, str) else None
    if head is None or head["tag"] != tag or not content[head.end() :].strip():  # type: ignore[index]
        return None
    metadata = item.get("metadata") if isinstance(item.get("metadata"), dict) else {}
    day = head["day"]
    expires = f"{day[:4]}-{day[4:6]}-{day[6:]}" if day else None
    created = item.get("created_at")
    score = item.get("score")
    return MemoryRecord(
        memory=content[head.end() :],  # type: ignore[index]
        score=1 / (1 + math.exp(-score)) if isinstance(score, int | float) and math.isfinite(score) else None,
        created_at=(
            datetime.fromtimestamp(created / 1000, UTC).isoformat()
            if isinstance(created, int | float) and not isinstance(created, bool)
            else None
        ),
        metadata={k: v for k, v in (metadata or {}).items() if k not in _OURS},
        hidden=("expired",) if past_expiration(expires) else (),
    )
