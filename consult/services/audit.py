"""The audit trail: who did what to which object, and when. Ids and names of actions only.

Never pass answer text, notes, names or numbers in ``detail``: counts, outcomes and ids.
The event joins the caller's transaction; the caller commits.
"""

from __future__ import annotations

from flask import has_request_context
from flask_login import current_user

from consult.data.audit import create_audit_event
from consult.models import AuditEvent


def _signed_in_user_id() -> int | None:
    if has_request_context() and current_user.is_authenticated:
        return int(current_user.get_id())
    return None


def record(action: str, object_type: str, object_id: int | None, **detail: object) -> AuditEvent:
    """Write one event for the signed-in user (none outside a request, e.g. from the CLI)."""
    return create_audit_event(_signed_in_user_id(), action, object_type, object_id, dict(detail))
