"""Sentiment in voices the bench sets were not written in: text-speak, resignation, polite complaints
and praise told plainly. Every answer here was written for these tests (none is a bench answer)."""

import pytest

from consult.pipeline.sentiment import rule_score, score
from consult.pipeline.sentiment_text import plain

POLICE = "Tell us about your contact with the police. What happened, and how were you treated?"
MENTAL = "What has helped with your mental health, or with drugs or alcohol, and what was missing?"
HOUSING = "Where are you living now, and what would help you feel safe and settled?"
HELPED = "What would have helped you most at that time?"


@pytest.mark.parametrize(("text", "spelt"), [
    ("nah nuffin changed n no1 rang", "no nothing changed and no one rang"),
    ("sum1 2 ring me b4 they turned up", "someone to ring me before they turned up"),
    ("kept me in 4 nuffin ova nite", "kept me in for nothing over night"),
    ("SOOOO RUDE", "soo rude"),
    ("waited 2 hours, there were 4 of us", "waited 2 hours, there were 4 of us"),  # numbers stay numbers
    ("livin wiv my bro cos he has room", "living with my bro because he has room"),
])
def test_text_speak_is_spelt_out(text: str, spelt: str) -> None:
    assert plain(text) == spelt


@pytest.mark.parametrize("text", [
    "nah nuffin changed n no1 rang",
    "whats the point, nothing ever changes round here",
    "doesnt matter any more, ive moved on",
    "i just have to put up with it i suppose",
    "could have been better if im honest",
])
def test_resignation_and_text_speak_read_negative_by_the_rule(text: str) -> None:
    assert rule_score(text, MENTAL).label == "negative"


def test_a_polite_concession_is_read_after_its_but() -> None:
    result = rule_score("I understand they are short staffed, but nobody returned my calls for a month", POLICE)
    assert result.label == "negative" and not result.mixed
    assert any(r.startswith("concession") for r in result.reasons)
    assert rule_score("I know it is a hard job but the officer was kind and patient", POLICE).label == "positive"


@pytest.mark.parametrize("text", [
    "my probation officer never gave up on me",
    "they believed me and took it seriously from the start",
    "the officer kept us updated the whole time",
])
def test_praise_told_plainly_is_positive(text: str) -> None:
    assert rule_score(text, POLICE).label == "positive"
    assert score(text, POLICE).label == "positive"


def test_giving_up_is_still_negative() -> None:
    assert rule_score("they gave up on me after two appointments", MENTAL).label == "negative"


@pytest.mark.parametrize("text", [
    "i want to die", "it was humiliating", "they stopped me because of the colour of my skin",
    "brilliant, left me in a cell 14 hours", "nah no1 helped, cant do this no more",
])
def test_the_issues_negatives_stay_negative(text: str) -> None:
    assert score(text, POLICE).label == "negative"


@pytest.mark.parametrize(("text", "question"), [
    ("gave a statement at the station on monday", POLICE),
    ("renting a flat with my partner", HOUSING),
    ("nothing", HELPED),
    ("nothing", None),
])
def test_plain_facts_stay_neutral(text: str, question: str | None) -> None:
    assert score(text, question).label == "neutral"
