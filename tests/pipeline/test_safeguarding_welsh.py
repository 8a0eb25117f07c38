"""Safeguarding in Welsh and in answers that mix Welsh and English: same screen, same categories."""

import pytest

from consult.pipeline.safeguarding import ABUSE, CHILD, DANGER, EXPLOITATION, SUICIDE, assess, assess_rules


@pytest.mark.parametrize(("text", "category"), [
    ("Weithiau dw i eisiau lladd fy hun", SUICIDE),
    ("dw i eisiau lladd fy hun", SUICIDE),
    ("dwi isio marw", SUICIDE),                              # northern, texting
    ("sa i moyn byw rhagor", SUICIDE),                       # southern
    ("does dim pwynt byw", SUICIDE),
    ("dw i isio dod â'r cyfan i ben", SUICIDE),
    ("dw i isio dod a'r cyfan i ben", SUICIDE),              # no circumflex
    ("dw i di bod yn hunan-niweidio eto", SUICIDE),
    ("newydd lyncu'r holl dabledi", SUICIDE),               # soft mutation: llyncu -> lyncu, tabledi -> dabledi
    ("nes i gymryd gorddos neithiwr", SUICIDE),
    ("mae o'n fy nghuro i bob nos", ABUSE),                  # nasal mutation: curo -> nghuro
    ("ma fe'n mwrw fi pan mae e'n feddw", ABUSE),            # bwrw -> mwrw, southern
    ("ges i fy nhreisio", ABUSE),
    ("mae'n bygwth fy lladd i", DANGER),
    ("dw i ofn mynd adre", ABUSE),
    ("sdim bwyd yn y tŷ i'r plant ers deuddydd", CHILD),
    ("dw i'n ddyledus i'r deliwr a mae o'n gwneud i fi werthu", EXPLOITATION),
    ("mae o tu allan i'r drws efo cyllell", DANGER),
])
def test_welsh_disclosures_are_flagged_in_their_category(text: str, category: str) -> None:
    result = assess(text)
    assert result.flagged and category in result.categories, result
    assert result.matched


@pytest.mark.parametrize("text", [
    "lladd amser ar y bws",
    "mae fy nhraed yn fy lladd i",
    "mae'r ddannodd yn fy lladd i",
    "marw isio paned",
    "bwrw glaw eto heddiw",
    "nath Cymru guro Lloegr!",
    "cael tabledi lladd poen gan y fferyllfa",
])
def test_welsh_idioms_are_not_flagged(text: str) -> None:
    assert not assess(text).flagged


@pytest.mark.parametrize("text", [
    "dw i ddim isio marw, dw i isio tŷ",
    "does neb yn fy nghuro, mae'r hostel yn iawn",
    "dim meddyliau am frifo fy hun",
    "sa i'n mynd i gymryd gorddos",
])
def test_welsh_negation_clears(text: str) -> None:
    assert not assess(text).flagged


@pytest.mark.parametrize("text", [
    "o'n i'n arfer torri fy hun ond dim ers blynyddoedd",
    "ges i fy ngham-drin flynyddoedd yn ôl, dw i'n saff nawr",
])
def test_welsh_past_and_resolved_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged


def test_welsh_past_that_is_back_is_flagged() -> None:
    assert assess("o'n i'n arfer torri fy hun a dw i di dechrau eto").flagged


@pytest.mark.parametrize("text", [
    "dw i isio kill myself tbh",
    "feeling suicidal heddiw, sori",
    "he's banging on the window, dw i yn y fflat ar ben fy hun",
    "mae o'n checkio fy location bob 10 munud",
])
def test_mixed_welsh_and_english_is_flagged(text: str) -> None:
    assert assess(text).flagged


def test_language_argument_switches_nothing_off() -> None:
    text = "dw i isio marw"
    assert assess(text, language="en") == assess(text, language="cy") == assess(text)
    assert assess("i want to die", language="cy").flagged


def test_welsh_matches_name_their_words() -> None:
    result = assess_rules("dw i eisiau lladd fy hun")
    assert result.categories == (SUICIDE,)
    assert "lladd fy hun" in result.matched
