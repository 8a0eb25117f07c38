"""Segment counting: GSM-7 and its extension table, UCS-2, and safe normalisation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sms.segments import GSM7_BASIC, GSM7_EXTENSION, count, describe, fits_one, normalise


def test_plain_text_is_gsm7_one_segment_up_to_160() -> None:
    assert count("a" * 160) == count("a" * 160)
    assert count("a" * 160).segments == 1
    assert count("a" * 161).segments == 2
    assert count("a" * 306).segments == 2
    assert count("a" * 307).segments == 3


def test_extension_characters_cost_two() -> None:
    info = count("€" * 80)
    assert (info.encoding, info.units, info.segments) == ("GSM-7", 160, 1)
    assert count("€" * 80 + "a").segments == 2
    assert count("[]{}~^|\\").units == 16


def test_extension_pair_never_splits_across_segments() -> None:
    # 152 plain then one € (2 units) does not fit in the first 153: it moves on.
    assert count("a" * 152 + "€" + "a" * 152).segments == 3
    assert count("a" * 151 + "€" + "a" * 153).segments == 2


def test_welsh_circumflex_forces_ucs2_and_is_named() -> None:
    info = count("Mae'r dŵr yn oer")
    assert info.encoding == "UCS-2"
    assert info.ucs2_char == "ŵ"
    assert count("ŷ" * 70).segments == 1
    assert count("ŷ" * 71).segments == 2
    assert count("â" * 134).segments == 2
    assert count("â" * 135).segments == 3
    assert 'because of "ŵ"' in describe("dŵr")


def test_emoji_counts_as_two_ucs2_units() -> None:
    assert count("😀" * 35).units == 70
    assert count("😀" * 35).segments == 1
    assert count("😀" * 36).segments == 2


def test_gsm_accented_letters_stay_gsm7() -> None:
    assert count("é è ù ì ò Ä Ö Ñ Ü à £ ¥").encoding == "GSM-7"


def test_normalise_replaces_typographic_punctuation() -> None:
    text = "\u201cDon\u2019t\u201d \u2013 it\u2019s fine\u2026 \u2014 ok"
    assert normalise(text) == "\"Don't\" - it's fine... - ok"
    assert count(normalise(text)).encoding == "GSM-7"


def test_normalise_never_strips_welsh_letters() -> None:
    welsh = "ŵ ŷ â ê î ô û Ŵ Ŷ Â ë ï ẃ ẁ ỳ ý"
    assert normalise(welsh) == welsh


def test_empty_text_needs_no_segment() -> None:
    assert count("").segments == 0
    assert fits_one("")


@given(st.text(alphabet=sorted(GSM7_BASIC), max_size=400))
def test_gsm_basic_units_equal_length(text: str) -> None:
    info = count(text)
    assert info.encoding == "GSM-7"
    assert info.units == len(text)


@given(st.text(alphabet=sorted(GSM7_BASIC | GSM7_EXTENSION), max_size=500))
def test_segments_hold_all_units(text: str) -> None:
    info = count(text)
    if info.segments > 1:
        assert info.units <= info.segments * 153
        assert info.units > (info.segments - 1) * 153 - 1


@given(st.text(max_size=300))
def test_normalise_is_idempotent_and_keeps_letters(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert [c for c in text if c.isalpha()] == [c for c in once if c.isalpha()]
