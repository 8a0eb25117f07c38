"""The results pages: a consultation's figures, charts, themes and quotes, filtered."""

from __future__ import annotations

from flask import request
from flask.typing import ResponseReturnValue

from consult.services.results import Audience, chart
from consult.services.results_pages import filter_args, filters_from_args, results_page
from consult.web.staff.blueprint import bp, consultation_or_404, question_or_404, render

RESULTS = "/consultations/<int:consultation_id>/results"


@bp.get(RESULTS)
def results(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    filters = filters_from_args(request.args)
    page = results_page(consultation, filters, audience=Audience.STAFF)
    return render("staff/results.html", consultation=consultation, page=page, filters=filters, chart=chart,
                  kept=filter_args(filters), question=None)


@bp.get(f"{RESULTS}/questions/<int:question_id>")
def results_question(consultation_id: int, question_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    question = question_or_404(consultation, question_id)
    filters = filters_from_args(request.args, question_id=question.id)
    page = results_page(consultation, filters, audience=Audience.STAFF)
    return render("staff/results.html", consultation=consultation, page=page, filters=filters, chart=chart,
                  kept=filter_args(filters), question=question)
