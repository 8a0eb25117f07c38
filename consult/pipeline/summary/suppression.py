"""Small-number suppression with secondary suppression.

A count below the threshold is shown as "fewer than N" (primary suppression). Where counts add
up to a published total, hiding one cell is not enough: total minus the others gives it back. So
more cells are hidden ("not shown": secondary suppression), smallest first, until no hidden
count can be pinned to a single value from what is published (each "fewer than N" cell is known
to lie in 0..N-1, each "not shown" cell between N and the smallest shown cell); if that cannot be
done, the total is hidden too. Thresholds: 10 for published reports, 5 for internal staff views, never below 3.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

PUBLISHED = 10
INTERNAL = 5
MINIMUM = 3
PRIMARY, SECONDARY = "primary", "secondary"
# Hidden in a filtered view: small, or hidden so a small number elsewhere can't be worked out.
FILTERED = "filtered"


def threshold_for(published: bool, override: int | None = None) -> int:
    """The threshold to apply: the override if given, else 10 or 5; never below 3."""
    chosen = override if override is not None else (PUBLISHED if published else INTERNAL)
    return max(MINIMUM, chosen)


@dataclass(frozen=True)
class Cell:
    """A count as it may be shown: ``value`` is None when suppressed."""

    value: int | None
    reason: str | None
    threshold: int

    @property
    def suppressed(self) -> bool:
        return self.value is None

    @property
    def display(self) -> str:
        if self.reason == PRIMARY:
            return f"fewer than {self.threshold}"
        return "not shown" if self.value is None else str(self.value)

    @property
    def explanation(self) -> str:
        """Why a cell is hidden, in words for a table's hint ("" when shown)."""
        if self.reason == PRIMARY:
            return f"fewer than {self.threshold}"
        if self.reason == SECONDARY:
            return "not shown so a smaller number can't be worked out"
        if self.reason == FILTERED:
            return (f"not shown: fewer than {self.threshold}, or hidden so a smaller number can't be worked "
                    "out by comparing views")
        return ""


@dataclass(frozen=True)
class Group:
    """Counts that add up to a total, suppressed together."""

    cells: dict[str, Cell]
    total: Cell


def suppress_count(count: int, threshold: int) -> Cell:
    """One stand-alone count (not part of an additive group)."""
    return Cell(None, PRIMARY, threshold) if count < threshold else Cell(count, None, threshold)


def _pinned(counts: Mapping[str, int], hidden: Mapping[str, str], total: int, threshold: int) -> bool:
    """True if some hidden count has one possible value given the published cells and total."""
    shown = [v for k, v in counts.items() if k not in hidden]
    rest = total - sum(shown)
    ceiling = min(shown, default=rest)  # secondary cells are taken smallest first
    bounds = {k: (0, threshold - 1) if why == PRIMARY else (threshold, ceiling) for k, why in hidden.items()}
    for key, (low, high) in bounds.items():
        others_low = sum(b[0] for k, b in bounds.items() if k != key)
        others_high = sum(b[1] for k, b in bounds.items() if k != key)
        if min(high, rest - others_low) <= max(low, rest - others_high):
            return True
    return False


def suppress_group(counts: Mapping[str, int], total: int | None, threshold: int) -> Group:
    """Suppress a breakdown whose cells sum to ``total`` (pass the sum when no total is given)."""
    whole = sum(counts.values()) if total is None else total
    if whole < threshold:
        return Group({k: Cell(None, PRIMARY, threshold) for k in counts}, Cell(None, PRIMARY, threshold))
    hidden = {k: PRIMARY for k, v in counts.items() if v < threshold}
    total_hidden = False
    if hidden:
        while _pinned(counts, hidden, whole, threshold):
            candidates = sorted((v, k) for k, v in counts.items() if k not in hidden)
            if not candidates:
                total_hidden = True
                break
            hidden[candidates[0][1]] = SECONDARY
    cells = {k: Cell(None, hidden[k], threshold) if k in hidden else Cell(v, None, threshold)
             for k, v in counts.items()}
    shown_total = Cell(None, SECONDARY, threshold) if total_hidden else Cell(whole, None, threshold)
    return Group(cells, shown_total)


def percent(cell: Cell, denominator: Cell) -> float | None:
    """A percentage only when both counts are shown (a hidden count has no percentage)."""
    if cell.value is None or denominator.value is None or denominator.value == 0:
        return None
    return round(100.0 * cell.value / denominator.value, 1)
