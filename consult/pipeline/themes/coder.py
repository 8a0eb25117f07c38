"""Multi-label theme coding that blends the codebook (zero-shot) with confirmed answers (learned).

``Coder(codebook)`` codes from the codebook alone; ``fit`` with confirmed answers adds a learned
model for every theme with enough examples (the codebook's zero-shot scores among its features).
Each theme's score is then a blend: the codebook's score and the learned one, the learned share
chosen by how well it coded the decided answers out of fold (better than the codebook, or it gets
none) and shrunk by how many examples it had, so a few decisions can only help and a theme the
reviewers have not taught keeps its codebook score. With no learned share anywhere the coder is
exactly the untrained one. Answers are assigned as the untrained coder assigns them (themes over
0.5 near the best; else the best if it is at all likely; else a catch-all). Each assignment
carries its reasons: the words matched, or the nearest confirmed answers with that theme.
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
# the learned model's share of a theme's score is chosen from these (else 0: codebook only) ...
_SHARES = (0.5, 0.75, 1.0)
# ... then shrunk by positives / (positives + _EVIDENCE): three confirmed answers earn at most 60%
_EVIDENCE = 2.0


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


def _f1(predicted: np.ndarray, truth: np.ndarray) -> float:
    tp = int((predicted & truth).sum())
    return 2 * tp / max(1, int(predicted.sum()) + int(truth.sum()))


def _blend_weights(learned: LearnedCoder, untrained: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """How far to trust the learned model over the codebook, per theme: the share (from a small
    grid) whose blend codes the decided answers best out of fold, the codebook winning ties;
    then shrunk by the theme's number of positive examples. 0 for themes it was not trained on."""
    out = np.zeros(labels.shape[1])
    for k in np.flatnonzero(learned.trained):
        truth, zero = labels[:, k], untrained[:, k]
        oof = _squash(learned.out_of_fold[:, k], learned.thresholds[k:k + 1])
        best, best_f1 = 0.0, _f1(zero >= 0.5, truth)
        for share in _SHARES:
            f1 = _f1(share * oof + (1 - share) * zero >= 0.5, truth)
            if f1 > best_f1:
                best, best_f1 = share, f1
        positives = int(truth.sum())
        out[k] = best * positives / (positives + _EVIDENCE)
    return out


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
            questions: Sequence[str] | None = None,
            rejected: Sequence[Sequence[str]] | None = None) -> Coder:
        """Learn from people's decisions (and the questions answered, when every one is known);
        names not in the codebook are ignored; may be empty. A theme an answer was not confirmed
        for counts as absent from it. ``rejected`` (the themes a reviewer rejected, one list per
        answer) keeps an answer with nothing confirmed as an example of what it is not. (Measured
        with bench/review_learning.py: learning only from rejections, or weighting unconfirmed
        themes down, coded held-out answers worse; reviewers confirm what is there.)"""
        index = {name: k for k, name in enumerate(self.names)}
        asked = list(questions) if questions is not None else [""] * len(texts)
        refused = list(rejected) if rejected is not None else [[] for _ in texts]
        rows = []
        for text, question, themes, no in zip(texts, asked, theme_lists, refused, strict=True):
            yes = [index[n] for n in themes if n in index]
            if yes or any(n in index for n in no):
                rows.append((text, question, yes))
        labels = np.zeros((len(rows), len(self.names)), dtype=bool)
        for row, (_, _, yes) in enumerate(rows):
            labels[row, yes] = True
        train = [t for t, _, _ in rows]
        train_questions = [q for _, q, _ in rows] if questions is not None else None
        self._fitted, self._blend = False, np.zeros(len(self.names))
        if train and bool((labels.sum(axis=0) >= MIN_POSITIVES).any()):
            self._learned.fit(train, labels, self._zero_shot.score(train).confidence, train_questions)
            untrained = self._zero_shot.score(train, train_questions, exclusive=True).confidence
            self._blend = _blend_weights(self._learned, untrained, labels)
            self._fitted = bool(self._blend.any())
        if self._fitted:
            self._train_vectors = self._learned.word_vectors(train)
            self._train_labels, self._train_texts = labels, train
        return self

    def _score(self, texts: list[str], words: sparse.csr_matrix | None = None, questions: list[str] | None = None,
               ) -> tuple[np.ndarray, list[dict[int, list[str]]]]:
        zero = self._zero_shot.score(texts, questions, exclusive=True)  # the untrained coder's view
        if not self._fitted:
            return zero.confidence, zero.matched
        features = self._zero_shot.score(texts).confidence  # the learned model's features, as trained
        probabilities = self._learned.probabilities(texts, features, words, questions)
        learned = _squash(probabilities, self._learned.thresholds)
        blended = self._blend * learned + (1.0 - self._blend) * zero.confidence
        return blended, zero.matched

    def _assign(self, confidence: np.ndarray) -> list[list[int]]:
        return zero_shot_assign(confidence, self._zero_shot.catch_all)

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
