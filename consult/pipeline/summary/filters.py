"""What a results page may be narrowed to, and how a filter splits respondents into columns.

One respondent filter at a time (channel, venue type, language, period or a demographic band),
plus the question to show. Why only one: each filter's values split everyone into columns of one
table whose hiding pattern is chosen as a whole (see ``tables``), so no view can be subtracted
from another or from the total to uncover a small count. Two filters at once would cut people
into cells of a many-way table (channel by language by age band ...) that this rule does not
cover; the page says so instead of showing figures that could be differenced.

Periods are whole calendar months (a date range is widened to the months it touches): arbitrary
dates would let two nearly equal ranges be subtracted to isolate one day's answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from consult.pipeline.summary.labels import NO_VENUE, UNANSWERED, label, month_label
from consult.pipeline.summary.results import RespondentInput


class Audience(StrEnum):
    STAFF = "staff"  # internal threshold (5)
    FACILITATOR = "facilitator"  # internal threshold, their venues only
    PUBLIC = "public"  # published threshold (10): public page, exports, reports, forum preview


@dataclass(frozen=True)
class Filters:
    """Every figure on a page obeys the same filters."""

    question_id: int | None = None  # show only this question's section
    channel: str | None = None  # kiosk / sms / facilitator / import
    venue_type: str | None = None  # VenueType value, or "none" for no venue
    language: str | None = None  # "en" / "cy"
    since: date | None = None
    until: date | None = None
    band: tuple[int, str] | None = None  # (demographic question id, option value)

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The respondent filters in use (the question filter only picks a section)."""
        used = [("channel", self.channel), ("venue_type", self.venue_type), ("language", self.language),
                ("band", self.band)]
        names = [name for name, value in used if value is not None]
        if self.since is not None or self.until is not None:
            names.append("period")
        return tuple(names)


class FilterRefused(ValueError):
    """A filter that would let a small number be worked out; the message says what to do."""


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


@dataclass(frozen=True)
class Split:
    """How the active filter splits respondents: each one's column and the columns selected."""

    dimension: str | None
    column_of: dict[int, str]  # respondent id -> column key
    selected: frozenset[str]
    note: str


def split(filters: Filters, respondents: tuple[RespondentInput, ...],
          band_choices: dict[int, str], band_label: str = "") -> Split:
    """Columns for ``filters`` (one column "all" when no respondent filter is set).

    ``band_choices`` maps respondent id -> their answer to the band question (when a band is set).
    """
    dims = filters.dimensions
    if len(dims) > 1:
        raise FilterRefused("Choose one of channel, venue type, language, period or group at a time: "
                            "combining them could let a small number of people be worked out.")
    if not dims:
        return Split(None, {r.id: "all" for r in respondents}, frozenset({"all"}), "")
    dim = dims[0]
    if dim == "period":
        first = month_start(filters.since) if filters.since else None
        last = month_end(filters.until) if filters.until else None
        column_of = {r.id: month_start(r.submitted_on).isoformat() for r in respondents}
        months = set(column_of.values())
        selected = frozenset(m for m in months if (first is None or m >= first.isoformat())
                             and (last is None or m <= last.isoformat()))
        start = month_label(first) if first else "the start"
        end = month_label(month_start(last)) if last else "the latest answer"
        return Split(dim, column_of, selected, f"Answers from {start} to {end} (whole months).")
    if dim == "band":
        assert filters.band is not None
        column_of = {r.id: band_choices.get(r.id, UNANSWERED) for r in respondents}
        return Split(dim, column_of, frozenset({filters.band[1]}), f"People who answered {band_label}.")
    value = str(getattr(filters, dim))
    if dim == "channel":
        column_of = {r.id: r.channel for r in respondents}
    elif dim == "venue_type":
        column_of = {r.id: r.venue_type or NO_VENUE for r in respondents}
    else:
        column_of = {r.id: r.language for r in respondents}
    return Split(dim, column_of, frozenset({value}), f"{label(dim, value)} only.")
