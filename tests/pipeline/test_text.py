"""Cleaning before screening: one Unicode form, no invisible characters, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consult.pipeline.anonymise import Anonymiser, anonymise
from consult.pipeline.ingest import prepare_answer
from consult.pipeline.text import clean_text, normalise


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("CF10\u200b3NQ", "CF103NQ"),
        ("ＣＦ１０　３ＮＱ", "CF10 3NQ"),
        ("0791\u200d1 123\u2060456", "07911 123456"),
        ("a\u202eevil\u202c b\u2066c\u2069 \u200ed\u200f", "aevil bc d"),
        ("soft\u00adhyphen and \ufeffBOM", "softhyphen and BOM"),
        ("Siân, ŵyr, tŷ, â'r heddlu", "Siân, ŵyr, tŷ, â'r heddlu"),
        ("w\u0302 y\u0302 a\u0302", "ŵ ŷ â"),
        ("ﬁne\r\nok\rnext", "fine\nok\nnext"),
        ("  nul\x00 and bell\x07  ", "nul and bell"),
        ("“quotes” – dashes", "“quotes” – dashes"),
        ("family 👨\u200d👩\u200d👧 and flag 🏳\ufe0f\u200d🌈", "family 👨\u200d👩\u200d👧 and flag 🏳\ufe0f\u200d🌈"),
        ("0\u200d7\u200d7 a\u200db 👍\u200dx", "077 ab 👍x"),
    ],
)
def test_clean_text_folds_compatibility_forms_and_drops_format_characters(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert normalise(raw).text == clean


def test_offsets_point_back_into_the_raw_text() -> None:
    raw = "  ring ０７７００\u200b９００１２３ now"
    cleaned = normalise(raw)
    start = cleaned.text.index("07700")
    assert cleaned.raw_span(start, start + len("07700900123")) == (7, 19)
    assert raw[7:19] == "０７７００\u200b９００１２３"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_cleaning_any_unicode_is_safe_and_stable(raw: str) -> None:
    cleaned = normalise(raw)
    assert len(cleaned.starts) == len(cleaned.ends) == len(cleaned.text)
    assert all(0 <= s < e <= len(raw) for s, e in zip(cleaned.starts, cleaned.ends, strict=True))
    assert clean_text(cleaned.text) == cleaned.text
    assert clean_text(raw) == cleaned.text


@pytest.mark.parametrize(
    "text",
    [
        "my number is oh seven seven double oh nine double one two three four",
        "zero seven nine one one, two three four, five six seven",
        "call 07700 nine double oh one two three",
        "plus four four seven seven double oh nine double one two three four",
        "ffonia fi ar dim saith saith dwbl dim naw un dau tri pedwar pump",
        "oh seven triple seven one two three four five six",
    ],
)
def test_a_phone_number_in_words_is_a_phone_number(text: str) -> None:
    result = anonymise(text)
    assert [e.type for e in result.entities] == ["PHONE"]
    assert not any(w in result.text for w in ("seven", "saith", "double", "0770"))


@pytest.mark.parametrize(
    "text",
    ["oh no one two three", "triple seven", "I was one of seven, two went home", "un dau tri, dyna fo"],
)
def test_a_few_number_words_are_not_a_phone_number(text: str) -> None:
    assert anonymise(text).text == text


def test_prepare_answer_screens_the_cleaned_text() -> None:
    prepared = prepare_answer("my postcode is ＣＦ１０\u200b３ＮＱ \u202eok", Anonymiser(), 500)
    assert prepared.text == "my postcode is [POSTCODE] ok"
    assert prepared.redactions == {"POSTCODE": 1}
