"""Background work: through RQ when REDIS_URL is set, otherwise in this process after the response.

Jobs carry ids only (never answers or numbers) and report progress in the job's meta so a
page or the CLI can show how far a long re-coding has got. Without a queue, work handed to
:func:`after_response` in a request starts in a thread of its own as the request ends, so the
person who submitted never waits for it and a gunicorn sync worker keeps answering its
arbiter's heartbeat (30 s timeout) meanwhile; outside a request (a CLI command, a test) it
runs when the app context ends. Not on the response's close (Werkzeug's ``call_on_close``):
Werkzeug's server skips that when the browser resets the connection, and the work was lost.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, appcontext_tearing_down, current_app, g, has_request_context

QUEUE_NAME = "consult"
log = logging.getLogger(__name__)

Work = Callable[[], None]
_threads: list[threading.Thread] = []
_threads_lock = threading.Lock()


@dataclass(frozen=True)
class JobHandle:
    id: str | None  # None when the work ran inline
    result: Any = None


def queue_configured() -> bool:
    return bool(current_app.config.get("REDIS_URL"))


def redis_connection() -> Any:
    from redis import Redis

    return Redis.from_url(current_app.config["REDIS_URL"], socket_timeout=5, socket_connect_timeout=2)



def _queue() -> Any:
    from rq import Queue

    return Queue(QUEUE_NAME, connection=redis_connection())


def run_or_enqueue(function: Callable[..., Any] | str, *args: Any) -> JobHandle:
    """Queue ``function(*args)`` when a queue is configured; otherwise run it now."""
    if queue_configured():
        job = _queue().enqueue(function, *args, job_timeout=3600, result_ttl=86400)
        return JobHandle(job.id)
    if isinstance(function, str):
        raise ValueError("a job named by its path needs a queue")
    return JobHandle(None, function(*args))


def enqueue_once(key: str, function: str, *args: Any, within_seconds: int = 600) -> str | None:
    """Queue ``function(*args)`` unless a job with the same ``key`` is already waiting (the job
    clears the key with :func:`clear_once` as it starts); the new job's id, or None."""
    redis = redis_connection()
    if not redis.set(f"consult:once:{key}", "1", nx=True, ex=within_seconds):
        return None
    job = _queue().enqueue(function, *args, job_timeout=3600, result_ttl=3600)
    return str(job.id)


def clear_once(key: str) -> None:
    redis_connection().delete(f"consult:once:{key}")


def job_progress(job_id: str) -> dict[str, Any]:
    from rq.job import Job

    job = Job.fetch(job_id, connection=_queue().connection)
    return {"status": job.get_status(refresh=True).value, **job.meta}


def job_of(job_id: str, function: str, first_arg: object) -> Any | None:
    """The RQ job ``job_id`` if it runs ``function`` with ``first_arg`` first, else None (gone, or
    another consultation's: a job id alone must not show another organisation's work)."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    try:
        job = Job.fetch(job_id, connection=redis_connection())
    except NoSuchJobError:
        return None
    if job.func_name != function or list(job.args[:1]) != [first_arg]:
        return None
    return job


def job_status(job_id: str) -> str | None:
    """The RQ status of a job ("queued", "started", "finished", "failed"...), None if it is gone."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    try:
        status = Job.fetch(job_id, connection=redis_connection()).get_status(refresh=True)
    except NoSuchJobError:
        return None
    return status.value if status is not None else None


def report_progress(done: int, total: int) -> None:
    """Record progress on the running RQ job, if there is one."""
    from rq import get_current_job

    job = get_current_job()
    if job is not None:
        job.meta.update(done=done, total=total)
        job.save_meta()


# Work waiting for the end of the request (or of the app context, outside a request).
_PENDING = "_consult_after_response"
_IN_REQUEST = "_consult_after_response_in_request"


def after_response(work: Work) -> None:
    """Run ``work`` (in a fresh app context) once this app context ends, after the view's commit:
    in a request, in a thread of its own, so the response never waits for it; outside a request
    (a command, a job, a test), right there."""
    pending: list[Work] | None = g.get(_PENDING)
    if pending is None:
        pending = []
        setattr(g, _PENDING, pending)
        setattr(g, _IN_REQUEST, has_request_context())
    pending.append(work)


def _on_teardown(app: Flask, **_: Any) -> None:
    pending: list[Work] | None = g.get(_PENDING)
    if not pending:
        return
    setattr(g, _PENDING, None)
    for work in pending:
        if g.get(_IN_REQUEST):
            _start_thread(app, work)
        else:
            _run_one(app, work)


def _start_thread(app: Flask, work: Work) -> None:
    thread = threading.Thread(target=_run_one, args=(app, work), name="consult-background")
    with _threads_lock:
        _threads[:] = [t for t in _threads if t.is_alive()]
        _threads.append(thread)
    thread.start()


def _run_one(app: Flask, work: Work) -> None:
    with app.app_context():
        try:
            work()
        except Exception as error:  # never into the server: the work is redone by the next run
            log.error("background work failed", extra={"work": getattr(work, "__name__", "work"),
                                                        "error": type(error).__name__})


def wait_for_background(timeout: float = 120.0) -> None:
    """Wait for work started in threads of its own (tests, and a command about to exit)."""
    with _threads_lock:
        running = list(_threads)
    for thread in running:
        thread.join(timeout)


appcontext_tearing_down.connect(_on_teardown)
