"""Small-number suppression: primary cells hidden, and never recoverable from what is shown."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from consult.pipeline.summary.suppression import (
    PRIMARY,
    SECONDARY,
    Group,
    percent,
    suppress_count,
    suppress_group,
    threshold_for,
)


def test_thresholds() -> None:
    assert threshold_for(published=True) == 10
    assert threshold_for(published=False) == 5
    assert threshold_for(published=True, override=1) == 3


def test_single_count() -> None:
    assert suppress_count(9, 10).display == "fewer than 10"
    assert suppress_count(10, 10).display == "10"


def test_one_small_cell_forces_a_second() -> None:
    group = suppress_group({"sms": 120, "kiosk": 7, "facilitated": 53}, 180, 10)
    assert group.cells["kiosk"].reason == PRIMARY
    assert group.cells["facilitated"].reason == SECONDARY
    assert group.cells["sms"].value == 120 and group.total.value == 180


def test_small_total_hides_everything() -> None:
    group = suppress_group({"a": 4, "b": 3}, 7, 10)
    assert all(c.suppressed for c in group.cells.values()) and group.total.suppressed


def test_percent_of_hidden_cell_is_hidden() -> None:
    group = suppress_group({"a": 4, "b": 30, "c": 30}, 64, 10)
    assert percent(group.cells["a"], group.total) is None
    assert percent(suppress_count(30, 10), suppress_count(60, 10)) == 50.0


def _feasible(group: Group, threshold: int, total: int) -> dict[str, set[int]]:
    """Every value each hidden cell could take, by brute force, knowing what is shown and the rule
    (secondary cells are the smallest of the rest, so no bigger than any shown cell)."""
    hidden = [k for k, c in group.cells.items() if c.suppressed]
    rest = total - sum(c.value or 0 for c in group.cells.values())
    ceiling = min((c.value for c in group.cells.values() if c.value is not None), default=rest)
    ranges = [range(0, threshold) if group.cells[k].reason == PRIMARY else range(threshold, ceiling + 1)
              for k in hidden]
    seen: dict[str, set[int]] = {k: set() for k in hidden}
    for values in itertools.product(*ranges):
        if sum(values) == rest:
            for k, v in zip(hidden, values, strict=True):
                seen[k].add(v)
    return seen


@settings(max_examples=300, deadline=None)
@given(counts=st.lists(st.integers(0, 25), min_size=1, max_size=4), threshold=st.integers(3, 10))
def test_no_hidden_cell_can_be_recovered(counts: list[int], threshold: int) -> None:
    cells = {f"c{i}": n for i, n in enumerate(counts)}
    total = sum(counts)
    group = suppress_group(cells, total, threshold)
    for key, n in cells.items():  # every small cell is hidden; shown cells are true
        if n < threshold:
            assert group.cells[key].suppressed
        elif not group.cells[key].suppressed:
            assert group.cells[key].value == n
    if group.total.suppressed:
        return
    for key, values in _feasible(group, threshold, total).items():
        assert cells[key] in values
        assert len(values) > 1, (cells, group)
