"""The paragraph per question says the same in Welsh as in English, from the same shown figures."""

from __future__ import annotations

import re

from consult.pipeline.summary.build import build_results
from consult.pipeline.summary.filters import Filters
from consult.pipeline.summary.labels import SENTIMENTS, label
from consult.pipeline.summary.narrative import question_narrative
from consult.pipeline.summary.results import Labelled, LabelledGroup, ThemeResult
from consult.pipeline.summary.suppression import PRIMARY, SECONDARY, Cell
from consult.pipeline.summary.text import to_dict
from tests.pipeline.summary.factories import consultation

# Words of the English sentences: none may be left in the Welsh.
ENGLISH = re.compile(r"\b(answered|answers?|people|person who|themes?|raised|mostly|shown|most common|chosen|"
                     r"fewer|number|other|small|tone|coded|yet|because|figures|question)\b", re.IGNORECASE)


def shown(n: int) -> Cell:
    return Cell(n, None, 10)


def tones(**counts: int) -> LabelledGroup:
    items = tuple(Labelled(t, label("sentiment", t), label("sentiment", t, "cy"), shown(counts[t]) if counts.get(t, 0)
                           >= 10 else Cell(None, PRIMARY, 10), None) for t in SENTIMENTS)
    return LabelledGroup(items, shown(sum(counts.values())))


def theme(theme_id: int, name: str, name_cy: str, count: Cell, percent: float | None,
          tone: LabelledGroup) -> ThemeResult:
    return ThemeResult(theme_id, name, name_cy, count, percent, tone, ())


THEMES = (
    theme(1, "Housing", "Tai", shown(24), 60.0, tones(negative=20, neutral=4)),
    theme(2, "Custody", "Dalfa", shown(12), 30.0, tones(positive=5, negative=4, neutral=3)),
    theme(3, "Benefits", "", shown(11), 27.5, tones(mixed=11)),
    theme(4, "Mental health", "Iechyd meddwl", Cell(None, PRIMARY, 10), None, tones(negative=3)),
    theme(5, "Probation", "Prawf", Cell(None, SECONDARY, 10), None, tones(negative=12)),
)


def both(*args: object) -> tuple[str, str]:
    return question_narrative(*args), question_narrative(*args, language="cy")  # type: ignore[arg-type]


def test_free_text_in_welsh_has_the_same_figures_and_welsh_words() -> None:
    english, welsh = both("free_text", shown(40), None, THEMES, 10)
    assert english.startswith("40 people answered this question. Housing was raised by 24 of 40 people (60%), "
                              "mostly negative.")
    assert welsh == (
        "Atebodd 40 o bobl y cwestiwn hwn. "
        "Codwyd y thema \u201cTai\u201d gan 24 o bobl allan o 40 (60%); negyddol oedd y rhan fwyaf o\u2019r atebion. "
        "Codwyd y thema \u201cDalfa\u201d gan 12 o bobl (30%); nid oedd un teimlad yn y mwyafrif. "
        "Codwyd y thema \u201cBenefits\u201d gan 11 o bobl (27.5%); cymysg oedd y rhan fwyaf o\u2019r atebion. "
        "Ni ddangosir 2 thema arall, am fod y nifer a gododd bob un yn rhy fach.")
    # the same numbers, in the same order, in both languages
    assert re.findall(r"\d+(?:\.\d+)?", english) == re.findall(r"\d+(?:\.\d+)?", welsh)
    assert not ENGLISH.search(welsh.replace("Benefits", "")), ENGLISH.search(welsh)


def test_a_theme_without_a_welsh_name_keeps_its_english_one() -> None:
    _, welsh = both("free_text", shown(40), None, THEMES[2:3], 10)
    assert "\u201cBenefits\u201d" in welsh


def test_one_hidden_theme_and_no_themes() -> None:
    english, welsh = both("free_text", shown(40), None, THEMES[:1] + THEMES[3:4], 10)
    assert english.endswith("One other theme was raised by too few people to show.")
    assert welsh.endswith("Ni ddangosir un thema arall, am fod y nifer a\u2019i codwyd yn rhy fach.")
    english, welsh = both("free_text", shown(12), None, (), 10)
    assert english == "12 people answered this question. No themes have been coded for these answers yet."
    assert welsh == "Atebodd 12 o bobl y cwestiwn hwn. Nid oes themâu wedi\u2019u codio ar gyfer yr atebion hyn eto."
    assert not ENGLISH.search(welsh)


def test_suppressed_answer_counts_say_why_in_welsh() -> None:
    english, welsh = both("free_text", Cell(None, PRIMARY, 10), None, THEMES, 10)
    assert english == "Fewer than 10 people answered this question, so no figures are shown."
    assert welsh == "Atebodd llai na 10 o bobl y cwestiwn hwn, felly ni ddangosir unrhyw ffigurau."
    english, welsh = both("yes_no", Cell(None, SECONDARY, 10), None, (), 10)
    assert english.startswith("The number who answered is not shown")
    assert welsh == "Ni ddangosir nifer y bobl a atebodd, fel na ellir cyfrifo nifer llai."
    for text in (both("free_text", Cell(None, PRIMARY, 10), None, (), 10)[1], welsh):
        assert "Tai" not in text and "24" not in text  # nothing below a hidden total is told
        assert not ENGLISH.search(text)


def test_closed_question_names_the_welsh_option_and_counts_hidden_ones() -> None:
    options = LabelledGroup((
        Labelled("yes", "Yes", "Ie", shown(31), 77.5),
        Labelled("no", "No", "Na", shown(9), 22.5),
        Labelled("maybe", "Not sure", "Ddim yn siŵr", Cell(None, PRIMARY, 10), None),
    ), shown(40))
    english, welsh = both("yes_no", shown(40), options, (), 10)
    assert english == ("40 people answered this question. The most common answer was \u201cYes\u201d, chosen by 31 "
                       "(77.5%). 1 answer is not shown because of small numbers.")
    assert welsh == ("Atebodd 40 o bobl y cwestiwn hwn. Yr ateb mwyaf cyffredin oedd \u201cIe\u201d, a ddewiswyd gan "
                     "31 o bobl (77.5%). Ni ddangosir un o\u2019r atebion oherwydd niferoedd bach.")
    two_hidden = LabelledGroup(options.items[:1] + (options.items[2],) * 2, shown(40))
    assert both("yes_no", shown(40), two_hidden, (), 10)[1].endswith("Ni ddangosir 2 o\u2019r atebion oherwydd "
                                                                     "niferoedd bach.")
    assert not ENGLISH.search(welsh)


def test_every_built_question_has_a_welsh_paragraph_with_the_english_figures() -> None:
    for seed in range(4):
        for threshold in (3, 5, 10):
            results = build_results(consultation(seed, people=70), Filters(), threshold, "staff")
            for q in results.questions:
                assert q.narrative and q.narrative_cy
                assert re.findall(r"\d+", q.narrative) == re.findall(r"\d+", q.narrative_cy), q.narrative_cy
                assert not ENGLISH.search(q.narrative_cy), q.narrative_cy


def test_the_json_export_carries_both_paragraphs() -> None:
    results = build_results(consultation(1, people=70), Filters(), 10, "public")
    for q, item in zip(results.questions, to_dict(results)["questions"], strict=True):
        assert (item["narrative"], item["narrative_cy"]) == (q.narrative, q.narrative_cy)
