"""Placeholders in the page's language, and the 'personal details removed' note that stays."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.web.kiosk.pages import removed_note
from tests.web.kiosk.factory import answer, start, stored_texts, submit

TYPED = "My worker Dave Jones said ring him on 07912 345678"


def textarea(html: str) -> str:
    match = re.search(r"<textarea[^>]*>(.*?)</textarea>", html, re.S)
    assert match, "no answer box"
    return match.group(1).strip()


def test_the_note_and_placeholders_survive_back_and_change(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk)
    answer(kiosk, 2, TYPED)
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert "2 personal details removed" in check
    assert "Words in square brackets, like [NAME], show where we took out personal details." in check
    back = kiosk.get("/kiosk/question/2").get_data(as_text=True)  # Back, or Change
    assert textarea(back) == "My worker [NAME] said ring him on [PHONE]"
    assert "2 personal details removed" in back and "Words in square brackets" in back
    status, target = answer(kiosk, 2, "My worker [NAME] said ring him on [PHONE] after 5", query="?from=check")
    assert status == 302 and target.endswith("/kiosk/check")
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert "2 personal details removed" in check
    assert submit(kiosk) == 302
    assert stored_texts(demo) == ["My worker [NAME] said ring him on [PHONE] after 5"]


def test_welsh_pages_show_welsh_placeholders_and_store_neutral_ones(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk, "cy")
    answer(kiosk, 2, TYPED)
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert "My worker [ENW] said ring him on [RHIF FFÔN]" in check and "[NAME]" not in check
    assert "Tynnwyd 2 fanylyn personol" in check
    assert "Mae geiriau mewn cromfachau sgwâr, fel [ENW], yn dangos" in check
    back = kiosk.get("/kiosk/question/2").get_data(as_text=True)
    assert textarea(back) == "My worker [ENW] said ring him on [RHIF FFÔN]"
    assert "Tynnwyd 2 fanylyn personol" in back
    answer(kiosk, 2, textarea(back) + " diolch", query="?from=check")  # sent back with the Welsh labels in it
    assert "Tynnwyd 2 fanylyn personol" in kiosk.get("/kiosk/check").get_data(as_text=True)
    assert submit(kiosk) == 302
    assert stored_texts(demo) == ["My worker [NAME] said ring him on [PHONE] diolch"]


def test_no_note_when_nothing_was_removed(kiosk: FlaskClient) -> None:
    start(kiosk)
    answer(kiosk, 2, "The officer was kind")
    check = kiosk.get("/kiosk/check").get_data(as_text=True)
    assert "removed" not in check and "Words in square brackets" not in check
    assert "Words in square brackets" not in kiosk.get("/kiosk/question/2").get_data(as_text=True)


@pytest.mark.parametrize(("count", "english", "welsh"), [
    (1, "1 personal detail removed", "Tynnwyd 1 manylyn personol"),
    (2, "2 personal details removed", "Tynnwyd 2 fanylyn personol"),
    (3, "3 personal details removed", "Tynnwyd 3 manylyn personol"),
    (4, "4 personal details removed", "Tynnwyd 4 o fanylion personol"),
    (6, "6 personal details removed", "Tynnwyd 6 manylyn personol"),
    (11, "11 personal details removed", "Tynnwyd 11 o fanylion personol"),
])
def test_the_count_uses_every_welsh_plural_form(demo: Flask, count: int, english: str, welsh: str) -> None:
    for lang, expected in (("en", english), ("cy", welsh)):
        with demo.test_request_context(f"/kiosk/?lang={lang}"):
            assert removed_note(count) == expected
