"""The columns a filter splits respondents into, and each figure counted and suppressed in them.

Every figure is counted unfiltered (the "all" column, suppressed on its own) and, when a
respondent filter is used, in every column of that filter; the filter's columns are suppressed
as one grid against the unfiltered figures (see ``tables``), and the selected column is shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from consult.pipeline.summary.filters import ALL, FilterRefused, Filters, band_dimension, month_start, selected_columns
from consult.pipeline.summary.labels import NO_VENUE, SCALE, UNANSWERED, YES_NO, label, scale_label
from consult.pipeline.summary.results import AnswerInput, Option, QuestionInput, ResultsInput
from consult.pipeline.summary.suppression import FILTERED, PRIMARY, SECONDARY, Cell, suppress_count, suppress_group
from consult.pipeline.summary.tables import Grid, suppress_grid

ALL_COLUMN = (ALL, ALL)
Column = tuple[str, str]
Structural = Callable[[Hashable, Column], bool]


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def options_of(q: QuestionInput) -> tuple[Option, ...]:
    if q.options:
        return q.options
    if q.kind == "yes_no":
        return tuple(Option(v, label("yes_no", v), label("yes_no", v, "cy")) for v in YES_NO)
    return tuple(Option(v, scale_label(v), scale_label(v, "cy")) for v in SCALE)


class Cells(dict[Hashable, Cell]):
    """Suppressed cells by (row, column), with the true counts behind them (never shown)."""

    def __init__(self, cells: Mapping[Hashable, Cell], counts: Mapping[Hashable, int]) -> None:
        super().__init__(cells)
        self.counts = counts


class FilterColumns:
    """Which column each respondent falls in for every filter, which columns the filter selects,
    and every figure counted and suppressed in them."""

    def __init__(self, data: ResultsInput, filters: Filters, threshold: int,
                 by_question: Mapping[int, Sequence[AnswerInput]]) -> None:
        self.threshold = threshold
        self.bands = [q for q in data.questions if q.demographic and q.kind != "free_text"]
        choices = {q.id: {a.response_id: str(a.choice) for a in by_question.get(q.id, ())
                          if a.choice in {o.value for o in options_of(q)}} for q in self.bands}
        self.columns_of: dict[int, tuple[Column, ...]] = {}
        self.dimension_values: dict[str, set[str]] = defaultdict(set)
        for r in data.respondents:
            own: list[Column] = [("channel", r.channel), ("venue_type", r.venue_type or NO_VENUE),
                                 ("language", r.language), ("period", month_start(r.submitted_on).isoformat())]
            own += [(band_dimension(q.id), choices[q.id].get(r.id, UNANSWERED)) for q in self.bands]
            for name, value in own:
                self.dimension_values[name].add(value)
            self.columns_of[r.id] = (ALL_COLUMN, *own)
        months = sorted({month_start(r.submitted_on) for r in data.respondents})
        dim: str | None
        dim, chosen, self.note = selected_columns(filters, months)
        if filters.band is not None:
            band_q = next((q for q in self.bands if q.id == filters.band[0]), None)
            option = next((o.en for o in options_of(band_q) if o.value == filters.band[1]), None) if band_q else None
            if band_q is None or option is None:
                raise FilterRefused("That group is not an answer to one of this consultation's questions about "
                                    "the person: choose a group from the list.")
            self.note = f"People who answered \u201c{option}\u201d to \u201c{band_q.text_en}\u201d."
        if dim == "period" and {m.isoformat() for m in months} <= chosen:
            dim, chosen = None, frozenset({ALL})  # every month: the unfiltered figures, as they are
        self.dimension = dim
        self.column_in: dict[int, Column] = {}
        if dim is not None:
            for rid, mine in self.columns_of.items():
                self.column_in[rid] = next(c for c in mine if c[0] == dim)
        self.view: tuple[Column, ...] = (ALL_COLUMN,) if dim is None else tuple((dim, v) for v in sorted(chosen))
        view_set = set(self.view)
        self.selected_ids = {r.id for r in data.respondents if view_set.intersection(self.columns_of[r.id])}

    def anchored(self, rows: Sequence[Hashable], whole: Mapping[Hashable, int],
                  breakdowns: Sequence[tuple[Sequence[Hashable], Hashable]]) -> dict[Hashable, Cell]:
        """The unfiltered figures: breakdowns with secondary suppression, other counts on their own."""
        cells = {row: suppress_count(whole.get(row, 0), self.threshold) for row in rows}
        hidden_totals = set()
        for members, total in breakdowns:
            breakdown: dict[Any, int] = {m: whole.get(m, 0) for m in members}
            group = suppress_group(breakdown, whole.get(total, 0), self.threshold)
            cells.update(group.cells)
            if group.total.value is None:
                hidden_totals.add(total)
        for members, total in breakdowns:  # a total one breakdown had to hide is hidden in all of them
            if total in hidden_totals:
                cells[total] = Cell(None, PRIMARY if whole.get(total, 0) < self.threshold else SECONDARY,
                                    self.threshold)
                for m in members:
                    if cells[m].value is not None:
                        cells[m] = Cell(None, SECONDARY, self.threshold)
        return cells

    def suppress(self, rows: Sequence[Hashable], items: Iterable[tuple[Hashable, int]],
                  breakdowns: Sequence[tuple[Sequence[Hashable], Hashable]],
                  structural: Structural | None = None) -> Cells:
        """Count ``items`` (row, respondent id) unfiltered and in each column of the active filter,
        and suppress them (see ``tables``); cells by (row, column)."""
        fixed = structural or (lambda row, column: False)
        dim = self.dimension
        columns = [(dim, v) for v in sorted(self.dimension_values[dim])] if dim is not None else []
        counts: dict[Hashable, int] = {(row, ALL_COLUMN): 0 for row in rows}
        for row in rows:
            for column in columns:
                if not fixed(row, column):
                    counts[(row, column)] = 0
        for row, rid in items:
            counts[(row, ALL_COLUMN)] += 1
            if dim is not None:
                column = self.column_in[rid]
                if (row, column) in counts:
                    counts[(row, column)] += 1
        anchored = self.anchored(rows, {row: counts[(row, ALL_COLUMN)] for row in rows}, breakdowns)
        if dim is None:
            return Cells({(row, ALL_COLUMN): cell for row, cell in anchored.items()}, counts)
        grid = Grid(counts, fixed={(row, ALL_COLUMN): cell for row, cell in anchored.items()})
        for row in rows:
            grid.equations.append(([(row, c) for c in columns if (row, c) in counts], (row, ALL_COLUMN)))
        for members, total in breakdowns:
            for column in columns:
                if (total, column) in counts:
                    grid.equations.append(([(m, column) for m in members if (m, column) in counts],
                                           (total, column)))
        return Cells(suppress_grid(grid, self.threshold), counts)

    def pick(self, cells: Cells, row: Hashable) -> Cell:
        """The view's cell: one column as it is; several months added only when all are shown."""
        picked = [cells.get((row, column), Cell(0, None, self.threshold)) for column in self.view]
        if len(picked) == 1:
            return picked[0]
        if all(cell.value is not None for cell in picked):
            return Cell(sum(cell.value or 0 for cell in picked), None, self.threshold)
        # Months outside the range all shown: the range is the total less them, public anyway.
        outside = [cells.get((row, (str(self.dimension), v))) for v in self.dimension_values[str(self.dimension)]
                   if (str(self.dimension), v) not in self.view]
        whole = cells.get((row, ALL_COLUMN))
        if whole is not None and whole.value is not None and all(c is None or c.value is not None for c in outside):
            return Cell(whole.value - sum(c.value or 0 for c in outside if c is not None), None, self.threshold)
        return Cell(None, FILTERED, self.threshold)

    def in_view(self, cells: Cells, row: Hashable) -> bool:
        return any((row, column) in cells for column in self.view)

