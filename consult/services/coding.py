"""Keeping a consultation's coding current, so staff never run a command for results to appear.

* Every stored free-text answer is noted (:func:`note_new_answer`); once its transaction
  commits, the new answers are coded in the background: an RQ job (ids only) when REDIS_URL is
  set, otherwise in this process in a thread started as the request ends. Coding is incremental: only
  answers with no theme yet, with the consultation's cached, fitted coder.
* A re-code of a whole consultation (:func:`start_recode`) is a background run whose progress
  is kept in ``analysis_run`` (and the RQ job's meta), one at a time per consultation.
* After a reviewer's decision, :func:`schedule_recode` re-trains in the background, debounced.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import has_app_context
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from consult.data import coding as coding_data
from consult.extensions import db
from consult.models import AnalysisRun, RunStatus
from consult.services import analysis, jobs
from consult.services.audit import ANSWERS_CHANGED, record_by_current_user

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=15)  # a batch takes seconds: a run silent this long has stopped
START_WITHIN = timedelta(minutes=2)  # without a queue a run starts as the response ends, or not at all
_NEW = "consult_coding_new"  # session.info key: consultations with answers stored in this transaction
FAILED = ("The re-code stopped before it finished. The themes from the last complete run are still "
          "shown. Start it again; if it stops again, ask your administrator to check the server log "
          "for run {run_id}.")
STOPPED = ("The re-code stopped without finishing (the server or its worker may have restarted). "
           "Start it again.")
QUEUE_DOWN = ("The re-code could not be queued: the job queue is not reachable. Ask your administrator "
              "to check Redis and the worker, then start it again.")


# New answers -----------------------------------------------------------------------------------

def note_new_answer(consultation_id: int) -> None:
    """Mark that this transaction stores a free-text answer to ``consultation_id``."""
    db.session.info.setdefault(_NEW, set()).add(consultation_id)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    due: set[int] | None = session.info.pop(_NEW, None)
    if not due or not has_app_context():
        return
    for consultation_id in sorted(due):
        _dispatch_new(consultation_id)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_NEW, None)  # the answers were not stored


def _dispatch_new(consultation_id: int) -> None:
    if jobs.queue_configured():
        try:
            jobs.enqueue_once(f"code-new:{consultation_id}", "consult.worker.code_new_answers_job", consultation_id)
        except Exception as error:  # the answer is stored: the next job or re-code codes it
            log.warning("coding job not queued", extra={"consultation_id": consultation_id,
                                                        "error": type(error).__name__})
        return

    def code_new() -> None:
        code_new_answers(consultation_id)

    code_new.__name__ = "code_new_answers"
    jobs.after_response(code_new)


class _Slot:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.again = False


_slots: dict[tuple[str, int], _Slot] = {}
_slots_lock = threading.Lock()


def code_new_answers(consultation_id: int) -> int:
    """Code the consultation's uncoded answers; one thread at a time per consultation in this
    process (another that arrives meanwhile asks the running one to look again)."""
    key = (str(db.engine.url), consultation_id)
    with _slots_lock:
        slot = _slots.setdefault(key, _Slot())
        if not slot.lock.acquire(blocking=False):
            slot.again = True
            return 0
    coded = 0
    try:
        while True:
            with _slots_lock:
                slot.again = False
            coded += _code_new_once(consultation_id)
            with _slots_lock:
                if not slot.again:
                    slot.lock.release()
                    return coded
    except BaseException:
        slot.lock.release()
        raise


@dataclass(frozen=True)
class CodingState:
    answers: int  # free-text answers with words
    waiting: int  # of which not yet themed (arrived in the last moments, or nothing fitted)


def coding_state(consultation_id: int) -> CodingState:
    return CodingState(coding_data.count_free_text_answers(consultation_id),
                       coding_data.count_uncoded_answers(consultation_id))


def _code_new_once(consultation_id: int) -> int:
    active = coding_data.get_active_run(consultation_id)
    if active is not None and active.status is RunStatus.RUNNING:
        return 0  # the run codes whatever is new when it ends
    coded = analysis.code_new_answers(consultation_id)
    if coded:
        log.info("new answers coded", extra={"consultation_id": consultation_id, "coded": coded})
    return coded


# Whole re-codes --------------------------------------------------------------------------------

def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite drops the zone


@dataclass(frozen=True)
class RunProgress:
    """What the progress page and its JSON show of a run."""

    run_id: int
    consultation_id: int
    status: str
    done: int
    total: int
    error: str | None
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def active(self) -> bool:
        return self.status in (RunStatus.QUEUED.value, RunStatus.RUNNING.value)

    @property
    def message(self) -> str:
        if self.status == RunStatus.QUEUED.value:
            return f"Waiting to start: {self.total:,} {_answers(self.total)} to code."
        if self.status == RunStatus.RUNNING.value:
            return f"{self.done:,} of {self.total:,} {_answers(self.total)} coded."
        if self.status == RunStatus.FINISHED.value:
            return f"Finished: {self.total:,} of {self.total:,} {_answers(self.total)} coded."
        return self.error or STOPPED

    def as_json(self) -> dict[str, object]:
        return {"run": self.run_id, "status": self.status, "done": self.done, "total": self.total,
                "active": self.active, "message": self.message}


def _answers(n: int) -> str:
    return "answer" if n == 1 else "answers"


def _progress(run: AnalysisRun) -> RunProgress:
    return RunProgress(run.id, run.consultation_id, run.status.value, run.done, run.total, run.error,
                       run.started_at, run.finished_at)


def progress(consultation_id: int) -> RunProgress | None:
    """The consultation's latest run (a run that has silently stopped is marked failed first)."""
    run = coding_data.latest_run(consultation_id)
    if run is None:
        return None
    _settle(run)
    return _progress(run)


