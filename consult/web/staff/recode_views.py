"""Re-code a whole consultation in the background and follow its progress."""

from __future__ import annotations

from flask import jsonify, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.services import coding
from consult.web.staff.blueprint import bp, consultation_or_404, render

RECODE = "/consultations/<int:consultation_id>/recode"


@bp.get(RECODE)
def recode(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render("staff/recode.html", consultation=consultation, run=coding.progress(consultation.id))


@bp.post(RECODE)
def start_recode(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)  # CSRF is checked for every POST, app-wide
    _, started = coding.start_recode(consultation.id, int(current_user.id))
    return redirect(url_for("staff.recode", consultation_id=consultation.id, **({} if started else {"running": 1})))


@bp.get(f"{RECODE}/progress.json")
def recode_progress(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    run = coding.progress(consultation.id)
    if run is None:
        return jsonify({"status": "none", "active": False, "done": 0, "total": 0,
                        "message": "No re-code has been run yet."})
    return jsonify(run.as_json())
