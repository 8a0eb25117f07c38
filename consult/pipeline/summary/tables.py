"""Suppression of a filter's columns as one grid, so no filtered view can be subtracted from another.

A results page can be filtered by channel, venue type, language, month or a demographic band.
The unfiltered figures (the "all" column) are suppressed on their own, with primary and secondary
suppression (``suppression.suppress_group``), and never change. When a filter is used, every
figure is counted in every column of that filter (each channel, say), and these counts are tied
to each other and to the "all" column by equations anyone can use: a row's columns add up to its
"all" figure, and a breakdown's rows add up to its total in the same column. All the filter's
columns are therefore suppressed together, the same whichever column a page shows:

- a count below the threshold is hidden;
- while any hidden count has a single possible value given every shown count, the equations
  and what the unfiltered page says ("fewer than N": 0 to N-1; "not shown": N or more), the
  smallest shown count of the equation that gives it away is hidden too.

In a filtered view every hidden count reads "not shown" whatever its size, so the words say
nothing about a hidden value (a "fewer than N" there would tell the rest of an equation's share).
Whether a hidden count is pinned is worked out by interval propagation over the equations,
repeated until nothing narrows. A zero that follows from shown figures ("no one answered by
kiosk was mediated") tells nothing about anyone: it is not treated as a disclosure, and is shown.
An audit by linear programming over every view a person can open
(tests/pipeline/summary/test_subtraction.py) checks no hidden count can be recovered.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

from consult.pipeline.summary.suppression import FILTERED, PRIMARY, SECONDARY, Cell

_UNBOUNDED = 10**9


@dataclass
class Grid:
    """Counts by key, equations ``sum(parts) == whole`` between them, and cells already decided."""

    counts: dict[Hashable, int] = field(default_factory=dict)
    equations: list[tuple[Sequence[Hashable], Hashable]] = field(default_factory=list)
    fixed: dict[Hashable, Cell] = field(default_factory=dict)  # the unfiltered figures, as published


def _range(reason: str, threshold: int) -> tuple[int, int]:
    if reason == PRIMARY:
        return 0, threshold - 1
    if reason == SECONDARY:
        return threshold, _UNBOUNDED
    return 0, _UNBOUNDED


def _propagate(grid: Grid, hidden: Mapping[Hashable, str], threshold: int) -> dict[Hashable, tuple[int, int]]:
    """Each hidden count's possible range given the shown counts, the equations and the reasons."""
    bounds = {k: _range(why, threshold) for k, why in hidden.items()}
    terms = []
    for parts, whole in grid.equations:
        signed = [(k, 1) for k in parts] + [(whole, -1)]
        known = -sum(sign * grid.counts[k] for k, sign in signed if k not in hidden)
        unknown = [(k, sign) for k, sign in signed if k in hidden]
        if unknown:
            terms.append((unknown, known))
    for _ in range(50):
        changed = False
        for unknown, target in terms:  # sum(sign * x) == target
            lows = [bounds[k][0] if s > 0 else -bounds[k][1] for k, s in unknown]
            highs = [bounds[k][1] if s > 0 else -bounds[k][0] for k, s in unknown]
            low_sum, high_sum = sum(lows), sum(highs)
            for (k, sign), low, high in zip(unknown, lows, highs, strict=True):
                term = (target - (high_sum - high), target - (low_sum - low))
                value = term if sign > 0 else (-term[1], -term[0])
                old = bounds[k]
                new = (max(old[0], value[0]), min(old[1], value[1]))
                if new != old:
                    bounds[k] = new
                    changed = True
        if not changed:
            break
    return bounds


def suppress_grid(grid: Grid, threshold: int) -> dict[Hashable, Cell]:
    """Every cell of ``grid`` as it may be shown (fixed cells as given)."""
    counts = grid.counts
    hidden: dict[Hashable, str] = {k: str(cell.reason) for k, cell in grid.fixed.items() if cell.value is None}
    hidden.update({k: FILTERED for k, v in counts.items() if k not in grid.fixed and v < threshold})
    touching: dict[Hashable, list[int]] = {}
    for i, (parts, whole) in enumerate(grid.equations):
        for k in (*parts, whole):
            touching.setdefault(k, []).append(i)
    while True:
        bounds = _propagate(grid, hidden, threshold)
        pinned = [k for k, (low, high) in bounds.items() if low >= high > 0]
        newly: dict[Hashable, str] = {}
        for key in sorted(pinned, key=repr):
            candidates = []  # the equation with the fewest hidden counts is the one giving it away
            for i in touching.get(key, []):
                members = (*grid.equations[i][0], grid.equations[i][1])
                free = [m for m in members if m not in hidden and m not in grid.fixed]
                if free:
                    candidates.append((len([m for m in members if m in hidden]), i, free, members))
            if not candidates:
                continue
            best = min(candidates)
            if not any(m in newly for m in best[3]):
                newly[min(best[2], key=lambda m: (counts[m], repr(m)))] = FILTERED
        if not newly:
            break
        hidden.update(newly)
    for key, (_, high) in _propagate(grid, hidden, threshold).items():
        if high == 0 and key not in grid.fixed:
            del hidden[key]  # a zero that follows from shown figures anyway: show it
    cells = {k: Cell(None, hidden[k], threshold) if k in hidden else Cell(v, None, threshold)
             for k, v in counts.items()}
    cells.update(grid.fixed)
    return cells
