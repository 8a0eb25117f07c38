"""Functions RQ workers run. They carry ids only and build the app from the environment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import has_app_context

from consult.services import coding, jobs
from consult.services.analysis import analyse_consultation
from consult.services.jobs import report_progress


def in_app_context(function: Callable[..., Any], *args: Any) -> Any:
    """Run inside the current app, or a new one built from the environment (a worker process)."""
    if has_app_context():
        return function(*args)
    from consult import create_app

    with create_app().app_context():
        return function(*args)


def analyse_job(consultation_id: int) -> dict[str, int]:
    """Re-code a consultation, recording progress on the job."""
    report = in_app_context(analyse_consultation, consultation_id, report_progress)
    return {"answers": report.answers, "coded": report.coded, "suggested_themes": report.suggested_themes}


def _code_new(consultation_id: int) -> int:
    jobs.clear_once(f"code-new:{consultation_id}")  # answers stored from now on queue a new job
    return coding.code_new_answers(consultation_id)


def code_new_answers_job(consultation_id: int) -> int:
    """Theme the consultation's answers that have none yet (queued after answers are stored)."""
    return int(in_app_context(_code_new, consultation_id))


def _recode(run_id: int) -> dict[str, object]:
    done = coding.run_recode(run_id)
    return done[0].as_json() if done is not None else {}


def recode_job(run_id: int) -> dict[str, object]:
    """A whole consultation's re-code, with progress in its analysis_run row and the job's meta."""
    result: dict[str, object] = in_app_context(_recode, run_id)
    return result


def report_pdf_job(consultation_id: int, language: str) -> bytes:
    """Render the panel report's PDF; the bytes wait in the job's result for the staff page."""
    from consult.services.reports import report_pdf

    report_progress(0, 1)
    pdf: bytes = in_app_context(report_pdf, consultation_id, language)
    report_progress(1, 1)
    return pdf


def send_updates_job(consultation_id: int) -> dict[str, int]:
    """Text the "you said, we did" update to everyone waiting, recording progress on the job."""
    from consult.services.sms_sender import send_updates

    report = in_app_context(send_updates, str(consultation_id), None, None, report_progress)
    _record_counts(report.sent, report.failed)
    return {"sent": report.sent, "failed": report.failed}


def _record_counts(sent: int, failed: int) -> None:
    """Keep the outcome in the job's meta too, so the page reads one place."""
    from rq import get_current_job

    job = get_current_job()
    if job is not None:
        job.meta.update(sent=sent, failed=failed)
        job.save_meta()
