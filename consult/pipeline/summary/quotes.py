"""Pick representative quotes: central to what a group said, varied in tone, never near-copies."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

_NEAR_COPY = 0.7
_MIN_WORDS = 4
_MAX_CHARS = 300


def representative(texts: Sequence[str], tones: Sequence[str | None], count: int = 3) -> tuple[str, ...]:
    """Up to ``count`` quotes: the most central of each tone first (commonest tone first), then
    the next most central; answers shorter than a few words only if nothing else is left."""
    candidates = [i for i, t in enumerate(texts) if t.strip() and len(t) <= _MAX_CHARS]
    if not candidates:
        return ()
    pool = [texts[i] for i in candidates]
    try:
        vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(pool)
    except ValueError:  # no words at all (emoji only)
        return tuple(pool[:count])
    centre = np.asarray(vectors.mean(axis=0)).ravel()
    centrality = vectors @ centre
    long_enough = np.array([len(t.split()) >= _MIN_WORDS for t in pool])
    order = sorted(range(len(pool)), key=lambda i: (not long_enough[i], -centrality[i], i))
    tone_of = [tones[i] for i in candidates]
    commonest = sorted({t for t in tone_of if t}, key=lambda t: (-tone_of.count(t), t))
    firsts = [next(i for i in order if tone_of[i] == tone) for tone in commonest]
    chosen: list[int] = []
    for i in firsts + order:
        if len(chosen) == count:
            break
        if i in chosen:
            continue
        if all(float((vectors[i] @ vectors[j].T).toarray()[0, 0]) < _NEAR_COPY for j in chosen):
            chosen.append(i)
    return tuple(pool[i] for i in chosen)
