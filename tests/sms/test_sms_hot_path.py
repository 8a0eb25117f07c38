"""The webhook's fast paths give the same results as the slow, general code they replace."""

from __future__ import annotations

import random
import re
import sqlite3
import sys
import unicodedata
from datetime import UTC, datetime

import phonenumbers
import pytest
from flask import Flask
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from twilio.twiml.messaging_response import MessagingResponse

from consult.data import sms as sms_data
from consult.extensions import db
from consult.models import Answer, Question
from consult.models.sms import SmsConversation, SmsInboundMessage
from consult.services import sms_phone
from sms.keywords import squash
from sms.webhook import twiml_document
from tests.sms.db_helpers import conversation
from tests.sms.twilio_helpers import Phone


def _messaging_response(replies: tuple[str, ...]) -> str:
    document = MessagingResponse()
    for reply in replies:
        document.message(reply)
    return str(document)


def test_twiml_matches_twilios_messaging_response() -> None:
    alphabet = "ab <>&\"'\n\r\tŵŷâ€😀;#]"
    generator = random.Random(4)
    cases: list[tuple[str, ...]] = [(), ("",), ("Q1 <b> & 'x' ]]>",), ("one", "two")]
    for _ in range(500):
        size = generator.randint(0, 3)
        cases.append(
            tuple("".join(generator.choice(alphabet) for _ in range(generator.randint(0, 12))) for _ in range(size))
        )
    for replies in cases:
        assert twiml_document(replies) == _messaging_response(replies)


def _squash_by_characters(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", text).upper() if ch.isalnum())


def test_squash_keeps_exactly_the_characters_isalnum_keeps() -> None:
    """Every code point: the regex's [^\\W_] and str.isalnum() agree."""
    not_letter_or_digit = re.compile(r"[\W_]")
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        assert character.isalnum() is (not_letter_or_digit.match(character) is None), hex(code)


@given(st.text())
def test_squash_matches_the_character_loop(text: str) -> None:
    assert squash(text) == _squash_by_characters(text)


def test_uk_mobile_fast_path_matches_phonenumbers() -> None:
    generator = random.Random(7)
    numbers = ["+447" + "".join(generator.choice("0123456789") for _ in range(9)) for _ in range(2000)]
    for number in [*numbers, "+447000000000", "+447999999999"]:
        expected = phonenumbers.format_number(phonenumbers.parse(number, "GB"), phonenumbers.PhoneNumberFormat.E164)
        assert sms_phone.to_e164(number) == expected
    # Anything else still goes through phonenumbers.
    assert sms_phone.to_e164("+4407700900123") == "+447700900123"
    assert sms_phone.to_e164(" 07700 900123 ") == "+447700900123"
    assert sms_phone.to_e164("+447700９00123") != "+447700９00123"  # a full-width digit


def test_rows_written_by_the_fast_path_read_back_through_the_orm(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    phone.text("1")
    phone.text("Ask PC John Smith, he was kind to me")
    row = conversation(sms_app)
    assert row.question_index == 2 and row.version == 3 and row.last_message_sid == phone.sent[-1]
    assert row.last_inbound_at.tzinfo is None or row.last_inbound_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    with sms_app.app_context():
        answers = db.session.scalars(
            select(Answer).where(Answer.response_id == row.response_id).order_by(Answer.id)
        ).all()
        assert [answer.choice for answer in answers] == ["yes", None]
        free = answers[1]
        assert "John Smith" not in (free.text or "") and free.redactions == {"NAME": 1}
        assert isinstance(free.safeguarding_categories, list) and free.safeguarding_flag is False
        assert free.sentiment_label in ("positive", "neutral", "negative")
        assert answers[0].redactions == {} and answers[0].safeguarding_reviewed is False
        inbound = db.session.scalars(select(SmsInboundMessage).order_by(SmsInboundMessage.id)).all()
        assert [message.conversation_id for message in inbound] == [None, row.id, row.id]
        # The ORM's own version counter carries on from the fast path's.
        orm_row = db.session.get(SmsConversation, row.id)
        assert orm_row is not None
        orm_row.reminder_sent = True
        db.session.commit()
        assert orm_row.version == 4


def test_a_stale_read_is_refused(sms_app: Flask, phone: Phone) -> None:
    phone.text("VOICE")
    with sms_app.app_context():
        stale, _ = sms_data.get_conversation_for_inbound(conversation(sms_app).phone_hash, None)
        assert stale is not None
        sms_data.update_conversation(stale, {"question_index": 1})
        with pytest.raises(StaleDataError):
            sms_data.update_conversation(stale, {"question_index": 2})
        db.session.rollback()


def test_a_fast_write_must_name_every_column_it_writes(sms_app: Flask) -> None:
    """A column with a Python default left out would be skipped on SQLite: refuse at once."""
    statement = sms_data._SqliteStatement(insert(Answer), ("response_id", "question_id"))
    with sms_app.app_context():
        connection = db.session.connection()
        question_id = db.session.scalar(select(Question.id).limit(1))
        with pytest.raises(RuntimeError, match="needs values"):
            statement.write(connection, {"response_id": 1, "question_id": question_id})
        db.session.rollback()


def test_a_replayed_claim_raises_integrity_error_without_parameters(sms_app: Flask) -> None:
    now = datetime.now(UTC)
    with sms_app.app_context():
        sms_data.claim_inbound("SM" + "7" * 32, None, now)
        with pytest.raises(IntegrityError) as raised:
            sms_data.claim_inbound("SM" + "7" * 32, None, now)
        assert "message_sid" in str(raised.value.orig).lower()
        assert "SM777" not in str(raised.value)
        db.session.rollback()


def test_a_write_lock_held_elsewhere_raises_sqlalchemys_operational_error(sms_app: Flask) -> None:
    """So the webhook's retry loop catches it like any other OperationalError."""
    with sms_app.app_context():
        other = sqlite3.connect(db.engine.url.database or "", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with sms_data.inbound_connection() as connection:
                connection.exec_driver_sql("PRAGMA busy_timeout=0")
                with pytest.raises(OperationalError, match="locked"):
                    sms_data.lock_for_write(connection)
        finally:
            other.rollback()
            other.close()
