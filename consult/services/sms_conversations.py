"""The one mapping between a conversation row and the dialogue's ConversationState."""

from __future__ import annotations

from datetime import UTC, datetime

from consult.models.sms import SmsConversation
from sms.state import ConversationState, Status
from sms.texts import Language


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time we store is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _language(value: str) -> Language:
    return "cy" if value == "cy" else "en"


def state_of(row: SmsConversation) -> ConversationState:
    return ConversationState(
        consultation_id=row.consultation_id,
        language=_language(row.language),
        status=Status(row.status),
        question_index=row.question_index,
        started_at=as_utc(row.started_at),
        last_inbound_at=as_utc(row.last_inbound_at),
        reprompted=row.reprompted,
        reminder_sent=row.reminder_sent,
        updates_requested=row.updates_requested,
    )


def apply_state(row: SmsConversation, state: ConversationState) -> None:
    """Copy a state onto the row, writing only what changed (the version moves on a write)."""
    values: dict[str, object] = {
        "language": state.language,
        "status": str(state.status),
        "question_index": state.question_index,
        "started_at": state.started_at,
        "last_inbound_at": state.last_inbound_at,
        "reprompted": state.reprompted,
        "reminder_sent": state.reminder_sent,
        "updates_requested": state.updates_requested,
    }
    for name, value in values.items():
        current = getattr(row, name, None)
        if isinstance(current, datetime) and isinstance(value, datetime):
            if as_utc(current) == value:
                continue
        elif current == value:
            continue
        setattr(row, name, value)
