"""Concurrent embeddings as one batch: what lets ``make run`` answer a burst of searches at once.

``make run`` serves each request on its own thread, and every search embeds its question (and, in
ranking, the parts of it a memory does not share). Embedded one at a time, 50 concurrent searches
queue for the interpreter and for the store's lock: 12 ms each alone, a p50 of about 500 ms under 50
at once on 2 cores. Here a thread that needs vectors while another is computing waits for it, then
one of the waiting threads computes every text queued meanwhile in one batch: the encoder's cost is
mostly per call (Python around each of its 6 layers, small matrices), so a batch of 50 costs a few
single calls, not 50. Nothing waits when nothing else is running: a lone search embeds at once.

Vectors of texts seen before come from a bounded cache: the memories a caller's searches compare
the question with are the same few dozen texts, search after search.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float32]
CACHED_VECTORS = 4096  # 384 float32 each: 6 MB at most


class Encoder(Protocol):
    def embed(self, texts: Sequence[str]) -> Array: ...


class BatchingEncoder:
    """``embed`` over ``encoder``, batching the texts of concurrent callers (see the module)."""

    def __init__(self, encoder: Encoder, cached: int = CACHED_VECTORS) -> None:
        self._encoder = encoder
        self._ready = threading.Condition()
        self._queued: list[str] = []
        self._computing = False
        self._cache: OrderedDict[str, Array] = OrderedDict()
        self._cached = cached

    def embed(self, texts: Sequence[str]) -> list[Array]:
        """One unit vector per text, in order."""
        wanted = list(dict.fromkeys(texts))
        with self._ready:
            missing = [t for t in wanted if t not in self._cache]
            self._queued.extend(t for t in missing if t not in self._queued)
            while any(t not in self._cache for t in missing):
                if self._computing:
                    self._ready.wait()
                    continue
                batch, self._queued, self._computing = self._queued, [], True
                self._ready.release()
                try:
                    vectors = self._encoder.embed(batch) if batch else np.zeros((0, 0), dtype=np.float32)
                finally:
                    self._ready.acquire()
                    self._computing = False
                    self._ready.notify_all()
                for text, vector in zip(batch, vectors, strict=True):
                    self._cache[text] = vector
                # A text evicted before its waiter read it is queued again: never lost, only late.
                self._queued.extend(t for t in missing if t not in self._cache and t not in self._queued)
            found = {t: self._cache[t] for t in wanted}
            for text in wanted:
                self._cache.move_to_end(text)
            while len(self._cache) > self._cached:
                self._cache.popitem(last=False)
        return [found[t] for t in texts]
