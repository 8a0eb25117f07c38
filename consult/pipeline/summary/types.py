"""The shapes a summary is built from and returns: plain frozen data, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass

from consult.pipeline.summary.suppression import Cell, Group


@dataclass(frozen=True)
class Answer:
    """One free-text answer: anonymised text, its themes and its sentiment label."""

    question_id: str
    text: str
    themes: tuple[str, ...] = ()
    sentiment: str | None = None


@dataclass(frozen=True)
class Response:
    """One respondent's answers, with how and where they answered."""

    channel: str
    venue_type: str | None
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class ThemeSummary:
    """One theme in one question: how many raised it, their tone, quotes, change since before."""

    name: str
    count: Cell
    percent: float | None
    sentiment: Group
    mostly: str | None
    quotes: tuple[str, ...]
    change_points: float | None


@dataclass(frozen=True)
class QuestionSummary:
    question_id: str
    question: str
    answered: Cell
    themes: tuple[ThemeSummary, ...]
    narrative: str


@dataclass(frozen=True)
class Summary:
    consultation: str
    threshold: int
    respondents: Cell
    by_channel: Group
    by_venue_type: Group
    questions: tuple[QuestionSummary, ...]
