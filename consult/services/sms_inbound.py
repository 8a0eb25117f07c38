"""Receive one inbound text: dedupe, run the dialogue, store what it says, return replies.

One transaction per message. On SQLite the transaction takes the write lock first
(BEGIN IMMEDIATE) and on PostgreSQL the conversation row is locked FOR UPDATE, so two
texts from one phone at the same moment are applied one after the other. Unique
constraints (MessageSid; one conversation per phone and consultation; one answer per
question) and the conversation's version column catch anything that slips past, and
the message is retried from a fresh read. Free text is anonymised before it is written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime

from flask import current_app
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.data import sms as sms_data
from consult.extensions import db
from consult.models import Channel, Consultation
from consult.models.sms import SmsConversation
from consult.pipeline.ingest import prepare_answer
from consult.pipeline.safeguarding import assess
from consult.pipeline.sentiment import score as score_sentiment
from consult.services import sms_phone
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.sms_conversations import apply_state, state_of, values_of
from consult.services.sms_survey import rules_from, survey_for
from sms.dialogue import AnswerToStore, Event, Inbound, Step, step
from sms.keywords import squash

log = logging.getLogger(__name__)
ATTEMPTS = 4


@dataclass(frozen=True, slots=True)
class InboundSms:
    """The fields of Twilio's webhook we use. The number and body live in memory only."""

    message_sid: str
    from_number: str
    body: str
    num_media: int = 0


def receive(message: InboundSms, now: datetime | None = None) -> tuple[str, ...]:
    """The replies to send for ``message``; empty for a redelivery or an opted-out number."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _receive_once(message, now or datetime.now(UTC))
        except (IntegrityError, StaleDataError, OperationalError):
            db.session.rollback()
            log.info("sms inbound retry", extra={"message_sid": message.message_sid})
            if attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _receive_once(message: InboundSms, now: datetime) -> tuple[str, ...]:
    sms_data.lock_for_write()
    if sms_data.inbound_exists(message.message_sid):
        db.session.rollback()
        log.info("sms inbound replay ignored", extra={"message_sid": message.message_sid})
        return ()
    phone_hash = sms_phone.phone_hash(message.from_number)
    row, consultation = _resolve(phone_hash, message.body)
    survey = survey_for(consultation, current_app.config) if consultation is not None else None
    risk = bool(message.body.strip()) and assess(message.body).flagged
    inbound = Inbound(
        message.body,
        message.num_media,
        opted_out=sms_data.is_opted_out(phone_hash),
        risk=risk,
    )
    rules = rules_from(current_app.config)
    result = step(state_of(row) if row else None, inbound, survey, now, rules)

    if result.state is not None and consultation is not None:
        if row is None:
            values = values_of(result.state)
            row = sms_data.create_conversation(phone_hash, consultation.id, **values)
        else:
            apply_state(row, result.state)
        row.last_message_sid = message.message_sid
    if result.answer is not None and row is not None:
        _store_answer(row, result.answer, rules.answer_limit, now.date())
    _apply_events(result, phone_hash, message.from_number, row)
    sms_data.create_inbound(message.message_sid, row.id if row else None, now)
    db.session.commit()
    log.info(
        "sms inbound",
        extra={
            "message_sid": message.message_sid,
            "conversation_id": row.id if row else None,
            "events": [str(e) for e in result.events],
        },
    )
    return result.replies


def _resolve(phone_hash: str, body: str) -> tuple[SmsConversation | None, Consultation | None]:
    """The consultation a text belongs to: the one whose keyword it is, else the last one."""
    open_ = sms_data.list_open_keyword_consultations()
    word = squash(body)
    joined = next((c for c in open_ if word and squash(c.sms_keyword or "") == word), None)
    if joined is not None:
        return sms_data.get_conversation(phone_hash, joined.id), joined
    row = sms_data.get_latest_conversation(phone_hash)
    if row is not None:
        return row, consultation_data.get_consultation(row.consultation_id)
    return None, open_[0] if len(open_) == 1 else None


def _store_answer(row: SmsConversation, answer: AnswerToStore, limit: int, today: date) -> None:
    if row.response_id is None:
        response = response_data.create_response(
            row.consultation_id, Channel.SMS, today, language=row.language
        )
        row.response_id = response.id
    else:
        found = sms_data.get_response(row.response_id)
        if found is None:
            raise LookupError(f"response {row.response_id} is missing")
        response = found
    question_id = int(answer.question_key)
    if answer.text is None:
        choice = answer.option_key if answer.option_key is not None else str(answer.value)
        response_data.create_answer(response, question_id, choice=choice)
        return
    prepared = prepare_answer(answer.text, anonymiser_for_organisations(), limit)
    sentiment = score_sentiment(prepared.text)
    response_data.create_answer(
        response,
        question_id,
        text=prepared.text,
        redactions=prepared.redactions,
        sentiment_label=sentiment.label,
        sentiment_polarity=sentiment.polarity,
        safeguarding_flag=prepared.safeguarding_flagged,
        safeguarding_categories=list(prepared.safeguarding_categories),
    )


def _apply_events(
    result: Step, phone_hash: str, number: str, row: SmsConversation | None
) -> None:
    now = datetime.now(UTC)
    if Event.OPTED_OUT in result.events:
        sms_data.create_opt_out(phone_hash, "keyword", now)
        sms_data.delete_update_contacts_for(phone_hash)  # STOP also withdraws a YES
    if Event.OPTED_IN in result.events:
        sms_data.delete_opt_out(phone_hash)
    if Event.UPDATES_REQUESTED in result.events and row is not None:
        _store_update_contact(row, phone_hash, number, now)


def _store_update_contact(
    row: SmsConversation, phone_hash: str, number: str, now: datetime
) -> None:
    if not sms_phone.is_uk_mobile(number):
        log.info("sms update contact refused: not a UK mobile", extra={"conversation_id": row.id})
        return
    if sms_data.get_update_contact(row.consultation_id, phone_hash) is None:
        encrypted = sms_phone.encrypt_number(number)
        sms_data.create_update_contact(row.consultation_id, phone_hash, encrypted, row.language, now)
