"""SMS fixtures: the demo app (create_app registers the webhooks) and a recording Twilio transport."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from consult.extensions import db
from consult.models import Consultation
from tests.web.sms.twilio_helpers import Phone, RecordingHttpClient


@pytest.fixture()
def twilio_http() -> RecordingHttpClient:
    return RecordingHttpClient()


@pytest.fixture()
def sms_app(demo: Flask, twilio_http: RecordingHttpClient) -> Iterator[Flask]:
    demo.config.update(TWILIO_HTTP_CLIENT=twilio_http, SMS_SEND_PER_SECOND=1000)
    yield demo


@pytest.fixture()
def client(sms_app: Flask) -> FlaskClient:
    """Twilio's side of the webhook."""
    return sms_app.test_client()


@pytest.fixture()
def phone(client: FlaskClient) -> Phone:
    """One person's phone texting the service."""
    return Phone(client)


@pytest.fixture()
def consultation_id(sms_app: Flask) -> int:
    with sms_app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug="your-voice-2027").one()
        return consultation.id
