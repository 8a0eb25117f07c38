"""The kiosk journey: start, answer, skip, check, submit, discard. One transaction each.

A journey lives in a KioskDraft row keyed by a random token held in the person's session.
Text is anonymised before it reaches the draft, so nothing raw is ever written.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy.exc import IntegrityError

from consult.data import consultations as consultation_data
from consult.data import kiosk as kiosk_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, Consultation, ConsultationStatus, KioskDraft, Question, QuestionKind, Venue
from consult.pipeline.ingest import prepare_answer
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_anonymised_text, store_choice
from consult.services.routing import ids_on_path

STALE_AFTER = timedelta(hours=2)


@dataclass(frozen=True)
class KioskContext:
    consultation: Consultation
    venue: Venue | None
    questions: list[Question]


@dataclass(frozen=True)
class SubmitOutcome:
    submitted: bool
    already_submitted: bool
    safeguarding_flagged: bool = False


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


def record_answer(token: str, question: Question, value: str, language: str) -> bool:
    """Store one answer in the draft; returns True when it suggests the person may be at risk."""
    draft = kiosk_data.get_draft(token)
    if draft is None:
        return False
    flagged = False
    if question.kind is QuestionKind.FREE_TEXT:
        prepared = prepare_answer(value, anonymiser_for_organisations(), current_app.config["ANSWER_MAX_CHARS"])
        flagged = prepared.safeguarding_flagged
        entry: dict[str, object] = {
            "text": prepared.text,
            "redactions": prepared.redactions,
            "safeguarding": list(prepared.safeguarding_categories) if flagged else [],
        }
    else:
        entry = {"choice": value}
    _update(draft, question, entry, language)
    return flagged


def skip_question(token: str, question: Question, language: str) -> None:
    draft = kiosk_data.get_draft(token)
    if draft is not None:
        _update(draft, question, {"skipped": True}, language)


def _update(draft: KioskDraft, question: Question, entry: dict[str, object], language: str) -> None:
    # Reassign so SQLAlchemy sees the JSON change.
    draft.answers = {**draft.answers, str(question.id): entry}
    draft.language = language
    draft.updated_at = datetime.now(UTC)
    db.session.commit()


def submit(token: str | None) -> SubmitOutcome:
    """Turn the draft into a Response; a second submit of the same journey is refused."""
    if not token:
        return SubmitOutcome(submitted=False, already_submitted=False)
    if response_data.get_response_by_submission_key(token) is not None:
        return SubmitOutcome(submitted=False, already_submitted=True)
    draft = kiosk_data.get_draft(token)
    if draft is None:
        return SubmitOutcome(submitted=False, already_submitted=False)
    response = response_data.create_response(
        draft.consultation_id,
        Channel.KIOSK,
        datetime.now(UTC).date(),
        venue_id=draft.venue_id,
        language=draft.language,
        submission_key=token,
    )
    flagged = False
    on_path = ids_on_path(consultation_data.list_questions(draft.consultation_id), draft.answers)
    for question_id, entry in draft.answers.items():
        if entry.get("skipped") or int(question_id) not in on_path:  # a route skipped it after all
            continue
        if "text" in entry:
            categories = [str(category) for category in entry.get("safeguarding") or []]  # type: ignore[attr-defined]
            flagged = flagged or bool(categories)
            redactions = dict(entry.get("redactions") or {})  # type: ignore[call-overload]
            store_anonymised_text(response, int(question_id), str(entry["text"]), redactions, categories)
        else:
            store_choice(response, int(question_id), str(entry["choice"]))
    kiosk_data.delete_draft(token)
    try:
        db.session.commit()
    except IntegrityError:  # the same journey submitted twice at once: the other one won
        db.session.rollback()
        return SubmitOutcome(submitted=False, already_submitted=True)
    return SubmitOutcome(submitted=True, already_submitted=False, safeguarding_flagged=flagged)


def discard(token: str | None) -> None:
    """Delete a journey's draft (exit, timeout or a finished journey)."""
    if token:
        kiosk_data.delete_draft(token)
        db.session.commit()
