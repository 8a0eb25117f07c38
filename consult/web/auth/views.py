"""Signing in (password, then the authenticator code if set up) and signing out."""

from __future__ import annotations

import time

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.extensions import limiter
from consult.services import sign_in as sign_in_service
from consult.services import two_factor as two_factor_service
from consult.services.sign_in import Outcome
from consult.web.access import end_session, home_endpoint, never_cache, require_signed_in, safe_next, start_session
from consult.web.auth.forms import CodeForm, SignInForm
from consult.web.language import english_only

bp = english_only(Blueprint("auth", __name__))
OPEN_ENDPOINTS = frozenset({"auth.sign_in", "auth.two_factor", "auth.sign_out", "auth.set_up"})
bp.before_request(require_signed_in(OPEN_ENDPOINTS))
bp.after_request(never_cache)
PENDING = "pending_second_factor"  # (user id, when): the password was right, the code is next
PENDING_SECONDS = 300
WRONG = "Enter a correct email address and password"


def locked_message() -> str:
    minutes = current_app.config["SIGN_IN_LOCKOUT_MINUTES"]
    return (f"There have been too many failed attempts to sign in, so this account is locked for {minutes} "
            "minutes. Wait and try again, or ask an administrator to reset your password.")


def sign_in_limit() -> str:
    return str(current_app.config["SIGN_IN_RATE_LIMIT"])


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(sign_in_limit, methods=["POST"])
def sign_in() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for(home_endpoint(current_user)))
    form = SignInForm()
    if form.validate_on_submit():
        attempt = sign_in_service.check_password(form.email.data or "", form.password.data or "")
        if attempt.outcome is Outcome.SIGNED_IN and attempt.user_id is not None:
            return _finish(attempt.user_id, "password")
        if attempt.outcome is Outcome.SECOND_FACTOR:
            session[PENDING] = [attempt.user_id, int(time.time()), safe_next(request.args.get("next"))]
            return redirect(url_for("auth.two_factor"))
        form.email.errors = [locked_message() if attempt.outcome is Outcome.LOCKED else WRONG]
    return render_template("auth/sign_in.html", form=form, timed_out=request.args.get("timeout") == "1")


def _pending_user() -> tuple[int, str | None] | None:
    pending = session.get(PENDING)
    if not isinstance(pending, list) or len(pending) != 3 or time.time() - pending[1] > PENDING_SECONDS:
        return None
    return int(pending[0]), pending[2]


def _finish(user_id: int, method: str, target: str | None = None) -> ResponseReturnValue:
    user = sign_in_service.finish_sign_in(user_id, method)
    if user is None:
        return redirect(url_for("auth.sign_in"))
    start_session(user)
    return redirect(target or safe_next(request.args.get("next")) or url_for(home_endpoint(user)))


@bp.route("/sign-in/two-factor", methods=["GET", "POST"])
@limiter.limit(sign_in_limit, methods=["POST"])
def two_factor() -> ResponseReturnValue:
    pending = _pending_user()
    if pending is None:
        return redirect(url_for("auth.sign_in"))
    form = CodeForm()
    if form.validate_on_submit():
        method = two_factor_service.verify(pending[0], form.code.data or "")
        if method:
            return _finish(pending[0], method, pending[1])
        if sign_in_service.record_failure(pending[0], "code").outcome is Outcome.LOCKED:
            session.pop(PENDING, None)
            return render_template("auth/locked.html", message=locked_message()), 403
        form.code.errors = ["The code is wrong or has already been used. Enter the latest code from your app"]
    return render_template("auth/two_factor.html", form=form)


@bp.post("/sign-out")
def sign_out() -> ResponseReturnValue:
    if current_user.is_authenticated:
        sign_in_service.sign_out(current_user.id)
    end_session()
    return redirect(url_for("auth.sign_in", signed_out=1))
