"""Which tablet is asking, and the question page again when a flood limit refuses an answer."""

from __future__ import annotations

import time

from flask import request
from flask_babel import gettext as _

from consult.extensions import limiter
from consult.services import kiosk as kiosk_service
from consult.services.kiosk import KioskContext
from consult.services.kiosk_enrolment import device_from_cookie
from consult.web.kiosk import session as kiosk_session
from consult.web.kiosk.forms import answer_form
from consult.web.kiosk.pages import question_page
from consult.web.template_globals import current_language

DEVICE_COOKIE = "consult_kiosk"
DEFAULT_RETRY_SECONDS = 60


def tablet_context() -> KioskContext | None:
    """The open consultation this tablet is set up for, or None (not set up, revoked, closed)."""
    device = device_from_cookie(request.cookies.get(DEVICE_COOKIE))
    return kiosk_service.get_context(device.consultation_id, device.venue_id) if device else None


def retry_after_seconds() -> int:
    """Seconds until the limit that refused this request lets the next one through."""
    current = limiter.current_limit
    if current is None:
        return DEFAULT_RETRY_SECONDS
    return max(1, int(current.reset_at - time.time()) + 1)


def refused_answer_page() -> str | None:
    """The question page with the typed answer still in it and a message to try again, for a
    POST to a question that the rate limit refused; None for any other request."""
    if request.endpoint != "kiosk.question" or request.method != "POST":
        return None
    context = tablet_context()
    draft = kiosk_service.get_draft(kiosk_session.journey_token())
    number = int((request.view_args or {}).get("number", 0))
    if context is None or draft is None or not 1 <= number <= len(context.questions):
        return None
    question = context.questions[number - 1]
    form = answer_form(question, draft, current_language())
    form.answer.errors = [_("Too many answers were sent from here at once. Wait a minute, then choose Continue again.")]
    return question_page(number, question, form, context, draft)
