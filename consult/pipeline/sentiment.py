"""Sentiment of an answer: positive, neutral (or mixed) or negative, with a polarity in [-1, 1].

TextBlob's bundled lexicon is the base signal (no NLTK corpora are touched). It is used in two
ways:

* untrained (``score``): TextBlob polarity plus a small lexicon of service-feedback words TextBlob
  does not know ("rude", "waited", "ignored", "sound"), cut at calibrated thresholds; an answer
  with a clearly positive and a clearly negative clause is "neutral" (mixed).
* trained (``SentimentModel.fit``): TextBlob's whole-answer and per-clause polarities and the
  cue counts become dense features beside TF-IDF word and character n-grams, and a class-balanced
  logistic regression learns from supplied labels. Polarity is then P(positive) - P(negative).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from textblob.en import sentiment as _textblob

Label = Literal["positive", "neutral", "negative"]
LABELS: tuple[Label, ...] = ("positive", "neutral", "negative")

POSITIVE_AT = 0.12  # asymmetric: TextBlob leans positive on service feedback
NEGATIVE_AT = -0.05
MIXED_AT = (0.3, -0.2)  # a clause at least this positive and one at least this negative
_CUE_WEIGHT = 0.35
_DENSE_WEIGHT = 1.5

_NEGATIVE_CUES = re.compile(
    r"\b(?:rude|ignored|ignore|waited|waiting|wait|waits|late|delay\w*|dismiss\w*|useless|nobody|no\s+one"
    r"|never|shout\w*|worse|cancell?ed|sanction\w*|judged|judging|struggl\w*|lied|lying|unhelpful|cold"
    r"|hours|ages|not\s+(?:listened|helped|help|good|great|happy|enough)|didn'?t|couldn'?t|wouldn'?t|wasn'?t"
    r"|can'?t|won'?t|refused|lost|stress\w*|upset\w*|angry|scared|disgust\w*|joke|shite?|crap|rubbish"
    r"|shambles|scum|dirt|treated\s+like|no\s+help|let\s+(?:me|us)\s+down|complain\w*|problem\w*)\b"
)
_POSITIVE_CUES = re.compile(
    r"\b(?:thanks?|thank\s+you|cheers|helpful|kind|caring|brill\w*|fab\w*|sound|spot\s+on|respect\w*"
    r"|listened|supportive|lovely|friendly|reassur\w*|polite|efficient|professional|quick|prompt"
    r"|grateful|appreciat\w*|safe|sorted|smashing|ace|amazing|excellent|outstanding|superb|pleasant)\b"
)
_NOT_FEELINGS = re.compile(r"\b(?:more|most|less)\b", re.IGNORECASE)  # TextBlob scores "more" +0.5
_CLAUSES = re.compile(r"[.!?;,\n]+|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b")


@dataclass(frozen=True)
class Sentiment:
    """Sentiment of one answer; polarity runs from -1 (negative) to 1 (positive)."""

    label: Label
    polarity: float


def _textblob_polarity(text: str) -> tuple[float, float]:
    """TextBlob (polarity, subjectivity), ignoring quantity words it wrongly scores as feelings."""
    polarity, subjectivity = _textblob(_NOT_FEELINGS.sub(" ", text))
    return float(polarity), float(subjectivity)


def _cues(text: str) -> tuple[int, int]:
    lowered = text.lower().replace("\u2019", "'")
    return len(_POSITIVE_CUES.findall(lowered)), len(_NEGATIVE_CUES.findall(lowered))


def _nudged(text: str, base: float | None = None) -> float:
    """TextBlob polarity (``base`` if already known) moved by the cue lexicon, within [-1, 1]."""
    positive, negative = _cues(text)
    start = _textblob_polarity(text)[0] if base is None else base
    value = start + _CUE_WEIGHT * (math.tanh(positive) - math.tanh(negative))
    return max(-1.0, min(1.0, value))


def rule_polarity(text: str, base: float | None = None) -> tuple[float, float, float]:
    """Nudged polarity of the whole answer, and of its most positive and most negative clause."""
    parts = [part for part in _CLAUSES.split(text.lower()) if part.strip()]
    whole = _nudged(text, base)
    clauses = [whole] if len(parts) == 1 else [_nudged(part) for part in parts] or [0.0]
    return whole, max(clauses), min(clauses)


def _rule(text: str) -> Sentiment:
    polarity, best, worst = rule_polarity(text)
    if best >= MIXED_AT[0] and worst <= MIXED_AT[1]:
        return Sentiment("neutral", round(polarity, 4))
    if polarity >= POSITIVE_AT:
        return Sentiment("positive", round(polarity, 4))
    if polarity <= NEGATIVE_AT:
        return Sentiment("negative", round(polarity, 4))
    return Sentiment("neutral", round(polarity, 4))


def score(text: str) -> Sentiment:
    """Untrained sentiment: calibrated TextBlob plus the feedback cue lexicon."""
    return _rule(text)


def _dense(texts: Sequence[str]) -> sparse.csr_matrix:
    rows = []
    for text in texts:
        base, subjectivity = _textblob_polarity(text)
        polarity, best, worst = rule_polarity(text, base)
        positive, negative = _cues(text)
        contrast = 1.0 if re.search(r"\b(?:but|however|although|though|except|apart\s+from|only)\b",
                                    text.lower()) else 0.0
        rows.append([base, subjectivity, polarity, best, worst, best - worst, math.tanh(positive),
                     math.tanh(negative), contrast, math.log1p(len(text.split())) / 4])
    return sparse.csr_matrix(np.asarray(rows, dtype=np.float64) * _DENSE_WEIGHT)


class SentimentModel:
    """Learned sentiment on supplied labels, falling back to the rule until fitted."""

    def __init__(self, c: float = 2.0) -> None:
        self._c = c
        self._vectoriser: FeatureUnion | None = None
        self._model: LogisticRegression | None = None

    @property
    def fitted(self) -> bool:
        return self._model is not None

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> SentimentModel:
        """Learn from (text, label) pairs; fewer than two classes or ten answers keeps the rule."""
        pairs = [(t, lab) for t, lab in zip(texts, labels, strict=True) if lab in LABELS]
        if len(pairs) < 10 or len({lab for _, lab in pairs}) < 2:
            return self
        self._vectoriser = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2,
                                      sublinear_tf=True, max_features=60000)),
        ])
        train = [t for t, _ in pairs]
        features = sparse.hstack([self._vectoriser.fit_transform(train), _dense(train)]).tocsr()
        self._model = LogisticRegression(C=self._c, class_weight="balanced", max_iter=2000)
        self._model.fit(features, [lab for _, lab in pairs])
        return self

    def predict(self, texts: Sequence[str]) -> list[Sentiment]:
        """Sentiment for each text, in order."""
        if self._model is None or self._vectoriser is None:
            return [_rule(t) for t in texts]
        if not texts:
            return []
        features = sparse.hstack([self._vectoriser.transform(list(texts)), _dense(texts)]).tocsr()
        probabilities = self._model.predict_proba(features)
        classes = list(self._model.classes_)
        out = []
        for row in probabilities:
            p = dict(zip(classes, row, strict=True))
            polarity = float(p.get("positive", 0.0) - p.get("negative", 0.0))
            label: Label = max(LABELS, key=lambda c: p.get(c, -1.0))
            out.append(Sentiment(label, round(polarity, 4)))
        return out


def label_from_scale(value: int | None) -> Label | None:
    """Map a 1-5 rating (1 = very positive) to a class: 1-2 positive, 3 neutral, 4-5 negative."""
    if value is None:
        return None
    return "positive" if value <= 2 else "neutral" if value == 3 else "negative"
