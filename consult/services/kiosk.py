"""The kiosk journey: start, answer, skip, check, submit, discard. One transaction each.

A journey lives in a KioskDraft row keyed by a random token held in the person's session.
Text is anonymised before it reaches the draft, so nothing raw is ever written.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from flask import current_app
from sqlalchemy.exc import IntegrityError

from consult.data import consultations as consultation_data
from consult.data import kiosk as kiosk_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, Consultation, ConsultationStatus, KioskDraft, Question, QuestionKind, Venue
from consult.pipeline.anonymise.placeholders import counts as placeholder_counts
from consult.pipeline.anonymise.placeholders import neutral
from consult.pipeline.text import clean_text
from consult.services.anonymisers import anonymiser_for_venue
from consult.services.answers import prepare_text, store_anonymised_text, store_choice
from consult.services.kiosk_draft import DraftAnswer, answers_of, put_answer
from consult.services.routing import ids_on_path

STALE_AFTER = timedelta(hours=2)


@dataclass(frozen=True)
class KioskContext:
    consultation: Consultation
    venue: Venue | None
    questions: list[Question]


class SubmitOutcome(Enum):
    SUBMITTED = "submitted"
    ALREADY_SUBMITTED = "already_submitted"  # a second send of the same journey
    NO_JOURNEY = "no_journey"  # nothing to send: wiped, timed out or never started

# Characters that show nothing: an answer made only of these is a skip, not an empty answer.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def get_context(consultation_id: int, venue_id: int | None) -> KioskContext | None:
    """The consultation a tablet is set up for, if it is open."""
    consultation = consultation_data.get_consultation(consultation_id)
    if consultation is None or consultation.status is not ConsultationStatus.OPEN:
        return None
    venue = consultation_data.get_venue(venue_id) if venue_id else None
    return KioskContext(consultation, venue, consultation_data.list_questions(consultation_id))


def start_journey(consultation_id: int, venue_id: int | None, language: str) -> str:
    now = datetime.now(UTC)
    kiosk_data.delete_drafts_older_than(now - STALE_AFTER)
    token = secrets.token_urlsafe(32)
    kiosk_data.create_draft(token, consultation_id, venue_id, language)
    db.session.commit()
    return token


def get_draft(token: str | None) -> KioskDraft | None:
    return kiosk_data.get_draft(token) if token else None


def record_answer(token: str, question: Question, value: str, language: str) -> DraftAnswer | None:
    """Keep one answer in the draft, anonymised; None when the journey is gone.

    Text that shows nothing (spaces, NUL, zero-width characters) is kept as a skip. Placeholders
    shown in Welsh come back in their stored form, and the count of personal details removed is
    read from the placeholders still in the text, so it survives Back and Change.
    """
    draft = kiosk_data.get_draft(token)
    if draft is None:
        return None
    if question.kind is QuestionKind.FREE_TEXT:
        answer = _prepared(clean_text(neutral(value)), draft.venue_id)
    else:
        answer = DraftAnswer(choice=value)
    _update(draft, question, answer, language)
    return answer


def _prepared(text: str, venue_id: int | None) -> DraftAnswer:
    if is_blank(text):
        return DraftAnswer(skipped=True)
    prepared = prepare_text(text, anonymiser_for_venue(venue_id), current_app.config["ANSWER_MAX_CHARS"])
    categories = prepared.safeguarding_categories if prepared.safeguarding_flagged else ()
    return DraftAnswer(text=prepared.text, redactions=placeholder_counts(prepared.text), safeguarding=categories)


def is_blank(text: str) -> bool:
    return all(char.isspace() or unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text)


def skip_question(token: str, question: Question, language: str) -> None:
    draft = kiosk_data.get_draft(token)
    if draft is not None:
        _update(draft, question, DraftAnswer(skipped=True), language)


def _update(draft: KioskDraft, question: Question, answer: DraftAnswer, language: str) -> None:
    put_answer(draft, question.id, answer)
    draft.language = language
    draft.updated_at = datetime.now(UTC)
    db.session.commit()


def submit(token: str | None) -> SubmitOutcome:
    """Turn the draft into a Response; a second submit of the same journey is refused."""
    if not token:
        return SubmitOutcome.NO_JOURNEY
    if response_data.get_response_by_submission_key(token) is not None:
        return SubmitOutcome.ALREADY_SUBMITTED
    draft = kiosk_data.get_draft(token)
    if draft is None:
        return SubmitOutcome.NO_JOURNEY
    response = response_data.create_response(
        draft.consultation_id,
        Channel.KIOSK,
        datetime.now(UTC).date(),
        venue_id=draft.venue_id,
        language=draft.language,
        submission_key=token,
    )
    on_path = ids_on_path(consultation_data.list_questions(draft.consultation_id), draft.answers)
    for question_id, answer in answers_of(draft).items():
        if question_id not in on_path:  # a route skipped it after all
            continue
        if answer.text is not None:
            store_anonymised_text(response, question_id, answer.text, dict(answer.redactions), answer.safeguarding)
        elif answer.choice is not None:
            store_choice(response, question_id, answer.choice)
    kiosk_data.delete_draft(token)
    try:
        db.session.commit()
    except IntegrityError:  # the same journey submitted twice at once: the other one won
        db.session.rollback()
        return SubmitOutcome.ALREADY_SUBMITTED
    return SubmitOutcome.SUBMITTED


def discard(token: str | None) -> None:
    """Delete a journey's draft (exit, timeout or a finished journey)."""
    if token:
        kiosk_data.delete_draft(token)
        db.session.commit()
