"""A consultation and its questions, written in English and Welsh."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.models.base import Base, Timestamped
from consult.models.organisation import Organisation, _enum


class ConsultationStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    PUBLISHED = "published"


class StatutoryPurpose(enum.StrEnum):
    """The duty a consultation helps the PCC meet, shown in its reports."""

    PUBLIC_VIEWS = "public_views"  # views of the public on policing (Police Act 1996 s.96)
    VICTIMS_VIEWS = "victims_views"  # views of victims of crime (s.96(1)(b))
    POLICE_AND_CRIME_PLAN = "police_and_crime_plan"  # PRSRA 2011 s.5
    PRECEPT = "precept"  # before setting the precept (s.96(1A))
    OTHER = "other"


class QuestionKind(enum.StrEnum):
    FREE_TEXT = "free_text"
    SINGLE_CHOICE = "single_choice"
    SCALE = "scale"  # 1 to 5
    YES_NO = "yes_no"


class Consultation(Timestamped, Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title_en: Mapped[str] = mapped_column(String(200))
    title_cy: Mapped[str] = mapped_column(String(200))
    purpose_en: Mapped[str] = mapped_column(Text)
    purpose_cy: Mapped[str] = mapped_column(Text)
    status: Mapped[ConsultationStatus] = mapped_column(
        _enum(ConsultationStatus, "consultation_status"), default=ConsultationStatus.DRAFT
    )
    opens_on: Mapped[date | None] = mapped_column(Date)
    closes_on: Mapped[date | None] = mapped_column(Date)
    sms_keyword: Mapped[str | None] = mapped_column(String(40), unique=True)
    sms_keyword_cy: Mapped[str | None] = mapped_column(String(40), unique=True)  # joins in Welsh
    # "You said, we did": published back to people who took part.
    update_en: Mapped[str] = mapped_column(Text, default="")
    update_cy: Mapped[str] = mapped_column(Text, default="")
    # The day the public "you said, we did" page went live (status PUBLISHED).
    published_on: Mapped[date | None] = mapped_column(Date)
    # Who is asking, in the person's words ("Your Police and Crime Commissioner, Jane Smith").
    who_en: Mapped[str] = mapped_column(Text, default="")
    who_cy: Mapped[str] = mapped_column(Text, default="")
    # StatutoryPurpose values this consultation evidences.
    statutory_purposes: Mapped[list[str]] = mapped_column(JSON, default=list)

    organisation: Mapped[Organisation] = relationship()
    questions: Mapped[list[Question]] = relationship(
        back_populates="consultation", order_by="Question.position", cascade="all, delete-orphan"
    )

    def title(self, language: str) -> str:
        return self.title_cy if language == "cy" and self.title_cy else self.title_en

    def purpose(self, language: str) -> str:
        return self.purpose_cy if language == "cy" and self.purpose_cy else self.purpose_en


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("consultation_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind, "question_kind"))
    text_en: Mapped[str] = mapped_column(Text)
    text_cy: Mapped[str] = mapped_column(Text)
    easy_read_en: Mapped[str] = mapped_column(Text, default="")
    easy_read_cy: Mapped[str] = mapped_column(Text, default="")
    sms_text_en: Mapped[str] = mapped_column(String(160), default="")
    sms_text_cy: Mapped[str] = mapped_column(String(160), default="")
    hint_en: Mapped[str] = mapped_column(Text, default="")
    hint_cy: Mapped[str] = mapped_column(Text, default="")
    # [{"value": "18-24", "en": "18 to 24", "cy": "18 i 24"}, ...] for single choice; an option may
    # carry "skip_to": the id of a later question to go to when it is chosen.
    options: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    demographic: Mapped[bool] = mapped_column(default=False)
    required: Mapped[bool] = mapped_column(default=False)

    consultation: Mapped[Consultation] = relationship(back_populates="questions")

    def text(self, language: str) -> str:
        return self.text_cy if language == "cy" and self.text_cy else self.text_en

    def easy_read(self, language: str) -> str:
        return self.easy_read_cy if language == "cy" and self.easy_read_cy else self.easy_read_en

    def hint(self, language: str) -> str:
        return self.hint_cy if language == "cy" and self.hint_cy else self.hint_en
