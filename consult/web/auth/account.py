"""A person's own account: overview, change password, set up two-factor sign-in, first password."""

from __future__ import annotations

from flask import redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.services import accounts, two_factor
from consult.services.accounts import AccountError
from consult.services.sign_in import two_factor_required
from consult.web.access import home_endpoint, pending_step
from consult.web.auth.forms import ChangePasswordForm, CodeForm, SetUpForm
from consult.web.auth.views import bp

PENDING_SECRET = "two_factor_secret"  # the new secret, until a code from the app proves it works


@bp.get("/account")
def account() -> ResponseReturnValue:
    return render_template("auth/account.html", user=current_user, home=home_endpoint(current_user),
                           pending=pending_step(current_user), two_factor_required=two_factor_required(current_user))


@bp.route("/account/password", methods=["GET", "POST"])
def change_password() -> ResponseReturnValue:
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user.id, form.current_password.data or "", form.password.data or "")
        except AccountError as error:
            form[error.field].errors = [str(error)]
        else:
            return redirect(url_for("auth.sign_in", changed=1))
    return render_template("auth/change_password.html", form=form, forced=current_user.must_change_password)


@bp.route("/account/two-factor", methods=["GET", "POST"])
def two_factor_setup() -> ResponseReturnValue:
    secret = session.get(PENDING_SECRET) or two_factor.new_secret()
    session[PENDING_SECRET] = secret
    form = CodeForm()
    if form.validate_on_submit():
        codes = two_factor.enable(current_user.id, secret, form.code.data or "")
        if codes:
            session.pop(PENDING_SECRET, None)
            return render_template("auth/recovery_codes.html", codes=codes, home=home_endpoint(current_user))
        form.code.errors = ["The code does not match. Enter the 6-digit code your app shows now"]
    details = two_factor.set_up_details(secret, current_user.email)
    return render_template("auth/two_factor_setup.html", form=form, details=details,
                           required=two_factor_required(current_user), enabled=current_user.two_factor_enabled)


@bp.route("/set-up/<token>", methods=["GET", "POST"])
def set_up(token: str) -> ResponseReturnValue:
    user = accounts.user_for_setup_link(token)
    if user is None:
        return render_template("auth/link_expired.html"), 404
    form = SetUpForm()
    if form.validate_on_submit():
        try:
            accounts.complete_setup(token, form.password.data or "")
        except AccountError as error:
            form[error.field].errors = [str(error)]
        else:
            return redirect(url_for("auth.sign_in", set_up=1))
    return render_template("auth/set_up.html", form=form, user=user)
