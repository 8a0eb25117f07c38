"""Queries behind the results: the few flat rows every figure is counted from.

Run on the session's connection as plain Core queries: building ORM rows for tens of thousands of
answers costs several times more than reading them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select

from consult.extensions import db
from consult.models import Answer, AnswerTheme, ChosenQuote, CodeStatus, Response, Theme, ThemeStatus, Venue


def _scoped(query: Any, consultation_id: int, venue_ids: Sequence[int] | None) -> Any:
    query = query.where(Response.consultation_id == consultation_id)
    if venue_ids is not None:
        query = query.where(Response.venue_id.in_(list(venue_ids)))
    return query


def list_respondent_rows(consultation_id: int, venue_ids: Sequence[int] | None = None) -> Sequence[Row[Any]]:
    """(id, channel, venue_type, language, submitted_on, mediated, group_session, participant_count)."""
    query = select(Response.id, Response.channel, Venue.venue_type, Response.language, Response.submitted_on,
                   Response.mediated, Response.group_session, Response.participant_count
                   ).outerjoin(Venue, Venue.id == Response.venue_id).order_by(Response.id)
    return db.session.connection().execute(_scoped(query, consultation_id, venue_ids)).all()


def list_answer_rows(consultation_id: int, venue_ids: Sequence[int] | None = None
                     ) -> Sequence[Row[int, int, int, str | None, str | None, str | None]]:
    """(id, response_id, question_id, choice, text, sentiment_label) of every answer."""
    query = select(Answer.id, Answer.response_id, Answer.question_id, Answer.choice, Answer.text,
                   Answer.sentiment_label).join(Response, Response.id == Answer.response_id).order_by(Answer.id)
    return db.session.connection().execute(_scoped(query, consultation_id, venue_ids)).all()


def list_code_rows(consultation_id: int, venue_ids: Sequence[int] | None = None) -> Sequence[Row[int, int]]:
    """(answer_id, theme_id) of every code not rejected by a reviewer, on an active theme."""
    query = (select(AnswerTheme.answer_id, AnswerTheme.theme_id)
             .join(Answer, Answer.id == AnswerTheme.answer_id)
             .join(Response, Response.id == Answer.response_id)
             .join(Theme, Theme.id == AnswerTheme.theme_id)
             .where(AnswerTheme.status != CodeStatus.REJECTED, Theme.status == ThemeStatus.ACTIVE)
             .order_by(AnswerTheme.answer_id, AnswerTheme.id))
    return db.session.connection().execute(_scoped(query, consultation_id, venue_ids)).all()


def list_chosen_quote_rows(consultation_id: int) -> Sequence[Row[int, int]]:
    """(answer_id, theme_id) of the quotes reviewers picked."""
    query = (select(ChosenQuote.answer_id, ChosenQuote.theme_id).join(Theme, Theme.id == ChosenQuote.theme_id)
             .where(Theme.consultation_id == consultation_id))
    return db.session.execute(query).all()
