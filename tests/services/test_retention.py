"""`consult purge`: words and stale state go, counts stay."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Answer, Consultation, ConsultationStatus, KioskDraft, Role, User
from consult.models.sms import SmsInboundMessage
from consult.services import retention_settings
from consult.services.retention import purge


def test_purge_clears_old_free_text_and_stale_drafts_but_keeps_counts(demo: Flask) -> None:
    with demo.app_context():
        consultation = db.session.scalars(select(Consultation)).one()
        consultation.status = ConsultationStatus.CLOSED
        consultation.closes_on = date.today() - timedelta(days=400)
        db.session.add(KioskDraft(token="stale", consultation_id=consultation.id, venue_id=None, answers={},
                                  updated_at=datetime.now(UTC) - timedelta(days=1)))
        db.session.add(KioskDraft(token="fresh", consultation_id=consultation.id, venue_id=None, answers={}))
        db.session.commit()
        answers_before = db.session.scalar(select(func.count()).select_from(Answer))
        with_text = db.session.scalar(select(func.count()).select_from(Answer).where(Answer.text.is_not(None)))
        assert with_text > 0

        report = purge()

        assert report.answers_cleared == with_text
        assert report.kiosk_drafts == 1
        assert db.session.scalar(select(func.count()).select_from(Answer)) == answers_before
        assert db.session.scalar(select(func.count()).select_from(Answer).where(Answer.text.is_not(None))) == 0
        assert db.session.scalar(select(func.count()).select_from(Answer).where(Answer.sentiment_label.is_not(None)))
        assert [d.token for d in db.session.scalars(select(KioskDraft))] == ["fresh"]


def test_purge_keeps_the_words_of_open_consultations(demo: Flask) -> None:
    with demo.app_context():
        report = purge()
        assert report.answers_cleared == 0
        assert db.session.scalar(select(func.count()).select_from(Answer).where(Answer.text.is_not(None))) > 0


def test_purge_command_reports_what_it_did(demo: Flask) -> None:
    result = demo.test_cli_runner().invoke(args=["purge"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Purged 0 kiosk drafts")


def _admin() -> int:
    return int(db.session.scalars(select(User.id).where(User.role == Role.ADMIN)).first() or 0)


def _close_days_ago(days: int) -> int:
    consultation = db.session.scalars(select(Consultation)).one()
    consultation.status = ConsultationStatus.CLOSED
    consultation.closes_on = date.today() - timedelta(days=days)
    db.session.commit()
    return int(db.session.scalar(select(func.count()).select_from(Answer).where(Answer.text.is_not(None))) or 0)


def test_purge_uses_an_admins_shorter_free_text_period(demo: Flask) -> None:
    with demo.app_context():
        with_text = _close_days_ago(100)
        assert demo.config["FREE_TEXT_RETENTION_DAYS"] > 100 and purge().answers_cleared == 0
        retention_settings.save(_admin(), {"FREE_TEXT_RETENTION_DAYS": 90})
        assert purge().answers_cleared == with_text


def test_purge_uses_an_admins_longer_free_text_period(demo: Flask) -> None:
    with demo.app_context():
        _close_days_ago(demo.config["FREE_TEXT_RETENTION_DAYS"] + 10)
        retention_settings.save(_admin(), {"FREE_TEXT_RETENTION_DAYS": 3650})
        assert purge().answers_cleared == 0
        retention_settings.save(_admin(), {"FREE_TEXT_RETENTION_DAYS": demo.config["FREE_TEXT_RETENTION_DAYS"]})
        assert purge().answers_cleared > 0  # back on the configured period


def test_purge_uses_an_admins_text_message_id_period(demo: Flask) -> None:
    with demo.app_context():
        three_days_ago = datetime.now(UTC) - timedelta(days=3)
        db.session.add(SmsInboundMessage(message_sid="SM" + "a" * 32, received_at=three_days_ago))
        db.session.commit()
        assert demo.config["SMS_MESSAGE_ID_RETENTION_DAYS"] > 3 and purge().sms_records == 0
        retention_settings.save(_admin(), {"SMS_MESSAGE_ID_RETENTION_DAYS": 2})
        assert purge().sms_records == 1


def test_the_service_refuses_days_out_of_range(demo: Flask) -> None:
    with demo.app_context():
        with pytest.raises(retention_settings.RetentionError):
            retention_settings.save(_admin(), {"FREE_TEXT_RETENTION_DAYS": 29})
        assert retention_settings.days("FREE_TEXT_RETENTION_DAYS") == demo.config["FREE_TEXT_RETENTION_DAYS"]
