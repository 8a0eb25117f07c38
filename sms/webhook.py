"""Twilio's webhooks: inbound texts (answered with TwiML) and delivery statuses.

Exempt from CSRF only because every request must carry Twilio's signature, checked
before any view runs. Views read the form, call one service and answer at once: Twilio
waits 15 s at most. Logs carry MessageSids, never bodies or numbers.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from flask import Blueprint, Flask, Request, Response, abort, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface

from consult.extensions import csrf, limiter
from consult.services import sms_inbound, sms_status
from sms.signature import is_signed

bp = Blueprint("sms", __name__, url_prefix="/sms")
csrf.exempt(bp)


@limiter.request_filter
def _not_rate_limited() -> bool:
    """Every webhook comes from Twilio's few addresses, so a limit per address would drop people's
    texts; the signature guards these routes. Filtering here also skips the limiter's lookups."""
    return request.blueprint == bp.name


@bp.before_request
def require_twilio_signature() -> None:
    if not is_signed(request):
        abort(403)


class SessionInterface(SecureCookieSessionInterface):
    """The app's cookie sessions, except that a webhook starts from an empty one.

    Twilio keeps cookies per conversation and would send one back, but no webhook reads the
    session, so skip unsigning a cookie (and building the signer) for every text.
    """

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        # By path: the session is opened before the URL is matched to a blueprint.
        if request.path.startswith(f"{bp.url_prefix}/"):
            return self.session_class()
        return super().open_session(app, request)


_TWIML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'


def twiml_document(replies: tuple[str, ...]) -> str:
    """The TwiML twilio's MessagingResponse would write, one <Message> per reply, without
    building its element tree for every text (a test checks the two agree)."""
    if not replies:
        return _TWIML_HEAD + "<Response />"
    messages = "".join(f"<Message>{escape(reply)}</Message>" if reply else "<Message />" for reply in replies)
    return f"{_TWIML_HEAD}<Response>{messages}</Response>"


def twiml(replies: tuple[str, ...]) -> Response:
    """One <Message> per reply (each one SMS segment); empty TwiML sends nothing."""
    return Response(twiml_document(replies), mimetype="application/xml")


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
