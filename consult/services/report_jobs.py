"""The state of a panel report's PDF job (``consult.worker.report_pdf_job``, started through
``jobs.run_or_enqueue`` by the page: RQ when a queue is configured, since a big consultation takes
seconds to render; inline otherwise). Jobs carry ids only; the PDF waits in the job's result."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app


@dataclass(frozen=True)
class PdfJob:
    status: str  # queued, started, finished, failed, or "unknown" (expired, or another consultation's)
    pdf: bytes | None = None
    language: str = "en"


def pdf_job(job_id: str, consultation_id: int) -> PdfJob:
    """The state of a PDF job of this consultation (a job of another consultation is "unknown")."""
    from redis import Redis
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    if not current_app.config.get("REDIS_URL"):
        return PdfJob("unknown")
    try:
        job = Job.fetch(job_id, connection=Redis.from_url(current_app.config["REDIS_URL"]))
    except NoSuchJobError:
        return PdfJob("unknown")
    if job.func_name != "consult.worker.report_pdf_job" or list(job.args[:1]) != [consultation_id]:
        return PdfJob("unknown")
    status = job.get_status(refresh=True)
    language = str(job.args[1]) if len(job.args) > 1 else "en"
    if status is not None and status.value == "finished":
        return PdfJob("finished", job.return_value(), language)
    return PdfJob(status.value if status is not None else "unknown", None, language)
