"""Kiosk draft and tablet queries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from consult.extensions import db
from consult.models import KioskDraft, KioskTablet


def get_draft(token: str) -> KioskDraft | None:
    return db.session.get(KioskDraft, token)


def create_draft(token: str, consultation_id: int, venue_id: int | None, language: str) -> KioskDraft:
    draft = KioskDraft(token=token, consultation_id=consultation_id, venue_id=venue_id, language=language, answers={})
    db.session.add(draft)
    db.session.flush()
    return draft


def delete_draft(token: str) -> None:
    db.session.execute(delete(KioskDraft).where(KioskDraft.token == token))


def delete_drafts_older_than(cutoff: datetime) -> int:
    result = db.session.execute(delete(KioskDraft).where(KioskDraft.updated_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


def create_tablet(public_id: str, link_id: str, consultation_id: int, venue_id: int | None) -> KioskTablet:
    """Flushes at once: a second use of the same set-up link fails here on ``link_id``."""
    tablet = KioskTablet(public_id=public_id, link_id=link_id, consultation_id=consultation_id, venue_id=venue_id)
    db.session.add(tablet)
    db.session.flush()
    return tablet


def get_tablet(public_id: str) -> KioskTablet | None:
    return db.session.scalar(select(KioskTablet).where(KioskTablet.public_id == public_id))


def list_tablets() -> list[KioskTablet]:
    return list(db.session.scalars(select(KioskTablet).order_by(KioskTablet.enrolled_at, KioskTablet.id)))