def _settle(run: AnalysisRun) -> None:
    """Mark an active run failed when its job is gone or failed, or it has been silent too long."""
    if run.active_for is None:
        return
    silent = _now() - _aware(run.updated_at) > STALE_AFTER
    if run.status is RunStatus.QUEUED and not jobs.queue_configured():
        silent = _now() - _aware(run.updated_at) > START_WITHIN
    if run.job_id and jobs.queue_configured():
        try:
            status = jobs.job_status(run.job_id)
        except Exception:  # Redis unreachable: say nothing new rather than guess
            return
        if status in (None, "failed", "stopped", "canceled") or (status == "started" and silent):
            _finish(run, RunStatus.FAILED, STOPPED)
            db.session.commit()
    elif silent:
        _finish(run, RunStatus.FAILED, STOPPED)
        db.session.commit()


def _finish(run: AnalysisRun, status: RunStatus, error: str | None = None) -> None:
    run.status, run.error, run.active_for = status, error, None
    run.finished_at = run.updated_at = _now()


class RecodeBusy(Exception):
    """A re-code of the consultation is already queued or running."""


def start_recode(consultation_id: int, started_by_id: int | None = None, *,
                 dispatch: bool = True) -> tuple[RunProgress, bool]:
    """Start a background re-code of every answer; if one is queued or running, that one (and
    False). Progress is kept whether or not there is a queue. ``dispatch=False`` leaves the
    queued run for the caller to do (:func:`recode_here`)."""
    active = coding_data.get_active_run(consultation_id)
    if active is not None:
        _settle(active)
        if active.active_for is not None:
            return _progress(active), False
    total = coding_data.count_free_text_answers(consultation_id)
    try:
        run = coding_data.create_run(consultation_id, total, started_by_id, _now())
        record_by_current_user(ANSWERS_CHANGED, "consultation", consultation_id, via="recode", run=run.id)
        db.session.commit()
    except IntegrityError:  # another click won the race: show that run
        db.session.rollback()
        active = coding_data.get_active_run(consultation_id)
        if active is None:
            raise
        return _progress(active), False
    if dispatch:
        _dispatch_run(run)
    return _progress(run), True


