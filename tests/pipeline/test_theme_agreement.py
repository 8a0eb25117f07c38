"""Agreement between the machine's coding and reviewers, on a hand-made case worked out on paper."""

from __future__ import annotations

import pytest

from consult.pipeline.themes.agreement import Decision, agreement_by_theme, overall


def _decisions() -> list[Decision]:
    # Theme 1: 4 confirmed that the machine proposed, 1 rejected it proposed, 1 confirmed it missed.
    # Theme 2: 2 decisions only.
    return [
        *(Decision(1, machine_proposed=True, confirmed=True) for _ in range(4)),
        Decision(1, machine_proposed=True, confirmed=False),
        Decision(1, machine_proposed=False, confirmed=True),
        Decision(2, machine_proposed=True, confirmed=False),
        Decision(2, machine_proposed=False, confirmed=True),
    ]


def test_per_theme_counts_and_shares() -> None:
    theme = agreement_by_theme(_decisions())[1]
    assert (theme.decisions, theme.agreed, theme.wrongly_proposed, theme.missed, theme.left_out) == (6, 4, 1, 1, 0)
    assert theme.enough
    assert theme.precision == pytest.approx(4 / 5)
    assert theme.recall == pytest.approx(4 / 5)
    assert theme.agreement == pytest.approx(4 / 6)


def test_too_few_decisions_withholds_the_shares_but_keeps_the_counts() -> None:
    theme = agreement_by_theme(_decisions())[2]
    assert (theme.decisions, theme.agreed, theme.wrongly_proposed, theme.missed) == (2, 0, 1, 1)
    assert not theme.enough
    assert theme.precision is None and theme.recall is None and theme.agreement is None


def test_a_rejection_the_machine_never_proposed_is_agreement_not_precision() -> None:
    decisions = [Decision(3, True, True)] * 4 + [Decision(3, False, False)]
    theme = agreement_by_theme(decisions)[3]
    assert theme.left_out == 1
    assert theme.precision == 1 and theme.recall == 1 and theme.agreement == 1


def test_overall_pools_every_theme() -> None:
    pooled = overall(_decisions())
    assert (pooled.decisions, pooled.agreed, pooled.wrongly_proposed, pooled.missed) == (8, 4, 2, 2)
    assert pooled.agreement == pytest.approx(4 / 8)
    assert overall([]).agreement is None and not overall([]).enough
