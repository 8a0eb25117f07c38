"""Outbound texts through the real Twilio client over a recording transport (the only fake)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from consult.cli import send_updates_command, sms_reminders_command
from consult.extensions import db
from consult.models import Consultation
from consult.services import sms_sender as sender
from consult.services.sms_phone import phone_hash
from sms.texts import render
from tests.web.sms.db_helpers import SmsConversation, SmsOptOut, SmsOutboundMessage, SmsUpdateContact, count
from tests.web.sms.twilio_helpers import Phone, RecordingHttpClient

NO_WAIT = sender.Throttle(0)
ANSWERS = ("VOICE", "1", "a", "b", "3", "c", "d", "2", "YES")
UPDATE_EN = "You said police should listen more. We now fund mental health nurses in custody. Thank you."


def finish_with_yes(client: FlaskClient, number: str) -> Phone:
    phone = Phone(client, number)
    for body in ANSWERS:
        phone.text(body)
    return phone


def test_updates_go_to_uk_mobiles_throttled_with_callback_then_numbers_go(
    sms_app: Flask,
    client: FlaskClient,
    twilio_http: RecordingHttpClient,
) -> None:
    finish_with_yes(client, "+447700900111")
    welsh = Phone(client, "+447700900222")
    for body in ("VOICE", "CYMRAEG", *ANSWERS[1:8], "IE"):
        welsh.text(body)
    finish_with_yes(client, "+441632960001")  # a landline: never stored for updates
    assert count(sms_app, SmsUpdateContact) == 2

    sleeps: list[float] = []
    with sms_app.app_context():
        throttle = sender.Throttle(2, sleep=sleeps.append, clock=lambda: 0.0)
        report = sender.send_updates("your-voice-2027", throttle=throttle)
    assert (report.sent, report.failed) == (2, 0)
    assert sleeps == [0.5]  # two a second

    sent = twilio_http.sent
    assert [r.data["To"] for r in sent] == ["+447700900111", "+447700900222"]
    assert sent[0].data["Body"] == UPDATE_EN
    assert sent[1].data["Body"].startswith("Dywedoch")
    assert {r.data["From"] for r in sent} == {"+447700900000"}
    assert {r.data["StatusCallback"] for r in sent} == {"https://consult.example.org/sms/status"}
    assert urlparse(sent[0].uri).path.endswith(f"/Accounts/{'AC' + '0' * 32}/Messages.json")
    assert count(sms_app, SmsUpdateContact) == 0
    assert count(sms_app, SmsOutboundMessage) == 2


def test_unsubscribed_recipient_21610_opts_the_number_out(
    sms_app: Flask,
    client: FlaskClient,
    twilio_http: RecordingHttpClient,
) -> None:
    finish_with_yes(client, "+447700900333")
    twilio_http.failures["+447700900333"] = 21610
    with sms_app.app_context():
        report = sender.send_updates("your-voice-2027", throttle=NO_WAIT)
    assert (report.sent, report.failed) == (0, 1)
    assert count(sms_app, SmsOptOut) == 1 and count(sms_app, SmsUpdateContact) == 0


def test_other_failures_keep_the_contact_for_a_retry(
    sms_app: Flask,
    client: FlaskClient,
    twilio_http: RecordingHttpClient,
) -> None:
    finish_with_yes(client, "+447700900444")
    twilio_http.failures["+447700900444"] = 30003
    with sms_app.app_context():
        sender.send_updates("your-voice-2027", throttle=NO_WAIT)
    assert count(sms_app, SmsUpdateContact) == 1 and count(sms_app, SmsOptOut) == 0


def test_send_updates_command(sms_app: Flask, client: FlaskClient, twilio_http: RecordingHttpClient) -> None:
    finish_with_yes(client, "+447700900555")
    result = sms_app.test_cli_runner().invoke(send_updates_command, ["your-voice-2027"])
    assert result.exit_code == 0, result.output
    assert "Sent 1 update" in result.output
    missing = sms_app.test_cli_runner().invoke(send_updates_command, ["no-such-consultation"])
    assert missing.exit_code != 0 and "no consultation" in missing.output


def test_no_update_text_is_refused(sms_app: Flask, client: FlaskClient) -> None:
    finish_with_yes(client, "+447700900666")
    with sms_app.app_context():
        db.session.execute(update(Consultation).values(update_en="", update_cy=""))
        db.session.commit()
    result = sms_app.test_cli_runner().invoke(send_updates_command, ["your-voice-2027"])
    assert result.exit_code != 0 and "no published update" in result.output
    assert count(sms_app, SmsUpdateContact) == 1


def _go_quiet(app: Flask, hours: float, now: datetime | None = None) -> datetime:
    """Pretend the last text was ``hours`` before ``now`` (a winter midday); return that now."""
    now = now or datetime(2030, 1, 15, 12, 0, tzinfo=UTC)
    with app.app_context():
        db.session.execute(update(SmsConversation).values(last_inbound_at=now - timedelta(hours=hours)))
        db.session.commit()
    return now


def test_one_reminder_fetched_from_twilios_log_never_at_night(
    sms_app: Flask, phone: Phone, twilio_http: RecordingHttpClient
) -> None:
    phone.text("VOICE")
    phone.text("1")
    twilio_http.numbers_by_sid[phone.sent[-1]] = phone.number
    now = _go_quiet(sms_app, 25)
    with sms_app.app_context():
        night = sender.send_reminders(now.replace(hour=23), throttle=NO_WAIT)
        assert night.sent == 0 and twilio_http.requests == []
        report = sender.send_reminders(now, throttle=NO_WAIT)
        again = sender.send_reminders(now + timedelta(hours=1), throttle=NO_WAIT)
    assert (report.sent, again.sent) == (1, 0)
    fetch, send = twilio_http.requests
    assert fetch.method == "GET" and fetch.uri.endswith(f"/Messages/{phone.sent[-1]}.json")
    assert send.data["To"] == phone.number
    assert send.data["Body"].startswith(render("reminder", "en"))
    assert send.data["StatusCallback"] == "https://consult.example.org/sms/status"


def test_reminder_command_expires_stale_conversations(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    _go_quiet(sms_app, 24 * 30, datetime.now(UTC))
    result = sms_app.test_cli_runner().invoke(sms_reminders_command, [])
    assert result.exit_code == 0, result.output
    assert "expired 1" in result.output


@pytest.mark.parametrize("redacted", [True])
def test_reminder_skipped_when_twilio_has_no_number(
    sms_app: Flask, phone: Phone, twilio_http: RecordingHttpClient, redacted: bool
) -> None:
    phone.text("VOICE")
    now = _go_quiet(sms_app, 25)
    with sms_app.app_context():
        report = sender.send_reminders(now, throttle=NO_WAIT)
    assert (report.sent, report.failed) == (0, 1)
    assert twilio_http.sent == []


def test_updates_page_through_every_contact(
    sms_app: Flask,
    client: FlaskClient,
    twilio_http: RecordingHttpClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from consult.services import sms_updates

    numbers = ["+447700900701", "+447700900702", "+447700900703", "+447700900704"]
    for number in numbers:
        finish_with_yes(client, number)
    with sms_app.app_context():  # opted out by a route that left the contact behind
        db.session.add(SmsOptOut(phone_hash=phone_hash(numbers[0]), source="carrier"))
        db.session.commit()
    twilio_http.failures[numbers[2]] = 30003  # kept for a retry, never looped on
    real = sms_updates.pending
    monkeypatch.setattr(sms_updates, "pending", lambda c, after_id=0: real(c, after_id, limit=1))
    with sms_app.app_context():
        report = sender.send_updates("your-voice-2027", throttle=NO_WAIT)
    assert (report.sent, report.failed) == (2, 1)
    assert [r.data["To"] for r in twilio_http.sent] == numbers[1:]
    assert count(sms_app, SmsUpdateContact) == 1
