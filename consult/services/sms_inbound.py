"""Receive one inbound text: dedupe, run the dialogue, store what it says, return replies.

The slow, stateless work (hashing the number, screening and anonymising the text) and
loading the cached surveys happen first, before any lock. (Sentiment is scored as the answer
is stored, against the question it answers, which is known only inside: under 1 ms.) Then one
short transaction on the request's session: on SQLite it takes the write lock at once
(BEGIN IMMEDIATE), on PostgreSQL the conversation row is locked FOR UPDATE, so two texts
from one phone at the same moment are applied one after the other. The MessageSid's
unique constraint makes a redelivery a no-op; the conversation's version column and the
other unique constraints catch anything that slips past, and the text is retried from a
fresh read. Answers are stored through ``consult.services.answers``, like every channel's.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from consult.data import responses as response_data
from consult.data import sms as sms_data
from consult.extensions import db
from consult.models import Channel
from consult.models.sms import SmsConversation
from consult.pipeline.ingest import PreparedAnswer
from consult.pipeline.safeguarding import assess
from consult.services import answers, sms_phone
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.sms_conversations import apply_state, state_of
from consult.services.sms_survey import cached_rules, cached_survey, open_keywords
from sms.dialogue import AnswerToStore, Event, Inbound, Step, step
from sms.keywords import squash
from sms.rules import Rules
from sms.survey import Survey

log = logging.getLogger(__name__)
ATTEMPTS = 5
RETRY_SECONDS = 8.0  # Twilio waits 15 s for a reply: stop retrying well before then


@dataclass(frozen=True, slots=True)
class InboundSms:
    """The fields of Twilio's webhook we use (checked at the edge). The number and body
    live in memory only."""

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
    """What is worked out before the transaction: nothing here needs the database's lock."""

    phone_hash: str
    keywords: dict[str, int]
    risk: bool
    categories: tuple[str, ...] = ()  # the safeguarding screen's, over the whole text
    source: str | None = None  # the stripped body the answer was prepared from
    answer: PreparedAnswer | None = None


def receive(message: InboundSms, now: datetime | None = None) -> tuple[str, ...]:
    """The replies to send for ``message``; empty for a redelivery or an opted-out number."""
    rules = cached_rules()
    prepared = _prepare(message, rules)
    db.session.rollback()  # end any read the caches made: the write transaction starts afresh
    deadline = time.monotonic() + RETRY_SECONDS
    for attempt in range(1, ATTEMPTS + 1):
        try:
            sms_data.begin_write()
            outcome = _receive_once(message, prepared, rules, now or datetime.now(UTC))
            db.session.commit()
        except (StaleDataError, OperationalError, IntegrityError) as error:
            db.session.rollback()
            if _is_replay(error):
                log.info("sms inbound replay ignored", extra={"message_sid": message.message_sid})
                return ()
            log.info("sms inbound retry", extra={"message_sid": message.message_sid, "attempt": attempt})
            if attempt == ATTEMPTS or time.monotonic() > deadline:
                raise
            continue
        except BaseException:
            db.session.rollback()  # never leave SQLite's write lock held
            raise
        log.info(
            "sms inbound",
            extra={
                "message_sid": message.message_sid,
                "conversation_id": outcome.conversation_id,
                "events": [str(e) for e in outcome.events],
            },
        )
        return outcome.replies
    raise AssertionError("unreachable")


def _is_replay(error: Exception) -> bool:
    return isinstance(error, IntegrityError) and "message_sid" in str(error.orig).lower()


def _prepare(message: InboundSms, rules: Rules) -> _Prepared:
    """Hash the number, screen every text, and prepare anything that may be an answer."""
    phone_hash = sms_phone.phone_hash(message.from_number)
    keywords = open_keywords()
    body = message.dialogue_body.strip()
    if not body:
        return _Prepared(phone_hash, keywords, risk=False)
    if rules.keywords.classify(body) is not None:  # never an answer, but a risk all the same
        screen = assess(body)
        return _Prepared(phone_hash, keywords, screen.flagged, tuple(screen.categories))
    answer = answers.prepare_text(body, anonymiser_for_organisations(), rules.answer_limit)
    categories = answer.safeguarding_categories
    if answer.truncated and not categories:  # a risk past the part kept still counts
        categories = tuple(assess(body).categories)
    return _Prepared(
        phone_hash,
        keywords,
        risk=answer.safeguarding_flagged or bool(categories),
        categories=categories,
        source=body,
        answer=answer,
    )


