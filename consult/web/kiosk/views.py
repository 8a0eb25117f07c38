"""Kiosk pages: one question per page, no login, works without JavaScript.

Access is declared once: every page needs a tablet set up with a signed device cookie naming a
tablet that has not been revoked. Every response under /kiosk is ``no-store`` (error pages too)
so nothing of one person is left for the next.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import TooManyRequests
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.extensions import limiter
from consult.pipeline.anonymise.placeholders import display
from consult.services import kiosk as kiosk_service
from consult.services.kiosk import SubmitOutcome
from consult.services.kiosk_enrolment import DEVICE_MAX_AGE, device_cookie_value, enrol_tablet
from consult.services.routing import next_number
from consult.web.kiosk import session as kiosk_session
from consult.web.kiosk.commands import register_commands
from consult.web.kiosk.forms import answer_form
from consult.web.kiosk.pages import check_answers_rows, placeholder_hint, question_page
from consult.web.kiosk.tablet import DEVICE_COOKIE, refused_answer_page, retry_after_seconds, tablet_context
from consult.web.template_globals import current_language

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk", cli_group=None)
# A tablet's whole journey is a few dozen requests; this only stops floods (several tablets may share an address).
limiter.limit("120 per minute")(bp)
register_commands(bp)
OPEN_ENDPOINTS = {"kiosk.enrol", "kiosk.exit", "kiosk.left"}
EXIT_DESTINATIONS = {"timeout": ("kiosk.start", "timeout"), "clear": ("kiosk.start", "exit"),
                     "finish": ("kiosk.start", None)}


@bp.before_request
def require_enrolled_tablet() -> ResponseReturnValue | None:
    if request.method == "POST" and request.files:
        abort(400)  # answers are typed, never uploaded
    if request.args.get("easy") in ("0", "1"):
        session[kiosk_session.EASY_READ] = request.args["easy"] == "1"
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    context = tablet_context()
    if context is None:
        return render_template("kiosk/not_enrolled.html"), 403
    g.kiosk = context
    if kiosk_session.journey_token() and kiosk_session.is_stale():
        kiosk_session.wipe()
        return redirect(url_for("kiosk.start", ended="timeout"))
    return None


@bp.after_app_request
def never_cache(response: WerkzeugResponse) -> WerkzeugResponse:
    if request.path == "/kiosk" or request.path.startswith("/kiosk/"):  # not-found and 405 pages too
        response.headers["Cache-Control"] = "no-store, max-age=0"
        response.headers["Pragma"] = "no-cache"
        response.headers["Expires"] = "0"
    return response


@bp.errorhandler(TooManyRequests)
def too_many_requests(_error: TooManyRequests) -> ResponseReturnValue:
    """Slowed down, not lost: a refused answer stays in its box, and the browser learns when to retry."""
    page = refused_answer_page() or render_template("kiosk/error.html", message_key="too_many")
    return page, 429, {"Retry-After": str(retry_after_seconds())}


@bp.app_template_filter("placeholders")
def placeholders_filter(text: str) -> str:
    """Stored placeholders ([NAME]) in the page's language ([ENW])."""
    return display(text, current_language())


@bp.get("/enrol/<token>")
def enrol(token: str) -> ResponseReturnValue:
    device = enrol_tablet(token)
    if device is None:
        return render_template("kiosk/not_enrolled.html"), 403
    kiosk_session.wipe()
    response = redirect(url_for("kiosk.start"))
    secure = request.is_secure or current_app.config["PUBLIC_BASE_URL"].startswith("https://")
    response.set_cookie(
        DEVICE_COOKIE, device_cookie_value(device), max_age=DEVICE_MAX_AGE, httponly=True, samesite="Lax",
        secure=secure, path="/kiosk",
    )
    return response


@bp.get("/")
def start() -> ResponseReturnValue:
    ended = request.args.get("ended")
    return render_template(
        "kiosk/start.html", consultation=g.kiosk.consultation, venue=g.kiosk.venue, questions=g.kiosk.questions,
        ended=ended if ended in ("timeout", "exit") else None, easy_read=session.get(kiosk_session.EASY_READ, False),
    )


