"""Due reminders and expiries for waiting conversations, one short transaction each.

A reminder is marked sent before it goes (at most once: a second text at the wrong
moment is worse than a missed one). We hold no numbers, so the job carries the last
MessageSid: the sender asks Twilio's message log for the number and keeps it in memory.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from consult.data import consultations as consultation_data
from consult.data import sms as sms_data
from consult.extensions import db
from consult.services import retention_settings
from consult.services.sms_conversations import apply_state, state_of
from consult.services.sms_survey import rules_from, survey_for
from sms.dialogue import Event
from sms.rules import Rules
from sms.schedule import due
from sms.state import Status

log = logging.getLogger(__name__)
WAITING = (str(Status.ACTIVE), str(Status.RESUME_OFFERED))


@dataclass(frozen=True, slots=True)
class ReminderJob:
    conversation_id: int
    consultation_id: int
    phone_hash: str
    last_message_sid: str
    replies: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DueWork:
    reminders: tuple[ReminderJob, ...]
    expired: int


def run_due(now: datetime | None = None, limit: int = 1000) -> DueWork:
    """Expire stale conversations and claim the reminders that are due at ``now``."""
    now = now or datetime.now(UTC)
    rules = rules_from(current_app.config)
    ids = [row.id for row in sms_data.list_conversations_waiting(WAITING, limit)]
    db.session.rollback()
    reminders: list[ReminderJob] = []
    expired = 0
    for conversation_id in ids:
        try:
            job, was_expired = _one(conversation_id, now, rules)
        except (IntegrityError, StaleDataError, OperationalError):
            db.session.rollback()  # a text arrived meanwhile: it decides, not us
            continue
        expired += was_expired
        if job is not None:
            reminders.append(job)
    return DueWork(tuple(reminders), expired)


def _one(conversation_id: int, now: datetime, rules: Rules) -> tuple[ReminderJob | None, bool]:
    sms_data.begin_write()
    row = sms_data.get_conversation_by_id(conversation_id)
    consultation = consultation_data.get_consultation(row.consultation_id) if row else None
    if row is None or consultation is None or row.status not in WAITING:
        db.session.rollback()
        return None, False
    result = due(state_of(row), survey_for(consultation, current_app.config), now, rules)
    if result is None or result.state is None:
        db.session.rollback()
        return None, False
    apply_state(row, result.state)
    job = None
    opted_out = sms_data.is_opted_out(row.phone_hash)
    if Event.REMINDED in result.events and row.last_message_sid and not opted_out:
        job = ReminderJob(row.id, row.consultation_id, row.phone_hash, row.last_message_sid, result.replies)
    db.session.commit()
    log.info("sms due work", extra={"conversation_id": conversation_id, "events": [str(e) for e in result.events]})
    return job, Event.EXPIRED in result.events


def record_reminder_sent(job: ReminderJob, message_sid: str, status: str) -> None:
    message = sms_data.create_outbound(job.phone_hash, job.consultation_id, "reminder", datetime.now(UTC))
    message.message_sid = message_sid
    message.status = status or "queued"
    db.session.commit()


FINISHED = (str(Status.COMPLETED), str(Status.STOPPED), str(Status.ENDED), str(Status.EXPIRED))


def purge(now: datetime | None = None) -> int:
    """For ``consult purge``: delete MessageSids past SMS_MESSAGE_ID_RETENTION_DAYS (7; redeliveries
    come within minutes) and finished conversations idle past SMS_CONVERSATION_RETENTION_DAYS (30).
    An admin's days from the Retention page win over the configuration.
    Opt-outs are kept: forgetting a STOP would mean texting someone who asked us not to.
    Update contacts are purged by the caller (UPDATE_CONTACT_RETENTION_DAYS)."""
    now = now or datetime.now(UTC)
    id_days = retention_settings.days("SMS_MESSAGE_ID_RETENTION_DAYS")
    conversation_days = retention_settings.days("SMS_CONVERSATION_RETENTION_DAYS")
    deleted = sms_data.delete_inbound_before(now - timedelta(days=id_days))
    deleted += sms_data.delete_conversations_idle_before(FINISHED, now - timedelta(days=conversation_days))
    db.session.commit()
    return deleted
