"""Entry points RQ workers import: analyse a consultation with progress in the job's meta."""

from __future__ import annotations

from consult.services.analysis import AnalysisReport, analyse_consultation
from consult.services.jobs import in_app_context, report_progress


def analyse_job(consultation_id: int) -> dict[str, int]:
    report: AnalysisReport = in_app_context(analyse_consultation, consultation_id, report_progress)
    return {"answers": report.answers, "coded": report.coded, "suggested_themes": report.suggested_themes}
