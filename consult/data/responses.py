"""Response and answer queries."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, Channel, Response


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


def create_answer(response: Response, question_id: int, **values: object) -> Answer:
    answer = Answer(response_id=response.id, question_id=question_id, **values)
    db.session.add(answer)
    db.session.flush()
    return answer
