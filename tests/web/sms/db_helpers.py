"""Read-only looks at the database for assertions (tests may query; app code may not)."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Answer, Channel, Question, Response
from consult.models.sms import (
    SmsConversation,
    SmsInboundMessage,
    SmsOptOut,
    SmsOutboundMessage,
    SmsStatusEvent,
    SmsUpdateContact,
)


def count(app: Flask, model: Any) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def sms_answers(app: Flask) -> list[tuple[int, int, str | None, str | None]]:
    """(response id, question position, choice, text) for every SMS answer, in order."""
    with app.app_context():
        rows = db.session.execute(
            select(Answer.response_id, Question.position, Answer.choice, Answer.text)
            .join(Response, Answer.response_id == Response.id)
            .join(Question, Answer.question_id == Question.id)
            .where(Response.channel == Channel.SMS, Response.submission_key.is_(None))
            .where(Response.id.in_(select(SmsConversation.response_id)))
            .order_by(Answer.id)
        ).all()
        return [tuple(row) for row in rows]  # type: ignore[misc]


def conversation(app: Flask) -> SmsConversation:
    with app.app_context():
        row = db.session.scalars(select(SmsConversation).order_by(SmsConversation.id.desc())).first()
        assert row is not None
        db.session.expunge(row)
        return row


__all__ = [
    "SmsConversation",
    "SmsInboundMessage",
    "SmsOptOut",
    "SmsOutboundMessage",
    "SmsStatusEvent",
    "SmsUpdateContact",
    "conversation",
    "count",
    "sms_answers",
]
