"""Queries for reports and exports: answers with where and how they came, venues, forum reviews."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from consult.extensions import db
from consult.models import (
    Answer,
    AnswerTheme,
    Channel,
    CodeStatus,
    ForumReview,
    Question,
    Response,
    Theme,
    ThemeStatus,
    Venue,
    VenueType,
)


@dataclass(frozen=True)
class AnswerRow:
    """One stored answer as an export sees it: anonymised words or the choice, never a name."""

    response_id: int
    channel: Channel
    venue_type: VenueType | None
    language: str
    submitted_on: date
    mediated: bool
    group_session: bool
    question_id: int
    choice: str | None
    text: str | None
    sentiment: str | None


def list_answer_rows(consultation_id: int) -> list[AnswerRow]:
    """Every answer of a consultation, by response then question position."""
    query = (
        select(Response.id, Response.channel, Venue.venue_type, Response.language, Response.submitted_on,
               Response.mediated, Response.group_session, Answer.question_id, Answer.choice, Answer.text,
               Answer.sentiment_label)
        .join(Answer, Answer.response_id == Response.id)
        .join(Question, Question.id == Answer.question_id)
        .outerjoin(Venue, Venue.id == Response.venue_id)
        .where(Response.consultation_id == consultation_id)
        .order_by(Response.submitted_on, Response.id, Question.position)
    )
    return [AnswerRow(*row) for row in db.session.execute(query)]


def answer_theme_names(consultation_id: int) -> dict[tuple[int, int], list[str]]:
    """(response id, question id) -> the active themes an answer is coded under (rejected codes left out)."""
    query = (
        select(Answer.response_id, Answer.question_id, Theme.name)
        .join(AnswerTheme, AnswerTheme.answer_id == Answer.id)
        .join(Theme, Theme.id == AnswerTheme.theme_id)
        .where(Theme.consultation_id == consultation_id, Theme.status == ThemeStatus.ACTIVE,
               AnswerTheme.status != CodeStatus.REJECTED)
        .order_by(Theme.name)
    )
    names: dict[tuple[int, int], list[str]] = defaultdict(list)
    for response_id, question_id, name in db.session.execute(query):
        names[response_id, question_id].append(name)
    return names


def count_venues_by_type(consultation_id: int) -> dict[VenueType, int]:
    """How many venues of each type sent at least one response (venues, not people)."""
    query = (
        select(Venue.id, Venue.venue_type)
        .join(Response, Response.venue_id == Venue.id)
        .where(Response.consultation_id == consultation_id)
        .distinct()
    )
    return dict(Counter(venue_type for _id, venue_type in db.session.execute(query)))


def list_forum_reviews(consultation_id: int) -> list[ForumReview]:
    query = select(ForumReview).where(ForumReview.consultation_id == consultation_id).order_by(ForumReview.id)
    return list(db.session.scalars(query))
