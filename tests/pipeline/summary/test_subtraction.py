"""No suppressed cell can be recovered by subtracting views: an attacker's audit by linear programming.

For each filter dimension, every view a person can open (the unfiltered one and one per value,
and month ranges for periods) is read as published, and every published figure becomes a linear
constraint on the true counts (a shown number: equal; "fewer than N": at most N-1; "not shown":
at least N, as it was a shown count hidden to protect another; a filtered view's "not shown":
nothing). For every hidden cell the test
then asks the solver for its smallest and largest possible value: if they meet, the cell was
recoverable and the test fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import numpy as np
import pytest
from scipy.optimize import linprog

from consult.pipeline.summary.build import build_results
from consult.pipeline.summary.filters import FilterRefused, Filters, month_start
from consult.pipeline.summary.results import LabelledGroup, Results, ResultsInput
from consult.pipeline.summary.suppression import PRIMARY, SECONDARY, Cell
from tests.pipeline.summary.factories import consultation

THRESHOLD = 5


def _families(results: Results, dimension: str) -> Iterator[tuple[str, dict[str, Cell], Cell | None]]:
    """Every published figure family: (name, cells by row, the additive total or None)."""
    yield "respondents", {"x": results.respondents}, None
    yield "mediated", {"x": results.mediated}, None
    yield "group entries", {"x": results.group_entries}, None
    groups = {"channel": results.by_channel, "venue_type": results.by_venue_type, "language": results.by_language,
              "period": results.by_week}
    for name, group in groups.items():
        if name != dimension:  # a breakdown by the filter's own values is structural: nothing hidden in it
            yield f"by {name}", _cells(group), group.total
    for q in results.questions:
        yield f"q{q.question_id} answered", {"x": q.answered}, None
        if q.options is not None and not (dimension == "band" and q.question_id == 4):
            yield f"q{q.question_id} options", _cells(q.options), q.options.total
        for t in q.themes:
            yield f"q{q.question_id} theme {t.theme_id}", {"x": t.count}, None
            yield f"q{q.question_id} theme {t.theme_id} tones", _cells(t.sentiment), t.sentiment.total


def _cells(group: LabelledGroup) -> dict[str, Cell]:
    return {item.key: item.cell for item in group.items}


def _views(data: ResultsInput, dimension: str) -> list[tuple[frozenset[str], Filters]]:
    """(columns selected, filter) for every view of ``dimension`` a person can open."""
    people = data.respondents
    if dimension == "channel":
        return [(frozenset({v}), Filters(channel=v)) for v in sorted({r.channel for r in people})]
    if dimension == "venue_type":
        return [(frozenset({v}), Filters(venue_type=v)) for v in sorted({r.venue_type or "none" for r in people})]
    if dimension == "language":
        return [(frozenset({v}), Filters(language=v)) for v in ("en", "cy")]
    if dimension == "band":
        values = sorted({a.choice for a in data.answers if a.question_id == 4 and a.choice})
        return [(frozenset({v}), Filters(band=(4, v))) for v in values]
    months = sorted({month_start(r.submitted_on) for r in people})
    views = []
    for i, first in enumerate(months):
        for last in months[i:]:
            chosen = frozenset(m.isoformat() for m in months if first <= m <= last)
            views.append((chosen, Filters(since=first, until=last)))
    return views


def _column_of(data: ResultsInput, dimension: str) -> list[str]:
    people = data.respondents
    if dimension == "channel":
        return sorted({r.channel for r in people})
    if dimension == "venue_type":
        return sorted({r.venue_type or "none" for r in people})
    if dimension == "language":
        return ["cy", "en"]
    if dimension == "band":
        return [*sorted({a.choice for a in data.answers if a.question_id == 4 and a.choice}), "unanswered"]
    return sorted({month_start(r.submitted_on).isoformat() for r in people})


class _Audit:
    """Linear constraints on one family's true counts x[row, column], from what was published."""

    def __init__(self, rows: list[str], columns: list[str], threshold: int = THRESHOLD) -> None:
        self.rows, self.columns, self.threshold = rows, columns, threshold
        self.index = {(r, c): i for i, (r, c) in enumerate((r, c) for r in rows for c in columns)}
        self.equal: list[tuple[np.ndarray, float]] = []
        self.upper: list[tuple[np.ndarray, float]] = []
        self.hidden: list[tuple[str, np.ndarray]] = []

    def vector(self, rows: list[str], columns: frozenset[str] | list[str]) -> np.ndarray:
        v = np.zeros(len(self.index))
        for r in rows:
            for c in columns:
                if (r, c) in self.index:
                    v[self.index[(r, c)]] = 1
        return v

    def publish(self, what: str, v: np.ndarray, cell: Cell) -> None:
        if cell.value is not None:
            self.equal.append((v, cell.value))
        elif cell.reason == PRIMARY:
            self.upper.append((v, self.threshold - 1))
            self.hidden.append((what, v))
        elif cell.reason == SECONDARY:
            self.upper.append((-v, -self.threshold))
            self.hidden.append((what, v))
        else:  # a filtered view's "not shown" says nothing about the size
            self.hidden.append((what, v))

    def recoverable(self) -> list[str]:
        a_eq = np.array([v for v, _ in self.equal]) if self.equal else None
        b_eq = np.array([b for _, b in self.equal]) if self.equal else None
        a_ub = np.array([v for v, _ in self.upper]) if self.upper else None
        b_ub = np.array([b for _, b in self.upper]) if self.upper else None
        leaks = []
        for what, v in self.hidden:
            ends = []
            for sign in (1, -1):
                solved = linprog(sign * v, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=(0, None),
                                 method="highs")
                if solved.status == 3:  # unbounded: no largest value, so not pinned
                    ends.append(float("inf"))
                    continue
                assert solved.status == 0, f"published figures are inconsistent: {solved.message}"
                ends.append(sign * solved.fun)
            if ends[1] - ends[0] < 0.5 and ends[1] > 0.5:  # a zero tells nothing about anyone
                leaks.append(f"{what} is pinned at {ends[0]:g}")
        return leaks


