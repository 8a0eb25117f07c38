"""A reviewer's decision on an answer the safeguarding screen flagged.

One review per flagged answer: what the reviewer did, a short note, who and when. The review
never says who the person is (the service does not know). False alarms are kept as labelled
data for tuning the screen.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.models.base import Base, utc_now
from consult.models.organisation import User, _enum
from consult.models.response import Answer


class ReviewOutcome(enum.StrEnum):
    CONTACTED_SUPPORT = "contacted_support"
    REFERRED = "referred"
    NO_ACTION_NEEDED = "no_action_needed"
    FALSE_ALARM = "false_alarm"


class SafeguardingReview(Base):
    __tablename__ = "safeguarding_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[ReviewOutcome] = mapped_column(_enum(ReviewOutcome, "review_outcome"))
    note: Mapped[str] = mapped_column(String(500), default="")
    reviewed_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    answer: Mapped[Answer] = relationship()
    reviewed_by: Mapped[User] = relationship()