@dataclass(frozen=True, slots=True)
class _Outcome:
    replies: tuple[str, ...]
    conversation_id: int | None
    events: tuple[Event, ...]


def _receive_once(message: InboundSms, prepared: _Prepared, rules: Rules, now: datetime) -> _Outcome:
    """One transaction: read (and lock) the conversation, claim the MessageSid, run the
    dialogue, store the answer and the new state. The caller commits."""
    row, survey, opted_out = _resolve(prepared, message.dialogue_body)
    sms_data.claim_inbound(message.message_sid, row.id if row else None, now)  # IntegrityError on a replay
    truncated = prepared.answer is not None and prepared.answer.truncated
    inbound = Inbound(
        message.dialogue_body, message.num_media, opted_out=opted_out, risk=prepared.risk, truncated=truncated
    )
    result = step(state_of(row) if row else None, inbound, survey, now, rules)
    if result.state is not None and survey is not None:
        if row is None:
            row = sms_data.create_conversation(prepared.phone_hash, survey.consultation_id)
        apply_state(row, result.state)
        row.last_message_sid = message.message_sid
    if row is not None and result.answer is not None:
        _store_answer(row, result.answer, prepared, now)
    db.session.flush()  # StaleDataError if the row changed since it was read
    _apply_events(result, row, prepared.phone_hash, message.from_number, now)
    return _Outcome(result.replies, row.id if row else None, result.events)


def _resolve(prepared: _Prepared, body: str) -> tuple[SmsConversation | None, Survey | None, bool]:
    """The conversation a text continues (the one whose keyword it is, else the last one),
    its consultation's survey and whether the number has opted out."""
    joined = prepared.keywords.get(squash(body)) if body.strip() else None
    row, opted_out = sms_data.get_conversation_for_update(prepared.phone_hash, joined)
    if joined is not None:
        return row, cached_survey(joined), opted_out
    if row is not None:
        return row, cached_survey(row.consultation_id), opted_out
    consultations = set(prepared.keywords.values())  # one consultation may have an English and a Welsh keyword
    only = next(iter(consultations)) if len(consultations) == 1 else None
    return None, cached_survey(only) if only is not None else None, opted_out


def _response_of(row: SmsConversation, now: datetime) -> int:
    """The id of the conversation's Response, created with its first answer."""
    if row.response_id is None:
        response = response_data.create_response(row.consultation_id, Channel.SMS, now.date(), language=row.language)
        row.response_id = response.id
    return row.response_id


def _store_answer(row: SmsConversation, answer: AnswerToStore, prepared: _Prepared, now: datetime) -> None:
    response = _response_of(row, now)
    question_id = int(answer.question_key)
    if answer.text is None:
        choice = answer.option_key if answer.option_key is not None else str(answer.value)
        answers.store_choice(response, question_id, choice)
        return
    if prepared.answer is None or answer.text != prepared.source:
        raise RuntimeError("the dialogue answered with text other than the body it was given")
    # Sentiment is scored as it is stored, against the question it answers (known only now).
    answers.store_prepared(response, question_id, prepared.answer, None, prepared.categories)


def _apply_events(result: Step, row: SmsConversation | None, phone_hash: str, number: str, now: datetime) -> None:
    if Event.OPTED_OUT in result.events:
        sms_data.create_opt_out(phone_hash, "keyword", now)
        sms_data.delete_update_contacts_for(phone_hash)  # STOP also withdraws a YES
    if Event.OPTED_IN in result.events:
        sms_data.delete_opt_out(phone_hash)
    if Event.UPDATES_REQUESTED in result.events and row is not None:
        _store_update_contact(row, phone_hash, number, now)


def _store_update_contact(row: SmsConversation, phone_hash: str, number: str, now: datetime) -> None:
    if not sms_phone.is_uk_mobile(number):
        log.info("sms update contact refused: not a UK mobile", extra={"conversation_id": row.id})
        return
    if not sms_data.has_update_contact(row.consultation_id, phone_hash):
        encrypted = sms_phone.encrypt_number(number)
        sms_data.create_update_contact(row.consultation_id, phone_hash, encrypted, row.language, now)
