"""A kiosk journey in progress: anonymised answers held until the person submits or leaves.

Answers are anonymised in the request that receives them, before they reach this table,
and the row is deleted on submit, on reset and when it goes stale.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from consult.models.base import Base, utc_now


class KioskDraft(Base):
    __tablename__ = "kiosk_draft"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"))
    language: Mapped[str] = mapped_column(String(2), default="en")
    # {"3": {"choice": "yes"}, "4": {"text": "...[NAME]...", "redactions": {"NAME": 1}}, "5": {"skipped": true}}
    answers: Mapped[dict[str, dict[str, object]]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)


class KioskTablet(Base):
    """A tablet set up as a kiosk: its cookie names ``public_id``; revoking it ends its access.

    ``link_id`` is the nonce of the set-up link that enrolled it, unique so a link works once.
    """

    __tablename__ = "kiosk_tablet"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True)
    link_id: Mapped[str] = mapped_column(String(32), unique=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
