"""Signed-in clients for the staff builder, on a copy of the demo data, signed in through the sign-in page."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from consult.extensions import db
from consult.models import AuditEvent, Consultation, Organisation, Role, User
from consult.services.users import create_user
from tests.conftest import csrf_token
from tests.web.auth_helpers import PASSWORD
from tests.web.auth_helpers import sign_in as sign_in_by_email

ORGANISATION = "Office of the Police and Crime Commissioner (demo)"


def make_user(app: Flask, role: Role, email: str | None = None) -> int:
    with app.app_context():
        organisation = db.session.query(Organisation).filter_by(name=ORGANISATION).one()
        user = create_user(
            email or f"test-{role.value}@consult.example",
            f"A {role.value}",
            PASSWORD,
            role,
            organisation.id,
        )
        return user.id


def sign_in(client: FlaskClient, user_id: int) -> FlaskClient:
    with client.application.app_context():
        email = db.session.get(User, user_id).email
    sign_in_by_email(client, email, PASSWORD)
    return client


@pytest.fixture()
def signed_in(demo: Flask) -> Callable[[Role], FlaskClient]:
    def client_for(role: Role) -> FlaskClient:
        return sign_in(demo.test_client(), make_user(demo, role))

    return client_for


def audit_events(app: Flask) -> list[AuditEvent]:
    """The builder's events (signing in writes its own, which these tests are not about)."""
    with app.app_context():
        events = [e for e in db.session.query(AuditEvent).order_by(AuditEvent.id) if not e.action.startswith("auth.")]
        db.session.expunge_all()
        return events


def user_of(app: Flask, email: str) -> User:
    with app.app_context():
        return db.session.query(User).filter_by(email=email).one()


def post(client: FlaskClient, url: str, data: dict[str, object], page: str | None = None) -> TestResponse:
    """Open the form page for its CSRF token, then post ``data`` to ``url``."""
    html = client.get(page or url).get_data(as_text=True)
    return client.post(url, data={"csrf_token": csrf_token(html), **data})


def demo_consultation(app: Flask) -> Consultation:
    with app.app_context():
        consultation = db.session.query(Consultation).filter_by(slug="your-voice-2027").one()
        consultation.questions  # noqa: B018  (load them before the session closes)
        db.session.expunge_all()
        return consultation


CONSULTATION = {
    "title_en": "Policing the town centre",
    "title_cy": "Plismona canol y dref",
    "purpose_en": "We want to know how safe you feel.",
    "purpose_cy": "Rydyn ni eisiau gwybod pa mor ddiogel rydych chi'n teimlo.",
    "who_en": "Your Police and Crime Commissioner",
    "who_cy": "Eich Comisiynydd Heddlu a Throseddu",
    "statutory_purposes": ["public_views", "police_and_crime_plan"],
    "sms_keyword": "TOWN",
    "sms_keyword_cy": "TREF",
}


def create_consultation(client: FlaskClient, **changes: object) -> int:
    response = post(client, "/staff/consultations/new", {**CONSULTATION, **changes})
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.location.rsplit("/", 1)[1])


QUESTION = {
    "kind": "free_text",
    "text_en": "What would make you feel safer?",
    "text_cy": "Beth fyddai'n gwneud i chi deimlo'n fwy diogel?",
}


def add_question(client: FlaskClient, consultation_id: int, **changes: object) -> None:
    url = f"/staff/consultations/{consultation_id}/questions/new"
    response = post(client, url, {**QUESTION, **changes})
    assert response.status_code == 302, response.get_data(as_text=True)
