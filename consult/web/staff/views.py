"""Consultations: list, create, edit details and keywords, open, close and reopen."""

from __future__ import annotations

from contextlib import suppress

from flask import redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from consult.services import consultations as consultation_service
from consult.services.consultations import DETAIL_FIELDS, BuilderError, Details
from consult.web.staff import (  # noqa: F401  (routes)
    forum_views,
    poster_views,
    preview_views,
    question_views,
    recode_views,
    report_views,
    results_views,
    review_views,
    theme_views,
    you_said_views,
)
from consult.web.staff.blueprint import bp, consultation_or_404, render, show_errors
from consult.web.staff.forms import ActionForm, ConsultationForm, OpenForm

__all__ = ["bp"]


def _details(form: ConsultationForm) -> Details:
    text = {name: (form[name].data or "").strip() for name in DETAIL_FIELDS if name != "statutory_purposes"}
    return Details(statutory_purposes=list(form.statutory_purposes.data or []), **text)


@bp.get("/")
def index() -> ResponseReturnValue:
    return redirect(url_for("staff.consultations"))


@bp.get("/consultations")
def consultations() -> ResponseReturnValue:
    return render("staff/consultations.html", consultations=consultation_service.list_consultations())


@bp.route("/consultations/new", methods=["GET", "POST"])
def new_consultation() -> ResponseReturnValue:
    form = ConsultationForm()
    general: list[str] = []
    if form.validate_on_submit():
        try:
            created = consultation_service.create_consultation(_details(form), current_user.organisation_id)
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=created.id))
    return render(
        "staff/consultation_form.html",
        400 if form.errors or general else 200,
        form=form,
        general=general,
        consultation=None,
    )


@bp.route("/consultations/<int:consultation_id>/edit", methods=["GET", "POST"])
def edit_consultation(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    form = ConsultationForm(obj=consultation if request.method == "GET" else None)
    general: list[str] = []
    if form.validate_on_submit():
        try:
            consultation_service.update_consultation(consultation, _details(form))
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=consultation.id))
    return render(
        "staff/consultation_form.html",
        400 if form.errors or general else 200,
        form=form,
        general=general,
        consultation=consultation,
    )


@bp.get("/consultations/<int:consultation_id>")
def consultation(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render(
        "staff/consultation.html",
        consultation=consultation,
        form=ActionForm(),
        answered=consultation_service.has_answers(consultation.id),
        purposes=consultation_service.purpose_labels(consultation),
        moved=request.args.get("moved"),
    )


@bp.route("/consultations/<int:consultation_id>/open", methods=["GET", "POST"])
def open_consultation(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    form = OpenForm(obj=consultation if request.method == "GET" else None)
    general: list[str] = []
    if form.validate_on_submit():
        try:
            consultation_service.open_consultation(consultation, form.closes_on.data)  # type: ignore[arg-type]
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=consultation.id))
    return render(
        "staff/open.html", 400 if form.errors or general else 200, form=form, general=general, consultation=consultation
    )


@bp.post("/consultations/<int:consultation_id>/close")
def close_consultation(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    with suppress(BuilderError):  # already closed (a second click): the page shows its state
        consultation_service.close_consultation(consultation)
    return redirect(url_for("staff.consultation", consultation_id=consultation.id))
