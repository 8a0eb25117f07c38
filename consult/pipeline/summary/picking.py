"""Pick quotes for a theme fast: typical of what the group said, varied in tone, never near-copies.

A quote's typicality is how common its words are among the group's answers (words of three letters
or more); answers of 6 to 40 words read best. Pure Python on a bounded sample, so a theme with
thousands of answers costs no more than one with fifty.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SAMPLE = 80
_NEAR_COPY = 0.6
_MAX_CHARS = 300


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def spread(count: int) -> list[int]:
    """Evenly spread positions: the sample covers the whole period, not only the first answers."""
    if count <= _SAMPLE:
        return list(range(count))
    step = count / _SAMPLE
    return sorted({int(i * step) for i in range(_SAMPLE)})


def pick(texts: Sequence[str], tones: Sequence[str | None], count: int = 3) -> list[int]:
    """Positions in ``texts`` of up to ``count`` quotes: the most typical of each tone first."""
    pool = [i for i in spread(len(texts)) if texts[i].strip() and len(texts[i]) <= _MAX_CHARS]
    if not pool:
        return []
    words = {i: _words(texts[i]) for i in pool}
    frequency: Counter[str] = Counter(w for i in pool for w in words[i])

    def score(i: int) -> tuple[bool, float, int]:
        size = len(texts[i].split())
        typical = sum(frequency[w] for w in words[i]) / (len(words[i]) or 1)
        return (not 6 <= size <= 40, -typical, i)

    order = sorted(pool, key=score)
    tone_counts = Counter(tones[i] for i in pool if tones[i])
    firsts = [next(i for i in order if tones[i] == tone) for tone, _ in tone_counts.most_common()]
    chosen: list[int] = []
    for i in firsts + order:
        if len(chosen) == count:
            break
        if i in chosen:
            continue
        if all(_overlap(words[i], words[j]) < _NEAR_COPY for j in chosen):
            chosen.append(i)
    return chosen


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / (len(a | b) or 1)
