"""Suppression of a whole cross-table at once: rows (options, themes, tones) by columns (filter values).

Why a table and not one group at a time: a filtered view shows one column of a table whose other
columns (the other filter values) and whose row totals (the unfiltered view) are also on screen,
a click away. Anyone can subtract across them, so the hiding pattern is chosen for the table as a
whole, the same whichever column is being looked at:

- primary: a count below the threshold is hidden ("fewer than N");
- a line (row or column) whose total is hidden has all its cells hidden (else they add up to it);
- secondary: while any hidden cell has a single possible value, given every shown count and total
  of its row and column and what "fewer than N" / "not shown" tell about it, the smallest shown
  cell of the line that pins it is hidden too ("not shown").

Whether a hidden value is pinned is worked out by interval propagation along the lines (each
hidden cell's range narrowed by every line it is in, repeated until nothing changes). A tested
audit with linear programming over every view (tests/pipeline/summary) checks no hidden cell is
recoverable from all the published figures together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from consult.pipeline.summary.suppression import PRIMARY, SECONDARY, Cell

Key = tuple[Any, Any]
_UNBOUNDED = 10**9


@dataclass(frozen=True)
class Table:
    """Counts by (row, column); ``structural`` cells are known zeros (a channel row under another
    channel's column) and are left out of every sum."""

    rows: Sequence[Any]
    columns: Sequence[Any]
    counts: Mapping[Key, int]
    row_totals: Mapping[Any, Cell] | None = None  # as already published (unfiltered view)
    column_totals: Mapping[Any, Cell] | None = None  # as already published; None: not additive
    structural: frozenset[Key] = frozenset()


def _lines(table: Table) -> list[tuple[list[Key], Cell | None]]:
    lines: list[tuple[list[Key], Cell | None]] = []
    for r in table.rows:
        keys = [(r, c) for c in table.columns if (r, c) not in table.structural]
        lines.append((keys, table.row_totals[r] if table.row_totals is not None else None))
    if table.column_totals is not None:
        for c in table.columns:
            keys = [(r, c) for r in table.rows if (r, c) not in table.structural]
            lines.append((keys, table.column_totals[c]))
    return [(keys, total) for keys, total in lines if keys]


def _bounds(table: Table, hidden: Mapping[Key, str], threshold: int,
            lines: list[tuple[list[Key], Cell | None]]) -> dict[Key, tuple[int, int]]:
    """Each hidden cell's possible range, given the published figures (interval propagation)."""
    bounds = {k: (0, threshold - 1) if why == PRIMARY else (threshold, _UNBOUNDED) for k, why in hidden.items()}
    known = [(keys, total.value) for keys, total in lines if total is not None and total.value is not None]
    for _ in range(100):
        changed = False
        for keys, total in known:
            rest = total - sum(table.counts[k] for k in keys if k not in hidden)
            inside = [k for k in keys if k in hidden]
            low_sum = sum(bounds[k][0] for k in inside)
            high_sum = sum(bounds[k][1] for k in inside)
            for k in inside:
                low, high = bounds[k]
                new = (max(low, rest - (high_sum - high)), min(high, rest - (low_sum - low)))
                if new != (low, high):
                    bounds[k] = new
                    changed = True
                    low_sum += new[0] - low
                    high_sum += new[1] - high
        if not changed:
            break
    return bounds


def suppress_table(table: Table, threshold: int) -> dict[Key, Cell]:
    """The cells of ``table`` as they may be shown (structural zeros are shown as 0)."""
    cells = [(r, c) for r in table.rows for c in table.columns if (r, c) not in table.structural]
    hidden: dict[Key, str] = {k: PRIMARY for k in cells if table.counts[k] < threshold}
    lines = _lines(table)
    for keys, total in lines:
        if total is not None and total.value is None:
            for k in keys:
                hidden.setdefault(k, PRIMARY if table.counts[k] < threshold else SECONDARY)
    while hidden:
        bounds = _bounds(table, hidden, threshold, lines)
        pinned = {k for k, (low, high) in bounds.items() if low >= high}
        if not pinned:
            break
        grew = False
        for keys, total in lines:
            if total is None or total.value is None or not pinned.intersection(keys):
                continue
            shown = sorted((table.counts[k], str(k)) for k in keys if k not in hidden)
            if shown:
                victim = next(k for k in keys if str(k) == shown[0][1])
                hidden[victim] = SECONDARY
                grew = True
                break
        if not grew:
            break  # pinned only by figures already published: nothing more to hide
    result = {k: Cell(None, hidden[k], threshold) if k in hidden else Cell(table.counts[k], None, threshold)
              for k in cells}
    result.update({k: Cell(0, None, threshold) for k in table.structural})
    return result
