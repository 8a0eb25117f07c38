"""Every built-in and demo SMS text, in both languages, goes as one segment."""

from __future__ import annotations

import pytest

from sms.segments import count
from sms.survey import ask
from sms.texts import LANGUAGES, TEXTS, Language, render
from tests.sms.sms_demo import SURVEY

# A placeholder at its budget, filled with the widest GSM-7 character ("x" costs one unit).
WORST_CASE = {"who": "x", "keyword": "X", "limit": "9", "low": "9", "high": "9", "number": "9", "total": "9"}


def _worst(name: str, language: Language) -> str:
    template = TEXTS[name]
    values = {key: WORST_CASE[key] * budget for key, budget in template.budgets.items()}
    return template.text(language).format(**values)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_builtin_text_fits_one_segment(name: str, language: Language) -> None:
    info = count(_worst(name, language))
    assert info.segments == 1, f"{name}/{language}: {info}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_questions_fit_one_segment(language: Language) -> None:
    for index in range(len(SURVEY.questions)):
        info = count(ask(SURVEY, index, language))
        assert info.segments == 1, f"question {index + 1}/{language}: {info}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_welcome_fits_one_segment(language: Language) -> None:
    text = render("welcome", language, who=SURVEY.who(language), total=len(SURVEY.questions))
    assert count(text).segments == 1


def test_every_text_has_both_languages_and_the_same_placeholders() -> None:
    for name, template in TEXTS.items():
        assert template.en and template.cy, name
        for key in template.budgets:
            assert "{" + key + "}" in template.en and "{" + key + "}" in template.cy, name


def test_thanks_carries_the_support_line_and_updates_offer() -> None:
    assert "Samaritans 116 123, 999 in an emergency" in render("thanks", "en")
    assert "not a reporting line" in render("thanks", "en")
    assert "Reply YES to get a text about what changed" in render("thanks", "en")
    assert "116 123" in render("thanks", "cy") and "IE" in render("thanks", "cy")


def test_welsh_question_with_circumflex_is_counted_as_ucs2() -> None:
    info = count(ask(SURVEY, 1, "cy"))
    assert info.encoding == "UCS-2" and info.ucs2_char == "â"


def test_welsh_texts_name_the_welsh_keywords() -> None:
    for name, template in TEXTS.items():
        assert "HELP" not in template.cy.replace("help", ""), name  # CYMORTH
        assert "SKIP" not in template.cy and "START" not in template.cy, name
    assert "CYMORTH" in render("welcome", "cy", who="x", total=7)
    assert "CYMORTH" in render("how_to_join", "cy", keyword="LLAIS")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welcome_says_how_many_questions_there_are(language: Language) -> None:
    text = render("welcome", language, who=SURVEY.who(language), total=len(SURVEY.questions))
    assert ("4 questions" if language == "en" else "4 cwestiwn") in text


def test_a_circumflex_that_carries_meaning_stays_and_the_text_stays_one_segment() -> None:
    """"â'r heddlu" (with the police) is not "a'r heddlu" (and the police): kept, at UCS-2's 70."""
    question = "Cyswllt â'r heddlu yn y 12 mis diwethaf? Atebwch 1 ie, 2 na neu NESAF."
    info = count(question)
    assert info.encoding == "UCS-2" and info.segments == 1