def _audit(data: ResultsInput, dimension: str, threshold: int = THRESHOLD) -> list[str]:
    whole = build_results(data, Filters(), threshold, "staff")
    views = [(chosen, build_results(data, f, threshold, "staff")) for chosen, f in _views(data, dimension)]
    columns = _column_of(data, dimension)
    leaks = []
    for name, cells, total in _families(whole, dimension):
        rows = list(cells)
        audit = _Audit(rows, columns, threshold)
        everything = frozenset(columns)
        for row, cell in cells.items():
            audit.publish(f"{name} {row} (all)", audit.vector([row], everything), cell)
        if total is not None:
            audit.publish(f"{name} total (all)", audit.vector(rows, everything), total)
        for chosen, view in views:
            family = dict((n, (c, t)) for n, c, t in _families(view, dimension))
            if name not in family:
                continue
            view_cells, view_total = family[name]
            for row, cell in view_cells.items():
                if row in cells:
                    audit.publish(f"{name} {row} in {sorted(chosen)}", audit.vector([row], chosen), cell)
            if view_total is not None:
                audit.publish(f"{name} total in {sorted(chosen)}", audit.vector(rows, chosen), view_total)
        leaks += audit.recoverable()
    return leaks


@pytest.mark.parametrize("dimension", ["channel", "venue_type", "language", "band", "period"])
@pytest.mark.parametrize("seed", range(4))
def test_no_hidden_cell_is_pinned_by_subtracting_views(seed: int, dimension: str) -> None:
    data = consultation(seed, people=30 + 15 * seed)
    assert _audit(data, dimension) == []


@pytest.mark.parametrize("dimension", ["channel", "band", "period"])
def test_none_is_pinned_at_the_published_threshold_either(dimension: str) -> None:
    assert _audit(consultation(21, people=150), dimension, threshold=10) == []


def test_the_audit_catches_naive_suppression() -> None:
    """The same audit, against suppression that ignores the other views, finds a leak: it has teeth."""
    from consult.pipeline.summary.suppression import suppress_count

    audit = _Audit(["x"], ["cy", "en"])
    audit.publish("all", audit.vector(["x"], ["cy", "en"]), suppress_count(23, THRESHOLD))
    audit.publish("en", audit.vector(["x"], ["en"]), suppress_count(20, THRESHOLD))
    audit.publish("cy", audit.vector(["x"], ["cy"]), suppress_count(3, THRESHOLD))
    assert audit.recoverable() == ["cy is pinned at 3"]


def test_filtered_views_show_the_unfiltered_figures_unchanged() -> None:
    """The unfiltered page is suppressed on its own: no filter changes what it shows."""
    data = consultation(3)
    whole = build_results(data, Filters(), THRESHOLD, "staff")
    again = build_results(data, Filters(), THRESHOLD, "staff")
    assert whole == again
    assert whole.respondents.value == len(data.respondents)


def test_two_respondent_filters_at_once_are_refused() -> None:
    with pytest.raises(FilterRefused, match="one of channel"):
        build_results(consultation(1), Filters(channel="sms", language="cy"), THRESHOLD, "staff")


def test_a_period_is_widened_to_whole_months() -> None:
    data = consultation(2)
    narrow = build_results(data, Filters(since=date(2026, 10, 10), until=date(2026, 10, 12)), THRESHOLD, "staff")
    month = build_results(data, Filters(since=date(2026, 10, 1), until=date(2026, 10, 31)), THRESHOLD, "staff")
    assert narrow.respondents == month.respondents
    assert narrow.first_day is not None and narrow.first_day.month == 10


def test_a_group_that_is_not_an_answer_about_the_person_is_refused() -> None:
    with pytest.raises(FilterRefused, match="choose a group from the list"):
        build_results(consultation(1), Filters(band=(2, "x")), THRESHOLD, "staff")  # a free-text question
    with pytest.raises(FilterRefused):
        build_results(consultation(1), Filters(band=(4, "no-such-band")), THRESHOLD, "staff")
