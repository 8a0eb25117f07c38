"""The saved position of one person in one consultation, as a frozen value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sms.texts import Language


class Status(StrEnum):
    """Where a conversation stands; stored as these strings."""

    ACTIVE = "active"  # waiting for an answer to question_index
    COMPLETED = "completed"  # every question answered or skipped
    STOPPED = "stopped"  # the person texted STOP (their number is opted out)
    ENDED = "ended"  # "stop texting me", or declined to resume
    EXPIRED = "expired"  # no reply in time; a later text offers to resume
    RESUME_OFFERED = "resume_offered"  # waiting for YES/NO to carry on


@dataclass(frozen=True, slots=True)
class ConversationState:
    """Everything the dialogue needs to pick up where the person left off."""

    consultation_id: int
    language: Language
    status: Status
    question_index: int
    started_at: datetime
    last_inbound_at: datetime
    reprompted: bool = False
    reminder_sent: bool = False
    updates_requested: bool = False

    @classmethod
    def new(cls, consultation_id: int, language: Language, now: datetime) -> ConversationState:
        return cls(consultation_id, language, Status.ACTIVE, 0, now, now)
