"""Kiosk draft queries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete

from consult.extensions import db
from consult.models import KioskDraft


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
