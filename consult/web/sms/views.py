"""Twilio's webhooks: inbound texts (answered with TwiML) and delivery statuses.

Exempt from CSRF only because every request must carry Twilio's signature, checked
before any view runs, and every field is checked (``forms``) before a service sees it.
Views answer at once: Twilio waits 15 s at most. Only POST is routed: a GET (a number
misconfigured to use GET puts From and Body in the query string) gets 405 before any
hook or log line sees it. Logs carry MessageSids, never bodies or numbers.
"""

from __future__ import annotations

from flask import Blueprint, Flask, Response, abort, request

from consult.extensions import csrf, limiter
from consult.services import sms_inbound, sms_status
from consult.web.sms import forms
from consult.web.sms.session import SessionInterface
from consult.web.sms.signature import is_signed
from consult.web.sms.twiml import twiml

bp = Blueprint("sms", __name__, url_prefix="/sms")
PATH_PREFIX = f"{bp.url_prefix}/"


def init_app(app: Flask) -> None:
    """Register the webhooks on ``app``: no CSRF token (the signature guards them), no rate limit
    (every text comes from Twilio's few addresses, so a limit per address would drop people's
    texts), and no session cookie read for them."""
    app.register_blueprint(bp)
    csrf.exempt(bp)
    limiter.exempt(bp)
    app.session_interface = SessionInterface(PATH_PREFIX)


@bp.before_request
def require_twilio_signature() -> None:
    if not is_signed(request):
        abort(403)


@bp.post("/inbound")
def inbound() -> Response:
    message = forms.inbound_message(request.form)
    return twiml(sms_inbound.receive(message))


@bp.post("/status")
def status() -> tuple[str, int]:
    message_sid, message_status, error_code = forms.status_callback(request.form)
    sms_status.record_status(message_sid, message_status, error_code)
    return "", 204
