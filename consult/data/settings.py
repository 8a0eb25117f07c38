"""Retention setting overrides: one row per overridden configuration key."""

from __future__ import annotations

from sqlalchemy import delete, select

from consult.extensions import db
from consult.models import RetentionSetting


def get_retention_overrides() -> dict[str, int]:
    return {row.name: row.days for row in db.session.scalars(select(RetentionSetting))}


def set_retention_override(name: str, days: int) -> None:
    row = db.session.get(RetentionSetting, name)
    if row is None:
        db.session.add(RetentionSetting(name=name, days=days))
    else:
        row.days = days
    db.session.flush()


def delete_retention_override(name: str) -> None:
    db.session.execute(delete(RetentionSetting).where(RetentionSetting.name == name))
