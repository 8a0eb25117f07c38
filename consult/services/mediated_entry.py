"""Typing up answers given in person: one participant's (mediated) or a group session's.

Raw words go through ``answers.prepare_text`` (cleaned, screened for safeguarding on the words before
redaction, anonymised) in the request that receives them; only the prepared result leaves it.
The check-answers step shows exactly that, and carries it to the save step sealed (signed with
the app's secret), so what is stored is what was shown and the raw words are never re-sent.
Storing uses the same service functions as every other channel.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from consult.data import consultations as consultation_data
from consult.data import entry as entry_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, Consultation, Question, QuestionKind, User, Venue
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import prepare_text, store_anonymised_text, store_choice
from consult.services.audit import record_by_current_user as record
from consult.services.questions import choice_label
from consult.services.safeguarding_queue import organisation_scope

MAX_PRESENT = 500
_SALT = "facilitator-entry"


class EntryNotAvailable(LookupError):
    """The consultation is not open, or the venue is not one this user may enter answers for."""


class BadEntry(ValueError):
    """The sealed answers were altered or belong to another set-up."""


@dataclass(frozen=True)
class EntrySetup:
    consultation_id: int
    venue_id: int
    group: bool
    present: int  # people present: 1 for one participant
    language: str = "en"


@dataclass(frozen=True)
class PreparedItem:
    question_id: int
    choice: str | None = None
    text: str | None = None  # anonymised
    redactions: dict[str, int] | None = None
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckRow:
    question: str
    answer: str
    removed: int
    flagged: bool


@dataclass(frozen=True)
class EntryContext:
    consultation: Consultation
    venue: Venue
    questions: list[Question]


def entry_choices(user: User) -> tuple[list[Consultation], list[Venue]]:
    """Open consultations, and the venues this user may type answers up for."""
    return entry_data.list_open_consultations(), entry_data.list_venues(organisation_scope(user))


def entry_context(user: User, setup: EntrySetup | None) -> EntryContext:
    if setup is None:
        raise EntryNotAvailable("No consultation and venue were given.")
    consultation = entry_data.get_open_consultation(setup.consultation_id)
    venue = entry_data.get_venue(setup.venue_id, organisation_scope(user))
    if consultation is None or venue is None or not 1 <= setup.present <= MAX_PRESENT:
        raise EntryNotAvailable("That consultation or venue is not available to you.")
    return EntryContext(consultation, venue, consultation_data.list_questions(consultation.id))


def prepare_entry(
    context: EntryContext, given: dict[int, str], previous: dict[int, PreparedItem] | None = None
) -> tuple[PreparedItem, ...]:
    """Anonymise and screen each typed answer in memory. An answer left as it was shown at the
    check step keeps what the screen found in the words before they were anonymised."""
    anonymiser = anonymiser_for_organisations(context.venue.organisation_id)
    limit = int(current_app.config["ANSWER_MAX_CHARS"])
    items = []
    for question in context.questions:
        value = (given.get(question.id) or "").strip()
        if not value:
            continue
        if question.kind is not QuestionKind.FREE_TEXT:
            items.append(PreparedItem(question.id, choice=value))
            continue
        earlier = (previous or {}).get(question.id)
        if earlier is not None and earlier.text == value:
            items.append(earlier)
            continue
        prepared = prepare_text(value, anonymiser, limit)
        items.append(PreparedItem(question.id, text=prepared.text, redactions=prepared.redactions,
                                  categories=prepared.safeguarding_categories))
    return tuple(items)


def check_rows(context: EntryContext, items: tuple[PreparedItem, ...], language: str = "en") -> list[CheckRow]:
    by_question = {item.question_id: item for item in items}
    rows = []
    for question in context.questions:
        item = by_question.get(question.id)
        if item is None:
            answer = "Not answered"
        elif item.text is not None:
            answer = item.text
        else:
            answer = choice_label(question, item.choice or "", language)
        removed = sum((item.redactions or {}).values()) if item else 0
        rows.append(CheckRow(question.text(language), answer, removed, bool(item and item.categories)))
    return rows


def seal(setup: EntrySetup, items: tuple[PreparedItem, ...]) -> str:
    payload = {"setup": asdict(setup), "items": [asdict(item) for item in items]}
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=_SALT).dumps(payload)


def unseal(token: str, expected: EntrySetup | None = None) -> tuple[EntrySetup, tuple[PreparedItem, ...]]:
    try:
        payload: dict[str, Any] = URLSafeSerializer(current_app.config["SECRET_KEY"], salt=_SALT).loads(token)
        setup = EntrySetup(**payload["setup"])
        items = tuple(PreparedItem(**{**item, "categories": tuple(item["categories"])}) for item in payload["items"])
    except (BadSignature, KeyError, TypeError) as error:
        raise BadEntry("The answers could not be read back: please type them up again.") from error
    if expected is not None and setup != expected:
        raise BadEntry("These answers were typed up for another consultation or venue.")
    return setup, items


@dataclass(frozen=True)
class SavedEntry:
    response_id: int
    answers: int
    flagged: int


def save_entry(user: User, setup: EntrySetup, items: tuple[PreparedItem, ...]) -> SavedEntry:
    """Store one response (mediated; a group's with the number present), audited without text."""
    context = entry_context(user, setup)
    if not items:
        raise BadEntry("There are no answers to save.")
    known = {question.id for question in context.questions}
    if any(item.question_id not in known for item in items):
        raise BadEntry("The answers do not belong to this consultation.")
    response = response_data.create_response(
        context.consultation.id, Channel.FACILITATOR, datetime.now(UTC).date(), venue_id=context.venue.id,
        language=setup.language, mediated=True, participant_count=setup.present,
    )
    response.group_session = setup.group
    for item in items:
        if item.text is not None:
            store_anonymised_text(response, item.question_id, item.text, item.redactions or {}, item.categories)
        else:
            store_choice(response, item.question_id, item.choice or "")
    flagged = sum(1 for item in items if item.categories)
    record("entry.saved", "response", response.id, answer_count=len(items), flagged=flagged, group=setup.group,
           present=setup.present)
    db.session.commit()
    return SavedEntry(response.id, len(items), flagged)
