"""Retention: what `consult purge` deletes, each kind on its own clock (retention_settings: an admin's
days when set on the Retention page, else the configuration).

Aggregates (responses, choices, themes, sentiment) survive; words and contact details do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from consult.data import kiosk as kiosk_data
from consult.data import responses as response_data
from consult.data import sms as sms_data
from consult.extensions import db
from consult.services import retention_settings, sms_reminders
from consult.services.kiosk import STALE_AFTER


@dataclass(frozen=True)
class PurgeReport:
    kiosk_drafts: int
    sms_records: int
    update_contacts: int
    answers_cleared: int


def purge(now: datetime | None = None) -> PurgeReport:
    """Delete expired kiosk drafts, SMS state, update contacts and old free text."""
    now = now or datetime.now(UTC)
    drafts = kiosk_data.delete_drafts_older_than(now - STALE_AFTER)
    contact_days = retention_settings.days("UPDATE_CONTACT_RETENTION_DAYS")
    contacts = sms_data.delete_update_contacts_before(now - timedelta(days=contact_days))
    db.session.commit()
    sms_records = sms_reminders.purge(now)
    cleared = _clear_old_free_text(now.date() - timedelta(days=retention_settings.days("FREE_TEXT_RETENTION_DAYS")))
    return PurgeReport(drafts, sms_records, contacts, cleared)


def _clear_old_free_text(closed_before: date) -> int:
    """Blank the words of consultations closed before the cut-off; keep every count."""
    cleared = response_data.clear_free_text_closed_before(closed_before)
    db.session.commit()
    return cleared
