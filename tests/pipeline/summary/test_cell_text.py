"""A count's shown words come from one place, in English and Welsh, for every page, chart and report."""

from __future__ import annotations

from consult.pipeline.summary.charts import group_chart
from consult.pipeline.summary.labels import cell_text
from consult.pipeline.summary.results import Labelled, LabelledGroup
from consult.pipeline.summary.suppression import FILTERED, PRIMARY, SECONDARY, Cell


def test_a_shown_count_has_a_thousands_separator_in_both_languages() -> None:
    assert cell_text(Cell(1234, None, 10)) == cell_text(Cell(1234, None, 10), "cy") == "1,234"
    assert cell_text(Cell(12, None, 10), "cy") == "12"


def test_a_hidden_count_says_why_in_the_language_asked() -> None:
    assert cell_text(Cell(None, PRIMARY, 10)) == "fewer than 10"
    assert cell_text(Cell(None, PRIMARY, 5), "cy") == "llai na 5"
    for reason in (SECONDARY, FILTERED):
        assert cell_text(Cell(None, reason, 10)) == "not shown"
        assert cell_text(Cell(None, reason, 10), "cy") == "heb ei ddangos"
    assert cell_text(Cell(None, PRIMARY, 10)) == Cell(None, PRIMARY, 10).display  # the English is the cell's own


def test_a_welsh_chart_uses_the_same_words() -> None:
    group = LabelledGroup((Labelled("a", "A", "A", Cell(1500, None, 10), 75.0),
                           Labelled("b", "B", "B", Cell(None, PRIMARY, 10), None),
                           Labelled("c", "C", "C", Cell(None, SECONDARY, 10), None)), Cell(2000, None, 10))
    svg = group_chart("Teitl", group, language="cy")
    assert "1,500 (75%)" in svg and ">llai na 10<" in svg and ">heb ei ddangos<" in svg
    assert "fewer than" not in svg and "not shown" not in svg
