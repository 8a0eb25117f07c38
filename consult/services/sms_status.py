"""Record Twilio delivery status callbacks: deduplicated, applied in order, 21610 opts out.

Twilio may send a status twice or out of order (``sent`` after ``delivered``). Each
(MessageSid, MessageStatus) is stored once; the message's status only moves forward
along queued < sending < sent < delivered/undelivered/failed.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError, OperationalError

from consult.data import sms as sms_data
from consult.extensions import db

log = logging.getLogger(__name__)

UNSUBSCRIBED_ERROR = 21610  # "Attempt to send to unsubscribed recipient"
RANK = {
    "accepted": 0,
    "scheduled": 0,
    "queued": 0,
    "sending": 1,
    "sent": 2,
    "delivered": 3,
    "undelivered": 3,
    "failed": 3,
    "canceled": 3,
    "read": 4,
}
ATTEMPTS = 4


def record_status(message_sid: str, status: str, error_code: int | None, now: datetime | None = None) -> bool:
    """Store one callback; False when it was a repeat. One transaction, retried on a race."""
    status = status.strip().lower()
    db.session.rollback()  # the write transaction starts afresh, with the write lock
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _record_once(message_sid, status, error_code, now or datetime.now(UTC))
        except (IntegrityError, OperationalError):
            db.session.rollback()
            if attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _record_once(message_sid: str, status: str, error_code: int | None, now: datetime) -> bool:
    sms_data.begin_write()
    if sms_data.status_event_exists(message_sid, status):
        db.session.rollback()
        return False
    sms_data.create_status_event(message_sid, status, error_code, now)
    message = sms_data.get_outbound_by_sid(message_sid)
    if message is not None:
        if RANK.get(status, -1) > RANK.get(message.status, -1):
            message.status = status
            message.error_code = error_code
            message.updated_at = now
        if error_code == UNSUBSCRIBED_ERROR:
            sms_data.create_opt_out(message.phone_hash, "carrier", now)
            sms_data.delete_update_contacts_for(message.phone_hash)
    db.session.commit()
    log.info("sms status", extra={"message_sid": message_sid, "status": status})
    return True
