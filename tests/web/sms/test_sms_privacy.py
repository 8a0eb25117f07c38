"""After a full tour of the SMS channel no phone number is anywhere in the database file,
and every built-in or demo SMS text in either language needs at most one segment."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from consult.extensions import db
from consult.models import Consultation
from consult.services import sms_sender as sender
from consult.services.sms_survey import survey_for
from consult.services.sms_updates import update_text
from sms.segments import count
from sms.survey import ask
from sms.texts import LANGUAGES, TEXTS, Language, fit_who, render
from tests.web.sms.twilio_helpers import Phone, twilio_post

NUMBERS = ("+447700900901", "+447700900902", "+447700900903")


def forms_of(e164: str) -> list[bytes]:
    national = "0" + e164[3:]
    spaced = f"{national[:5]} {national[5:]}"
    return [form.encode() for form in (e164, e164[1:], national, spaced, e164[3:])] + [
        e164.encode("utf-16-le"),
        national.encode("utf-16-le"),
    ]


def tour(app: Flask, client: FlaskClient) -> None:
    """Every path that touches a number: join, answer, YES, STOP, START, updates, statuses."""
    first, second, third = (Phone(client, n) for n in NUMBERS)
    for body in ("VOICE", "1", "call me on 07700 900901", "b", "3", "c", "d", "2", "YES"):
        first.text(body)
    for body in ("VOICE", "CYMRAEG", "ie", "STOP", "START", "2", "IE"):
        second.text(body)
    third.text("hello")
    third.text("STOP")
    with app.app_context():
        sender.send_updates("your-voice-2027", throttle=sender.Throttle(0))
        sids = [row[0] for row in db.session.execute(text("SELECT message_sid FROM sms_outbound_message"))]
    for sid in sids:
        twilio_post(client, "/sms/status", {"MessageSid": sid, "MessageStatus": "delivered"})


def test_no_phone_number_in_the_database_file_or_logs(
    sms_app: Flask, client: FlaskClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tour(sms_app, client)
    with sms_app.app_context():
        db.session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        db.session.commit()
        db.session.remove()
        db.engine.dispose()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("test.sqlite3")]
    assert files, "expected the SQLite file (and any -wal/-shm) under tmp_path"
    content = b"".join(p.read_bytes() for p in files)
    assert len(content) > 10_000
    for number in NUMBERS:
        for form in forms_of(number):
            assert form not in content, f"{form!r} found in the database file"
            assert form.decode("utf-8", "ignore") not in caplog.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_and_builtin_texts_need_one_segment(sms_app: Flask, language: Language) -> None:
    with sms_app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug="your-voice-2027").one()
        survey = survey_for(consultation, sms_app.config)
        texts = [ask(survey, i, language) for i in range(len(survey.questions))]
        texts.append(render("welcome", language, who=fit_who(survey.who(language)), total=len(survey.questions)))
        texts.append(update_text(consultation, language))
        texts.append(render("how_to_join", language, keyword=survey.keyword))
    for name in TEXTS:
        template = TEXTS[name]
        texts.append(template.text(language).format(**{k: "9" * b for k, b in template.budgets.items()}))
    for body in texts:
        info = count(body)
        assert info.segments == 1, f"{info}: {body!r}"
