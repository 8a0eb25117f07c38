"""The sentiment stored with an answer: scored on its anonymised words, read against its question.

One place for intake (every channel) and for re-scoring, so both store the same label: one of
positive, neutral, negative, or "mixed" when the answer holds a clear positive and a clear
negative part (the pipeline counts that as neutral; staff are shown it as it is).
"""

from __future__ import annotations

from dataclasses import dataclass

from consult.pipeline.sentiment import Sentiment
from consult.pipeline.sentiment import score as score_sentiment

MIXED = "mixed"


@dataclass(frozen=True)
class StoredSentiment:
    label: str
    polarity: float


def stored(sentiment: Sentiment) -> StoredSentiment:
    return StoredSentiment(MIXED if sentiment.mixed else sentiment.label, sentiment.polarity)


def score_answer(text: str, question: str | None) -> StoredSentiment:
    """The label and polarity to store for ``text``, answering ``question`` (its English wording)."""
    return stored(score_sentiment(text, question=question or None))
