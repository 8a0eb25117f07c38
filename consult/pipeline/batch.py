"""Batch theme and sentiment coding of JSON lines (the `consult theme` command's engine).

Input lines are ``{"id", "text", "question"?, ...}``; optional training lines are ``{"text",
"question"?, "themes": [names], "sentiment"?: 1-5}`` (1-2 positive, 3 neutral or mixed, 4-5
negative). Output lines are ``{"id", "themes": [names], "sentiment": {"label", "polarity"}}``, one
per input, in order. The question an answer responds to is context: the models learn from it only
when every training line and every input line carries one, so no model waits for features it
will not get; codebook-only sentiment reads the lean of any question given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from consult.pipeline.sentiment import SentimentModel, label_from_scale
from consult.pipeline.themes.codebook import Codebook
from consult.pipeline.themes.coder import Coder


def _text(row: Mapping[str, Any]) -> str:
    value = row.get("text")
    return value if isinstance(value, str) else ""


def _question(row: Mapping[str, Any]) -> str | None:
    value = row.get("question")
    return value if isinstance(value, str) and value.strip() else None


def _scale(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 5 else None


def all_have_questions(rows: Sequence[Mapping[str, Any]]) -> bool:
    """True when there are rows and every one carries a non-blank question."""
    return bool(rows) and all(_question(r) is not None for r in rows)


def train_models(codebook: Codebook, train: Iterable[Mapping[str, Any]] | None,
                 with_questions: bool = False) -> tuple[Coder, SentimentModel]:
    """A coder and a sentiment model, trained on ``train`` when given (else codebook-only); with
    ``with_questions`` they also learn from each training line's question."""
    coder, sentiment = Coder(codebook), SentimentModel()
    rows = list(train or [])
    if rows:
        questions = [_question(r) or "" for r in rows] if with_questions else None
        coder.fit([_text(r) for r in rows], [list(r.get("themes") or []) for r in rows], questions)
        labelled = [(_text(r), label_from_scale(_scale(r.get("sentiment"))), _question(r)) for r in rows]
        kept = [(t, lab, q) for t, lab, q in labelled if lab]
        sentiment.fit([t for t, _, _ in kept], [lab for _, lab, _ in kept],
                      [q for _, _, q in kept] if with_questions else None)
    return coder, sentiment


def run_theme_batch(codebook: Codebook, inputs: Iterable[Mapping[str, Any]],
                    train: Iterable[Mapping[str, Any]] | None, out: TextIO) -> int:
    """Code every input line and write one prediction line each; returns the number written."""
    rows, train_rows = list(inputs), list(train or [])
    with_questions = all_have_questions(rows) and all_have_questions(train_rows)
    coder, sentiment = train_models(codebook, train_rows, with_questions)
    texts = [_text(r) for r in rows]
    asked = [_question(r) for r in rows]
    coded = coder.code(texts, [q or "" for q in asked] if with_questions else None)
    # untrained sentiment reads any question's lean on its own; a trained model only those it learnt with
    feelings = sentiment.predict(texts, asked if with_questions or not sentiment.fitted else None)
    for row, themes, feeling in zip(rows, coded, feelings, strict=True):
        out.write(json.dumps({
            "id": row.get("id"),
            "themes": [t.name for t in themes],
            "sentiment": {"label": feeling.label, "polarity": feeling.polarity},
        }, ensure_ascii=False) + "\n")
    return len(rows)
