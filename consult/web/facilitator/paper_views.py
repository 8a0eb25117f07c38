"""Uploading typed-up paper forms as a CSV, and each consultation's template."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.services import paper_forms as paper_service
from consult.services.mediated_entry import EntryNotAvailable, entry_choices
from consult.web.access import signed_in_user
from consult.web.facilitator.blueprint import bp
from consult.web.facilitator.paper_forms import PaperForm


@bp.route("/paper", methods=["GET", "POST"])
def paper() -> ResponseReturnValue:
    consultations, venues = entry_choices(signed_in_user())
    form, report = PaperForm().configure(consultations, venues), None
    if form.validate_on_submit():
        try:
            report = paper_service.import_paper_forms(
                signed_in_user(), int(form.consultation.data), int(form.venue.data), form.file.data.read(),
                mediated=form.written_by.data == "facilitator")
        except EntryNotAvailable:
            abort(404)
        if not report.errors:
            flash(f"Imported {report.imported} paper forms, anonymised before they were stored.", "success")
            return redirect(url_for(".paper"))
        form.fail(f"Nothing was imported: fix the {len(report.errors)} problems listed below and upload it again")
    columns = {c.id: paper_service.template_columns(c.id) for c in consultations}
    return render_template("facilitator/paper.html", form=form, report=report, columns=columns,
                           consultations=consultations)


@bp.get("/paper/<int:consultation_id>/template.csv")
def paper_template(consultation_id: int) -> ResponseReturnValue:
    try:
        filename, content = paper_service.template_csv(consultation_id)
    except EntryNotAvailable:
        abort(404)
    return WerkzeugResponse(content, mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/paper/<int:consultation_id>/form")
def paper_form(consultation_id: int) -> ResponseReturnValue:
    try:
        form = paper_service.printed_form(consultation_id)
    except EntryNotAvailable:
        abort(404)
    return render_template("facilitator/paper_form.html", form=form)
