"""A text that suggests risk gets the support text first, as its own message, in the
conversation's language; the answer is stored flagged for the facilitator's review queue."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer
from consult.pipeline.safeguarding import assess
from sms.texts import render
from tests.web.sms.test_sms_webhook import Q2_CY, Q2_EN, Q3_CY, Q3_EN
from tests.web.sms.twilio_helpers import Phone

DISCLOSURE_EN = "I want to kill myself tonight"
DISCLOSURE_CY = "dw i eisiau lladd fy hun"  # "I want to kill myself"


def flagged_answers(app: Flask) -> list[tuple[bool, list[str], str | None]]:
    with app.app_context():
        query = select(Answer.safeguarding_flag, Answer.safeguarding_categories, Answer.text)
        rows = db.session.execute(query.where(Answer.text.is_not(None))).all()
        return [(flag, list(categories), text) for flag, categories, text in rows if flag]


def test_an_english_disclosure_gets_the_support_text_then_the_next_question(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    assert phone.text("1") == [Q2_EN]
    before = len(flagged_answers(sms_app))
    replies = phone.text(DISCLOSURE_EN)
    assert replies == [render("safeguarding", "en"), Q3_EN]  # two <Message>s: support first
    assert replies[0].startswith("You don't have to go through this alone")
    assert "Samaritans" in replies[0] and "116 123" in replies[0] and "999" in replies[0]
    assert "not a reporting line" in replies[0]
    flagged = flagged_answers(sms_app)
    assert len(flagged) == before + 1 and flagged[-1][1]  # stored flagged, with its categories


def test_a_welsh_conversation_gets_the_welsh_support_text(sms_app: Flask, phone: Phone) -> None:
    phone.text("LLAIS")
    assert phone.text("ie") == [Q2_CY]
    replies = phone.text(DISCLOSURE_EN)  # people mix languages: the screen reads English today
    assert replies == [render("safeguarding", "cy"), Q3_CY]
    assert replies[0].startswith("Does dim rhaid i chi wynebu hyn ar eich pen eich hun")
    assert "Samariaid" in replies[0] and "116 123" in replies[0] and "999" in replies[0]
    assert "Nid llinell adrodd yw hon" in replies[0]
    assert flagged_answers(sms_app)


def test_a_welsh_disclosure_is_handled_as_the_screen_reads_it(sms_app: Flask, phone: Phone) -> None:
    """The Welsh rules are another engineer's (consult.pipeline.safeguarding): whatever the screen
    says of a Welsh disclosure, the webhook replies and stores exactly that."""
    phone.text("LLAIS")
    phone.text("ie")
    before = len(flagged_answers(sms_app))
    replies = phone.text(DISCLOSURE_CY)
    if assess(DISCLOSURE_CY).flagged:
        assert replies == [render("safeguarding", "cy"), Q3_CY]
        assert len(flagged_answers(sms_app)) == before + 1
    else:
        assert replies == [Q3_CY]
        assert len(flagged_answers(sms_app)) == before


@pytest.mark.parametrize("body", ["I want to kill myself", "STOP I want to die"])
def test_a_risk_that_is_not_an_answer_still_gets_the_support_text(sms_app: Flask, phone: Phone, body: str) -> None:
    """From a number we don't know nothing is stored, but the support text still goes first."""
    before = flagged_answers(sms_app)
    replies = phone.text(body)
    if assess(body).flagged:
        assert replies[0] == render("safeguarding", "en") and len(replies) == 2
    assert flagged_answers(sms_app) == before
