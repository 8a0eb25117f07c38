"""Twilio's webhooks: inbound texts (answered with TwiML) and delivery statuses.

Exempt from CSRF only because every request must carry Twilio's signature, checked
before any view runs. Views read the form, call one service and answer at once: Twilio
waits 15 s at most. Logs carry MessageSids, never bodies or numbers.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, request
from twilio.twiml.messaging_response import MessagingResponse

from consult.extensions import csrf
from consult.services import sms_inbound, sms_status
from sms.signature import is_signed

bp = Blueprint("sms", __name__, url_prefix="/sms")
csrf.exempt(bp)


@bp.before_request
def require_twilio_signature() -> None:
    if not is_signed(request):
        abort(403)


def twiml(replies: tuple[str, ...]) -> Response:
    """One <Message> per reply (each one SMS segment); empty TwiML sends nothing."""
    document = MessagingResponse()
    for reply in replies:
        document.message(reply)
    return Response(str(document), mimetype="application/xml")


def _num_media(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


@bp.post("/inbound")
def inbound() -> Response:
    form = request.form
    if not form.get("MessageSid") or not form.get("From"):
        abort(400)
    message = sms_inbound.InboundSms(
        message_sid=form["MessageSid"],
        from_number=form["From"],
        body=form.get("Body", ""),
        num_media=_num_media(form.get("NumMedia")),
        opt_out_type=form.get("OptOutType", ""),
    )
    return twiml(sms_inbound.receive(message))


@bp.post("/status")
def status() -> tuple[str, int]:
    form = request.form
    if not form.get("MessageSid") or not form.get("MessageStatus"):
        abort(400)
    code = form.get("ErrorCode", "")
    sms_status.record_status(form["MessageSid"], form["MessageStatus"], int(code) if code.isdigit() else None)
    return "", 204
