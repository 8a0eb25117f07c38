"""How far the machine's coding agreed with reviewers so far, per theme.

Each reviewed code is one decision: a person confirmed or rejected a theme for an answer, and the
machine either had or had not proposed that theme for it when they decided. Counted per theme:

- agreed: confirmed and proposed (the machine was right);
- wrongly proposed: rejected though proposed (precision suffers);
- missed: confirmed though not proposed (recall suffers).

Agreement is the share of decisions where the machine's proposal matched the person's. Below a
few decisions the shares say little, so they are withheld.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MIN_DECISIONS = 5


@dataclass(frozen=True)
class Decision:
    theme_id: int
    machine_proposed: bool
    confirmed: bool


@dataclass(frozen=True)
class Agreement:
    theme_id: int
    decisions: int
    agreed: int  # confirmed and proposed
    wrongly_proposed: int  # rejected though proposed
    missed: int  # confirmed though not proposed
    left_out: int  # rejected and not proposed: the machine agreed by leaving it out
    min_decisions: int = MIN_DECISIONS

    @property
    def enough(self) -> bool:
        return self.decisions >= self.min_decisions

    def _share(self, part: int, whole: int) -> float | None:
        return part / whole if self.enough and whole else None

    @property
    def precision(self) -> float | None:
        """Of the machine's proposals a person decided, the share they confirmed."""
        return self._share(self.agreed, self.agreed + self.wrongly_proposed)

    @property
    def recall(self) -> float | None:
        """Of the codes people confirmed, the share the machine had proposed."""
        return self._share(self.agreed, self.agreed + self.missed)

    @property
    def agreement(self) -> float | None:
        """The share of decisions where the machine's proposal matched the person's."""
        return self._share(self.agreed + self.left_out, self.decisions)


def _tally(decisions: Iterable[Decision]) -> tuple[int, int, int, int, int]:
    total = agreed = wrong = missed = left_out = 0
    for decision in decisions:
        total += 1
        if decision.machine_proposed and decision.confirmed:
            agreed += 1
        elif decision.machine_proposed:
            wrong += 1
        elif decision.confirmed:
            missed += 1
        else:
            left_out += 1
    return total, agreed, wrong, missed, left_out


def agreement_by_theme(decisions: Iterable[Decision], min_decisions: int = MIN_DECISIONS) -> dict[int, Agreement]:
    by_theme: dict[int, list[Decision]] = {}
    for decision in decisions:
        by_theme.setdefault(decision.theme_id, []).append(decision)
    return {theme_id: Agreement(theme_id, *_tally(items), min_decisions=min_decisions)
            for theme_id, items in by_theme.items()}


def overall(decisions: Iterable[Decision], min_decisions: int = MIN_DECISIONS) -> Agreement:
    """Every theme's decisions pooled (theme_id 0)."""
    return Agreement(0, *_tally(decisions), min_decisions=min_decisions)
