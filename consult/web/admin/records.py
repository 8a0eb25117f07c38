"""Admin: the retention settings (configuration, or an admin's override) and the audit log."""

from __future__ import annotations

from flask import redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.services import admin_users, audit, retention_settings
from consult.services.retention_settings import RetentionError
from consult.web.admin.forms import AuditFilterForm, RetentionForm
from consult.web.admin.views import bp


@bp.route("/retention", methods=["GET", "POST"])
def retention() -> ResponseReturnValue:
    settings = retention_settings.current()
    shown = {value.rule.name.lower(): str(value.days) for value in settings}
    form = RetentionForm(data=None if request.method == "POST" else shown)
    if form.validate_on_submit():
        try:
            changed = retention_settings.save(current_user.id, form.days())
        except RetentionError as error:
            form[error.name.lower()].errors = [str(error)]
        else:
            return redirect(url_for("admin.retention", saved=len(changed)))
    return render_template("admin/retention.html", form=form, settings=settings, saved=request.args.get("saved"))


@bp.get("/audit")
def audit_log() -> ResponseReturnValue:
    people = admin_users.list_users()
    form = AuditFilterForm(request.args).configure(people, audit.list_actions())
    criteria = form.criteria() if form.validate() else {}
    result = audit.search(**criteria, page=request.args.get("page", 1, type=int) or 1)
    return render_template("admin/audit_log.html", form=form, result=result,
                           names={person.id: person.name for person in people},
                           filters={key: value for key, value in request.args.items() if key != "page"})
