"""Admin: the tablets set up as kiosks, each revocable at once (a lost or stolen tablet)."""

from __future__ import annotations

from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.services import kiosk_enrolment
from consult.web.admin.forms import ActionForm
from consult.web.admin.views import bp


@bp.get("/kiosks")
def kiosks() -> ResponseReturnValue:
    return render_template("admin/kiosks.html", tablets=kiosk_enrolment.list_tablets(), action=ActionForm(),
                           revoked=request.args.get("revoked", ""))


@bp.post("/kiosks/<tablet_id>/revoke")
def revoke_kiosk(tablet_id: str) -> ResponseReturnValue:
    if not ActionForm().validate_on_submit():
        abort(400)
    if not kiosk_enrolment.revoke_tablet(tablet_id, current_user.id):
        abort(404)
    return redirect(url_for("admin.kiosks", revoked=tablet_id))
