"""Zero-shot coding from the codebook alone: a new consultation has no confirmed answers yet.

Each theme gets weighted terms from its name (and everyday synonyms of the name's words), its
keywords, its description and its examples. An answer scores a theme by the terms it contains,
each weighted down when many themes share it; the matched terms are the explanation.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from consult.pipeline.themes.codebook import Codebook
from consult.pipeline.themes.lexicon import (
    STOP_STEMS,
    STOP_WORDS,
    content_stems,
    expansions,
    phrase_stem,
    stem,
    tokens,
)

_NAME, _NAME_PHRASE, _SYNONYM, _KEYWORD, _DESCRIPTION, _EXAMPLE = 1.0, 1.5, 0.6, 1.0, 0.35, 0.25
_STEEPNESS = 1.1
_MAX_GRAM = 4
CATCH_ALL = re.compile(r"^\s*(?:other|none|not assigned|unassigned|no theme|uncoded|labelling not possible)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class ZeroShotResult:
    """Confidences (answers x themes) and the words of each answer that matched, per theme."""

    confidence: np.ndarray
    matched: list[dict[int, list[str]]]


class ZeroShot:
    """Keyword and synonym scorer built from a codebook; deterministic and fast."""

    def __init__(self, codebook: Codebook) -> None:
        self.names = codebook.names
        self.catch_all = tuple(i for i, n in enumerate(self.names) if CATCH_ALL.search(n))
        per_theme: list[dict[str, float]] = []
        for i, theme in enumerate(codebook.themes):
            terms: dict[str, float] = {}

            def add(term: str, weight: float, terms: dict[str, float] = terms) -> None:
                if term and term not in STOP_STEMS:
                    terms[term] = max(terms.get(term, 0.0), weight)

            if i not in self.catch_all:
                words = [w for w in tokens(theme.name) if w not in STOP_WORDS and w not in "&+"]
                add(phrase_stem(" ".join(words)), _NAME_PHRASE)
                for word in words:
                    add(stem(word), _NAME)
                    for synonym in expansions(word):
                        add(synonym, _SYNONYM)
            for keyword in theme.keywords:
                add(phrase_stem(keyword), _KEYWORD)
            for word in content_stems(theme.description):
                add(word, _DESCRIPTION)
            for example in theme.examples:
                for word in content_stems(example):
                    add(word, _EXAMPLE)
            per_theme.append(terms)
        sharing: dict[str, int] = defaultdict(int)
        for terms in per_theme:
            for term in terms:
                sharing[term] += 1
        self._index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, terms in enumerate(per_theme):
            for term, weight in terms.items():
                self._index[term].append((i, weight / math.sqrt(sharing[term])))

    def score(self, texts: list[str]) -> ZeroShotResult:
        """Confidence in [0, 1) for every theme, from the weights of the terms matched."""
        raw = np.zeros((len(texts), len(self.names)))
        matched: list[dict[int, list[str]]] = []
        for row, text in enumerate(texts):
            words = tokens(text)
            stems = [stem(t) for t in words]
            found: dict[int, list[str]] = defaultdict(list)
            seen: set[str] = set()
            for n in range(1, _MAX_GRAM + 1):
                for start in range(len(stems) - n + 1):
                    gram = " ".join(stems[start:start + n])
                    if gram in seen or gram not in self._index:
                        continue
                    seen.add(gram)
                    for theme, weight in self._index[gram]:
                        raw[row, theme] += weight
                        found[theme].append(" ".join(words[start:start + n]))
            matched.append(dict(found))
        return ZeroShotResult(1.0 - np.exp(-_STEEPNESS * raw), matched)


def zero_shot_assign(confidence: np.ndarray, catch_all: tuple[int, ...], threshold: float = 0.5,
                     relative: float = 0.6, floor: float = 0.2) -> list[list[int]]:
    """Themes above ``threshold`` and near the best; else the best if above ``floor``; else a catch-all."""
    out: list[list[int]] = []
    for row in confidence:
        best = float(row.max()) if row.size else 0.0
        chosen = [int(i) for i in np.flatnonzero((row >= threshold) & (row >= relative * best))]
        if not chosen and best >= floor:
            chosen = [int(row.argmax())]
        if not chosen and catch_all:
            chosen = [catch_all[0]]
        out.append(chosen)
    return out
