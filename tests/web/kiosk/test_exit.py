"""Exit This Page: GOV.UK Frontend's component, a neutral page to land on, and nothing left behind."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import KioskDraft
from tests.web.kiosk.factory import answer, start

# Anything that would tell an onlooker what the person was doing.
GIVEAWAYS = ("Have your say", "Your voice", "Eich llais", "Police", "Heddlu", "Riverside", "consultation",
             "Commissioner", "Comisiynydd", "answers", "atebion", "Exit", "Gadael")


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_journey_page_has_the_exit_this_page_component(kiosk: FlaskClient, lang: str) -> None:
    start(kiosk, lang)
    html = kiosk.get("/kiosk/question/2").get_data(as_text=True)
    component = re.search(r'<div class="govuk-exit-this-page[^"]*" data-module="govuk-exit-this-page"[^>]*>', html)
    assert component, "no Exit This Page component"
    assert 'href="/kiosk/exit"' in html and "govuk-js-exit-this-page-button" in html
    if lang == "cy":
        assert 'data-i18n.press-two-more-times="Shift, pwyswch 2 waith eto i adael."' in component.group(0)
        assert 'data-i18n.press-one-more-time="Shift, pwyswch unwaith eto i adael."' in component.group(0)
        assert 'data-i18n.activated="Wrthi’n llwytho."' in component.group(0)
        assert '<span class="govuk-visually-hidden">Argyfwng</span> Gadael y dudalen hon' in html
    else:
        assert 'data-i18n.press-two-more-times="Shift, press 2 more times to exit."' in component.group(0)
        assert '<span class="govuk-visually-hidden">Emergency</span> Exit this page' in html


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_exit_leaves_for_a_neutral_page_and_wipes_everything(kiosk: FlaskClient, demo: Flask, lang: str) -> None:
    start(kiosk, lang)
    answer(kiosk, 2, "Marmalade Zebra told me to ring 07912 345678")
    response = kiosk.get("/kiosk/exit")
    assert response.headers["Clear-Site-Data"] == '"cache", "storage"'
    assert response.location.endswith(f"/kiosk/left?lang={lang}")
    with demo.app_context():
        assert db.session.scalar(select(func.count()).select_from(KioskDraft)) == 0
    landed = kiosk.get(response.location)
    html = landed.get_data(as_text=True)
    assert landed.status_code == 200
    assert landed.headers["Cache-Control"] == "no-store, max-age=0"
    assert f'<html lang="{lang}"' in html
    assert ("Croeso" if lang == "cy" else "Welcome") in html
    for giveaway in GIVEAWAYS:
        assert giveaway not in html, giveaway
    assert "<script" not in html
    with kiosk.session_transaction() as session:
        assert "kiosk_journey" not in session
    assert kiosk.get("/kiosk/question/2").location.endswith("/kiosk/")


def test_the_neutral_page_needs_no_tablet(demo: Flask) -> None:
    response = demo.test_client().get("/kiosk/left")
    assert response.status_code == 200 and "Welcome" in response.get_data(as_text=True)


def test_finishing_after_sending_starts_clean_without_a_cleared_banner(kiosk: FlaskClient) -> None:
    response = kiosk.get("/kiosk/exit?reason=finish")
    assert response.location.endswith("/kiosk/")


def test_the_question_uses_the_full_width(kiosk: FlaskClient) -> None:
    start(kiosk)
    for url in ("/kiosk/", "/kiosk/question/1", "/kiosk/question/2", "/kiosk/check"):
        html = kiosk.get(url).get_data(as_text=True)
        assert "govuk-grid-column-full" in html and "two-thirds" not in html, url
