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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from consult.pipeline.summary.labels import label, month_label


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


def band_dimension(question_id: int) -> str:
    return f"band:{question_id}"


def selected_columns(filters: Filters, months: Sequence[date]) -> tuple[str | None, frozenset[str], str]:
    """The filter's dimension (None: no respondent filter), the columns it selects, and a note.

    ``months`` are the first days of the months that have answers (for a period filter).
    """
    dims = filters.dimensions
    if len(dims) > 1:
        raise FilterRefused("Choose one of channel, venue type, language, period or group at a time: "
                            "combining them could let a small number of people be worked out.")
    if not dims:
        return None, frozenset({ALL}), ""
    dim = dims[0]
    if dim == "period":
        first = month_start(filters.since) if filters.since else None
        last = month_start(filters.until) if filters.until else None
        chosen = frozenset(m.isoformat() for m in months
                           if (first is None or m >= first) and (last is None or m <= last))
        start = month_label(first) if first else "the first answer"
        end = month_label(last) if last else "the latest answer"
        return dim, chosen, f"Answers from {start} to {end} (whole months)."
    if dim == "band":
        assert filters.band is not None
        return band_dimension(filters.band[0]), frozenset({filters.band[1]}), ""
    value = str(getattr(filters, dim))
    return dim, frozenset({value}), f"{label(dim, value)} only."


ALL = "all"
