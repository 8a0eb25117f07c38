"""Background work: through RQ when REDIS_URL is set, inline otherwise.

Jobs carry ids only (never answers or numbers) and report progress in the job's meta so a
page or the CLI can show how far a long re-coding has got.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import current_app

QUEUE_NAME = "consult"


@dataclass(frozen=True)
class JobHandle:
    id: str | None  # None when the work ran inline
    result: Any = None


def _queue() -> Any:
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE_NAME, connection=Redis.from_url(current_app.config["REDIS_URL"]))


def run_or_enqueue(function: Callable[..., Any], *args: Any) -> JobHandle:
    """Queue ``function(*args)`` when a queue is configured; otherwise run it now."""
    if current_app.config.get("REDIS_URL"):
        job = _queue().enqueue(function, *args, job_timeout=3600, result_ttl=86400)
        return JobHandle(job.id)
    return JobHandle(None, function(*args))


def job_progress(job_id: str) -> dict[str, Any]:
    from rq.job import Job

    job = Job.fetch(job_id, connection=_queue().connection)
    return {"status": job.get_status(refresh=True).value, **job.meta}


def report_progress(done: int, total: int) -> None:
    """Record progress on the running RQ job, if there is one."""
    from rq import get_current_job

    job = get_current_job()
    if job is not None:
        job.meta.update(done=done, total=total)
        job.save_meta()
