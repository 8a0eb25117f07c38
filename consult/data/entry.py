"""What a facilitator can type answers up against: open consultations, and venues in scope."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from consult.extensions import db
from consult.models import Channel, Consultation, ConsultationStatus, Response, Venue


def list_open_consultations() -> list[Consultation]:
    statement = select(Consultation).where(Consultation.status == ConsultationStatus.OPEN)
    return list(db.session.scalars(statement.order_by(Consultation.title_en)))


def list_venues(organisation_id: int | None) -> list[Venue]:
    """Active venues; only one organisation's when ``organisation_id`` is given."""
    statement = select(Venue).where(Venue.active.is_(True))
    if organisation_id is not None:
        statement = statement.where(Venue.organisation_id == organisation_id)
    return list(db.session.scalars(statement.order_by(Venue.name)))


def get_venue(venue_id: int, organisation_id: int | None) -> Venue | None:
    statement = select(Venue).where(Venue.id == venue_id, Venue.active.is_(True))
    if organisation_id is not None:
        statement = statement.where(Venue.organisation_id == organisation_id)
    return db.session.scalar(statement)


def get_open_consultation(consultation_id: int) -> Consultation | None:
    statement = select(Consultation).where(
        Consultation.id == consultation_id, Consultation.status == ConsultationStatus.OPEN
    )
    return db.session.scalar(statement)


def list_response_days(venue_ids: list[int], since: date) -> list[tuple[int, Channel, date]]:
    """(venue, channel, day) of every response at these venues since ``since``: counted by the caller."""
    if not venue_ids:
        return []
    statement = select(Response.venue_id, Response.channel, Response.submitted_on).where(
        Response.venue_id.in_(venue_ids), Response.submitted_on >= since
    )
    return [(int(venue_id), channel, day) for venue_id, channel, day in db.session.execute(statement).all()]
