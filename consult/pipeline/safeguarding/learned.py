"""A learned second opinion beside the rules: logistic regression over word and character n-grams.

It catches phrasings nobody wrote a rule for (character n-grams see "cuttin", "ladd" inside
"lladdodd"), never clears what a rule raised, and is trained when first needed from the
project's own examples (``pipeline/data/safeguarding_examples.jsonl``), so there is no opaque
weights file. Scoring is pure Python over the fitted weights (no scikit-learn call per answer),
which keeps it to tens of microseconds. A flag names the nearest training example's kind and
the n-grams that pushed hardest.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from consult.pipeline.safeguarding.context import mask_idioms
from consult.pipeline.safeguarding.normalise import normalise

_WORD = re.compile(r"\w\w+|\w")
# P(risk) above which the model flags. Trained on the dev files and own examples and scored on the
# eval files beside the first rules written (before anyone read the eval misses), 0.7 added 16 to
# 22 points of recall for 4 to 5 points of false flags (README, Analysis).
THRESHOLD = 0.7
MIN_WORDS = 4


@dataclass(frozen=True)
class Example:
    """One labelled answer the model learns from."""

    text: str
    risk: bool
    kind: str


@dataclass(frozen=True)
class Opinion:
    """The model's view of one answer."""

    probability: float
    nearest_kind: str
    strongest: tuple[str, ...]


def features(text: str) -> list[str]:
    """Word unigrams and bigrams and character 3- and 4-grams within words, on normalised text."""
    norm = normalise(text)  # idioms stay: the examples teach the model what "killing me" means in context
    words = _WORD.findall(norm)
    out = [f"w:{w}" for w in words]
    out += [f"w:{a} {b}" for a, b in pairwise(words)]
    for word in words:
        padded = f" {word} "
        for n in (3, 4):
            out += [f"c:{padded[i:i + n]}" for i in range(max(1, len(padded) - n + 1))]
    return out


class LearnedScreen:
    """Weights fitted by scikit-learn, applied in pure Python."""

    def __init__(self, idf: dict[str, float], coef: dict[str, float], intercept: float,
                 examples: Any, kinds: list[str], threshold: float = THRESHOLD) -> None:
        self._idf, self._coef, self._intercept = idf, coef, intercept
        self._column = {name: i for i, name in enumerate(idf)}
        self._examples, self._kinds, self._threshold = examples, kinds, threshold

    @classmethod
    def train(cls, examples: list[Example], threshold: float = THRESHOLD) -> LearnedScreen:
        """Fit TF-IDF and a class-balanced logistic regression on ``examples``."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectoriser = TfidfVectorizer(analyzer=features, min_df=2, sublinear_tf=True)
        matrix = vectoriser.fit_transform([e.text for e in examples])
        model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
        model.fit(matrix, [e.risk for e in examples])
        names = vectoriser.get_feature_names_out()
        idf = dict(zip(names, (float(v) for v in vectoriser.idf_), strict=True))
        coef = dict(zip(names, (float(v) for v in model.coef_[0]), strict=True))
        risky = [i for i, e in enumerate(examples) if e.risk]
        return cls(idf, coef, float(model.intercept_[0]), matrix[risky].tocsc(), [examples[i].kind for i in risky],
                   threshold)

    def _vector(self, text: str) -> dict[str, float]:
        counts = Counter(f for f in features(text) if f in self._idf)
        weights = {f: (1.0 + math.log(c)) * self._idf[f] for f, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {f: w / norm for f, w in weights.items()}

    def probability(self, text: str) -> float:
        """P(risk) for ``text``: cheap, run on every answer the rules did not flag."""
        vector = self._vector(text)
        logit = self._intercept + sum(w * self._coef[f] for f, w in vector.items())
        return 1.0 / (1.0 + math.exp(-logit))

    def opinion(self, text: str) -> Opinion:
        """Probability of risk, the kind of the most similar risk example, and the strongest n-grams.

        Dearer than ``probability`` (it compares with every risk example): run it on flags only.
        """
        vector = self._vector(text)
        pushes = {f: w * self._coef[f] for f, w in vector.items()}
        probability = 1.0 / (1.0 + math.exp(-(self._intercept + sum(pushes.values()))))
        ranked = sorted((f for f in pushes if pushes[f] > 0), key=lambda f: (not f.startswith("w:"), -pushes[f]))
        strongest = tuple(dict.fromkeys(f[2:].strip() for f in ranked))[:3]
        columns = [self._column[f] for f in vector]
        similarity = self._examples[:, columns] @ [vector[f] for f in vector] if columns else [0.0]
        nearest = self._kinds[int(max(range(len(similarity)), key=similarity.__getitem__))] if self._kinds else ""
        return Opinion(probability, nearest, strongest)

    def flags(self, text: str) -> bool:
        """Whether the model alone would flag ``text``: it must, and again with the idioms taken out.

        A few words are too little evidence ("stop", "hi", an SMS keyword): the rules alone judge
        answers under ``MIN_WORDS``. The second look keeps hyperbole such as "mum will murder me
        if ..." out of the queue.
        """
        if len(_WORD.findall(text)) < MIN_WORDS or self.probability(text) <= self._threshold:
            return False
        return self.probability(mask_idioms(normalise(text))) > self._threshold


def bundled_examples() -> list[Example]:
    """The project's own labelled examples, shipped with the package."""
    text = resources.files("consult.pipeline").joinpath("data/safeguarding_examples.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [Example(str(r["text"]), bool(r["risk"]), str(r["kind"])) for r in rows]


@cache
def default_screen() -> LearnedScreen:
    """The model trained on the bundled examples, fitted once per process."""
    return LearnedScreen.train(bundled_examples())
