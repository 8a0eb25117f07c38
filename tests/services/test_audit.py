"""Commands that read, export or change answers leave an audit event, with no answer text in it."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import Answer, AuditEvent
from consult.services import audit


def test_summarise_and_purge_commands_are_audited(demo: Flask) -> None:
    runner = demo.test_cli_runner()
    assert runner.invoke(args=["summarise", "your-voice-2027", "--internal"]).exit_code == 0
    assert runner.invoke(args=["purge"]).exit_code == 0
    with demo.app_context():
        events = {e.action: e for e in db.session.scalars(select(AuditEvent))}
        answers = [text for text in db.session.scalars(select(Answer.text)) if text]
    exported = events[audit.ANSWERS_EXPORTED]
    assert exported.user_id is None and exported.detail == {
        "via": "summarise", "consultation": "your-voice-2027", "internal": True}
    assert events[audit.ANSWERS_CHANGED].detail["via"] == "purge"
    assert answers and not any(text in str(e.detail) for e in events.values() for text in answers)
