"""Consultation, question and venue queries."""

from __future__ import annotations

from sqlalchemy import select

from consult.extensions import db
from consult.models import Consultation, Organisation, Question, Venue


def get_consultation(consultation_id: int) -> Consultation | None:
    return db.session.get(Consultation, consultation_id)


def get_consultation_by_slug(slug: str) -> Consultation | None:
    return db.session.scalar(select(Consultation).where(Consultation.slug == slug))


def list_questions(consultation_id: int) -> list[Question]:
    return list(
        db.session.scalars(
            select(Question).where(Question.consultation_id == consultation_id).order_by(Question.position)
        )
    )


def get_venue(venue_id: int) -> Venue | None:
    return db.session.get(Venue, venue_id)


def get_venue_by_name(name: str) -> Venue | None:
    return db.session.scalar(select(Venue).where(Venue.name == name))


def list_place_names(organisation_ids: list[int] | None = None) -> list[str]:
    """Venue names and each organisation's extra named places: the anonymiser's [PLACE] list."""
    venues = select(Venue.name)
    organisations = select(Organisation.redact_places)
    if organisation_ids is not None:
        venues = venues.where(Venue.organisation_id.in_(organisation_ids))
        organisations = organisations.where(Organisation.id.in_(organisation_ids))
    names = list(db.session.scalars(venues))
    for block in db.session.scalars(organisations):
        names.extend(line.strip() for line in block.splitlines() if line.strip())
    return names
