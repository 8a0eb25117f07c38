"""The pure results: labels, charts, quotes once (a reviewer's pick first), closed questions, medians."""

from __future__ import annotations

import re
from dataclasses import replace

from consult.pipeline.summary.build import build_results
from consult.pipeline.summary.charts import bar_chart, group_chart
from consult.pipeline.summary.filters import Filters
from consult.pipeline.summary.labels import label, values
from consult.pipeline.summary.results import AnswerInput
from consult.pipeline.summary.suppression import FILTERED, Cell
from consult.pipeline.summary.text import to_dict, to_markdown
from tests.pipeline.summary.factories import consultation


def test_every_stored_value_has_a_human_label_in_both_languages() -> None:
    for kind in ("channel", "venue_type", "language", "sentiment", "kind"):
        for value in values(kind):
            assert label(kind, value) != value and "_" not in label(kind, value)
            assert label(kind, value, "cy") and "_" not in label(kind, value, "cy")  # "Hostel" is Welsh too
    assert label("venue_type", "none") == "No venue (by text message)"
    assert label("language", "en", "cy") == "Saesneg"
    assert label("channel", "carrier_pigeon") == "Carrier pigeon"  # never raw, even if unknown


def test_closed_questions_have_counts_percentages_and_the_scale_a_median() -> None:
    results = build_results(consultation(3, people=120), Filters(), 5, "staff")
    yes_no, _, scale, age = results.questions
    assert yes_no.options is not None and [i.label_en for i in yes_no.options.items] == ["Yes", "No"]
    assert sum(i.cell.value or 0 for i in yes_no.options.items) == yes_no.answered.value
    assert all(i.percent is not None for i in yes_no.options.items)
    assert scale.median in {"1", "2", "3", "4", "5"} and scale.median_label
    assert [i.key for i in age.options.items] == ["under_25", "25_49", "50_plus", "prefer_not"]  # order asked


def test_quotes_appear_once_and_a_reviewers_pick_comes_first() -> None:
    data = consultation(4, people=150)
    chosen = next(a for a in data.answers if 2 in a.themes and 1 in a.themes)
    data = replace(data, chosen_quotes={chosen.id: 2})
    results = build_results(data, Filters(), 5, "staff")
    quotes = [(t.theme_id, quote) for question in results.questions for t in question.themes for quote in t.quotes]
    ids = [q.answer_id for _, q in quotes]
    assert len(ids) == len(set(ids))
    assert len({q.text for _, q in quotes}) == len(quotes)
    themes = {t.theme_id: t for q in results.questions for t in q.themes}
    assert themes[2].quotes[0].answer_id == chosen.id and themes[2].quotes[0].chosen
    assert chosen.id not in [q.answer_id for q in themes[1].quotes]  # chosen for theme 2, never under theme 1


def test_no_quote_from_a_theme_too_small_to_show() -> None:
    data = consultation(5, people=40)
    rare = tuple(AnswerInput(9000 + i, 1 + i, 2, None, f"a rare worry number {i}", (99,), "negative")
                 for i in range(3))
    data = replace(data, answers=data.answers + rare,
                   themes=(*data.themes, replace(data.themes[0], id=99, name="Rare")))
    theme = next(t for q in build_results(data, Filters(), 5, "staff").questions for t in q.themes if t.theme_id == 99)
    assert theme.count.display == "fewer than 5" and theme.quotes == ()


def test_a_filtered_view_never_says_fewer_than() -> None:
    """A filtered view's hidden counts read "not shown" whatever their size (their reason is not a bound)."""
    results = build_results(consultation(1, people=80), Filters(language="cy"), 5, "staff")
    cells = [i.cell for q in results.questions if q.options for i in q.options.items]
    assert any(c.value is None for c in cells)
    assert all(c.reason == FILTERED and c.display == "not shown" for c in cells if c.value is None)
    assert "comparing views" in Cell(None, FILTERED, 5).explanation


def test_charts_are_accessible_svg_with_escaped_text() -> None:
    svg = bar_chart("Answers <by> channel", [("Kiosk & tablet", 12, "12"), ("Text", None, "fewer than 5")],
                    chart_id="c1")
    assert svg.startswith("<svg") and 'role="img"' in svg and 'aria-labelledby="c1-title c1-desc"' in svg
    assert "<title id=\"c1-title\">Answers &lt;by&gt; channel</title>" in svg
    assert "Kiosk &amp; tablet: 12; Text: fewer than 5" in svg
    assert svg.count("<rect") == 1  # the hidden count has no bar, only its reason
    results = build_results(consultation(2), Filters(), 5, "staff")
    welsh = group_chart("Iaith", results.by_language, language="cy", chart_id="c2")
    assert "Saesneg" in welsh and re.search(r"<desc id=\"c2-desc\">[^<]+</desc>", welsh)


def test_text_export_shows_only_what_the_page_shows() -> None:
    results = build_results(consultation(3, people=60), Filters(), 10, "public")
    markdown = to_markdown(results)
    data = to_dict(results)
    assert "## Method" in markdown and data["threshold"] == 10
    for q in data["questions"]:
        for cell in q.get("options", {}).get("cells", []):
            assert not cell["count"].isdigit() or int(cell["count"]) >= 10
