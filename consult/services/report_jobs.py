"""The state of a panel report's PDF job (``consult.worker.report_pdf_job``, started through
``jobs.run_or_enqueue`` by the page: RQ when a queue is configured, since a big consultation takes
seconds to render; inline otherwise). Jobs carry ids only; the PDF waits in the job's result."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from consult.services.jobs import job_of

FUNCTION = "consult.worker.report_pdf_job"
RUNNING = ("queued", "deferred", "scheduled", "started")
MESSAGES = {
    "started": "The PDF report is being prepared (rendering). It takes a few seconds for a large consultation.",
    "finished": "The PDF report is ready.",
    "failed": "The PDF report could not be made.",
    "unknown": "That PDF is no longer available (they are kept for a day). Make it again below.",
}
WAITING = "The PDF report is being prepared (waiting its turn). It takes a few seconds for a large consultation."


@dataclass(frozen=True)
class PdfJob:
    status: str  # queued, started, finished, failed, or "unknown" (expired, or another consultation's)
    pdf: bytes | None = None
    language: str = "en"

    @property
    def active(self) -> bool:
        return self.status in RUNNING

    @property
    def message(self) -> str:
        return MESSAGES.get(self.status, WAITING)

    def as_json(self) -> dict[str, object]:
        return {"status": self.status, "active": self.active, "message": self.message, "language": self.language}


def pdf_job(job_id: str, consultation_id: int, *, with_pdf: bool = True) -> PdfJob:
    """The state of a PDF job of this consultation (a job of another consultation is "unknown");
    ``with_pdf=False`` leaves the PDF in Redis (a progress poll needs only the state)."""
    if not current_app.config.get("REDIS_URL"):
        return PdfJob("unknown")
    job = job_of(job_id, FUNCTION, consultation_id)
    if job is None:
        return PdfJob("unknown")
    status = job.get_status(refresh=True)
    language = str(job.args[1]) if len(job.args) > 1 else "en"
    if status is not None and status.value == "finished":
        return PdfJob("finished", job.return_value() if with_pdf else None, language)
    return PdfJob(status.value if status is not None else "unknown", None, language)