def _dispatch_run(run: AnalysisRun) -> None:
    run_id = run.id
    if not jobs.queue_configured():
        def recode() -> None:
            run_recode(run_id)

        recode.__name__ = "recode"
        jobs.after_response(recode)
        return
    try:
        handle = jobs.run_or_enqueue("consult.worker.recode_job", run_id)
    except Exception as error:
        log.warning("re-code not queued", extra={"run_id": run_id, "error": type(error).__name__})
        _finish(run, RunStatus.FAILED, QUEUE_DOWN)
    else:
        run.job_id = handle.id
    db.session.commit()


def schedule_recode(consultation_id: int) -> None:
    """Re-train on human decisions in the background; call after committing a decision. Debounced:
    a queued run will see the decision anyway; a running one runs once more when it ends."""
    active = coding_data.get_active_run(consultation_id)
    if active is not None:
        _settle(active)
    if active is not None and active.active_for is not None:
        if active.status is RunStatus.RUNNING and not active.again:
            active.again = True
            db.session.commit()
        return
    start_recode(consultation_id)


def recode_here(consultation_id: int, progress: analysis.Progress | None = None
                ) -> tuple[RunProgress, analysis.AnalysisReport | None]:
    """Re-code now, in this process (the CLI without a queue), recorded as a run like any other."""
    run, started = start_recode(consultation_id, dispatch=False)
    if not started:
        raise RecodeBusy(f"A re-code of this consultation is already {run.status} (run {run.run_id}): "
                         "wait for it to end (see its page under Re-code answers).")
    done = run_recode(run.run_id, progress)
    if done is None:
        raise RuntimeError(f"Run {run.run_id} failed and the database did not record it: see the server log.")
    return done


def run_recode(run_id: int, progress: analysis.Progress | None = None
               ) -> tuple[RunProgress, analysis.AnalysisReport | None] | None:
    """Do a queued run: re-code every answer, recording progress (also to ``progress``); a
    failure is recorded, not raised (the report is then None)."""
    run = coding_data.get_run(run_id)
    if run is None or run.status is not RunStatus.QUEUED:
        log.info("re-code run not started", extra={"run_id": run_id, "status": run and run.status.value})
        return None  # already done, or taken by another worker
    consultation_id = run.consultation_id

    def record(done: int, total: int) -> None:
        coding_data.record_progress(run_id, done, total, _now())
        db.session.commit()
        jobs.report_progress(done, total)
        if progress:
            progress(done, total)

    try:
        run.status, run.started_at, run.updated_at = RunStatus.RUNNING, _now(), _now()
        db.session.commit()
        done = analysis.analyse_consultation(consultation_id, record)
        analysis.code_new_answers(consultation_id)  # answers that arrived while it ran
    except Exception as error:  # a busy database included: say so now rather than leave it waiting
        failed = _fail(run_id, error)
        return (_progress(failed), None) if failed else None
    run = coding_data.get_run(run_id)
    assert run is not None
    run.done = run.total = done.answers
    _finish(run, RunStatus.FINISHED)
    again = run.again
    log.info("re-code finished", extra={"run_id": run_id, "answers": done.answers, "coded": done.coded})
    db.session.commit()
    if again:  # a reviewer decided something while it ran: learn from it too
        start_recode(consultation_id)
    return _progress(run), done


def _fail(run_id: int, error: Exception) -> AnalysisRun | None:
    """Record a run as failed (if even that fails, the page calls it stopped once it is stale)."""
    db.session.rollback()
    log.error("re-code failed", extra={"run_id": run_id, "error": type(error).__name__})
    try:
        run = coding_data.get_run(run_id)
        assert run is not None
        _finish(run, RunStatus.FAILED, FAILED.format(run_id=run_id))
        db.session.commit()
    except Exception as again:
        db.session.rollback()
        log.error("re-code failure not recorded", extra={"run_id": run_id, "error": type(again).__name__})
        return None
    return run


