"""Demo data: a PCC office, three partner venues, one open consultation and sample answers.

Seeding is idempotent: run again, it leaves data alone and only resets the admin password
(so a fresh random one can be printed) unless CONSULT_DEMO_PASSWORD fixes it.
"""

from __future__ import annotations

import os
import random
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Any

import yaml

from consult.data import consultations as consultation_data
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
    Response,
    Role,
    Venue,
    VenueType,
)
from consult.pipeline.anonymise import Anonymiser
from consult.services import cache
from consult.services.analysis import analyse_consultation
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_choice, store_raw_text
from consult.services.users import hash_password

ADMIN_EMAIL = "admin@consult.example"
FACILITATOR_EMAIL = "facilitator@consult.example"  # a worker at the first venue, the women's centre
PCC_OFFICE = "Office of the Police and Crime Commissioner (demo)"
VENUES = (
    ("Riverside Women's Centre", VenueType.WOMENS_CENTRE),
    ("Station Road Hostel", VenueType.HOSTEL),
    ("North Probation Lived Experience Forum", VenueType.PROBATION_FORUM),
)
SAMPLE_RESPONSES = 40


@dataclass(frozen=True)
class DemoResult:
    created: bool
    admin_email: str
    admin_password: str
    kiosk_token: str
    facilitator_email: str = FACILITATOR_EMAIL
    facilitator_password: str = ""


def _load(name: str) -> Any:
    return yaml.safe_load(resources.files("consult.services.demo_data").joinpath(name).read_text("utf-8"))


def seed_demo() -> DemoResult:
    from consult.services.kiosk_enrolment import enrolment_token

    spec = _load("consultation.yaml")
    password = os.environ.get("CONSULT_DEMO_PASSWORD") or secrets.token_urlsafe(12)
    created = consultation_data.get_consultation_by_slug(spec["slug"]) is None
    if created:
        _create_everything(spec, password)
    else:
        admin = user_data.get_user_by_email(ADMIN_EMAIL)
        if admin is not None:
            admin.password_hash = hash_password(password)
            admin.failed_sign_ins, admin.locked_until = 0, None  # a locked demo admin is unlocked
    facilitator_password = os.environ.get("CONSULT_DEMO_PASSWORD") or secrets.token_urlsafe(12)
    _ensure_facilitator(facilitator_password)
    db.session.commit()
    return DemoResult(created, ADMIN_EMAIL, password, enrolment_token(VENUES[0][0], spec["slug"]),
                      FACILITATOR_EMAIL, facilitator_password)


def _ensure_facilitator(password: str) -> None:
    """The women's centre's facilitator, created once; its password is reset like the admin's."""
    facilitator = user_data.get_user_by_email(FACILITATOR_EMAIL)
    if facilitator is not None:
        facilitator.password_hash = hash_password(password)
        return
    partner = organisation_data.get_organisation_by_name(f"{VENUES[0][0]} (partner)")
    if partner is not None:
        user_data.create_user(FACILITATOR_EMAIL, "Demo facilitator", hash_password(password), Role.FACILITATOR,
                              partner.id)


def _create_everything(spec: dict[str, Any], password: str) -> None:
    office = organisation_data.get_organisation_by_name(PCC_OFFICE) or organisation_data.create_organisation(
        PCC_OFFICE, OrganisationKind.PCC_OFFICE
    )
    venues = []
    for name, venue_type in VENUES:
        partner = organisation_data.create_organisation(
            f"{name} (partner)", OrganisationKind.PARTNER, redact_places="Hope House\nThe Beacon"
        )
        venues.append(organisation_data.create_venue(partner, name, venue_type))
    if user_data.get_user_by_email(ADMIN_EMAIL) is None:
        user_data.create_user(ADMIN_EMAIL, "Demo administrator", hash_password(password), Role.ADMIN, office.id)
    consultation = _create_consultation(spec, office.id)
    db.session.flush()
    cache.clear()  # the new venues are place names to redact
    _create_sample_responses(consultation, venues)
    db.session.commit()
    analyse_consultation(consultation.id)  # so summaries and staff pages have real content


def _create_consultation(spec: dict[str, Any], organisation_id: int) -> Consultation:
    today = datetime.now(UTC).date()
    consultation = Consultation(
        organisation_id=organisation_id,
        slug=spec["slug"],
        sms_keyword=spec["sms_keyword"],
        sms_keyword_cy=spec["sms_keyword_cy"],
        title_en=spec["title_en"],
        title_cy=spec["title_cy"],
        purpose_en=spec["purpose_en"],
        purpose_cy=spec["purpose_cy"],
        update_en=spec["update_en"],
        update_cy=spec["update_cy"],
        who_en=spec.get("who_en", ""),
        who_cy=spec.get("who_cy", ""),
        statutory_purposes=spec.get("statutory_purposes", []),
        status=ConsultationStatus.OPEN,
        opens_on=today - timedelta(days=30),
        closes_on=today + timedelta(days=60),
    )
    for position, item in enumerate(spec["questions"], start=1):
        fields = {key: value for key, value in item.items() if key != "kind"}
        consultation.questions.append(Question(position=position, kind=QuestionKind(item["kind"]), **fields))
    db.session.add(consultation)
    db.session.flush()
    return consultation


def _create_sample_responses(consultation: Consultation, venues: list[Venue]) -> None:
    """Deterministic, varied sample responses across channels and venues."""
    answers_by_position = _load("sample_answers.yaml")
    rng = random.Random(2027)
    anonymiser = anonymiser_for_organisations()
    channels = [Channel.KIOSK, Channel.KIOSK, Channel.SMS, Channel.FACILITATOR]
    for index in range(SAMPLE_RESPONSES):
        channel = channels[index % len(channels)]
        response = response_data.create_response(
            consultation.id,
            channel,
            date.today() - timedelta(days=rng.randint(0, 28)),
            venue_id=None if channel is Channel.SMS else venues[index % len(venues)].id,
            language="cy" if index % 9 == 0 else "en",
            mediated=channel is Channel.FACILITATOR,
        )
        for question in consultation.questions:
            if rng.random() < 0.15:
                continue  # skipped, as real people do
            _add_sample_answer(response, question, answers_by_position.get(question.position) or [], rng, anonymiser)


def _add_sample_answer(
    response: Response, question: Question, pool: list[str], rng: random.Random, anonymiser: Anonymiser
) -> None:
    if question.kind is QuestionKind.FREE_TEXT:
        if pool:
            store_raw_text(response, question.id, rng.choice(pool), anonymiser, 2000)
        return
    standard = ["yes", "no"] if question.kind is QuestionKind.YES_NO else ["1", "2", "3", "4", "5"]
    store_choice(response, question.id, rng.choice([option["value"] for option in question.options] or standard))
