"""Questions: add, edit, delete, reorder (plain buttons, no JavaScript needed) and routes."""

from __future__ import annotations

from flask import redirect, request, url_for
from flask.typing import ResponseReturnValue

from consult.models import Consultation, Question, QuestionKind
from consult.services import consultations as consultation_service
from consult.services import questions as question_service
from consult.services.consultations import BuilderError
from consult.services.questions import QuestionDraft
from consult.web.staff.blueprint import bp, consultation_or_404, question_or_404, render, show_errors
from consult.web.staff.forms import ActionForm, QuestionForm, route_form

QUESTIONS = "/consultations/<int:consultation_id>/questions"


def _draft(form: QuestionForm) -> QuestionDraft:
    wording = {name: (form[name].data or "").strip() for name in question_service.WORDING_FIELDS}
    return QuestionDraft(
        kind=QuestionKind(form.kind.data),
        options=form.option_pairs(),
        required=bool(form.required.data),
        demographic=bool(form.demographic.data),
        **wording,
    )


def _question_page(
    form: QuestionForm, consultation: Consultation, question: Question | None, general: list[str]
) -> ResponseReturnValue:
    status = 400 if form.errors or general else 200
    return render(
        "staff/question_form.html",
        status,
        form=form,
        general=general,
        consultation=consultation,
        question=question,
        segments={name: question_service.segment_note(form[name].data) for name in ("sms_text_en", "sms_text_cy")},
        answered=consultation_service.has_answers(consultation.id),
    )


@bp.route(f"{QUESTIONS}/new", methods=["GET", "POST"])
def new_question(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    form = QuestionForm()
    general: list[str] = []
    if form.validate_on_submit():
        try:
            question_service.add_question(consultation, _draft(form))
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=consultation.id))
    return _question_page(form, consultation, None, general)


@bp.route(f"{QUESTIONS}/<int:question_id>/edit", methods=["GET", "POST"])
def edit_question(consultation_id: int, question_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    question = question_or_404(consultation, question_id)
    form = QuestionForm(data=question_service.form_data(question) if request.method == "GET" else None)
    general: list[str] = []
    if form.validate_on_submit():
        try:
            question_service.update_question(consultation, question, _draft(form))
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=consultation.id))
    return _question_page(form, consultation, question, general)


@bp.route(f"{QUESTIONS}/<int:question_id>/delete", methods=["GET", "POST"])
def delete_question(consultation_id: int, question_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    question = question_or_404(consultation, question_id)
    form = ActionForm()
    general: list[str] = []
    if form.validate_on_submit():
        try:
            question_service.delete_question(consultation, question)
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=consultation.id))
    return render(
        "staff/delete_question.html",
        400 if general else 200,
        form=form,
        general=general,
        consultation=consultation,
        question=question,
    )


@bp.post(f"{QUESTIONS}/<int:question_id>/move")
def move_question(consultation_id: int, question_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    question = question_or_404(consultation, question_id)
    direction = "up" if request.form.get("direction") == "up" else "down"
    try:
        question_service.move_question(consultation, question, direction)
    except BuilderError as error:
        return render(
            "staff/consultation.html",
            400,
            consultation=consultation,
            form=ActionForm(),
            general=list(error.errors.values()),
            answered=consultation_service.has_answers(consultation.id),
            purposes=consultation_service.purpose_labels(consultation),
        )
    return redirect(
        url_for(
            "staff.consultation", consultation_id=consultation.id, moved=question.id, _anchor=f"question-{question.id}"
        )
    )


@bp.route(f"{QUESTIONS}/<int:question_id>/routes", methods=["GET", "POST"])
def routes(consultation_id: int, question_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    question = question_or_404(consultation, question_id)
    choices, later, current = question_service.route_choices(consultation, question)
    form = route_form(choices, later, current)
    general: list[str] = []
    if form.validate_on_submit():
        chosen = {value: form[f"route_{i}"].data for i, (value, _label) in enumerate(choices)}
        try:
            question_service.set_routes(consultation, question, {v: int(t) if t else None for v, t in chosen.items()})
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.consultation", consultation_id=consultation.id))
    return render(
        "staff/routes.html",
        400 if form.errors or general else 200,
        form=form,
        general=general,
        consultation=consultation,
        question=question,
        has_choices=bool(choices),
    )
