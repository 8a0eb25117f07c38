"""The audit trail: who did what to which object, and when. Never answer text, passwords or codes.

Every service that signs people in, changes accounts or reads, exports or changes answers calls
``record`` inside its own transaction, so the event is committed with the change it describes.
Details are short scalar values under names that cannot carry words people wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from flask import has_request_context
from flask_login import current_user

from consult.data import audit as audit_data
from consult.data.audit import AuditFilter
from consult.extensions import db
from consult.models import AuditEvent

# Actions. Other parts of consult use the answers.* ones when they read, export or change answers.
SIGN_IN = "auth.sign_in"
SIGN_IN_FAILED = "auth.sign_in_failed"
LOCKED_OUT = "auth.locked_out"
SIGN_OUT = "auth.sign_out"
TIMED_OUT = "auth.timed_out"
PASSWORD_CHANGED = "auth.password_changed"
ACCOUNT_SET_UP = "auth.account_set_up"
TWO_FACTOR_ENABLED = "auth.two_factor_enabled"
TWO_FACTOR_FAILED = "auth.two_factor_failed"
RECOVERY_CODE_USED = "auth.recovery_code_used"
USER_CREATED = "admin.user_created"
ROLE_CHANGED = "admin.role_changed"
USER_DEACTIVATED = "admin.user_deactivated"
USER_REACTIVATED = "admin.user_reactivated"
PASSWORD_RESET = "admin.password_reset"
TWO_FACTOR_RESET = "admin.two_factor_reset"
ORGANISATION_SAVED = "admin.organisation_saved"
VENUE_SAVED = "admin.venue_saved"
TABLET_REVOKED = "admin.kiosk_tablet_revoked"
RETENTION_CHANGED = "admin.retention_changed"
ANSWERS_READ = "answers.read"
ANSWERS_EXPORTED = "answers.exported"
ANSWERS_CHANGED = "answers.changed"

# Detail keys that could hold what someone wrote or a secret: refused outright.
FORBIDDEN_DETAIL_KEYS = frozenset({
    "text", "answer", "answers", "body", "message", "wording", "password", "code", "secret", "token", "phone",
})
MAX_DETAIL_CHARS = 120
PAGE_SIZE = 50

Detail = str | int | bool | None


class AuditDetailError(ValueError):
    """A detail would put words, secrets or structures into the audit log."""


def record(action: str, *, user_id: int | None, object_type: str = "", object_id: int | None = None,
           **detail: Detail) -> AuditEvent:
    """Add an event to the current transaction (the caller commits with its own change)."""
    for key, value in detail.items():
        if key.lower() in FORBIDDEN_DETAIL_KEYS:
            raise AuditDetailError(f"audit detail {key!r} may hold words or secrets: record ids instead")
        if not isinstance(value, str | int | bool | type(None)):
            raise AuditDetailError(f"audit detail {key!r} must be a short scalar")
        if isinstance(value, str) and len(value) > MAX_DETAIL_CHARS:
            raise AuditDetailError(f"audit detail {key!r} is too long to be an id or a name")
    return audit_data.create_event(action, user_id, object_type, object_id, dict(detail))


def record_by_current_user(action: str, object_type: str, object_id: int | None,
                           **detail: Detail | list[str]) -> AuditEvent:
    """Record an action taken on a staff page by whoever is signed in; a list of field names joins into one."""
    signed_in = has_request_context() and current_user.is_authenticated
    user_id = int(current_user.id) if signed_in else None
    flat = {key: ",".join(value) if isinstance(value, list) else value for key, value in detail.items()}
    return record(action, user_id=user_id, object_type=object_type, object_id=object_id, **flat)


def record_now(action: str, *, user_id: int | None, object_type: str = "", object_id: int | None = None,
               **detail: Detail) -> None:
    """Record and commit at once, for events with no other change (an answer page read, say)."""
    record(action, user_id=user_id, object_type=object_type, object_id=object_id, **detail)
    db.session.commit()


@dataclass(frozen=True)
class AuditPage:
    events: list[AuditEvent]
    total: int
    page: int
    pages: int


def audit_page(where: AuditFilter, page: int, per_page: int = PAGE_SIZE) -> AuditPage:
    """One page of events, newest first."""
    total = audit_data.count_events(where)
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    events = audit_data.list_events(where, (page - 1) * per_page, per_page)
    return AuditPage(events, total, page, pages)


def list_actions() -> list[str]:
    return audit_data.list_actions()


def search(action: str | None = None, user_id: int | None = None, since: date | None = None,
           until: date | None = None, page: int = 1) -> AuditPage:
    """The admin's audit log: filters by action, person and day (``until`` includes that day)."""
    start = datetime.combine(since, time.min, UTC) if since else None
    end = datetime.combine(until + timedelta(days=1), time.min, UTC) if until else None
    return audit_page(AuditFilter(action or None, user_id, start, end), page)
