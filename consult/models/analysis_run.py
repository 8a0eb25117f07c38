"""A re-code of a whole consultation: its progress, kept in the database so a page can show it
whether the work runs on an RQ worker or in the web process after a response."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from consult.models.base import Base, Timestamped, utc_now
from consult.models.organisation import _enum


class RunStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"


class AnalysisRun(Timestamped, Base):
    __tablename__ = "analysis_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    # The consultation's id while the run is queued or running, else NULL: the unique
    # constraint lets only one run at a time exist per consultation, even under a race.
    active_for: Mapped[int | None] = mapped_column(Integer, unique=True)
    status: Mapped[RunStatus] = mapped_column(_enum(RunStatus, "run_status"), default=RunStatus.QUEUED)
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    # A human decision arrived while this run was running: run once more when it ends.
    again: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    job_id: Mapped[str | None] = mapped_column(String(64))  # the RQ job, when there is a queue
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The last sign of life: a run silent for long is reported as stopped.
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    error: Mapped[str | None] = mapped_column(Text)  # a plain message for staff, never a traceback
