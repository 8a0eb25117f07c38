"""Delivery status callbacks: deduplicated, applied in order, 21610 opts the number out."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from consult.extensions import db
from consult.services import sms_sender as sender
from tests.web.sms.db_helpers import SmsOptOut, SmsOutboundMessage, SmsStatusEvent, count
from tests.web.sms.twilio_helpers import Phone, RecordingHttpClient, twilio_post


def sent_update(app: Flask, client: FlaskClient, number: str) -> str:
    phone = Phone(client, number)
    for body in ("VOICE", "1", "a", "b", "3", "c", "d", "2", "YES"):
        phone.text(body)
    with app.app_context():
        assert sender.send_updates("your-voice-2027", throttle=sender.Throttle(0)).sent == 1
        return str(db.session.query(SmsOutboundMessage.message_sid).one()[0])


def callback(client: FlaskClient, sid: str, status: str, error: str = "") -> int:
    form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32}
    if error:
        form["ErrorCode"] = error
    return twilio_post(client, "/sms/status", form).status_code


def outbound_status(app: Flask) -> str:
    with app.app_context():
        return str(db.session.query(SmsOutboundMessage.status).one()[0])


def test_out_of_order_and_repeated_statuses(
    sms_app: Flask, client: FlaskClient, twilio_http: RecordingHttpClient
) -> None:
    sid = sent_update(sms_app, client, "+447700900801")
    assert outbound_status(sms_app) == "queued"
    assert callback(client, sid, "delivered") == 204
    assert callback(client, sid, "sent") == 204  # late: must not move the status back
    assert callback(client, sid, "sending") == 204
    assert outbound_status(sms_app) == "delivered"
    assert callback(client, sid, "delivered") == 204  # twice: stored once
    assert callback(client, sid, "delivered") == 204
    assert count(sms_app, SmsStatusEvent) == 3


def test_in_order_statuses_move_forward(sms_app: Flask, client: FlaskClient) -> None:
    sid = sent_update(sms_app, client, "+447700900802")
    for status in ("sending", "sent"):
        callback(client, sid, status)
        assert outbound_status(sms_app) == status
    callback(client, sid, "undelivered", "30003")
    assert outbound_status(sms_app) == "undelivered"
    assert count(sms_app, SmsOptOut) == 0


def test_error_21610_marks_the_hash_opted_out(sms_app: Flask, client: FlaskClient) -> None:
    sid = sent_update(sms_app, client, "+447700900803")
    assert callback(client, sid, "failed", "21610") == 204
    assert count(sms_app, SmsOptOut) == 1
    assert Phone(client, "+447700900803").text("hello") == []  # silent from now on


def test_unknown_sid_is_recorded_without_error(sms_app: Flask, client: FlaskClient) -> None:
    assert callback(client, "SM" + "d" * 32, "delivered") == 204
    assert count(sms_app, SmsStatusEvent) == 1


def test_missing_fields_are_a_bad_request(client: FlaskClient) -> None:
    assert twilio_post(client, "/sms/status", {"MessageSid": "SM" + "6" * 32}).status_code == 400
    assert twilio_post(client, "/sms/inbound", {"Body": "hi"}).status_code == 400
