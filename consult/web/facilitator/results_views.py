"""A facilitator's results: the figures for their own organisation's venues, suppressed."""

from __future__ import annotations

from flask import abort, render_template, request
from flask.typing import ResponseReturnValue

from consult.services.results import chart
from consult.services.results_pages import (
    facilitator_results_page,
    filter_args,
    filters_from_args,
    get_consultation,
    list_consultations_with_results,
)
from consult.web.access import signed_in_user
from consult.web.facilitator.blueprint import bp


@bp.get("/results")
def results_index() -> ResponseReturnValue:
    return render_template("facilitator/results_index.html", consultations=list_consultations_with_results())


@bp.get("/results/<int:consultation_id>")
def results(consultation_id: int) -> ResponseReturnValue:
    consultation = get_consultation(consultation_id)
    if consultation is None:
        abort(404)
    filters = filters_from_args(request.args)
    page = facilitator_results_page(signed_in_user(), consultation, filters)
    return render_template("facilitator/results.html", consultation=consultation, page=page, filters=filters,
                           chart=chart, kept=filter_args(filters))
