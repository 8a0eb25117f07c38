"""Themes of a consultation's codebook and their assignment to answers."""

from __future__ import annotations

import enum

from sqlalchemy import JSON, Boolean, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.models.base import Base, Timestamped
from consult.models.organisation import _enum
from consult.models.response import Answer


class ThemeStatus(enum.StrEnum):
    ACTIVE = "active"
    SUGGESTED = "suggested"  # proposed by discovery, not yet accepted
    DISMISSED = "dismissed"


class CodeSource(enum.StrEnum):
    AUTO = "auto"
    HUMAN = "human"


class CodeStatus(enum.StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Theme(Timestamped, Base):
    __tablename__ = "theme"
    __table_args__ = (UniqueConstraint("consultation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_cy: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    examples: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[ThemeStatus] = mapped_column(_enum(ThemeStatus, "theme_status"), default=ThemeStatus.ACTIVE)
    # "You said, we did": the PCC's response to what people said under this theme.
    response_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    response_cy: Mapped[str] = mapped_column(Text, default="", server_default="")


class AnswerTheme(Timestamped, Base):
    __tablename__ = "answer_theme"
    __table_args__ = (UniqueConstraint("answer_id", "theme_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id"), index=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id"), index=True)
    source: Mapped[CodeSource] = mapped_column(_enum(CodeSource, "code_source"))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    status: Mapped[CodeStatus] = mapped_column(_enum(CodeStatus, "code_status"), default=CodeStatus.PROPOSED)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)  # why: matched words or examples
    # On a reviewer's decision: had the machine proposed this theme for this answer when they decided?
    # None for machine rows and for codes moved by a merge or split (nothing to compare).
    machine_proposed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    answer: Mapped[Answer] = relationship()
    theme: Mapped[Theme] = relationship()


class ChosenQuote(Timestamped, Base):
    """An answer a reviewer picked to quote under one theme. An answer is quoted once, at most."""

    __tablename__ = "chosen_quote"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"), unique=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    chosen_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    answer: Mapped[Answer] = relationship()
    theme: Mapped[Theme] = relationship()
