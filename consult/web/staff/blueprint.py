"""The staff blueprint: PCC staff and admins build consultations. Access is declared here, once."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask.typing import ResponseReturnValue
from flask_babel import force_locale

from consult.models import Consultation, Question, Role
from consult.services import consultations as consultation_service
from consult.services.consultations import BuilderError
from consult.web.access import require_role

bp = Blueprint("staff", __name__, url_prefix="/staff")
bp.before_request(require_role(Role.STAFF, Role.ADMIN))


@bp.after_request
def never_cache(response):  # type: ignore[no-untyped-def]
    response.headers["Cache-Control"] = "no-store, max-age=0"
    return response


def render(template: str, status: int = 200, **context: object) -> ResponseReturnValue:
    """Staff pages are English only, whatever language the browser last chose on a kiosk page."""
    with force_locale("en"):
        return render_template(template, **context), status


def consultation_or_404(consultation_id: int) -> Consultation:
    consultation = consultation_service.get_consultation(consultation_id)
    if consultation is None:
        abort(404)
    return consultation


def question_or_404(consultation: Consultation, question_id: int) -> Question:
    for question in consultation.questions:
        if question.id == question_id:
            return question
    abort(404)


def show_errors(form: object, error: BuilderError) -> list[str]:
    """Put a refusal's messages on the form's fields; return the ones that belong to no field."""
    general = []
    for name, message in error.errors.items():
        field = getattr(form, name, None) if name else None
        if field is None:
            general.append(message)
        else:
            field.errors = [*field.errors, message]
    return general
