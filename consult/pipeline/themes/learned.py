"""Learned coding from confirmed answers: one logistic regression per theme, tuned thresholds.

Features are TF-IDF word and character n-grams (character n-grams carry misspellings and slang)
plus the zero-shot confidences, so the codebook's words keep helping once labels arrive. When the
answers come with their questions, the question's words, its lean (asking what was good or what to
change) crossed with the answer's words, and a per-question copy of the answer's words
(``question_context``) join them: "staff" answering "what could we do better?" is a different
signal from "staff" answering "what was good?". Each theme's decision threshold is chosen by
internal cross-validation to maximise its F1, shrunk towards 0.5 when the theme has few examples,
so rare themes are neither silenced nor sprayed. The out-of-fold probabilities are kept
(``out_of_fold``): the coder judges from them, per theme, how far to trust this model over the codebook.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from consult.pipeline.question_context import QuestionBlocks, question_vectoriser
from consult.pipeline.sentiment import question_lean

MIN_POSITIVES = 3
_FOLDS = 4
_SHRINK = 20.0
_GRID = np.round(np.arange(0.1, 0.91, 0.025), 3)


def _vectorisers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True,
                            max_features=80000)
    return words, chars


def _best_threshold(probabilities: np.ndarray, truth: np.ndarray) -> float:
    """The grid threshold with the best F1, shrunk towards 0.5 for themes with few positives."""
    positives = int(truth.sum())
    best, best_f1 = 0.5, -1.0
    for threshold in _GRID:
        predicted = probabilities >= threshold
        tp = int((predicted & truth).sum())
        f1 = 2 * tp / max(1, int(predicted.sum()) + positives)
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(threshold), f1
    return (positives * best + _SHRINK * 0.5) / (positives + _SHRINK)


class LearnedCoder:
    """Per-theme classifiers over text features plus the zero-shot confidences."""

    def __init__(self, c: float = 4.0, extra_weight: float = 1.0, balanced: bool = True, seed: int = 0) -> None:
        self.c, self.extra_weight, self.balanced, self.seed = c, extra_weight, balanced, seed
        self._blocks = QuestionBlocks()
        self._questions: TfidfVectorizer | None = None
        self.trained: np.ndarray = np.zeros(0, dtype=bool)
        self.thresholds: np.ndarray = np.zeros(0)
        self._words, self._chars = _vectorisers()
        self._models: dict[int, LogisticRegression] = {}
        self.out_of_fold: np.ndarray = np.zeros((0, 0))

    @property
    def uses_questions(self) -> bool:
        return self._questions is not None

    def _features(self, texts: list[str], extra: np.ndarray, words: sparse.csr_matrix,
                  questions: list[str] | None = None) -> sparse.csr_matrix:
        blocks = [words, self._chars.transform(texts), sparse.csr_matrix(extra * self.extra_weight)]
        if self._questions is not None:
            asked = questions if questions is not None else [""] * len(texts)
            lean = np.asarray([question_lean(q) for q in asked])
            blocks += [self._questions.transform(asked), sparse.csr_matrix(lean[:, None]),
                       sparse.diags(lean) @ words, self._blocks.cross(words, asked)]
        return sparse.hstack(blocks).tocsr()

    def word_vectors(self, texts: list[str]) -> sparse.csr_matrix:
        """Unit-length word TF-IDF vectors, for finding the nearest confirmed answers."""
        return self._words.transform(texts)

    def _fit_label(self, features: sparse.csr_matrix, truth: np.ndarray) -> LogisticRegression:
        model = LogisticRegression(C=self.c, solver="liblinear", dual=True,
                                   class_weight="balanced" if self.balanced else None)
        return model.fit(features, truth)

    def fit(self, texts: list[str], labels: np.ndarray, extra: np.ndarray,
            questions: list[str] | None = None) -> LearnedCoder:
        """Train on answers x themes booleans (with each answer's question, if known); themes with
        too few positives stay untrained."""
        self._models = {}
        # A theme needs a few positives and at least one negative to learn from (a reviewer's first
        # confirmations may all be of one theme).
        self.trained = (labels.sum(axis=0) >= MIN_POSITIVES) & ~labels.all(axis=0)
        self.thresholds = np.full(labels.shape[1], 0.5)
        self._chars.fit(texts)
        self._questions = None if questions is None else question_vectoriser(questions)
        self._blocks.fit(questions if self._questions is not None and questions is not None else [])
        features = self._features(texts, extra, self._words.fit_transform(texts), questions)
        out_of_fold = np.zeros(labels.shape)
        # Few confirmed answers at first (a reviewer's first three): never more folds than answers.
        folds = KFold(min(_FOLDS, len(texts)), shuffle=True, random_state=self.seed).split(texts)
        for train, test in folds:
            for k in np.flatnonzero(self.trained):
                truth = labels[train, k]
                if truth.any() and not truth.all():
                    out_of_fold[test, k] = self._fit_label(features[train], truth).predict_proba(
                        features[test])[:, 1]
        for k in np.flatnonzero(self.trained):
            self.thresholds[k] = _best_threshold(out_of_fold[:, k], labels[:, k].astype(bool))
            self._models[int(k)] = self._fit_label(features, labels[:, k])
        self.out_of_fold = out_of_fold
        return self

    def probabilities(self, texts: list[str], extra: np.ndarray, words: sparse.csr_matrix | None = None,
                      questions: list[str] | None = None) -> np.ndarray:
        """P(theme) for trained themes (zeros for the others); pass ``word_vectors`` if known, and
        each answer's question when the coder was trained with questions (else they count as blank)."""
        out = np.zeros((len(texts), len(self.trained)))
        if not texts or not self._models:
            return out
        features = self._features(texts, extra, self.word_vectors(texts) if words is None else words, questions)
        for k, model in self._models.items():
            out[:, k] = model.predict_proba(features)[:, 1]
        return out
