"""Queries for keeping a consultation's coding current: new answers, human decisions, runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, select, update

from consult.extensions import db
from consult.models import (
    AnalysisRun,
    Answer,
    AnswerTheme,
    CodeSource,
    CodeStatus,
    Question,
    QuestionKind,
    Response,
    RunStatus,
)


def question_context(question_id: int) -> tuple[int, str] | None:
    """The consultation a question belongs to and its English wording."""
    row = db.session.execute(
        select(Question.consultation_id, Question.text_en).where(Question.id == question_id)
    ).one_or_none()
    return (int(row[0]), row[1] or "") if row else None


def _free_text(consultation_id: int):  # type: ignore[no-untyped-def]
    return (
        select(Answer)
        .join(Response)
        .join(Question)
        .where(Response.consultation_id == consultation_id, Question.kind == QuestionKind.FREE_TEXT,
               Answer.text.is_not(None))
    )


def list_uncoded_answers(consultation_id: int) -> list[Answer]:
    """Free-text answers with words and no theme at all (neither the machine's nor a person's)."""
    coded = exists().where(AnswerTheme.answer_id == Answer.id)
    return list(db.session.scalars(_free_text(consultation_id).where(~coded).order_by(Answer.id)))


def count_free_text_answers(consultation_id: int) -> int:
    query = select(func.count()).select_from(_free_text(consultation_id).subquery())
    return int(db.session.scalar(query) or 0)


def list_decisions(consultation_id: int) -> list[tuple[int, int, str]]:
    """(answer id, theme id, status) of every code a person made or decided, in a stable order."""
    query = (
        select(AnswerTheme.answer_id, AnswerTheme.theme_id, AnswerTheme.status)
        .join(Answer, Answer.id == AnswerTheme.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(Response.consultation_id == consultation_id,
               (AnswerTheme.source == CodeSource.HUMAN) | (AnswerTheme.status != CodeStatus.PROPOSED))
        .order_by(AnswerTheme.answer_id, AnswerTheme.theme_id)
    )
    return [(int(a), int(t), str(s)) for a, t, s in db.session.execute(query)]


def list_answers(answer_ids: list[int]) -> list[Answer]:
    if not answer_ids:
        return []
    return list(db.session.scalars(select(Answer).where(Answer.id.in_(answer_ids)).order_by(Answer.id)))


def create_run(consultation_id: int, total: int, started_by_id: int | None, now: datetime) -> AnalysisRun:
    """A queued run; flushing raises IntegrityError when the consultation already has an active one."""
    run = AnalysisRun(consultation_id=consultation_id, active_for=consultation_id, status=RunStatus.QUEUED,
                      total=total, started_by_id=started_by_id, updated_at=now)
    db.session.add(run)
    db.session.flush()
    return run


def get_run(run_id: int) -> AnalysisRun | None:
    return db.session.get(AnalysisRun, run_id)


def get_active_run(consultation_id: int) -> AnalysisRun | None:
    return db.session.scalar(select(AnalysisRun).where(AnalysisRun.active_for == consultation_id))


def latest_run(consultation_id: int) -> AnalysisRun | None:
    return db.session.scalar(
        select(AnalysisRun).where(AnalysisRun.consultation_id == consultation_id).order_by(AnalysisRun.id.desc())
    )


def record_progress(run_id: int, done: int, total: int, now: datetime) -> None:
    db.session.execute(
        update(AnalysisRun).where(AnalysisRun.id == run_id).values(done=done, total=total, updated_at=now)
    )
