"""Per-question copies of an answer's features, so a model can learn how each question colours them.

The same words read differently under different questions ("nothing" answering "what could we do
better?" is praise). Beside the shared features, each answer gets a second copy placed in its own
question's block (the "shared plus per-domain" feature augmentation, with each question a domain):
a linear model learns what holds everywhere from the shared copy and each question's departures
from its block. Questions with too few training answers, and questions never seen in training,
have no block and fall back on the shared features alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

_SPACE = re.compile(r"\s+")


def _key(question: str | None) -> str:
    return _SPACE.sub(" ", (question or "").strip().lower())


def question_vectoriser(questions: Sequence[str | None], max_words: int = 1) -> TfidfVectorizer | None:
    """TF-IDF of the questions' own words, or None when they hold no words at all (blank or "?"),
    so a model never keeps question features it cannot fill."""
    vectoriser = TfidfVectorizer(ngram_range=(1, max_words), sublinear_tf=True)
    try:
        return vectoriser.fit([q or "" for q in questions])
    except ValueError:  # empty vocabulary
        return None


class QuestionBlocks:
    """Learns which questions are common enough to get a block, then copies features into them."""

    def __init__(self, min_answers: int = 30) -> None:
        self.min_answers = min_answers
        self.known: dict[str, int] = {}

    def fit(self, questions: Sequence[str | None]) -> QuestionBlocks:
        counts = Counter(_key(q) for q in questions)
        common = sorted(k for k, n in counts.items() if k and n >= self.min_answers)
        self.known = {k: i for i, k in enumerate(common)}
        return self

    def cross(self, features: sparse.spmatrix, questions: Sequence[str | None] | None) -> sparse.csr_matrix:
        """``features`` (answers x F) copied into each answer's question block: answers x (blocks * F)."""
        matrix = sparse.csr_matrix(features)
        rows, width = matrix.shape
        if not self.known:
            return sparse.csr_matrix((rows, 0))
        block = np.asarray([self.known.get(_key(q), -1) for q in (questions or [None] * rows)])
        keep = np.repeat(block >= 0, np.diff(matrix.indptr))
        shifted = matrix.indices + np.repeat(np.maximum(block, 0), np.diff(matrix.indptr)) * width
        counts = np.bincount(np.repeat(np.arange(rows), np.diff(matrix.indptr))[keep], minlength=rows)
        indptr = np.concatenate([[0], np.cumsum(counts)])
        return sparse.csr_matrix((matrix.data[keep], shifted[keep], indptr), shape=(rows, width * len(self.known)))
