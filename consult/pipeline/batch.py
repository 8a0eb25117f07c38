"""Batch theme and sentiment coding of JSON lines (the `consult theme` command's engine).

Input lines are ``{"id", "text", ...}``; optional training lines are ``{"text", "themes": [names],
"sentiment"?: 1-5}`` (1-2 positive, 3 neutral or mixed, 4-5 negative). Output lines are
``{"id", "themes": [names], "sentiment": {"label", "polarity"}}``, one per input, in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from consult.pipeline.codebook import Codebook
from consult.pipeline.sentiment import SentimentModel, label_from_scale
from consult.pipeline.theme import Coder


def _text(row: Mapping[str, Any]) -> str:
    value = row.get("text")
    return value if isinstance(value, str) else ""


def _scale(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 5 else None


def train_models(codebook: Codebook, train: Iterable[Mapping[str, Any]] | None) -> tuple[Coder, SentimentModel]:
    """A coder and a sentiment model, trained on ``train`` when given (else codebook-only)."""
    coder, sentiment = Coder(codebook), SentimentModel()
    rows = list(train or [])
    if rows:
        coder.fit([_text(r) for r in rows], [list(r.get("themes") or []) for r in rows])
        labelled = [(_text(r), label_from_scale(_scale(r.get("sentiment")))) for r in rows]
        sentiment.fit([t for t, lab in labelled if lab], [lab for _, lab in labelled if lab])
    return coder, sentiment


def run_theme_batch(codebook: Codebook, inputs: Iterable[Mapping[str, Any]],
                    train: Iterable[Mapping[str, Any]] | None, out: TextIO) -> int:
    """Code every input line and write one prediction line each; returns the number written."""
    coder, sentiment = train_models(codebook, train)
    rows = list(inputs)
    texts = [_text(r) for r in rows]
    for row, themes, feeling in zip(rows, coder.code(texts), sentiment.predict(texts), strict=True):
        out.write(json.dumps({
            "id": row.get("id"),
            "themes": [t.name for t in themes],
            "sentiment": {"label": feeling.label, "polarity": feeling.polarity},
        }, ensure_ascii=False) + "\n")
    return len(rows)
