"""Admin: the retention settings (read from configuration, explained) and the audit log."""

from __future__ import annotations

from flask import current_app, render_template, request
from flask.typing import ResponseReturnValue

from consult.services import admin_users, audit
from consult.web.admin.forms import AuditFilterForm
from consult.web.admin.views import bp

RETENTION_SETTINGS = (
    ("FREE_TEXT_RETENTION_DAYS", "Free text of closed consultations",
     "Answers in people's own words are blanked this many days after a consultation closes. Counts, choices, "
     "themes and sentiment stay, so reports still work."),
    ("UPDATE_CONTACT_RETENTION_DAYS", "Phone numbers of people who asked for an update",
     "Kept encrypted until the update is sent, and deleted after this many days at the latest."),
    ("SMS_CONVERSATION_RETENTION_DAYS", "Text message conversation state",
     "Where someone is in a text conversation (never their number in clear), deleted after this many days."),
    ("SMS_MESSAGE_ID_RETENTION_DAYS", "Text message ids",
     "Twilio's message ids, kept to ignore repeated deliveries, deleted after this many days."),
)


@bp.get("/retention")
def retention() -> ResponseReturnValue:
    settings = [(name, label, explanation, current_app.config[name]) for name, label, explanation in RETENTION_SETTINGS]
    return render_template("admin/retention.html", settings=settings)


@bp.get("/audit")
def audit_log() -> ResponseReturnValue:
    people = admin_users.list_users()
    form = AuditFilterForm(request.args).configure(people, audit.list_actions())
    criteria = form.criteria() if form.validate() else {}
    result = audit.search(**criteria, page=request.args.get("page", 1, type=int) or 1)
    return render_template("admin/audit_log.html", form=form, result=result,
                           names={person.id: person.name for person in people},
                           filters={key: value for key, value in request.args.items() if key != "page"})
