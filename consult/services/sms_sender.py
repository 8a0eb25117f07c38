"""Outbound texts through Twilio's REST API: "you said, we did" updates and reminders.

Updates go only to UK mobiles (+447), at most ``SMS_SEND_PER_SECOND`` a second, each
with a StatusCallback so delivery is recorded; the number is deleted as soon as Twilio
accepts the message. Reminders hold no number: Twilio's log of the person's last
message gives it back for the moment of sending.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import HttpClient
from twilio.rest import Client

from consult.services import sms_reminders, sms_updates

log = logging.getLogger(__name__)


class TwilioNotConfigured(RuntimeError):
    """Sending needs a Twilio account: say which settings are missing, never a traceback."""


# What sending needs from configuration: the account, its token, the number texts come from,
# and the public address Twilio reports delivery to.
TWILIO_SETTINGS = ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER", "PUBLIC_BASE_URL")


def missing_twilio_settings() -> list[str]:
    """The settings sending needs that are empty (none: texts can be sent)."""
    return [name for name in TWILIO_SETTINGS if not str(current_app.config.get(name) or "").strip()]


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int = 0
    failed: int = 0
    expired: int = 0


class Throttle:
    """Spaces calls at most ``per_second`` apart; the clock and sleep are injectable."""

    def __init__(
        self,
        per_second: float,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self.sleep, self.clock = sleep, clock
        self.next_at: float | None = None

    def wait(self) -> None:
        now = self.clock()
        if self.next_at is not None and now < self.next_at:
            self.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = now + self.interval


def make_client(http_client: HttpClient | None = None) -> Client:
    """A REST client from config; ``TWILIO_HTTP_CLIENT`` in config replaces the transport."""
    config = current_app.config
    missing = missing_twilio_settings()
    if missing:
        raise TwilioNotConfigured(
            "Texts cannot be sent: Twilio is not configured (set " + ", ".join(missing) + ")"
        )
    sid, token = str(config["TWILIO_ACCOUNT_SID"]), str(config["TWILIO_AUTH_TOKEN"])
    return Client(sid, token, http_client=http_client or config.get("TWILIO_HTTP_CLIENT"))


def _send(client: Client, to: str, body: str) -> tuple[str, str]:
    config = current_app.config
    callback = str(config["PUBLIC_BASE_URL"]).rstrip("/") + "/sms/status"
    message = client.messages.create(
        to=to, from_=str(config["TWILIO_FROM_NUMBER"]), body=body, status_callback=callback
    )
    return str(message.sid), str(message.status or "queued")


def _throttle() -> Throttle:
    return Throttle(float(current_app.config.get("SMS_SEND_PER_SECOND", 1)))


def send_updates(
    consultation_ref: str,
    client: Client | None = None,
    throttle: Throttle | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SendReport:
    """Text the published update to everyone who asked for it, deleting each number once sent.

    ``progress(done, total)`` is told after each contact, so a page can show how far it got.
    """
    consultation = sms_updates.find_consultation(consultation_ref)
    if consultation is None:
        raise LookupError(f"no consultation {consultation_ref!r}")
    client = client or make_client()
    throttle = throttle or _throttle()
    total = sms_updates.count_waiting(consultation)
    sent = failed = 0
    page = sms_updates.pending(consultation)
    while page.last_id is not None:
        for job in page.jobs:
            throttle.wait()
            try:
                sid, status = _send(client, job.number, job.body)
            except TwilioRestException as error:
                sms_updates.record_failed(job, error.code if isinstance(error.code, int) else None)
                failed += 1
            else:
                sms_updates.record_sent(job, sid, status)
                sent += 1
            if progress is not None:
                progress(sent + failed, max(total, sent + failed))
        page = sms_updates.pending(consultation, page.last_id)
    log.info("sms updates", extra={"consultation_id": consultation.id, "sent": sent, "failed": failed})
    return SendReport(sent=sent, failed=failed)


def send_reminders(
    now: datetime | None = None, client: Client | None = None, throttle: Throttle | None = None
) -> SendReport:
    """Expire stale conversations and send the reminders that are due."""
    work = sms_reminders.run_due(now)
    if not work.reminders:
        return SendReport(expired=work.expired)
    client = client or make_client()
    throttle = throttle or _throttle()
    sent = failed = 0
    for job in work.reminders:
        try:
            number = client.messages(job.last_message_sid).fetch().from_
            if not number:
                raise TwilioException("message log has no number (redacted?)")
            for reply in job.replies:
                throttle.wait()
                sid, status = _send(client, str(number), reply)
                sms_reminders.record_reminder_sent(job, sid, status)
        except TwilioException:
            log.info("sms reminder not sent", extra={"conversation_id": job.conversation_id})
            failed += 1
            continue
        sent += 1
    return SendReport(sent=sent, failed=failed, expired=work.expired)
