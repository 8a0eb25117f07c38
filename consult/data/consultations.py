"""Consultation, question and venue queries."""

from __future__ import annotations

from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Consultation, ConsultationStatus, Organisation, Question, Response, Venue


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


def list_redact_names(organisation_id: int) -> list[str]:
    """One organisation's own names (local nicknames): the anonymiser's [NAME] list for its answers."""
    block = db.session.scalar(select(Organisation.redact_names).where(Organisation.id == organisation_id))
    return [line.strip() for line in (block or "").splitlines() if line.strip()]


def get_venue_organisation_id(venue_id: int) -> int | None:
    return db.session.scalar(select(Venue.organisation_id).where(Venue.id == venue_id))


def list_consultations() -> list[Consultation]:
    """Every consultation, newest first."""
    return list(db.session.scalars(select(Consultation).order_by(Consultation.id.desc())))


def list_open_consultations() -> list[Consultation]:
    return list(db.session.scalars(select(Consultation).where(Consultation.status == ConsultationStatus.OPEN)))


def slug_taken(slug: str) -> bool:
    return db.session.scalar(select(Consultation.id).where(Consultation.slug == slug)) is not None


def create_consultation(**values: object) -> Consultation:
    consultation = Consultation(**values)
    db.session.add(consultation)
    db.session.flush()
    return consultation


def count_responses(consultation_id: int) -> int:
    """Responses started or sent (kiosk, SMS, facilitator): any one means answers exist."""
    query = select(func.count()).select_from(Response).where(Response.consultation_id == consultation_id)
    return int(db.session.scalar(query) or 0)


def get_question(consultation_id: int, question_id: int) -> Question | None:
    question = db.session.get(Question, question_id)
    return question if question is not None and question.consultation_id == consultation_id else None


def create_question(consultation: Consultation, **values: object) -> Question:
    position = max((q.position for q in consultation.questions), default=0) + 1
    question = Question(consultation_id=consultation.id, position=position, **values)
    db.session.add(question)
    db.session.flush()
    db.session.refresh(consultation)
    return question


def delete_question(question: Question) -> None:
    """Delete and close the gap, keeping positions 1..n (each step flushed: positions are unique)."""
    consultation_id = question.consultation_id
    db.session.delete(question)
    db.session.flush()
    for position, remaining in enumerate(list_questions(consultation_id), start=1):
        if remaining.position != position:
            remaining.position = position
            db.session.flush()


def swap_positions(first: Question, second: Question) -> None:
    """Swap two questions' places through a free position, as (consultation, position) is unique."""
    first_position, second_position = first.position, second.position
    first.position = -first_position
    db.session.flush()
    second.position = first_position
    db.session.flush()
    first.position = second_position
    db.session.flush()


def list_venues() -> list[Venue]:
    return list(db.session.scalars(select(Venue).where(Venue.active.is_(True)).order_by(Venue.name)))
