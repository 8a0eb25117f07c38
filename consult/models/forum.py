"""A lived-experience forum's check of a consultation's summary before it is published.

Staff share a read-only, suppressed preview with a forum through its facilitator: an expiring
link (only its hash is kept), no account. The forum's comments are kept against the
consultation, with what staff changed in answer, so the report can say so.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.models.base import Base, Timestamped
from consult.models.consultation import Consultation
from consult.models.theme import Theme


class ForumReview(Timestamped, Base):
    __tablename__ = "forum_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    forum_name: Mapped[str] = mapped_column(String(200))  # "Women's centre lived-experience group"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the link's token
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    consultation: Mapped[Consultation] = relationship()
    comments: Mapped[list[ForumComment]] = relationship(back_populates="review", order_by="ForumComment.id")


class ForumComment(Timestamped, Base):
    __tablename__ = "forum_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("forum_review.id", ondelete="CASCADE"), index=True)
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("theme.id", ondelete="SET NULL"))  # None: the whole summary
    body: Mapped[str] = mapped_column(Text)  # anonymised before it is stored, like every answer
    # What staff changed in answer ("quote replaced", "theme added"); empty until they say.
    staff_response: Mapped[str] = mapped_column(Text, default="", server_default="")

    review: Mapped[ForumReview] = relationship(back_populates="comments")
    theme: Mapped[Theme | None] = relationship()
