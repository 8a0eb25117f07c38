"""Audit event queries: written by services, read by the admin audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from consult.extensions import db
from consult.models import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    user_id: int | None = None
    since: datetime | None = None
    before: datetime | None = None


def create_event(
    action: str, user_id: int | None, object_type: str, object_id: int | None, detail: dict[str, object]
) -> AuditEvent:
    event = AuditEvent(action=action, user_id=user_id, object_type=object_type, object_id=object_id, detail=detail)
    db.session.add(event)
    db.session.flush()
    return event


def _filtered(query: Select[tuple[AuditEvent]], where: AuditFilter) -> Select[tuple[AuditEvent]]:
    if where.action:
        query = query.where(AuditEvent.action == where.action)
    if where.user_id is not None:
        query = query.where(AuditEvent.user_id == where.user_id)
    if where.since is not None:
        query = query.where(AuditEvent.created_at >= where.since)
    if where.before is not None:
        query = query.where(AuditEvent.created_at < where.before)
    return query


def list_events(where: AuditFilter, offset: int, limit: int) -> list[AuditEvent]:
    query = _filtered(select(AuditEvent), where).order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
    return list(db.session.scalars(query.offset(offset).limit(limit)))


def count_events(where: AuditFilter) -> int:
    query = _filtered(select(AuditEvent), where).with_only_columns(func.count(AuditEvent.id))
    return int(db.session.scalar(query) or 0)


def list_actions() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))
