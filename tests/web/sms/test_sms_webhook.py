"""Whole conversations through the signed webhook, against the demo consultation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import update

from consult.extensions import db
from consult.models import Answer
from consult.services import sms_reminders
from sms.texts import render
from tests.web.sms.db_helpers import (
    SmsConversation,
    SmsInboundMessage,
    SmsOptOut,
    SmsUpdateContact,
    conversation,
    count,
    sms_answers,
)
from tests.web.sms.twilio_helpers import Phone

REPLAYED = "SM" + "e" * 32
Q1_EN = "Have you had contact with the police in the last 12 months? Reply 1 for yes, 2 for no, or SKIP."
Q2_EN = "How did the police treat you last time you had contact with them? What happened?"
Q1_CY = "Cyswllt â'r heddlu yn y 12 mis diwethaf? Atebwch 1 ie, 2 na neu NESAF."
Q2_CY = "Sut gwnaeth yr heddlu eich trin y tro diwethaf? Beth ddigwyddodd?"
Q3_EN = "What would have helped you most at that time?"
Q3_CY = "Beth fyddai wedi eich helpu fwyaf bryd hynny?"


def test_full_conversation_in_english(sms_app: Flask, phone: Phone) -> None:
    first = phone.text("Voice!")
    assert first[0] == render("welcome", "en", who="Your Police and Crime Commissioner", total=7)
    assert first[1] == Q1_EN
    assert phone.text("1") == [Q2_EN]
    phone.text("They were rough. Ask PC John Smith, he knows me, call 07700 900123")
    phone.text("Someone to talk to")
    phone.text("4")
    phone.text("Nothing helped")
    phone.text("Hostel, a proper flat")
    last = phone.text("6")
    assert last[-1] == render("thanks", "en")
    assert phone.text("YES") == [render("update_confirmed", "en")]

    answers = sms_answers(sms_app)
    assert [(position, choice) for _, position, choice, _ in answers] == [
        (1, "yes"),
        (2, None),
        (3, None),
        (4, "4"),
        (5, None),
        (6, None),
        (7, "prefer-not-to-say"),
    ]
    stored = answers[1][3] or ""
    assert "John Smith" not in stored and "07700" not in stored and "[NAME]" in stored
    assert count(sms_app, SmsUpdateContact) == 1
    assert conversation(sms_app).status == "completed"


def test_full_conversation_in_welsh(sms_app: Flask, phone: Phone) -> None:
    phone.text("voice")
    switched = phone.text("CYMRAEG")
    assert switched[0].startswith(render("language_set", "cy")) and Q1_CY in switched[-1]
    assert phone.text("ie") == [Q2_CY]
    for body in ("Yn wael", "Rhywun i siarad", "2", "Dim byd", "Hostel"):
        phone.text(body)
    assert phone.text("1")[-1] == render("thanks", "cy")
    assert phone.text("OES") == [render("update_confirmed", "cy")]
    assert conversation(sms_app).language == "cy"
    assert [choice for _, _, choice, _ in sms_answers(sms_app)][:1] == ["yes"]
    with sms_app.app_context():
        assert db.session.query(SmsUpdateContact).one().language == "cy"


def test_skip_moves_on_and_stores_nothing(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    reply = phone.text("skip")
    assert reply == [f"{render('skip_ack', 'en')}\n{Q2_EN}"]
    assert sms_answers(sms_app) == []


def test_help_and_unknown_number(sms_app: Flask, phone: Phone) -> None:
    assert phone.text("hello")[0] == render("how_to_join", "en", keyword="VOICE")
    phone.text("VOICE")
    help_reply = phone.text("HELP")
    assert help_reply[0] == render("help", "en") and help_reply[-1] == Q1_EN
    assert sms_answers(sms_app) == []


def test_stop_mid_survey_then_silence_then_start(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    phone.text("1")
    assert phone.text("STOP") == [render("stopped", "en")]
    assert count(sms_app, SmsOptOut) == 1
    assert phone.text("hello again") == []
    assert phone.text("stop") == []
    restarted = phone.text("START")
    assert restarted[0].startswith(render("restarted", "en")) and Q2_EN in restarted[-1]
    assert count(sms_app, SmsOptOut) == 0
    assert len(sms_answers(sms_app)) == 1  # STOP and START were never answers


def test_stop_days_later_withdraws_the_update_request(sms_app: Flask, phone: Phone) -> None:
    for body in ("VOICE", "2", "a", "b", "3", "c", "d", "1", "YES"):
        phone.text(body)
    assert count(sms_app, SmsUpdateContact) == 1
    with sms_app.app_context():
        db.session.execute(update(SmsConversation).values(last_inbound_at=datetime.now(UTC) - timedelta(days=6)))
        db.session.commit()
    assert phone.text("STOP") == [render("stopped", "en")]
    assert count(sms_app, SmsOptOut) == 1
    assert count(sms_app, SmsUpdateContact) == 0


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("stop texting me", "en"),
        ("Stop please", "en"),
        ("pls stop", "en"),
        ("stopp", "en"),
        ("STOP STOP", "en"),
        ("ＳＴＯＰ", "en"),
        ("stop it", "en"),
        ("no more texts", "en"),
        ("unsubscribe", "en"),
        ("leave me alone", "en"),
        ("stopiwch", "cy"),
        ("dim mwy o negeseuon", "cy"),
        ("gad lonydd i mi", "cy"),
        ("peidiwch", "cy"),
    ],
)
def test_stop_means_stop_in_any_words(sms_app: Flask, phone: Phone, body: str, language: str) -> None:
    """On a free-text question, where any words would otherwise be an answer."""
    phone.text("VOICE" if language == "en" else "LLAIS")
    phone.text("1")
    assert phone.text(body) == [render("stopped", language)]
    assert count(sms_app, SmsOptOut) == 1
    assert [position for _, position, _, _ in sms_answers(sms_app)] == [1]  # the stop was not stored
    assert phone.text("I changed my mind, here is my answer") == []  # and nothing more is sent


def test_resume_after_expiry(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    phone.text("2")
    with sms_app.app_context():
        work = sms_reminders.run_due(datetime.now(UTC) + timedelta(hours=73))
    assert work.expired == 1 and conversation(sms_app).status == "expired"
    offer = phone.text("hi")
    assert offer == [render("resume_offer", "en", number=2, total=7)]
    assert phone.text("yes") == [Q2_EN]
    phone.text("Fine")
    assert [p for _, p, _, _ in sms_answers(sms_app)] == [1, 2]


def test_replayed_message_sid_changes_nothing(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    assert phone.text("1", sid=REPLAYED) == [Q2_EN]
    assert phone.text("1", sid=REPLAYED) == []
    assert phone.text("Different body, same sid", sid=REPLAYED) == []
    assert len(sms_answers(sms_app)) == 1
    assert conversation(sms_app).question_index == 1
    assert count(sms_app, SmsInboundMessage) == 2


def test_empty_and_media_only_get_a_prompt(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    assert render("empty", "en") in phone.text("")[0]
    assert render("empty", "en") in phone.text("", num_media=1)[0]
    assert sms_answers(sms_app) == []


def test_long_body_is_truncated_and_the_person_told(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    phone.text("1")
    reply = phone.text("It was hard. " * 120)  # 1,560 characters: Twilio's limit is 1,600
    assert reply[0].startswith(render("truncated", "en", limit=1000))
    stored = sms_answers(sms_app)[-1][3] or ""
    assert 0 < len(stored) <= 1000


def test_risk_gets_the_support_line_and_a_flag(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    phone.text("1")
    reply = phone.text("I want to kill myself tonight")
    assert reply[0] == render("safeguarding", "en")
    with sms_app.app_context():
        assert db.session.query(Answer).filter(Answer.safeguarding_flag.is_(True)).count() >= 1


def test_choice_nonsense_reprompts_once(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    assert phone.text("maybe") == [render("reprompt_yes_no", "en")]
    assert phone.text("perhaps") == [f"{render('skip_ack', 'en')}\n{Q2_EN}"]


def test_purge_keeps_opt_outs_and_live_conversations(sms_app: Flask, phone: Phone) -> None:
    from consult.services.retention import purge

    for body in ("VOICE", "2", "a", "b", "3", "c", "d", "1", "YES"):
        phone.text(body)
    Phone(phone.client, "+447700900124").text("VOICE")  # still answering
    Phone(phone.client, "+447700900125").text("STOP")
    with sms_app.app_context():
        assert sms_reminders.purge() == 0
        purged = purge(datetime.now(UTC) + timedelta(days=400))
    assert purged.sms_records == 11 + 1 and purged.update_contacts == 1  # 11 MessageSids, 1 finished
    assert count(sms_app, SmsConversation) == 1  # the one still answering
    assert count(sms_app, SmsOptOut) == 1


def test_twilio_advanced_opt_out_type_is_honoured(sms_app: Flask, phone: Phone) -> None:
    from tests.web.sms.twilio_helpers import new_sid, replies_of, twilio_post

    phone.text("VOICE")
    form = {"MessageSid": new_sid(), "From": phone.number, "Body": "Paid", "OptOutType": "STOP"}
    assert replies_of(twilio_post(phone.client, "/sms/inbound", form)) == [render("stopped", "en")]
    assert count(sms_app, SmsOptOut) == 1 and sms_answers(sms_app) == []


def test_the_welsh_keyword_starts_the_conversation_in_welsh(sms_app: Flask, phone: Phone) -> None:
    first = phone.text("Llais!")
    assert first[0] == render("welcome", "cy", who="eich Comisiynydd Heddlu a Throseddu", total=7)
    assert phone.text("ie") == [Q2_CY]


def test_webhooks_neither_read_nor_set_a_session_cookie(sms_app: Flask, phone: Phone) -> None:
    """The kiosk's session still comes from its cookie; a webhook starts from an empty one."""
    cookie = sms_app.session_interface.get_signing_serializer(sms_app).dumps({"lang": "cy"})  # type: ignore[attr-defined]
    headers = {"Cookie": f"{sms_app.config['SESSION_COOKIE_NAME']}={cookie}"}
    with sms_app.test_request_context("/kiosk/", headers=headers):
        from flask import request

        assert sms_app.session_interface.open_session(sms_app, request) == {"lang": "cy"}
    for path in ("/sms/inbound", "/sms/status"):
        with sms_app.test_request_context(path, method="POST", headers=headers):
            assert sms_app.session_interface.open_session(sms_app, request) == {}
    phone.client.set_cookie(sms_app.config["SESSION_COOKIE_NAME"], cookie)
    response = phone.client.post("/sms/inbound")  # unsigned: refused before anything else
    assert response.status_code == 403 and not response.headers.getlist("Set-Cookie")
    assert phone.text("VOICE") and phone.text("1") == [Q2_EN]
