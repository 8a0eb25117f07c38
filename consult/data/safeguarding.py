"""Flagged answers and their reviews, always filtered by the organisation that may see them.

``organisation_id`` None means every organisation (PCC staff and admins); a number limits the
answers to responses given at that organisation's venues. The filter lives in the query, so an
id from another organisation finds nothing.
"""

from __future__ import annotations

from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload

from consult.extensions import db
from consult.models import Answer, Response, ReviewOutcome, SafeguardingReview, Venue

_Row = TypeVarTuple("_Row")  # whatever columns the caller selects


def _flagged(statement: Select[*_Row], organisation_id: int | None) -> Select[*_Row]:
    statement = statement.join(Response, Answer.response_id == Response.id).where(Answer.safeguarding_flag.is_(True))
    if organisation_id is not None:
        statement = statement.join(Venue, Response.venue_id == Venue.id).where(
            Venue.organisation_id == organisation_id
        )
    return statement


def list_flagged_answers(organisation_id: int | None) -> list[tuple[Answer, SafeguardingReview | None]]:
    """Every flagged answer in scope with its review (if any), newest first."""
    statement = _flagged(select(Answer, SafeguardingReview), organisation_id)
    statement = statement.outerjoin(SafeguardingReview, SafeguardingReview.answer_id == Answer.id)
    statement = statement.options(joinedload(Answer.response).joinedload(Response.venue))
    statement = statement.order_by(Response.submitted_on.desc(), Answer.id.desc())
    return [(answer, review) for answer, review in db.session.execute(statement).all()]


def get_flagged_answer(answer_id: int, organisation_id: int | None) -> Answer | None:
    statement = _flagged(select(Answer), organisation_id).where(Answer.id == answer_id)
    return db.session.scalar(statement.options(joinedload(Answer.response).joinedload(Response.venue)))


def get_review(answer_id: int) -> SafeguardingReview | None:
    return db.session.scalar(select(SafeguardingReview).where(SafeguardingReview.answer_id == answer_id))


def count_open(organisation_id: int | None) -> int:
    statement = _flagged(select(func.count(Answer.id)), organisation_id).where(Answer.safeguarding_reviewed.is_(False))
    return int(db.session.scalar(statement) or 0)


def create_review(answer: Answer, outcome: ReviewOutcome, note: str, reviewed_by_id: int) -> SafeguardingReview:
    review = SafeguardingReview(answer_id=answer.id, outcome=outcome, note=note, reviewed_by_id=reviewed_by_id)
    answer.safeguarding_reviewed = True
    db.session.add(review)
    db.session.flush()
    return review


def list_reviewed_answers() -> list[tuple[Answer, SafeguardingReview]]:
    """Every reviewed answer that still has its text, oldest review first: labelled data."""
    statement = (
        select(Answer, SafeguardingReview)
        .join(SafeguardingReview, SafeguardingReview.answer_id == Answer.id)
        .where(Answer.text.is_not(None))
        .order_by(SafeguardingReview.reviewed_at, SafeguardingReview.id)
    )
    return [(answer, review) for answer, review in db.session.execute(statement).all()]
