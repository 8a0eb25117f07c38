"""Stored free-text answers for redaction review, filtered by the organisation that may see them."""

from __future__ import annotations

import re
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import joinedload

from consult.extensions import db
from consult.models import Answer, AnswerTheme, Organisation, Response, Theme, Venue

_Row = TypeVarTuple("_Row")  # whatever columns the caller selects


def _text_answers(statement: Select[*_Row], organisation_id: int | None) -> Select[*_Row]:
    statement = statement.join(Response, Answer.response_id == Response.id).where(Answer.text.is_not(None))
    if organisation_id is not None:
        statement = statement.join(Venue, Response.venue_id == Venue.id).where(
            Venue.organisation_id == organisation_id
        )
    return statement


def list_text_answers(organisation_id: int | None, offset: int, limit: int) -> tuple[list[Answer], int]:
    """A page of answers with text, newest first, and how many there are in all."""
    total = int(db.session.scalar(_text_answers(select(func.count(Answer.id)), organisation_id)) or 0)
    statement = _text_answers(select(Answer), organisation_id).options(
        joinedload(Answer.response).joinedload(Response.venue)
    )
    statement = statement.order_by(Response.submitted_on.desc(), Answer.id.desc()).offset(offset).limit(limit)
    return list(db.session.scalars(statement)), total


def get_text_answer(answer_id: int, organisation_id: int | None) -> Answer | None:
    statement = _text_answers(select(Answer), organisation_id).where(Answer.id == answer_id)
    return db.session.scalar(statement.options(joinedload(Answer.response).joinedload(Response.venue)))


def add_named_place(organisation_id: int, place: str) -> bool:
    """Add a place to the organisation's list the anonymiser removes; False if it was there."""
    return _add_line(organisation_id, "redact_places", place)


def add_redact_name(organisation_id: int, name: str) -> bool:
    """Add a name (a local nickname) to the organisation's [NAME] list; False if it was there."""
    return _add_line(organisation_id, "redact_names", name)


def _add_line(organisation_id: int, column: str, words: str) -> bool:
    organisation = db.session.get(Organisation, organisation_id)
    if organisation is None:
        return False
    lines = [line.strip() for line in str(getattr(organisation, column)).splitlines() if line.strip()]
    if words.lower() in {line.lower() for line in lines}:
        return False
    setattr(organisation, column, "\n".join([*lines, words]))
    db.session.flush()
    return True


def scrub_theme_text(answer: Answer, pattern: re.Pattern[str], replacement: str) -> None:
    """Theme reasons and example quotes may hold the answer's words: redact them there too."""
    for code in db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == answer.id)):
        code.reasons = [pattern.sub(replacement, reason) for reason in code.reasons]
    consultation_id = answer.response.consultation_id
    for theme in db.session.scalars(select(Theme).where(Theme.consultation_id == consultation_id)):
        if any(pattern.search(example) for example in theme.examples):
            theme.examples = [pattern.sub(replacement, example) for example in theme.examples]
    db.session.flush()
