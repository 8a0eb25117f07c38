"""Functions RQ workers run. They carry ids only and build the app from the environment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import has_app_context

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
