"""Placeholders are stored language-neutral and shown in the reader's language."""

from __future__ import annotations

import pytest

from consult.pipeline.anonymise import PLACEHOLDER_TYPES
from consult.pipeline.anonymise.placeholders import WELSH, counts, display, neutral

STORED = "Ring [NAME] on [PHONE] at [ADDRESS], [POSTCODE]; born [DOB], NHS [NHS_NUMBER], NI [NI_NUMBER]."


def test_every_placeholder_type_has_its_own_welsh_label() -> None:
    assert set(WELSH) == set(PLACEHOLDER_TYPES)
    assert len(set(WELSH.values())) == len(WELSH), "two types would read the same in Welsh"
    assert not set(WELSH.values()) & set(PLACEHOLDER_TYPES), "a Welsh label must not look like a stored type"


def test_welsh_pages_show_welsh_labels() -> None:
    assert display(STORED, "cy") == (
        "Ring [ENW] on [RHIF FFÔN] at [CYFEIRIAD], [COD POST]; born [DYDDIAD GENI], NHS [RHIF GIG], "
        "NI [RHIF YSWIRIANT GWLADOL]."
    )
    assert display("[EMAIL] [PLACE]", "cy") == "[E-BOST] [LLE]"


@pytest.mark.parametrize("language", ["en", "fr", ""])
def test_other_languages_keep_the_stored_form(language: str) -> None:
    assert display(STORED, language) == STORED


@pytest.mark.parametrize("kind", PLACEHOLDER_TYPES)
def test_what_a_welsh_page_shows_comes_back_stored(kind: str) -> None:
    text = f"gofynnwch i [{kind}] ddydd Llun"
    assert neutral(display(text, "cy")) == text


def test_only_whole_bracketed_labels_change() -> None:
    assert display("NAME [NAME2] [name] NAME]", "cy") == "NAME [NAME2] [name] NAME]"
    assert neutral("ENW [enw] [ENW ] Enw") == "ENW [enw] [ENW ] Enw"


def test_counts_read_the_placeholders_left_in_the_text() -> None:
    assert counts("[NAME] and [NAME] on [PHONE]") == {"NAME": 2, "PHONE": 1}
    assert counts("nothing removed [ENW]") == {}
