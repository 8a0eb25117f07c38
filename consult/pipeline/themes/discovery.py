"""Suggest new themes from answers no existing theme fits.

Answers are clustered on TF-IDF word vectors (reduced with SVD, then k-means with a fixed seed, so
the same answers give the same suggestions). Each cluster big enough becomes a suggestion named
from its strongest terms, with three representative quotes: close to the centre but not
near-duplicates of each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer

from consult.pipeline.themes.lexicon import STOP_WORDS

_QUOTES = 3
_DUPLICATE = 0.8
_MAX_DIMENSIONS = 50


@dataclass(frozen=True)
class SuggestedTheme:
    """A proposed theme: a name from key terms, how many answers, quotes and which answers."""

    name: str
    size: int
    quotes: tuple[str, ...]
    member_indices: tuple[int, ...]


def _quotes(texts: Sequence[str], members: np.ndarray, vectors: np.ndarray, centre: np.ndarray) -> tuple[str, ...]:
    order = members[np.argsort(-(vectors[members] @ centre), kind="stable")]
    chosen: list[int] = []
    for i in order:
        if all(float(vectors[i] @ vectors[j]) < _DUPLICATE for j in chosen):
            chosen.append(int(i))
        if len(chosen) == _QUOTES:
            break
    return tuple(texts[i] for i in chosen)


def discover(texts: Sequence[str], min_size: int = 5, max_themes: int = 10, seed: int = 0) -> list[SuggestedTheme]:
    """Cluster answers into suggested themes of at least ``min_size`` answers, largest first."""
    items = list(texts)
    if len(items) < max(2, min_size):
        return []
    vectoriser = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                 stop_words=sorted(STOP_WORDS), token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z']+\b")
    try:
        tfidf = vectoriser.fit_transform(items)
    except ValueError:  # no term occurs twice: nothing to group on
        return []
    terms = np.asarray(vectoriser.get_feature_names_out())
    dimensions = min(_MAX_DIMENSIONS, tfidf.shape[1] - 1, len(items) - 1)
    with np.errstate(divide="ignore", invalid="ignore"):  # identical answers: no variance to explain
        reduced = (TruncatedSVD(dimensions, random_state=seed).fit_transform(tfidf) if dimensions >= 2
                   else tfidf.toarray())
    norms = np.linalg.norm(reduced, axis=1, keepdims=True)
    vectors = np.divide(reduced, norms, out=np.zeros_like(reduced), where=norms > 0)
    distinct = len(np.unique(vectors.round(6), axis=0))
    clusters = max(1, min(max_themes, len(items) // max(1, min_size), distinct))
    assignment = (KMeans(clusters, n_init=4, random_state=seed).fit_predict(vectors) if clusters > 1
                  else np.zeros(len(items), dtype=int))
    dense = tfidf.toarray() if tfidf.shape[0] * tfidf.shape[1] < 5_000_000 else None
    suggestions = []
    for cluster in range(clusters):
        members = np.flatnonzero((assignment == cluster) & (norms[:, 0] > 0))
        if members.size < min_size:
            continue
        weights = (dense[members] if dense is not None else tfidf[members].toarray()).mean(axis=0)
        top = [str(terms[i]) for i in np.argsort(-weights, kind="stable")[:3] if weights[i] > 0]
        centre = vectors[members].mean(axis=0)
        name = ", ".join(top).capitalize() if top else "Unnamed group"
        suggestions.append(SuggestedTheme(name, int(members.size), _quotes(items, members, vectors, centre),
                                          tuple(int(i) for i in members)))
    return sorted(suggestions, key=lambda s: (-s.size, s.name))
