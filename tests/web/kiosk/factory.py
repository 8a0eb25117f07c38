"""Test data for the kiosk: tablets, drafts and a person's steps through the test client.

``create_tablet`` and ``create_draft`` build rows through the real services (no mocks), so a
test can start mid-journey; ``start``, ``answer``, ``submit`` do what a person does.
"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from consult.extensions import db
from consult.models import Question, Response
from consult.services import kiosk as kiosk_service
from consult.services.kiosk_draft import DraftAnswer, put_answer
from consult.web.kiosk import session as kiosk_session
from tests.conftest import csrf_token

DEMO_VENUE = "Riverside Women's Centre"
DEMO_SLUG = "your-voice-2027"
KIOSK_SUBMISSIONS = Response.submission_key.is_not(None)  # demo sample answers have none


def enrolment_link(app: Flask, venue: str = DEMO_VENUE, slug: str = DEMO_SLUG) -> str:
    from consult.services.kiosk_enrolment import enrolment_token

    with app.app_context():
        return f"/kiosk/enrol/{enrolment_token(venue, slug)}"


def create_tablet(app: Flask, venue: str = DEMO_VENUE, slug: str = DEMO_SLUG) -> FlaskClient:
    """A new test client on a tablet set up (with its own one-use link) for the demo consultation."""
    client = app.test_client()
    assert client.get(enrolment_link(app, venue, slug)).status_code == 302
    return client


def tablet_id(client: FlaskClient, app: Flask) -> str:
    """The id staff see for the tablet this client is."""
    from consult.services.kiosk_enrolment import device_from_cookie

    cookie = client.get_cookie("consult_kiosk", path="/kiosk")
    assert cookie is not None, "this client is not set up as a kiosk"
    with app.app_context():
        device = device_from_cookie(cookie.value)
    assert device is not None
    return device.tablet_id


def questions(app: Flask) -> list[Question]:
    with app.app_context():
        return list(db.session.scalars(select(Question).order_by(Question.consultation_id, Question.position)))


def create_draft(client: FlaskClient, app: Flask, answers: dict[int, DraftAnswer], language: str = "en") -> str:
    """A journey in progress for ``client`` with ``answers`` by question number, as if typed."""
    with app.app_context():
        demo = kiosk_service.get_context(1, None)
        assert demo is not None
        token = kiosk_service.start_journey(demo.consultation.id, None, language)
        draft = kiosk_service.get_draft(token)
        assert draft is not None
        for number, answer in answers.items():
            put_answer(draft, demo.questions[number - 1].id, answer)
        db.session.commit()
    with client.session_transaction() as session:
        session[kiosk_session.JOURNEY] = token
        session["lang"] = language
    return token


def start(kiosk: FlaskClient, lang: str = "en") -> None:
    page = kiosk.get(f"/kiosk/?lang={lang}")
    assert page.status_code == 200
    response = kiosk.post("/kiosk/start", data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert response.status_code == 302 and response.location.endswith("/kiosk/question/1")


def answer(kiosk: FlaskClient, number: int, value: str | None, action: str = "continue",
           query: str = "") -> tuple[int, str]:
    """Post one answer; returns the status and the redirect target or page text."""
    page = kiosk.get(f"/kiosk/question/{number}{query}")
    data = {"csrf_token": csrf_token(page.get_data(as_text=True)), "action": action}
    if value is not None:
        data["answer"] = value
    response = kiosk.post(f"/kiosk/question/{number}{query}", data=data)
    return response.status_code, response.location or response.get_data(as_text=True)


def stored(app: Flask) -> list[Response]:
    with app.app_context():
        return list(db.session.scalars(select(Response).where(KIOSK_SUBMISSIONS)))


def stored_texts(app: Flask) -> list[str]:
    with app.app_context():
        responses = db.session.scalars(select(Response).where(KIOSK_SUBMISSIONS))
        return [a.text for r in responses for a in r.answers if a.text is not None]


def submit(kiosk: FlaskClient) -> int:
    page = kiosk.get("/kiosk/check")
    return kiosk.post("/kiosk/check", data={"csrf_token": csrf_token(page.get_data(as_text=True))}).status_code
