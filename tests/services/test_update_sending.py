"""Sending the "you said, we did" text from the staff page: a background job over the real Twilio
client (a recording transport is the only fake), with progress, and a clear refusal without Twilio."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.cli import send_updates_command, sms_reminders_command
from consult.extensions import db
from consult.models import Consultation, ConsultationStatus
from consult.services import update_sending
from consult.services.consultations import BuilderError
from consult.worker import send_updates_job
from tests.conftest import queue_test_url
from tests.web.sms.db_helpers import SmsUpdateContact, count
from tests.web.sms.twilio_helpers import Phone, RecordingHttpClient

ANSWERS = ("VOICE", "1", "a", "b", "3", "c", "d", "2", "YES")
NUMBERS = ("+447700900801", "+447700900802", "+447700900803")


def ask_for_updates(client: FlaskClient, numbers: tuple[str, ...] = NUMBERS) -> None:
    """People text the survey through the webhook and reply YES to hear what changed."""
    for number in numbers:
        phone = Phone(client, number)
        for body in ANSWERS:
            phone.text(body)


def _consultation() -> Consultation:
    return db.session.scalars(select(Consultation).where(Consultation.slug == "your-voice-2027")).one()


def _publish() -> Consultation:
    consultation = _consultation()
    consultation.status = ConsultationStatus.PUBLISHED
    db.session.commit()
    return consultation


def test_send_runs_inline_without_a_queue_and_deletes_each_number(
    sms_app: Flask, client: FlaskClient, twilio_http: RecordingHttpClient
) -> None:
    ask_for_updates(client)
    assert count(sms_app, SmsUpdateContact) == 3
    with sms_app.test_request_context():
        consultation = _publish()
        assert update_sending.waiting(consultation) == 3
        handle = update_sending.start_sending(consultation, send_updates_job)
    assert handle.id is None and handle.result == {"sent": 3, "failed": 0}
    assert [r.data["To"] for r in twilio_http.sent] == list(NUMBERS)
    assert count(sms_app, SmsUpdateContact) == 0


def test_send_is_a_background_job_with_progress(
    sms_app: Flask, client: FlaskClient, twilio_http: RecordingHttpClient
) -> None:
    redis_url = queue_test_url()
    from redis import Redis
    from rq import SimpleWorker

    from consult.services.jobs import QUEUE_NAME

    ask_for_updates(client)
    twilio_http.failures[NUMBERS[1]] = 30003  # undeliverable today: kept for a retry
    sms_app.config["REDIS_URL"] = redis_url
    Redis.from_url(redis_url).flushdb()
    with sms_app.test_request_context():
        handle = update_sending.start_sending(_publish(), send_updates_job)
        assert handle.id is not None and twilio_http.sent == []  # nothing sent in the request
        assert update_sending.progress(_consultation(), handle.id).status == "queued"
        SimpleWorker([QUEUE_NAME], connection=Redis.from_url(redis_url)).work(burst=True)
        progress = update_sending.progress(_consultation(), handle.id)
        assert update_sending.progress(_consultation(), "no-such-job").status == "unknown"
    assert (progress.status, progress.done, progress.total, progress.sent, progress.failed) == ("finished", 3, 3, 2, 1)
    assert count(sms_app, SmsUpdateContact) == 1


def test_sending_is_refused_with_a_reason(sms_app: Flask, client: FlaskClient,
                                          twilio_http: RecordingHttpClient) -> None:
    ask_for_updates(client, NUMBERS[:1])
    with sms_app.test_request_context():
        consultation = _consultation()
        with pytest.raises(BuilderError, match="Publish the results"):
            update_sending.start_sending(consultation, send_updates_job)
        _publish()
        consultation.update_en = consultation.update_cy = ""
        db.session.commit()
        with pytest.raises(BuilderError) as refused:
            update_sending.start_sending(consultation, send_updates_job)
        assert "update_en" in refused.value.errors
    assert twilio_http.sent == [] and count(sms_app, SmsUpdateContact) == 1


def test_without_twilio_the_page_and_the_commands_say_so(sms_app: Flask, client: FlaskClient) -> None:
    ask_for_updates(client, NUMBERS[:1])
    sms_app.config.update(TWILIO_ACCOUNT_SID="", TWILIO_AUTH_TOKEN="")
    with sms_app.test_request_context():
        assert update_sending.twilio_missing() == ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"]
        with pytest.raises(BuilderError, match="Twilio is not configured"):
            update_sending.start_sending(_publish(), send_updates_job)
    runner = sms_app.test_cli_runner()
    result = runner.invoke(send_updates_command, ["your-voice-2027"])
    assert result.exit_code == 1 and result.exception is not None and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "Error: Texts cannot be sent: Twilio is not configured (set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)" \
        in result.output
    assert count(sms_app, SmsUpdateContact) == 1  # nothing lost: the number waits for a configured send
    reminders = runner.invoke(sms_reminders_command, [])
    assert "Traceback" not in reminders.output


class UnreachableHttpClient(RecordingHttpClient):
    """Twilio cannot be reached for the second number (a network failure, not a refusal)."""

    def request(self, method: str, uri: str, **kwargs: object) -> object:  # type: ignore[override]
        data = dict(kwargs.get("data") or {})  # type: ignore[call-overload]
        if data.get("To") == NUMBERS[1]:
            import requests

            raise requests.ConnectionError("network unreachable")
        return super().request(method, uri, **kwargs)  # type: ignore[arg-type]


def test_an_unreachable_twilio_stops_the_send_with_a_message_and_keeps_the_rest(
    sms_app: Flask, client: FlaskClient
) -> None:
    ask_for_updates(client)
    sms_app.config["TWILIO_HTTP_CLIENT"] = UnreachableHttpClient()
    with sms_app.test_request_context(), pytest.raises(BuilderError, match="could not be reached"):
        update_sending.start_sending(_publish(), send_updates_job)
    assert count(sms_app, SmsUpdateContact) == 2  # the first was sent and deleted; two wait for a retry
