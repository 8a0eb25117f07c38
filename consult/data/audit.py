"""Audit event queries."""

from __future__ import annotations

from consult.extensions import db
from consult.models import AuditEvent


def create_audit_event(
    user_id: int | None, action: str, object_type: str, object_id: int | None, detail: dict[str, object]
) -> AuditEvent:
    event = AuditEvent(user_id=user_id, action=action, object_type=object_type, object_id=object_id, detail=detail)
    db.session.add(event)
    db.session.flush()
    return event
