"""Response and answer queries."""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import Table, insert, select, update

from consult.extensions import db
from consult.models import Answer, Channel, Consultation, ConsultationStatus, Response


def get_response(response_id: int) -> Response | None:
    return db.session.get(Response, response_id)


def get_response_by_submission_key(key: str) -> Response | None:
    return db.session.scalar(select(Response).where(Response.submission_key == key))


def create_response(
    consultation_id: int,
    channel: Channel,
    submitted_on: date,
    *,
    venue_id: int | None = None,
    language: str = "en",
    mediated: bool = False,
    participant_count: int = 1,
    submission_key: str | None = None,
) -> Response:
    response = Response(
        consultation_id=consultation_id,
        channel=channel,
        venue_id=venue_id,
        language=language,
        mediated=mediated,
        participant_count=participant_count,
        submitted_on=submitted_on,
        submission_key=submission_key,
    )
    db.session.add(response)
    db.session.flush()
    return response


_INSERT_ANSWER = insert(cast(Table, Answer.__table__))


def create_answer(response: Response | int, question_id: int, **values: object) -> None:
    """Insert an answer to ``response`` (the row, or its id when the row need not be loaded).

    One prebuilt INSERT through the session (the columns' defaults apply), without building
    an ORM object nobody reads: every channel stores every answer through here.
    """
    response_id = response if isinstance(response, int) else response.id
    db.session.execute(_INSERT_ANSWER, {"response_id": response_id, "question_id": question_id, **values})


def list_responses(consultation_id: int) -> list[Response]:
    query = select(Response).where(Response.consultation_id == consultation_id).order_by(Response.id)
    return list(db.session.scalars(query))


def list_answers(consultation_id: int) -> list[Answer]:
    """Every answer to a consultation, in the order stored."""
    query = select(Answer).join(Response).where(Response.consultation_id == consultation_id).order_by(Answer.id)
    return list(db.session.scalars(query))


def clear_free_text_closed_before(closed_before: date) -> int:
    """Blank the words of answers to consultations closed before ``closed_before``; keep the rest."""
    expired = select(Consultation.id).where(
        Consultation.status.in_([ConsultationStatus.CLOSED, ConsultationStatus.PUBLISHED]),
        Consultation.closes_on < closed_before,
    )
    responses = select(Response.id).where(Response.consultation_id.in_(expired))
    result = db.session.execute(
        update(Answer).where(Answer.response_id.in_(responses), Answer.text.is_not(None)).values(text=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)
