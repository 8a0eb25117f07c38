"""Receive one inbound text: dedupe, run the dialogue, store what it says, return replies.

The slow, stateless work (hashing the number, anonymising and screening the text,
scoring sentiment) happens first, outside any lock. Then one short transaction: on
SQLite it takes the write lock at once (BEGIN IMMEDIATE), on PostgreSQL the
conversation row is locked FOR UPDATE, so two texts from one phone at the same moment
are applied one after the other. The MessageSid's unique constraint makes a redelivery
a no-op; the conversation's version column and the other unique constraints catch
anything that slips past, and the message is retried from a fresh read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from consult.data import sms as sms_data
from consult.pipeline.ingest import PreparedAnswer, prepare_answer
from consult.pipeline.safeguarding import assess
from consult.pipeline.sentiment import Sentiment
from consult.pipeline.sentiment import score as score_sentiment
from consult.services import sms_phone
from consult.services.sms_conversations import state_of, values_of
from consult.services.sms_survey import cached_anonymiser, cached_rules, cached_survey, open_keywords
from sms.dialogue import AnswerToStore, Event, Inbound, Step, clip, step
from sms.keywords import squash
from sms.rules import Rules
from sms.survey import Survey

log = logging.getLogger(__name__)
ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class InboundSms:
    """The fields of Twilio's webhook we use. The number and body live in memory only."""

    message_sid: str
    from_number: str
    body: str
    num_media: int = 0
    # Set by Twilio's Advanced Opt-Out when the text matched one of its keywords (STOP, START, HELP),
    # including words configured in Twilio's console: we honour it whatever our own lists say.
    opt_out_type: str = ""

    @property
    def dialogue_body(self) -> str:
        kind = self.opt_out_type.strip().upper()
        return kind if kind in ("STOP", "START", "HELP") else self.body


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What can be worked out before taking any lock."""

    phone_hash: str
    risk: bool
    answer_input: str | None = None  # the clipped body the anonymised text was made from
    answer: PreparedAnswer | None = None
    sentiment: Sentiment | None = None


def receive(message: InboundSms, now: datetime | None = None) -> tuple[str, ...]:
    """The replies to send for ``message``; empty for a redelivery or an opted-out number."""
    rules = cached_rules()
    prepared = _prepare(message, rules)
    with sms_data.inbound_connection() as connection:
        for attempt in range(1, ATTEMPTS + 1):
            failure: Exception | None = None
            with sms_data.writer_turn():
                transaction = connection.begin()
                try:
                    outcome = _receive_once(connection, message, prepared, rules, now or datetime.now(UTC))
                    transaction.commit()
                except (StaleDataError, OperationalError, IntegrityError) as error:
                    transaction.rollback()
                    failure = error
                except BaseException:
                    transaction.rollback()  # never leave SQLite's write lock held
                    raise
            if failure is None:
                log.info(
                    "sms inbound",
                    extra={
                        "message_sid": message.message_sid,
                        "conversation_id": outcome.conversation_id,
                        "events": [str(e) for e in outcome.events],
                    },
                )
                return outcome.replies
            if _is_replay(failure):
                log.info("sms inbound replay ignored", extra={"message_sid": message.message_sid})
                return ()
            log.info("sms inbound retry", extra={"message_sid": message.message_sid, "attempt": attempt})
            if attempt == ATTEMPTS:
                raise failure
    raise AssertionError("unreachable")


def _is_replay(error: Exception) -> bool:
    return isinstance(error, IntegrityError) and "message_sid" in str(error.orig).lower()


def _prepare(message: InboundSms, rules: Rules) -> _Prepared:
    """Hash, screen and (for anything that may be an answer) anonymise, lock-free."""
    phone_hash = sms_phone.phone_hash(message.from_number)
    body = message.dialogue_body.strip()
    if not body or rules.keywords.classify(body) is not None:
        return _Prepared(phone_hash, risk=False)
    text, _ = clip(body, rules.answer_limit)
    answer = prepare_answer(text, cached_anonymiser(), rules.answer_limit)
    risk = answer.safeguarding_flagged if text == body else assess(body).flagged
    return _Prepared(phone_hash, risk, text, answer, score_sentiment(answer.text))


@dataclass(frozen=True, slots=True)
class _Outcome:
    replies: tuple[str, ...]
    conversation_id: int | None
    events: tuple[Event, ...]


def _receive_once(
    connection: Connection, message: InboundSms, prepared: _Prepared, rules: Rules, now: datetime
) -> _Outcome:
    """One transaction of a few Core statements on the webhook's own connection (see
    consult.data.sms): the lock, one read of the conversation and the opt-out, the MessageSid
    claim, the answer and one update. The caller commits."""
    sms_data.lock_for_write(connection)
    row, survey, opted_out = _resolve(connection, prepared.phone_hash, message.dialogue_body)  # reads only
    sms_data.claim_inbound(  # IntegrityError on a replay
        message.message_sid, row.id if row else None, now, connection=connection
    )
    inbound = Inbound(message.dialogue_body, message.num_media, opted_out=opted_out, risk=prepared.risk)
    result = step(state_of(row) if row else None, inbound, survey, now, rules)
    conversation_id = row.id if row else None
    language = row.language if row else "en"
    response_id = row.response_id if row else None
    consultation_id = row.consultation_id if row else (survey.consultation_id if survey else None)
    values: dict[str, object] = {}
    if result.state is not None and survey is not None:
        values = {**values_of(result.state), "last_message_sid": message.message_sid}
        language = result.state.language
    if result.answer is not None and consultation_id is not None and (row is not None or values):
        if response_id is None:
            response_id = sms_data.create_sms_response(consultation_id, now.date(), language, connection=connection)
            values["response_id"] = response_id
        _store_answer(connection, response_id, result.answer, prepared, rules.answer_limit)
    if row is None and values and survey is not None:
        conversation_id = sms_data.insert_conversation(
            prepared.phone_hash, survey.consultation_id, values, connection=connection
        )
    elif row is not None and values:  # StaleDataError if the row changed since it was read
        sms_data.update_conversation(row, values, connection=connection)
    events = _EventContext(connection, prepared.phone_hash, message.from_number, conversation_id, consultation_id)
    _apply_events(result, events, language, now)
    return _Outcome(result.replies, conversation_id, result.events)


def _resolve(
    connection: Connection, phone_hash: str, body: str
) -> tuple[sms_data.ConversationRow | None, Survey | None, bool]:
    """The consultation a text belongs to (the one whose keyword it is, else the last one),
    its conversation and whether the number has opted out."""
    keywords = open_keywords()
    joined = keywords.get(squash(body)) if body.strip() else None
    if joined is not None:
        row, opted_out = sms_data.get_conversation_for_inbound(phone_hash, joined, connection=connection)
        return row, cached_survey(joined), opted_out
    row, opted_out = sms_data.get_conversation_for_inbound(phone_hash, None, connection=connection)
    if row is not None:
        return row, cached_survey(row.consultation_id), opted_out
    consultations = set(keywords.values())  # one consultation may have an English and a Welsh keyword
    only = next(iter(consultations)) if len(consultations) == 1 else None
    return None, cached_survey(only) if only is not None else None, opted_out


def _store_answer(
    connection: Connection, response_id: int, answer: AnswerToStore, prepared: _Prepared, limit: int
) -> None:
    question_id = int(answer.question_key)
    if answer.text is None:
        choice = answer.option_key if answer.option_key is not None else str(answer.value)
        sms_data.insert_answer(response_id, question_id, {"choice": choice}, connection=connection)
        return
    anonymised, sentiment = prepared.answer, prepared.sentiment
    if anonymised is None or sentiment is None or answer.text != prepared.answer_input:
        anonymised = prepare_answer(answer.text, cached_anonymiser(), limit)
        sentiment = score_sentiment(anonymised.text)
    values = {
        "text": anonymised.text,
        "redactions": anonymised.redactions,
        "sentiment_label": sentiment.label,
        "sentiment_polarity": sentiment.polarity,
        "safeguarding_flag": anonymised.safeguarding_flagged,
        "safeguarding_categories": list(anonymised.safeguarding_categories),
    }
    sms_data.insert_answer(response_id, question_id, values, connection=connection)


@dataclass(frozen=True, slots=True)
class _EventContext:
    """Who and where a dialogue event applies to, and the connection to record it on."""

    connection: Connection
    phone_hash: str
    number: str
    conversation_id: int | None
    consultation_id: int | None


def _apply_events(result: Step, context: _EventContext, language: str, now: datetime) -> None:
    connection, phone_hash = context.connection, context.phone_hash
    if Event.OPTED_OUT in result.events:
        sms_data.create_opt_out(phone_hash, "keyword", now, connection=connection)
        sms_data.delete_update_contacts_for(phone_hash, connection=connection)  # STOP also withdraws a YES
    if Event.OPTED_IN in result.events:
        sms_data.delete_opt_out(phone_hash, connection=connection)
    if Event.UPDATES_REQUESTED in result.events:
        _store_update_contact(context, language, now)


def _store_update_contact(context: _EventContext, language: str, now: datetime) -> None:
    if context.conversation_id is None or context.consultation_id is None:
        return
    if not sms_phone.is_uk_mobile(context.number):
        log.info("sms update contact refused: not a UK mobile", extra={"conversation_id": context.conversation_id})
        return
    connection, consultation_id, phone_hash = context.connection, context.consultation_id, context.phone_hash
    if not sms_data.has_update_contact(consultation_id, phone_hash, connection=connection):
        encrypted = sms_phone.encrypt_number(context.number)
        sms_data.create_update_contact(consultation_id, phone_hash, encrypted, language, now, connection=connection)
