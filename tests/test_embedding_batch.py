"""Concurrent embeddings as one batch (``agentic_memory_ops.embedding_batch``): what lets ``make run``
answer a burst of searches at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from agentic_memory_ops.embedding_batch import BatchingEncoder


class GatedEncoder:
    """Vectors that name their text's length; its first call waits at a gate, as a busy encoder would."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.gate = threading.Event()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            assert self.gate.wait(10)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def until(condition: object, what: str) -> None:
    deadline = time.monotonic() + 10
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, what
        time.sleep(0.005)


def test_texts_asked_for_while_the_encoder_is_busy_are_embedded_together_and_each_gets_its_own() -> None:
    encoder = GatedEncoder()
    batching = BatchingEncoder(encoder)
    results: dict[str, float] = {}

    def ask(text: str) -> None:
        results[text] = float(batching.embed([text])[0][0])

    first = threading.Thread(target=ask, args=("first question",))
    first.start()
    until(lambda: encoder.calls, "the first text reached the encoder")
    others = [threading.Thread(target=ask, args=("q" * n,)) for n in range(1, 11)]
    for thread in others:
        thread.start()
    until(lambda: len(batching._queued) == 10, "the ten texts queued behind the busy encoder")
    encoder.gate.set()
    for thread in [first, *others]:
        thread.join(10)

    assert encoder.calls[0] == ["first question"]
    assert sorted(encoder.calls[1]) == sorted("q" * n for n in range(1, 11))  # one batch, not ten calls
    assert len(encoder.calls) == 2
    assert results == {"first question": 14.0, **{"q" * n: float(n) for n in range(1, 11)}}


def test_a_text_seen_before_is_not_embedded_again_and_order_follows_the_request() -> None:
    encoder = GatedEncoder()
    encoder.gate.set()
    batching = BatchingEncoder(encoder, cached=2)
    assert [v[0] for v in batching.embed(["bb", "a", "bb"])] == [2.0, 1.0, 2.0]
    batching.embed(["a"])
    assert encoder.calls == [["bb", "a"]]
    batching.embed(["ccc", "dddd"])  # the cache holds two: "bb" and "a" are gone
    batching.embed(["a"])
    assert encoder.calls[-1] == ["a"]


def test_an_encoder_failure_reaches_the_caller_and_the_next_call_works() -> None:
    class Failing(GatedEncoder):
        def embed(self, texts: Sequence[str]) -> np.ndarray:
            if not self.calls:
                self.calls.append(list(texts))
                raise RuntimeError("encoder failed")
            self.gate.set()
            return super().embed(texts)

    batching = BatchingEncoder(Failing())
    with pytest.raises(RuntimeError, match="encoder failed"):
        batching.embed(["x"])
    assert float(batching.embed(["x"])[0][0]) == 1.0
