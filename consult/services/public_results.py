"""What the public results page and a forum's preview show: suppressed counts, themes, quotes, responses.

Both audiences outside the office see the same thing, at the published threshold (10): who took
part, and per free-text question its themes with counts, quotes and the PCC's response. Every
count is a suppressed ``Cell``; a quote appears once on the page, under one theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from consult.data import themes as theme_data
from consult.models import Consultation, Theme
from consult.pipeline.summary.suppression import Cell
from consult.services.summaries import summarise_consultation

CHANNELS = ("kiosk", "sms", "facilitator", "import")
VENUE_TYPES = ("womens_centre", "hostel", "probation_forum", "approved_premises", "drop_in", "other", "none")


@dataclass(frozen=True)
class ThemeView:
    theme_id: int | None
    name_en: str
    name_cy: str
    count: Cell
    percent: float | None
    quotes: tuple[str, ...]
    response_en: str
    response_cy: str

    def name(self, language: str) -> str:
        return self.name_cy if language == "cy" and self.name_cy else self.name_en

    def response(self, language: str) -> str:
        return self.response_cy if language == "cy" and self.response_cy else self.response_en


@dataclass(frozen=True)
class QuestionView:
    question_id: int
    wording_en: str
    wording_cy: str
    answered: Cell
    themes: tuple[ThemeView, ...]

    def wording(self, language: str) -> str:
        return self.wording_cy if language == "cy" and self.wording_cy else self.wording_en


@dataclass(frozen=True)
class PublicResults:
    title_en: str
    title_cy: str
    threshold: int
    respondents: Cell
    by_channel: tuple[tuple[str, Cell], ...]  # (Channel value, count), in a fixed order
    by_venue_type: tuple[tuple[str, Cell], ...]  # (VenueType value or "none", count)
    questions: tuple[QuestionView, ...]

    def title(self, language: str) -> str:
        return self.title_cy if language == "cy" and self.title_cy else self.title_en


def public_results(consultation: Consultation) -> PublicResults:
    """The consultation's results as anyone outside the office may see them (threshold 10)."""
    summary = summarise_consultation(consultation.slug, published=True)
    themes = {theme.name: theme for theme in theme_data.list_themes(consultation.id)}
    wording = {str(q.id): q for q in consultation.questions}
    seen: set[str] = set()
    questions = []
    for question in summary.questions:
        asked = wording[question.question_id]
        views = tuple(_theme_view(t.name, t.count, t.percent, t.quotes, themes.get(t.name), seen)
                      for t in question.themes)
        questions.append(QuestionView(asked.id, asked.text_en, asked.text_cy, question.answered, views))
    return PublicResults(
        consultation.title_en,
        consultation.title_cy,
        summary.threshold,
        summary.respondents,
        _ordered(summary.by_channel.cells, CHANNELS),
        _ordered(summary.by_venue_type.cells, VENUE_TYPES),
        tuple(questions),
    )


def _theme_view(name: str, count: Cell, share: float | None, quotes: tuple[str, ...], theme: Theme | None,
                seen: set[str]) -> ThemeView:
    """A quote already shown under another theme is not repeated."""
    fresh = tuple(quote for quote in quotes if quote not in seen)
    seen.update(fresh)
    return ThemeView(
        theme.id if theme else None,
        name,
        theme.name_cy if theme else "",
        count,
        share,
        fresh,
        theme.response_en if theme else "",
        theme.response_cy if theme else "",
    )


def _ordered(cells: dict[str, Cell], order: tuple[str, ...]) -> tuple[tuple[str, Cell], ...]:
    known = [(key, cells[key]) for key in order if key in cells]
    return tuple(known + [(key, cell) for key, cell in cells.items() if key not in order])