@bp.post("/start")
def begin() -> ResponseReturnValue:
    kiosk_session.discard_current()
    token = kiosk_service.start_journey(g.kiosk.consultation.id, g.kiosk.venue.id if g.kiosk.venue else None,
                                        current_language())
    kiosk_session.begin(token)
    return redirect(url_for("kiosk.question", number=1))


@bp.route("/question/<int:number>", methods=["GET", "POST"])
def question(number: int) -> ResponseReturnValue:
    draft = kiosk_service.get_draft(kiosk_session.journey_token())
    if draft is None or not 1 <= number <= len(g.kiosk.questions):
        return redirect(url_for("kiosk.start"))
    kiosk_session.touch()
    current = g.kiosk.questions[number - 1]
    form = answer_form(current, draft, current_language())
    if request.method == "POST" and request.form.get("action") == "skip":
        kiosk_service.skip_question(draft.token, current, current_language())
        return redirect(_after(number, draft.answers, None))
    if form.validate_on_submit():
        saved = kiosk_service.record_answer(draft.token, current, form.answer.data, current_language())
        if saved is not None and saved.safeguarding:
            session[kiosk_session.SUPPORT] = True
        return redirect(_after(number, draft.answers, form.answer.data))
    return question_page(number, current, form, g.kiosk, draft)


def _after(number: int, answers: dict[str, dict[str, object]], answer: str | None) -> str:
    from_check = request.args.get("from") == "check"
    following = next_number(g.kiosk.questions, answers, number, answer, from_check)  # routes may skip ahead
    if following is None:
        return url_for("kiosk.check")
    return url_for("kiosk.question", number=following, **({"from": "check"} if from_check else {}))


@bp.get("/check")
def check() -> ResponseReturnValue:
    draft = kiosk_service.get_draft(kiosk_session.journey_token())
    if draft is None:
        return redirect(url_for("kiosk.start"))
    kiosk_session.touch()
    rows = check_answers_rows(draft, g.kiosk.questions, current_language())
    return render_template("kiosk/check.html", rows=rows, show_support=session.pop(kiosk_session.SUPPORT, False),
                           placeholder_hint=placeholder_hint(current_language()), kiosk_journey_active=True)


@bp.post("/check")
def submit() -> ResponseReturnValue:
    outcome = kiosk_service.submit(kiosk_session.journey_token())
    if outcome is SubmitOutcome.ALREADY_SUBMITTED:
        return render_template("kiosk/already_submitted.html"), 409
    if outcome is SubmitOutcome.NO_JOURNEY:
        return redirect(url_for("kiosk.start"))
    kiosk_session.finish()
    return redirect(url_for("kiosk.thank_you"))


@bp.get("/thank-you")
def thank_you() -> ResponseReturnValue:
    return render_template("kiosk/thank_you.html", kiosk_journey_active=True)


@bp.post("/keep-alive")
def keep_alive() -> ResponseReturnValue:
    if kiosk_session.journey_token():
        kiosk_session.touch()
    return "", 204


@bp.get("/exit")
def exit() -> ResponseReturnValue:
    """Wipe everything; Exit This Page (no reason) leaves for a page that names nothing."""
    language = current_language()
    kiosk_session.wipe()
    endpoint, ended = EXIT_DESTINATIONS.get(request.args.get("reason", ""), ("kiosk.left", None))
    target = url_for(endpoint, lang=language) if endpoint == "kiosk.left" else url_for(endpoint, ended=ended)
    response = redirect(target)
    response.headers["Clear-Site-Data"] = '"cache", "storage"'
    return response


@bp.get("/left")
def left() -> ResponseReturnValue:
    """Where Exit This Page lands: no consultation, venue or service named, nothing to go back to."""
    return render_template("kiosk/left.html")
