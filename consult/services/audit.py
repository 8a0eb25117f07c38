"""The audit trail: who did what to which object. Ids, names and field names only, never answers."""

from __future__ import annotations

from flask_login import current_user

from consult.extensions import db
from consult.models import AuditEvent


def record(action: str, object_type: str, object_id: int | None, **detail: object) -> None:
    """Add an event to the caller's transaction, by the signed-in user if there is one."""
    user_id = int(current_user.id) if current_user and current_user.is_authenticated else None
    db.session.add(
        AuditEvent(user_id=user_id, action=action, object_type=object_type, object_id=object_id, detail=detail)
    )
