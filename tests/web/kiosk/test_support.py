"""A worrying answer shows the support panel at once, in the page's language, and is flagged."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer
from tests.web.kiosk.factory import KIOSK_SUBMISSIONS, answer, start, submit

ENGLISH_DISCLOSURE = "Some days I want to kill myself."  # the screen reads any text, on any page
WELSH_DISCLOSURE = "Weithiau dw i eisiau lladd fy hun"
PANEL = {
    "en": ("Support", "Thank you for telling us. You do not have to go through this alone.",
           "If you need support now", "Samaritans, any time, free: call <strong>116 123</strong>."),
    "cy": ("Cymorth", "Diolch am ddweud wrthym. Does dim rhaid i chi wynebu hyn ar eich pen eich hun.",
           "Os oes angen cymorth arnoch nawr", "Y Samariaid, unrhyw bryd, am ddim: ffoniwch <strong>116 123</strong>."),
}


def flagged_answers(app: Flask) -> list[Answer]:
    with app.app_context():
        from consult.models import Response

        query = select(Answer).join(Response).where(KIOSK_SUBMISSIONS, Answer.safeguarding_flag.is_(True))
        return list(db.session.scalars(query))


def assert_panel_in(html: str, lang: str) -> None:
    for text in PANEL[lang]:
        assert text in html, text
    other = "cy" if lang == "en" else "en"
    assert PANEL[other][1] not in html


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_disclosure_shows_the_support_panel_in_the_page_language(kiosk: FlaskClient, demo: Flask,
                                                                     lang: str) -> None:
    start(kiosk, lang)
    status, target = answer(kiosk, 2, ENGLISH_DISCLOSURE)
    assert status == 302
    assert_panel_in(kiosk.get(target).get_data(as_text=True), lang)
    assert PANEL[lang][1] not in kiosk.get(target).get_data(as_text=True), "the panel shows once"
    assert submit(kiosk) == 302
    assert len(flagged_answers(demo)) == 1


def test_an_ordinary_answer_on_a_welsh_page_shows_no_panel(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk, "cy")
    status, target = answer(kiosk, 2, "Roedd y swyddog yn garedig iawn")
    assert status == 302
    assert PANEL["cy"][1] not in kiosk.get(target).get_data(as_text=True)
    assert submit(kiosk) == 302
    assert flagged_answers(demo) == []


def test_a_welsh_disclosure_on_a_welsh_page_shows_the_welsh_panel(kiosk: FlaskClient, demo: Flask) -> None:
    start(kiosk, "cy")
    status, target = answer(kiosk, 2, WELSH_DISCLOSURE)
    assert status == 302
    assert_panel_in(kiosk.get(target).get_data(as_text=True), "cy")
    assert submit(kiosk) == 302
    assert len(flagged_answers(demo)) == 1


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_disclosure_made_by_changing_an_answer_shows_the_panel_on_check_answers(kiosk: FlaskClient,
                                                                                  lang: str) -> None:
    start(kiosk, lang)
    answer(kiosk, 2, "The officer was fine")
    status, target = answer(kiosk, 2, ENGLISH_DISCLOSURE, query="?from=check")
    assert status == 302 and target.endswith("/kiosk/check")
    html = kiosk.get(target).get_data(as_text=True)
    assert_panel_in(html, lang)
    assert html.index(PANEL[lang][1]) < html.index("<h1"), "the panel comes first, before the answers"
