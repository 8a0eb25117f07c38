"""Multi-label theme coding that blends the codebook (zero-shot) with confirmed answers (learned).

``Coder(codebook)`` codes from the codebook alone; ``fit`` with confirmed answers adds a learned
model for every theme with enough examples, and the codebook's zero-shot scores become features
of that model (and still code themes that have too few examples). Every answer gets at least one
theme when anything fits at all: the best one is kept with its (lower) confidence rather than
dropping the answer. Confidence 0.5 is each theme's decision threshold; each assignment carries
its reasons: the words matched, or the nearest confirmed answers with that theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from consult.pipeline.themes.codebook import Codebook
from consult.pipeline.themes.discovery import SuggestedTheme, discover
from consult.pipeline.themes.learned import MIN_POSITIVES, LearnedCoder
from consult.pipeline.themes.zeroshot import ZeroShot, zero_shot_assign

__all__ = ["Coder", "SuggestedTheme", "ThemeScore", "discover"]

_NEIGHBOURS = 2
_QUOTE_CHARS = 80
_CHUNK = 2000


@dataclass(frozen=True)
class ThemeScore:
    """One theme given to an answer: confidence in [0, 1] (0.5 = threshold) and why."""

    name: str
    confidence: float
    reasons: tuple[str, ...]


def _asked(questions: Sequence[str] | None, n: int) -> list[str] | None:
    """Questions as plain strings (a missing one is blank), or None when none were given."""
    if questions is None:
        return None
    asked = [q if isinstance(q, str) else "" for q in questions]
    if len(asked) != n:
        raise ValueError(f"{len(asked)} questions for {n} answers")
    return asked


def _squash(p: np.ndarray, threshold: np.ndarray) -> np.ndarray:
    """Rescale probabilities so each theme's own threshold sits at 0.5."""
    below = 0.5 * p / np.maximum(threshold, 1e-9)
    above = 0.5 + 0.5 * (p - threshold) / np.maximum(1.0 - threshold, 1e-9)
    squashed: np.ndarray = np.where(p >= threshold, above, below)
    return squashed


class Coder:
    """Codes answers against one codebook; deterministic for the same inputs."""

    def __init__(self, codebook: Codebook, c: float = 4.0) -> None:
        self.codebook = codebook
        self.names = codebook.names
        self._zero_shot = ZeroShot(codebook)
        self._learned = LearnedCoder(c=c)
        self._fitted = False
        self._train_vectors = sparse.csr_matrix((0, 0))
        self._train_labels = np.zeros((0, len(self.names)), dtype=bool)
        self._train_texts: list[str] = []

    @property
    def uses_questions(self) -> bool:
        """Whether the learned model reads each answer's question (it was trained with them)."""
        return self._fitted and self._learned.uses_questions

    def fit(self, texts: Sequence[str], theme_lists: Sequence[Sequence[str]],
            questions: Sequence[str] | None = None) -> Coder:
        """Learn from confirmed answers (and the questions they answer, when every one is known);
        names not in the codebook are ignored; may be empty."""
        index = {name: k for k, name in enumerate(self.names)}
        asked = list(questions) if questions is not None else [""] * len(texts)
        triples = [(t, q, [index[n] for n in themes if n in index])
                   for t, q, themes in zip(texts, asked, theme_lists, strict=True)]
        triples = [(t, q, ks) for t, q, ks in triples if ks]
        labels = np.zeros((len(triples), len(self.names)), dtype=bool)
        for row, (_, _, ks) in enumerate(triples):
            labels[row, ks] = True
        train = [t for t, _, _ in triples]
        self._fitted = bool(train) and bool((labels.sum(axis=0) >= MIN_POSITIVES).any())
        if self._fitted:
            self._learned.fit(train, labels, self._zero_shot.score(train).confidence,
                              [q for _, q, _ in triples] if questions is not None else None)
            self._train_vectors = self._learned.word_vectors(train)
            self._train_labels, self._train_texts = labels, train
        return self

    def _score(self, texts: list[str], words: sparse.csr_matrix | None = None, questions: list[str] | None = None,
               ) -> tuple[np.ndarray, list[dict[int, list[str]]]]:
        zero = (self._zero_shot.score(texts) if self._fitted  # the learned model's features, as trained
                else self._zero_shot.score(texts, questions, exclusive=True))
        if not self._fitted:
            return zero.confidence, zero.matched
        probabilities = self._learned.probabilities(texts, zero.confidence, words, questions)
        blended = np.where(self._learned.trained, _squash(probabilities, self._learned.thresholds),
                           zero.confidence)
        return blended, zero.matched

    def _assign(self, confidence: np.ndarray) -> list[list[int]]:
        if not self._fitted:
            return zero_shot_assign(confidence, self._zero_shot.catch_all)
        out = []
        for row in confidence:
            chosen = [int(k) for k in np.flatnonzero(row >= 0.5)]
            out.append(chosen or ([int(row.argmax())] if row.size else []))
        return out

    def _neighbours(self, words: sparse.csr_matrix, assigned: list[list[int]]) -> list[dict[int, list[str]]]:
        """For each assigned theme, the nearest confirmed answers that carry it."""
        out: list[dict[int, list[str]]] = [{} for _ in assigned]
        members = [np.flatnonzero(self._train_labels[:, k]) for k in range(len(self.names))]
        for start in range(0, len(assigned), _CHUNK):
            similarity = (words[start:start + _CHUNK] @ self._train_vectors.T).toarray()
            for offset, row in enumerate(similarity):
                for k in assigned[start + offset]:
                    similar = members[k][row[members[k]] > 0]
                    best = similar[np.argsort(-row[similar], kind="stable")[:_NEIGHBOURS]]
                    out[start + offset][k] = [self._train_texts[int(i)][:_QUOTE_CHARS] for i in best]
        return out

    def code(self, texts: Sequence[str], questions: Sequence[str] | None = None) -> list[tuple[ThemeScore, ...]]:
        """The themes of each answer, most confident first, each with its reasons; ``questions``
        (one per answer) are used when the coder was trained with questions."""
        items = [t if isinstance(t, str) else "" for t in texts]
        words = self._learned.word_vectors(items) if self._fitted and items else None
        confidence, matched = self._score(items, words, _asked(questions, len(items)))
        assigned = self._assign(confidence)
        neighbours = self._neighbours(words, assigned) if words is not None else [{} for _ in items]
        out = []
        for row, chosen in enumerate(assigned):
            scores = []
            for k in sorted(chosen, key=lambda k: (-confidence[row, k], k)):
                reasons = [f"words: {', '.join(matched[row][k])}"] if matched[row].get(k) else []
                reasons += [f'like "{quote}"' for quote in neighbours[row].get(k, [])]
                if not reasons:
                    reasons = ["no theme fitted well: best available"]
                scores.append(ThemeScore(self.names[k], round(float(confidence[row, k]), 4), tuple(reasons)))
            out.append(tuple(scores))
        return out

    def unthemed(self, coded: Sequence[tuple[ThemeScore, ...]]) -> list[int]:
        """Indices of answers no theme fits well (only a fallback or catch-all theme)."""
        catch_all = {self.names[k] for k in self._zero_shot.catch_all}
        return [i for i, scores in enumerate(coded)
                if not any(s.confidence >= 0.5 and s.name not in catch_all for s in scores)]
