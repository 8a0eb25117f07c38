"""Reports and downloads for a consultation: the panel report (HTML and PDF, English and Welsh)
and the CSV exports. Every figure is at the published threshold."""

from __future__ import annotations

from flask import Response, abort, jsonify, redirect, request, url_for
from flask.typing import ResponseReturnValue

from consult.models import Consultation
from consult.services import report_jobs, reports, table_export
from consult.services.jobs import run_or_enqueue
from consult.web.staff.blueprint import bp, consultation_or_404, render
from consult.web.staff.forms import ActionForm
from consult.worker import report_pdf_job

REPORTS = "/consultations/<int:consultation_id>/reports"


def _download(data: bytes, mimetype: str, consultation: Consultation, name: str) -> Response:
    filename = f"{consultation.slug}-{name}"
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _pdf(data: bytes, consultation: Consultation, language: str) -> Response:
    return _download(data, "application/pdf", consultation, f"report-{language}.pdf")


@bp.get(REPORTS)
def reports_page(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    job_id = request.args.get("job")
    job = report_jobs.pdf_job(job_id, consultation.id) if job_id else None
    return render("staff/reports.html", consultation=consultation, form=ActionForm(), job=job, job_id=job_id,
                  bilingual=reports.bilingual(consultation), threshold=reports.published_threshold())


@bp.get(f"{REPORTS}/panel")
def report_page(consultation_id: int) -> ResponseReturnValue:
    """The report as a web page, in Welsh with ``?lang=cy`` when the consultation is bilingual."""
    consultation = consultation_or_404(consultation_id)
    language = reports.report_language(consultation, request.args.get("lang"))
    here = consultation.id
    return reports.report_html(
        consultation, language,
        back_url=url_for("staff.reports_page", consultation_id=here),
        pdf_url=url_for("staff.report_pdf", consultation_id=here, lang=language),
        other_url=url_for("staff.report_page", consultation_id=here, lang="en" if language == "cy" else "cy"),
    )


@bp.get(f"{REPORTS}/panel.pdf")
def report_pdf(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    language = reports.report_language(consultation, request.args.get("lang"))
    return _pdf(reports.report_pdf(consultation.id, language), consultation, language)


@bp.post(f"{REPORTS}/panel.pdf")
def prepare_pdf(consultation_id: int) -> ResponseReturnValue:
    """In the background when a queue is configured (the page shows progress), else at once."""
    consultation = consultation_or_404(consultation_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    language = reports.report_language(consultation, request.form.get("lang"))
    handle = run_or_enqueue(report_pdf_job, consultation.id, language)
    if handle.id is None:
        return _pdf(handle.result, consultation, language)
    return redirect(url_for("staff.reports_page", consultation_id=consultation.id, job=handle.id))


@bp.get(f"{REPORTS}/jobs/<job_id>.pdf")
def prepared_pdf(consultation_id: int, job_id: str) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    job = report_jobs.pdf_job(job_id, consultation.id)
    if job.pdf is None:
        abort(404)
    return _pdf(job.pdf, consultation, job.language)


@bp.get(f"{REPORTS}/jobs/<job_id>/progress.json")
def report_job_progress(consultation_id: int, job_id: str) -> ResponseReturnValue:
    """What the page polls while the PDF is prepared (the page's "Check again" link without JavaScript)."""
    consultation = consultation_or_404(consultation_id)
    return jsonify(report_jobs.pdf_job(job_id, consultation.id, with_pdf=False).as_json())


@bp.get(f"{REPORTS}/answers.csv")
def answers_csv(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return _download(reports.export_answers(consultation), "text/csv; charset=utf-8", consultation, "answers.csv")


@bp.get(f"{REPORTS}/tables.csv")
def tables_csv(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return _download(table_export.tables_csv(consultation), "text/csv; charset=utf-8", consultation, "tables.csv")
