"""Zero-shot coding from the codebook alone: a new consultation has no confirmed answers yet.

Each theme gets weighted terms from its name (and everyday synonyms of the name's words), its
keywords, its description and its examples. An answer scores a theme by the terms it contains,
each weighted down when many themes share it; the matched terms are the explanation.

The question is evidence too: an answer to "tell us about your contact with the police" is about
the police even when it says only "they laughed at me". A question that names a theme outright
(one of the theme's own name words, and a strong score) makes it the answer's topic: with one
such theme every answer carries it; with several ("mental health, or drugs or alcohol") an
answer carries those it points to at all, or, pointing to nothing else, the question's first.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from consult.pipeline.sentiment_cues import asks_for_needs
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
# a theme that lists its own keywords has said which words signal it: the single words of its
# name ("support", "community", "experience", "needs") are then only as good as a keyword
_NAME_WITH_KEYWORDS = 0.6
# a place or thing in the scope of "instead of", "rather than", "not the" is where the person
# was NOT taken ("took me to hospital instead of the cells"): weak evidence of its theme
_AVOIDED = 0.25
_AVOIDED_SCOPE = 4
_AVOIDING = re.compile(r"\b(?:instead\s+of|rather\s+than|(?:treated|treat|treats|treating|talked\s+to|spoke\s+to"
                       r"|looked\s+at|look\s+at)\s+(?:me|us|him|her|them|you)\s+(?:like|as)\s+(?:a|an)?|not\s+(?:to\s+)?(?:the|a|an|into|in)|never\s+(?:went|been"
                       r"|taken|sent|put)\s+(?:to|in|into)?\s*(?:the|a|an)?|saved\s+me\s+(?:from|a))\s*$")
_STEEPNESS = 1.1
_TOPIC_AT = 0.75  # a question scoring a theme this high, through one of its name words, names it
_TOPIC_KEYWORDS_AT = 0.85  # or, its best theme, this high through its keywords alone ("where are you living")
_TOPIC_HINT = 0.2  # under a question naming several themes, this much of one in the answer picks it
_TOPIC_CONFIDENCE = 0.75
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
        self._name_words: list[set[str]] = []
        # questions name their topics in the themes' own words, so they are read at full name weight
        self._topic_index = self._build(codebook, _NAME)
        self._index = self._build(codebook, _NAME_WITH_KEYWORDS)

    def _build(self, codebook: Codebook, keyed_name: float) -> dict[str, list[tuple[int, float]]]:
        per_theme: list[dict[str, float]] = []
        self._name_words = []
        for i, theme in enumerate(codebook.themes):
            terms: dict[str, float] = {}

            def add(term: str, weight: float, terms: dict[str, float] = terms) -> None:
                if term and term not in STOP_STEMS:
                    terms[term] = max(terms.get(term, 0.0), weight)

            words = [w for w in tokens(theme.name) if w not in STOP_WORDS and w not in "&+"]
            self._name_words.append(set() if i in self.catch_all else {stem(w) for w in words}
                                    | {phrase_stem(" ".join(words))})
            if i not in self.catch_all:
                add(phrase_stem(" ".join(words)), _NAME_PHRASE)
                for word in words:
                    add(stem(word), keyed_name if theme.keywords else _NAME)
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
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, terms in enumerate(per_theme):
            for term, weight in terms.items():
                index[term].append((i, weight / math.sqrt(sharing[term])))
        return index

    def score(self, texts: list[str], questions: Sequence[str] | None = None,
              exclusive: bool = False) -> ZeroShotResult:
        """Confidence in [0, 1) for every theme, from the weights of the terms matched and, when
        given, the themes each answer's question names. ``exclusive`` (coding from the codebook
        alone) counts a word inside a longer matched phrase only for that phrase's themes; a
        learned model given these scores as features weighs overlapping evidence itself."""
        needs = [asks_for_needs(q) for q in questions] if questions is not None else None
        result = self._score_words(texts, exclusive, needs)
        if questions is not None:
            for row, question in enumerate(questions):
                self._apply_topics(result, row, self.topics(question or ""))
        return result

    @lru_cache(maxsize=256)  # noqa: B019 - a consultation has a handful of questions; one scorer each
    def topics(self, question: str) -> tuple[int, ...]:
        """Themes the question names outright, in the order it names them."""
        if not question.strip():
            return ()
        scored = self._score_words([question], exclusive=True, index=self._topic_index)
        stems = " ".join(stem(t) for t in tokens(question))
        named = {k: min(stems.find(t) for t in names)
                 for k, terms in scored.matched[0].items()
                 if scored.confidence[0, k] >= _TOPIC_AT
                 and (names := {phrase_stem(t) for t in terms} & self._name_words[k])}
        best = int(scored.confidence[0].argmax())
        if not named and scored.confidence[0, best] >= _TOPIC_KEYWORDS_AT and best not in self.catch_all:
            return (best,)
        return tuple(sorted(named, key=lambda k: (named[k], k)))

    def _apply_topics(self, result: ZeroShotResult, row: int, topics: tuple[int, ...]) -> None:
        if not topics:
            return
        confidence = result.confidence[row]
        chosen = [k for k in topics if confidence[k] >= _TOPIC_HINT] if len(topics) > 1 else list(topics)
        others = [k for k in range(len(confidence)) if k not in topics and confidence[k] >= 0.5]
        if not chosen and not others:
            chosen = [topics[0]]
        for k in chosen:
            if confidence[k] < _TOPIC_CONFIDENCE:
                confidence[k] = _TOPIC_CONFIDENCE
            result.matched[row].setdefault(k, []).append("(the question asks about it)")

    def _score_words(self, texts: list[str], exclusive: bool, needs: Sequence[bool] | None = None,
                     index: dict[str, list[tuple[int, float]]] | None = None) -> ZeroShotResult:
        index = self._index if index is None else index
        raw = np.zeros((len(texts), len(self.names)))
        matched: list[dict[int, list[str]]] = []
        for row, text in enumerate(texts):
            words = tokens(unframed(text))
            stems = [stem(t) for t in words]
            # answering what would have helped, "instead of the cells" names what did happen
            avoided = set() if needs is not None and needs[row] else _avoided(words)
            found: dict[int, list[str]] = defaultdict(list)
            seen: set[str] = set()
            # a word inside a longer matched phrase counts only for that phrase's themes: "mental
            # health" is not evidence for "Health services", nor "old bill" for "Money ... bills"
            owners: dict[int, set[int]] = {}
            for n in range(_MAX_GRAM, 0, -1):
                for start in range(len(stems) - n + 1):
                    gram = " ".join(stems[start:start + n])
                    if gram in seen or gram not in index:
                        continue
                    seen.add(gram)
                    span = range(start, start + n)
                    inside = (set.union(*(owners[i] for i in span))
                              if exclusive and all(i in owners for i in span) else None)
                    for i in span:
                        owners.setdefault(i, set()).update(t for t, _ in index[gram])
                    share = _AVOIDED if start in avoided else 1.0
                    for theme, weight in index[gram]:
                        if inside is not None and theme not in inside:
                            continue
                        raw[row, theme] += weight * share
                        found[theme].append(" ".join(words[start:start + n]))
            matched.append(dict(found))
        return ZeroShotResult(1.0 - np.exp(-_STEEPNESS * raw), matched)


# words that frame an answer, not its content: a facilitator's note ("Participant said", "Group
# felt", "A woman in the group described") and idioms ("to be fair", "fair play")
_FRAMING = re.compile(
    r"^\W*(?:the\s+)?(?:participants?|group(?:\s+members)?|several\s+members|members|(?:a|one|another)\s+\w+"
    r"(?:\s+\w+)?\s+in\s+the\s+group|she|he|they)\s+(?:said|says|felt|feels|agreed|described|reported|suggested"
    r"|told\s+us|explained|mentioned|wanted)(?:\s+that)?\b"
    r"|\b(?:to\s+be\s+fair|fair\s+play|fair\s+enough|in\s+fairness|to\s+be\s+honest|at\s+the\s+end\s+of\s+the\s+day)\b",
    re.IGNORECASE)


def unframed(text: str) -> str:
    """The answer without a facilitator's framing words or idioms that name no theme."""
    return _FRAMING.sub(" ", text)


def _avoided(words: list[str]) -> set[int]:
    """Positions of the words in the scope of "instead of", "rather than", "not the" and the like."""
    out: set[int] = set()
    for k in range(1, len(words)):
        if _AVOIDING.search(" ".join(words[max(0, k - 4):k])):
            out.update(range(k, min(len(words), k + _AVOIDED_SCOPE)))
    return out


def zero_shot_assign(confidence: np.ndarray, catch_all: tuple[int, ...], threshold: float = 0.5,
                     relative: float = 0.6, floor: float = 0.3) -> list[list[int]]:
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
