"""One person's (or one group's) response to a consultation, and its answers.

Only anonymised text is ever stored here; the day of submission is kept, not the time,
so a response can't be matched to a moment someone was seen at a venue.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.models.base import Base
from consult.models.consultation import Consultation, Question
from consult.models.organisation import Venue, _enum


class Channel(enum.StrEnum):
    KIOSK = "kiosk"
    SMS = "sms"
    FACILITATOR = "facilitator"
    IMPORT = "import"


class Response(Base):
    __tablename__ = "response"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "channel"))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)
    language: Mapped[str] = mapped_column(String(2), default="en")
    mediated: Mapped[bool] = mapped_column(Boolean, default=False)
    participant_count: Mapped[int] = mapped_column(Integer, default=1)
    # A facilitator's write-up of a whole group session (participant_count people present).
    group_session: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    submitted_on: Mapped[date] = mapped_column(Date)
    # Random per journey: refuses a second submit of the same kiosk journey.
    submission_key: Mapped[str | None] = mapped_column(String(64), unique=True)

    consultation: Mapped[Consultation] = relationship()
    venue: Mapped[Venue | None] = relationship()
    answers: Mapped[list[Answer]] = relationship(back_populates="response", cascade="all, delete-orphan")


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    choice: Mapped[str | None] = mapped_column(String(80))
    text: Mapped[str | None] = mapped_column(Text)  # anonymised before it reaches this column
    redactions: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # {"NAME": 2}
    sentiment_label: Mapped[str | None] = mapped_column(String(10))  # positive, neutral, negative or mixed
    # True once a reviewer set the label: re-scoring never overwrites it.
    sentiment_reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    sentiment_polarity: Mapped[float | None] = mapped_column(Float)
    safeguarding_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguarding_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    safeguarding_reviewed: Mapped[bool] = mapped_column(Boolean, default=False)

    response: Mapped[Response] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()
