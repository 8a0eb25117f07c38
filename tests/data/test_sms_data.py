"""The SMS queries on a real SQLite file: the write lock, the MessageSid claim, the version column."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from consult.data import sms as sms_data
from consult.extensions import db
from consult.models import Consultation
from consult.models.sms import SmsConversation

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _conversation(app: Flask) -> int:
    with app.app_context():
        consultation_id = db.session.scalar(select(Consultation.id).limit(1))
        assert consultation_id is not None
        row = sms_data.create_conversation("a" * 64, consultation_id)
        row.status = "active"
        db.session.commit()
        return row.id


def test_a_stale_write_is_refused_by_the_version_column(demo: Flask) -> None:
    conversation_id = _conversation(demo)
    with demo.app_context():
        stale = db.session.get(SmsConversation, conversation_id)
        assert stale is not None and stale.version == 1
        with demo.app_context():  # another request moves the row on meanwhile
            other = sms_data.get_conversation_by_id(conversation_id)
            assert other is not None
            other.question_index = 1
            db.session.commit()
            db.session.remove()
        stale.question_index = 2
        with pytest.raises(StaleDataError):
            db.session.flush()
        db.session.rollback()


def test_a_replayed_claim_raises_integrity_error_naming_the_column(demo: Flask) -> None:
    with demo.app_context():
        sms_data.claim_inbound("SM" + "7" * 32, None, NOW)
        db.session.commit()
        with pytest.raises(IntegrityError) as raised:
            sms_data.claim_inbound("SM" + "7" * 32, None, NOW)
        assert "message_sid" in str(raised.value.orig).lower()
        db.session.rollback()


def test_begin_write_takes_sqlites_write_lock(demo: Flask) -> None:
    with demo.app_context():
        path = db.engine.url.database or ""
        sms_data.begin_write()
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            db.session.rollback()
            other.execute("BEGIN IMMEDIATE")  # free again once the session's transaction ends
            other.rollback()
        finally:
            other.close()


def test_a_write_lock_held_elsewhere_raises_sqlalchemys_operational_error(demo: Flask) -> None:
    """So the webhook's retry loop catches it like any other OperationalError."""
    with demo.app_context():
        other = sqlite3.connect(db.engine.url.database or "", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            db.session.connection().exec_driver_sql("PRAGMA busy_timeout=0")
            with pytest.raises(OperationalError, match="locked"):
                sms_data.begin_write()
        finally:
            other.rollback()
            other.close()
            db.session.rollback()
