"""Sending the "you said, we did" text from the staff page: checks first, then a background job.

The sending itself is ``sms_sender.send_updates``; this module refuses clearly when it cannot
work (Twilio not configured, no text, results not published) and reports the job's progress.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from redis.exceptions import RedisError
from twilio.base.exceptions import TwilioException

from consult.extensions import db
from consult.models import Consultation, ConsultationStatus
from consult.services import sms_updates
from consult.services.audit import record_by_current_user as record
from consult.services.consultations import BuilderError
from consult.services.jobs import JobHandle, job_of, run_or_enqueue
from consult.services.sms_sender import missing_twilio_settings

log = logging.getLogger(__name__)


FUNCTION = "consult.worker.send_updates_job"
WAITING = ("queued", "deferred", "scheduled")


@dataclass(frozen=True)
class SendProgress:
    status: str  # queued / started / finished / failed / unknown
    done: int
    total: int
    sent: int | None = None
    failed: int | None = None
    waiting: int = 0  # people still to get the text, for the "waiting to start" message

    @property
    def active(self) -> bool:
        return self.status in WAITING or self.status == "started"

    @property
    def message(self) -> str:
        if self.status == "finished":
            return f"Sending finished: {self.sent or 0} sent, {self.failed or 0} failed."
        if self.status == "failed":
            return (f"Sending stopped with an error after {self.done} of {self.total}. "
                    "Numbers not yet sent are kept: you can try again.")
        if self.status == "unknown":
            return "We cannot tell how this send is going any more. Numbers not yet sent are kept: you can send again."
        if self.status in WAITING or not self.total:
            people = "person" if self.waiting == 1 else "people"
            return f"Waiting to start: the text will go to {self.waiting:,} {people}."
        return f"Sending: {self.done:,} of {self.total:,} done."

    def as_json(self) -> dict[str, object]:
        return {"status": self.status, "active": self.active, "message": self.message,
                "done": self.done, "total": self.total, "sent": self.sent, "failed": self.failed}


def twilio_missing() -> list[str]:
    """Settings that must be set before texts can go (shown on the page, never a traceback)."""
    return missing_twilio_settings()


def waiting(consultation: Consultation) -> int:
    """People who asked for the update and have not had it yet."""
    return sms_updates.count_waiting(consultation)


def start_sending(consultation: Consultation, job: Callable[[int], Any]) -> JobHandle:
    """Queue ``job(consultation id)`` (``consult.worker.send_updates_job``), or run it now without a
    queue; refused with a reason the page can show. The caller passes the job because a worker
    function builds the whole app, which services must not import."""
    missing = twilio_missing()
    if missing:
        raise BuilderError({"": "Texts cannot be sent because Twilio is not configured. Ask your administrator "
                                "to set " + ", ".join(missing) + "."})
    if consultation.status is not ConsultationStatus.PUBLISHED:
        raise BuilderError({"": "Publish the results before texting people what changed"})
    try:
        sms_updates.update_text(consultation, "en")
    except sms_updates.UpdateNotReady as error:
        raise BuilderError({"update_en": f"Write the update first: {error}"}) from error
    record("results.update_send_started", "consultation", consultation.id, waiting=waiting(consultation))
    db.session.commit()
    try:
        return run_or_enqueue(job, consultation.id)
    except (TwilioException, OSError, RedisError) as error:  # Twilio or the queue unreachable
        db.session.rollback()
        log.warning("sms update send stopped", extra={"consultation_id": consultation.id,
                                                       "error": type(error).__name__})
        raise BuilderError({"": "Sending stopped because Twilio or the job queue could not be reached. Numbers "
                                "not yet sent are kept: try again later."}) from error


def progress(consultation: Consultation, job_id: str) -> SendProgress:
    """How far a queued send of this consultation has got, from the job's status and meta;
    "unknown" for a job the queue no longer knows, or another consultation's."""
    job = None
    try:
        job = job_of(job_id, FUNCTION, consultation.id)
        status = job.get_status(refresh=True) if job is not None else None
    except Exception:  # Redis gone, or not configured: the page says it cannot tell
        status = None
    if job is None or status is None:
        return SendProgress("unknown", 0, 0)
    meta = job.meta
    return SendProgress(status.value, int(meta.get("done", 0)), int(meta.get("total", 0)),
                        meta.get("sent"), meta.get("failed"), waiting(consultation))
