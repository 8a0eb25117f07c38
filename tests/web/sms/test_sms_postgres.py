"""The same concurrency guarantees on PostgreSQL, where conversation rows are locked FOR UPDATE."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from consult.extensions import db
from tests.web.sms.db_helpers import SmsConversation, SmsInboundMessage, conversation, count, sms_answers
from tests.web.sms.test_sms_concurrency import at_once
from tests.web.sms.twilio_helpers import Phone, new_sid

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_sms_app(pg_app: Flask) -> Iterator[Flask]:
    from consult.services.demo import seed_demo

    with pg_app.app_context():
        seed_demo()
        db.session.remove()
    yield pg_app


def test_simultaneous_answers_on_postgres(pg_sms_app: Flask) -> None:
    phone = Phone(pg_sms_app.test_client(), "+447700900777")
    phone.text("VOICE")
    phone.text("1")
    results = at_once(pg_sms_app, [lambda p: p.text("3") for _ in range(5)], phone.number)
    assert all(results)
    assert [position for _, position, _, _ in sms_answers(pg_sms_app)] == [1, 2, 3, 4, 5, 6]
    assert conversation(pg_sms_app).question_index == 6


def test_simultaneous_redeliveries_and_joins_on_postgres(pg_sms_app: Flask) -> None:
    sid = new_sid()
    results = at_once(pg_sms_app, [lambda p: p.text("VOICE", sid=sid) for _ in range(4)], "+447700900778")
    assert sorted(len(r) for r in results) == [0, 0, 0, 2]
    joins = at_once(pg_sms_app, [lambda p: p.text("VOICE") for _ in range(4)], "+447700900779")
    assert sum(1 for r in joins if len(r) == 2) == 1
    assert count(pg_sms_app, SmsConversation) == 2
    assert count(pg_sms_app, SmsInboundMessage) == 5


def test_whole_conversation_with_updates_on_postgres(pg_sms_app: Flask) -> None:
    """The inbound path's Core statements (not the SQLite fast path) from join to YES, then STOP."""
    from tests.web.sms.db_helpers import SmsOptOut, SmsUpdateContact

    phone = Phone(pg_sms_app.test_client(), "+447700900780")
    for body in ("VOICE", "1", "Ask PC John Smith", "Someone to talk to", "4", "Nothing", "A flat", "6"):
        assert phone.text(body)
    assert phone.text("YES")
    answers = sms_answers(pg_sms_app)
    assert [position for _, position, _, _ in answers] == [1, 2, 3, 4, 5, 6, 7]
    assert "John Smith" not in (answers[1][3] or "")
    assert count(pg_sms_app, SmsUpdateContact) == 1
    assert conversation(pg_sms_app).status == "completed"
    phone.text("STOP")
    assert count(pg_sms_app, SmsUpdateContact) == 0 and count(pg_sms_app, SmsOptOut) == 1
