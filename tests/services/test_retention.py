"""`consult purge`: words and stale state go, counts stay."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from flask import Flask
from sqlalchemy import func, select

from consult.extensions import db
from consult.models import Answer, Consultation, ConsultationStatus, KioskDraft
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
