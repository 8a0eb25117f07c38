"""Map a conversation row to the dialogue's ConversationState and back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol, cast

from consult.models.sms import SmsConversation
from sms.state import ConversationState, Status
from sms.texts import Language


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time we store is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class ConversationFields(Protocol):
    """What a state is read from: the ORM row, or the plain row the inbound webhook reads."""

    @property
    def consultation_id(self) -> int: ...
    @property
    def language(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def question_index(self) -> int: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def last_inbound_at(self) -> datetime: ...
    @property
    def reprompted(self) -> bool: ...
    @property
    def reminder_sent(self) -> bool: ...
    @property
    def updates_requested(self) -> bool: ...


def state_of(row: ConversationFields) -> ConversationState:
    return ConversationState(
        consultation_id=row.consultation_id,
        language=cast(Language, row.language if row.language in ("en", "cy") else "en"),
        status=Status(row.status),
        question_index=row.question_index,
        started_at=as_utc(row.started_at),
        last_inbound_at=as_utc(row.last_inbound_at),
        reprompted=row.reprompted,
        reminder_sent=row.reminder_sent,
        updates_requested=row.updates_requested,
    )


def values_of(state: ConversationState) -> dict[str, object]:
    """The row's columns for ``state``."""
    return {
        "language": state.language,
        "status": str(state.status),
        "question_index": state.question_index,
        "started_at": state.started_at,
        "last_inbound_at": state.last_inbound_at,
        "reprompted": state.reprompted,
        "reminder_sent": state.reminder_sent,
        "updates_requested": state.updates_requested,
    }


def apply_state(row: SmsConversation, state: ConversationState) -> None:
    """Copy a new state onto the row, writing only what changed."""
    for name, value in values_of(state).items():
        current = getattr(row, name)
        if isinstance(current, datetime) and isinstance(value, datetime):
            if as_utc(current) == value:
                continue
        elif current == value:
            continue
        setattr(row, name, value)
