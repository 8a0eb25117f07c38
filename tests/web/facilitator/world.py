"""Two partner organisations (A and B), each with a venue and a facilitator, plus staff and an
admin, a consultation with a free-text and a yes/no question, and a few answers: enough to
check who sees what in the facilitator's workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from flask import Flask
from flask.testing import FlaskClient

from consult.data import organisations as organisation_data
from consult.data import responses as response_data
from consult.data import users as user_data
from consult.extensions import db
from consult.models import (
    Channel,
    Consultation,
    ConsultationStatus,
    OrganisationKind,
    Question,
    QuestionKind,
    Role,
    VenueType,
)
from consult.pipeline.anonymise import Anonymiser
from consult.services.answers import store_raw_text
from consult.services.users import hash_password
from tests.web.auth_helpers import PASSWORD
from tests.web.auth_helpers import sign_in as sign_in_by_email

RISK_A = "Staff at the centre were kind but some days I want to kill myself."
RISK_B = "My partner hits me when he has been drinking."
SAFE_A = "The officer listened to me."


@dataclass(frozen=True)
class World:
    users: dict[str, int]  # facilitator_a, facilitator_b, staff, admin
    venues: dict[str, int]  # a, b
    consultation_id: int
    free_text_id: int
    yes_no_id: int
    flagged: dict[str, int]  # answer ids: a, b, sms


_HASH = hash_password(PASSWORD)


def build_world(app: Flask, submitted_on: date | None = None) -> World:
    day = submitted_on or date.today()
    with app.app_context():
        office = organisation_data.create_organisation("PCC office", OrganisationKind.PCC_OFFICE)
        org_a = organisation_data.create_organisation("Org A", OrganisationKind.PARTNER)
        org_b = organisation_data.create_organisation("Org B", OrganisationKind.PARTNER)
        venue_a = organisation_data.create_venue(org_a, "Centre A", VenueType.WOMENS_CENTRE)
        venue_b = organisation_data.create_venue(org_b, "Hostel B", VenueType.HOSTEL)
        users = {
            "facilitator_a": user_data.create_user("fa@consult.test", "Fran A", _HASH, Role.FACILITATOR, org_a.id).id,
            "facilitator_b": user_data.create_user("fb@consult.test", "Fred B", _HASH, Role.FACILITATOR, org_b.id).id,
            "staff": user_data.create_user("staff@consult.test", "Sam Staff", _HASH, Role.STAFF, office.id).id,
            "admin": user_data.create_user("admin@consult.test", "Ada Admin", _HASH, Role.ADMIN, office.id).id,
        }
        consultation = Consultation(
            organisation_id=office.id, slug="test-consultation", title_en="Test", title_cy="Prawf",
            purpose_en="Testing", purpose_cy="Profi", status=ConsultationStatus.OPEN,
        )
        consultation.questions.append(Question(position=1, kind=QuestionKind.FREE_TEXT, text_en="Tell us more",
                                               text_cy="Dywedwch fwy"))
        consultation.questions.append(Question(position=2, kind=QuestionKind.YES_NO, text_en="Did it help?",
                                               text_cy="A wnaeth helpu?"))
        db.session.add(consultation)
        db.session.flush()
        free_text, yes_no = consultation.questions
        anonymiser = _anonymiser()
        flagged = {}
        for key, channel, venue_id, text in (("a", Channel.KIOSK, venue_a.id, RISK_A),
                                             ("b", Channel.KIOSK, venue_b.id, RISK_B),
                                             ("sms", Channel.SMS, None, RISK_B),
                                             ("safe", Channel.KIOSK, venue_a.id, SAFE_A)):
            response = response_data.create_response(consultation.id, channel, day, venue_id=venue_id)
            store_raw_text(response, free_text.id, text, anonymiser, 2000)
            flagged[key] = _last_answer_id()
        db.session.commit()
        return World(users, {"a": venue_a.id, "b": venue_b.id}, consultation.id, free_text.id, yes_no.id, flagged)


@cache
def _anonymiser() -> Anonymiser:
    return Anonymiser()


def _last_answer_id() -> int:
    from sqlalchemy import func, select

    from consult.models import Answer

    return int(db.session.scalar(select(func.max(Answer.id))) or 0)


def sign_in(client: FlaskClient, user_id: int) -> FlaskClient:
    """Sign in through the sign-in page, as the person would."""
    with client.application.app_context():
        email = user_data.get_user(user_id).email
    sign_in_by_email(client, email, PASSWORD)
    return client
