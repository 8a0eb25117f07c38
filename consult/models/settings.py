"""Settings an admin changes on a page, overriding the server's configuration while a row exists."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from consult.models.base import Base, utc_now


class RetentionSetting(Base):
    """How many days one kind of data is kept (``name`` is the configuration key it overrides)."""

    __tablename__ = "retention_setting"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    days: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
