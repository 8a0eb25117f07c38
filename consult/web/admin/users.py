"""Admin: people's accounts. The set-up link and a reset password are shown once, on the POST's answer."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, current_app, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.models import Role
from consult.services import admin_users, organisations
from consult.services.admin_users import AdminUserError
from consult.web.admin.forms import ActionForm, NewUserForm, RoleForm
from consult.web.admin.views import bp


@bp.get("/users")
def users() -> ResponseReturnValue:
    return render_template("admin/users.html", users=admin_users.list_users())


@bp.route("/users/new", methods=["GET", "POST"])
def new_user() -> ResponseReturnValue:
    form = NewUserForm().configure(organisations.list_organisations())
    if form.validate_on_submit():
        try:
            account = admin_users.create_account(current_user.id, form.email.data or "", form.name.data or "",
                                                 Role(form.role.data), int(form.organisation.data or 0))
        except AdminUserError as error:
            form[error.field].errors = [str(error)]
        else:
            link = current_app.config["PUBLIC_BASE_URL"].rstrip("/") + url_for("auth.set_up", token=account.setup_token)
            return render_template("admin/user_created.html", account=account, link=link)
    return render_template("admin/new_user.html", form=form)


def _user_page(user_id: int, role_form: RoleForm | None = None, error: str = "") -> ResponseReturnValue:
    user = admin_users.get_user(user_id)
    if user is None:
        abort(404)
    role_form = role_form or RoleForm(data={"role": user.role.value})
    return render_template("admin/user.html", user=user, role_form=role_form.configure(), action=ActionForm(),
                           error=error, done=request.args.get("done"), is_self=user.id == current_user.id)


@bp.get("/users/<int:user_id>")
def user(user_id: int) -> ResponseReturnValue:
    return _user_page(user_id)


@bp.post("/users/<int:user_id>/role")
def change_role(user_id: int) -> ResponseReturnValue:
    form = RoleForm().configure()
    if not form.validate_on_submit():
        return _user_page(user_id, form)
    return _act(user_id, "role", lambda: admin_users.change_role(current_user.id, user_id, Role(form.role.data)))


@bp.post("/users/<int:user_id>/active")
def set_active(user_id: int) -> ResponseReturnValue:
    active = request.form.get("active") == "1"
    return _act(user_id, "activated" if active else "deactivated",
                lambda: admin_users.set_active(current_user.id, user_id, active))


@bp.post("/users/<int:user_id>/reset-two-factor")
def reset_two_factor(user_id: int) -> ResponseReturnValue:
    return _act(user_id, "two_factor", lambda: admin_users.reset_two_factor(current_user.id, user_id))


@bp.post("/users/<int:user_id>/reset-password")
def reset_password(user_id: int) -> ResponseReturnValue:
    if admin_users.get_user(user_id) is None:
        abort(404)
    try:
        temporary = admin_users.reset_password(current_user.id, user_id)
    except AdminUserError as error:
        return _user_page(user_id, error=str(error))
    return render_template("admin/password_reset.html", user=admin_users.get_user(user_id), temporary=temporary)


def _act(user_id: int, done: str, change: Callable[[], object]) -> ResponseReturnValue:
    """Run one change on a user; come back to their page saying what was done, or why not."""
    if admin_users.get_user(user_id) is None:
        abort(404)
    try:
        change()
    except AdminUserError as error:
        return _user_page(user_id, error=str(error))
    return redirect(url_for("admin.user", user_id=user_id, done=done))
