"""The shapes of a consultation's results: plain frozen data every page, report and export reads.

Every count is a suppressed ``Cell`` (or a ``Group`` of them): a hidden count has ``value`` None
and says why. Built by ``consult.pipeline.summary.build`` from ``ResultsInput``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from consult.pipeline.summary.suppression import Cell, Group

# ---- input: what the service reads from the database, as plain data -------------------------


@dataclass(frozen=True)
class Option:
    value: str
    en: str
    cy: str


@dataclass(frozen=True)
class QuestionInput:
    id: int
    position: int
    kind: str  # free_text, single_choice, scale, yes_no
    text_en: str
    text_cy: str
    options: tuple[Option, ...] = ()
    demographic: bool = False


@dataclass(frozen=True)
class ThemeInput:
    id: int
    name: str
    name_cy: str = ""
    response_en: str = ""
    response_cy: str = ""


class RespondentInput(NamedTuple):
    """One stored response (a group entry counts once: its words can't be split between people).

    Named tuples, not dataclasses: a big consultation has tens of thousands of these to build fast.
    """

    id: int
    channel: str
    venue_type: str | None
    language: str
    submitted_on: date
    mediated: bool = False
    group_entry: bool = False
    participants: int = 1


class AnswerInput(NamedTuple):
    id: int
    response_id: int
    question_id: int
    choice: str | None = None
    text: str | None = None
    themes: tuple[int, ...] = ()  # theme ids, rejected codes left out
    sentiment: str | None = None


@dataclass(frozen=True)
class ResultsInput:
    title_en: str
    title_cy: str
    questions: tuple[QuestionInput, ...]
    themes: tuple[ThemeInput, ...]
    respondents: tuple[RespondentInput, ...]
    answers: tuple[AnswerInput, ...]
    chosen_quotes: dict[int, int] = field(default_factory=dict)  # answer id -> theme id


# ---- output ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    """A group's cells with their human labels, in the order shown."""

    key: str
    label_en: str
    label_cy: str
    cell: Cell
    percent: float | None = None


@dataclass(frozen=True)
class LabelledGroup:
    """A ``Group`` with labels in order: what charts, tables and exports read."""

    items: tuple[Labelled, ...]
    total: Cell

    @property
    def group(self) -> Group:
        return Group({item.key: item.cell for item in self.items}, self.total)


@dataclass(frozen=True)
class Quote:
    answer_id: int
    text: str
    chosen: bool  # picked by a reviewer (else picked automatically)
    sentiment: str | None = None


@dataclass(frozen=True)
class ThemeResult:
    theme_id: int
    name: str
    name_cy: str
    count: Cell
    percent: float | None
    sentiment: LabelledGroup  # positive, neutral, negative, mixed
    quotes: tuple[Quote, ...]
    response_en: str = ""
    response_cy: str = ""


@dataclass(frozen=True)
class QuestionResult:
    question_id: int
    position: int
    kind: str
    wording_en: str
    wording_cy: str
    answered: Cell
    options: LabelledGroup | None = None  # closed questions, in the order asked
    median: str | None = None  # scale: the median value when it can be shown safely
    median_label: str | None = None
    themes: tuple[ThemeResult, ...] = ()
    narrative: str = ""
    narrative_cy: str = ""  # the same paragraph in Welsh, from the same figures
    demographic: bool = False

    @property
    def theme_counts(self) -> LabelledGroup:
        """The themes as a labelled group (for a chart); themes overlap, so they need not add up."""
        return LabelledGroup(tuple(Labelled(str(t.theme_id), t.name, t.name_cy or t.name, t.count, t.percent)
                                   for t in self.themes), self.answered)


@dataclass(frozen=True)
class Results:
    title_en: str
    title_cy: str
    threshold: int
    audience: str
    first_day: date | None
    last_day: date | None
    respondents: Cell
    participants: Cell  # people, counting everyone present at a group entry
    by_channel: LabelledGroup
    by_venue_type: LabelledGroup
    by_language: LabelledGroup
    by_week: LabelledGroup
    mediated: Cell
    group_entries: Cell
    questions: tuple[QuestionResult, ...]
    filter_note: str = ""  # what the filter selected, in words
    nobody: bool = False  # no one has answered at all (a zero tells nothing about anyone)

    def title(self, language: str = "en") -> str:
        return self.title_cy if language == "cy" and self.title_cy else self.title_en

    def question(self, question_id: int) -> QuestionResult | None:
        return next((q for q in self.questions if q.question_id == question_id), None)
