"""Consultations: looking them up, and building them (details, keywords, opening and closing).

Each builder function is one transaction and writes an audit event with ids and field names only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from consult.data import consultations as consultation_data
from consult.extensions import db
from consult.models import Consultation, ConsultationStatus, StatutoryPurpose
from consult.services.audit import record_by_current_user as record
from sms.keywords import DEFAULT_KEYWORDS, squash

PURPOSE_LABELS = {
    StatutoryPurpose.PUBLIC_VIEWS: "Views of the public on policing",
    StatutoryPurpose.VICTIMS_VIEWS: "Views of victims of crime",
    StatutoryPurpose.POLICE_AND_CRIME_PLAN: "The police and crime plan",
    StatutoryPurpose.PRECEPT: "The precept (the policing part of council tax)",
    StatutoryPurpose.OTHER: "Other",
}
DETAIL_FIELDS = (
    "title_en",
    "title_cy",
    "purpose_en",
    "purpose_cy",
    "who_en",
    "who_cy",
    "statutory_purposes",
    "sms_keyword",
    "sms_keyword_cy",
)
_KEYWORD_SHAPE = re.compile(r"^[A-Z0-9]{2,20}$")


class UnknownConsultation(LookupError):
    """No consultation has that slug."""


class BuilderError(ValueError):
    """A change was refused; ``errors`` maps a form field (or "") to a message saying why."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class Details:
    title_en: str
    title_cy: str
    purpose_en: str
    purpose_cy: str
    who_en: str = ""
    who_cy: str = ""
    statutory_purposes: list[str] = field(default_factory=list)
    sms_keyword: str = ""
    sms_keyword_cy: str = ""


def consultation_id_for(slug: str) -> int:
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None:
        raise UnknownConsultation(f"No consultation with slug {slug!r}")
    return consultation.id


def list_consultations() -> list[Consultation]:
    return consultation_data.list_consultations()


def get_consultation(consultation_id: int) -> Consultation | None:
    return consultation_data.get_consultation(consultation_id)


def has_answers(consultation_id: int) -> bool:
    return consultation_data.count_responses(consultation_id) > 0


def purpose_labels(consultation: Consultation) -> list[str]:
    return [PURPOSE_LABELS[StatutoryPurpose(p)] for p in consultation.statutory_purposes or []]


def create_consultation(details: Details, organisation_id: int) -> Consultation:
    values = _checked(details, None)
    consultation = consultation_data.create_consultation(
        organisation_id=organisation_id,
        slug=_free_slug(details.title_en),
        status=ConsultationStatus.DRAFT,
        **values,
    )
    record("consultation.created", "consultation", consultation.id)
    db.session.commit()
    return consultation


def update_consultation(consultation: Consultation, details: Details) -> None:
    values = _checked(details, consultation)
    changed = sorted(name for name, value in values.items() if getattr(consultation, name) != value)
    for name, value in values.items():
        setattr(consultation, name, value)
    if changed:
        record("consultation.updated", "consultation", consultation.id, fields=changed)
    db.session.commit()


def _checked(details: Details, consultation: Consultation | None) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(details, name) for name in DETAIL_FIELDS}
    values["sms_keyword"] = squash(details.sms_keyword) or None
    values["sms_keyword_cy"] = squash(details.sms_keyword_cy) or None
    values["statutory_purposes"] = [p for p in StatutoryPurpose if p.value in details.statutory_purposes]
    errors = keyword_problems(values["sms_keyword"], values["sms_keyword_cy"], consultation)  # type: ignore[arg-type]
    if errors:
        raise BuilderError(errors)
    values["statutory_purposes"] = [p.value for p in values["statutory_purposes"]]  # type: ignore[attr-defined]
    return values


def keyword_problems(english: str | None, welsh: str | None, consultation: Consultation | None) -> dict[str, str]:
    """Why join keywords (already squashed) can't be used: their shape, a word every conversation
    already understands, or a clash with an open consultation. A closed consultation's keyword can
    be reused once it is removed there (the database keeps each column unique)."""
    errors: dict[str, str] = {}
    for name, word in (("sms_keyword", english), ("sms_keyword_cy", welsh)):
        if word and not _KEYWORD_SHAPE.match(word):
            errors[name] = "A keyword must be 2 to 20 letters or numbers, with no spaces"
        elif word and (
            DEFAULT_KEYWORDS.classify(word) or DEFAULT_KEYWORDS.is_yes(word) or DEFAULT_KEYWORDS.is_no(word)
        ):
            errors[name] = f"{word} already means something in every text conversation (like STOP or HELP)"
    if english and english == welsh:
        errors["sms_keyword_cy"] = "The Welsh keyword must be different from the English one"
    for other in consultation_data.list_consultations():
        if consultation is not None and other.id == consultation.id:
            continue
        theirs = {squash(k or "") for k in (other.sms_keyword, other.sms_keyword_cy)} - {""}
        for name, word in (("sms_keyword", english), ("sms_keyword_cy", welsh)):
            if not word or name in errors:
                continue
            if other.status is ConsultationStatus.OPEN and word in theirs:
                errors[name] = f"{word} is already a keyword of ‘{other.title_en}’, which is open: choose another"
            elif getattr(other, name) == word:
                errors[name] = (
                    f"{word} is still held by ‘{other.title_en}’ ({other.status.value}): "
                    "remove it there first, or choose another"
                )
    return errors


def open_consultation(consultation: Consultation, closes_on: date) -> None:
    """Open a draft (or reopen a closed one) from today until ``closes_on``."""
    today = datetime.now(UTC).date()
    errors: dict[str, str] = {}
    if consultation.status not in (ConsultationStatus.DRAFT, ConsultationStatus.CLOSED):
        errors[""] = f"A {consultation.status.value} consultation cannot be opened"
    if not consultation.questions:
        errors[""] = "Add at least one question before opening the consultation"
    if closes_on <= today:
        errors["closes_on"] = "The closing date must be in the future"
    clashes = keyword_problems(consultation.sms_keyword, consultation.sms_keyword_cy, consultation)
    if clashes:
        errors[""] = next(iter(clashes.values()))
    if errors:
        raise BuilderError(errors)
    action = "consultation.reopened" if consultation.status is ConsultationStatus.CLOSED else "consultation.opened"
    if consultation.status is ConsultationStatus.DRAFT or consultation.opens_on is None:
        consultation.opens_on = today
    consultation.closes_on = closes_on
    consultation.status = ConsultationStatus.OPEN
    record(action, "consultation", consultation.id, closes_on=closes_on.isoformat())
    db.session.commit()


def close_consultation(consultation: Consultation) -> None:
    if consultation.status is not ConsultationStatus.OPEN:
        raise BuilderError({"": "Only an open consultation can be closed"})
    consultation.status = ConsultationStatus.CLOSED
    consultation.closes_on = datetime.now(UTC).date()
    record("consultation.closed", "consultation", consultation.id)
    db.session.commit()


def _free_slug(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "consultation"
    slug, number = base, 1
    while consultation_data.slug_taken(slug):
        number += 1
        slug = f"{base}-{number}"
    return slug
