"""The "you said, we did" text to people who replied YES: who to send to, and what happened.

The sender (``consult.services.sms_sender``) talks to Twilio; this module only reads and writes rows.
A contact's number is decrypted into memory for the send and the row is deleted as
soon as the message is accepted (or can never be sent), one transaction per contact.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import current_app

from consult.data import consultations as consultation_data
from consult.data import sms as sms_data
from consult.extensions import db
from consult.models import Consultation
from consult.services import sms_phone
from consult.services.sms_status import UNSUBSCRIBED_ERROR
from sms.segments import count, normalise

log = logging.getLogger(__name__)


class UpdateNotReady(ValueError):
    """There is no update text, or it is longer than the segment budget."""


@dataclass(frozen=True, slots=True)
class UpdateJob:
    """One text to send; ``number`` is decrypted and must never be logged or stored."""

    contact_id: int
    consultation_id: int
    phone_hash: str
    number: str
    body: str


def find_consultation(ref: str) -> Consultation | None:
    """A consultation by id or slug, as typed on the command line."""
    if ref.isdigit():
        return consultation_data.get_consultation(int(ref))
    return consultation_data.get_consultation_by_slug(ref)


def update_text(consultation: Consultation, language: str) -> str:
    """The published update in ``language`` (English if no Welsh), within its budget."""
    text = consultation.update_cy if language == "cy" and consultation.update_cy else ""
    text = normalise((text or consultation.update_en or "").strip())
    if not text:
        raise UpdateNotReady("the consultation has no published update text")
    budget = int(current_app.config.get("SMS_UPDATE_MAX_SEGMENTS", 2))
    if count(text).segments > budget:
        raise UpdateNotReady(f"the {language} update needs more than {budget} SMS segments")
    return text


def count_waiting(consultation: Consultation) -> int:
    """How many people are waiting for this consultation's update (before opt-outs are weeded)."""
    return sms_data.count_update_contacts(consultation.id)


@dataclass(frozen=True, slots=True)
class Page:
    jobs: tuple[UpdateJob, ...]
    last_id: int | None  # the last contact looked at; None when there were none left


def pending(consultation: Consultation, after_id: int = 0, limit: int = 200) -> Page:
    """The next contacts to text after ``after_id``; opted-out or non-UK-mobile ones are deleted."""
    texts = {language: update_text(consultation, language) for language in ("en", "cy")}
    jobs: list[UpdateJob] = []
    last_id: int | None = None
    for contact in sms_data.list_update_contacts(consultation.id, after_id, limit):
        last_id = contact.id
        number = sms_phone.decrypt_number(contact.number_encrypted)
        if sms_data.is_opted_out(contact.phone_hash) or not sms_phone.is_uk_mobile(number):
            sms_data.delete_update_contact(contact)
            continue
        body = texts.get(contact.language, texts["en"])
        jobs.append(UpdateJob(contact.id, consultation.id, contact.phone_hash, number, body))
    db.session.commit()
    return Page(tuple(jobs), last_id)


def record_sent(job: UpdateJob, message_sid: str, status: str) -> None:
    """Remember the message by hash and sid, and delete the number at once."""
    now = datetime.now(UTC)
    message = sms_data.create_outbound(job.phone_hash, job.consultation_id, "update", now)
    message.message_sid = message_sid
    message.status = status or "queued"
    _delete_contact(job.contact_id)
    db.session.commit()
    log.info("sms update sent", extra={"contact_id": job.contact_id, "message_sid": message_sid})


def record_failed(job: UpdateJob, error_code: int | None) -> None:
    """A refused send: 21610 opts the hash out and deletes the number; others are kept to retry."""
    if error_code == UNSUBSCRIBED_ERROR:
        sms_data.create_opt_out(job.phone_hash, "carrier", datetime.now(UTC))
        _delete_contact(job.contact_id)
    db.session.commit()
    log.info("sms update failed", extra={"contact_id": job.contact_id, "error_code": error_code})


def _delete_contact(contact_id: int) -> None:
    contact = sms_data.get_update_contact_by_id(contact_id)
    if contact is not None:
        sms_data.delete_update_contact(contact)
