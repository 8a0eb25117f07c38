"""Theme and answer-theme queries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select

from consult.extensions import db
from consult.models import (
    Answer,
    AnswerTheme,
    CodeSource,
    CodeStatus,
    Question,
    QuestionKind,
    Response,
    Theme,
    ThemeStatus,
)


def list_themes(consultation_id: int, status: ThemeStatus | None = ThemeStatus.ACTIVE) -> list[Theme]:
    query = select(Theme).where(Theme.consultation_id == consultation_id).order_by(Theme.id)
    if status is not None:
        query = query.where(Theme.status == status)
    return list(db.session.scalars(query))


def create_theme(consultation_id: int, name: str, **values: object) -> Theme:
    theme = Theme(consultation_id=consultation_id, name=name, **values)
    db.session.add(theme)
    db.session.flush()
    return theme


def delete_suggested_themes(consultation_id: int) -> None:
    suggested = select(Theme.id).where(Theme.consultation_id == consultation_id,
                                       Theme.status == ThemeStatus.SUGGESTED)
    db.session.execute(delete(AnswerTheme).where(AnswerTheme.theme_id.in_(suggested)))
    db.session.execute(delete(Theme).where(Theme.id.in_(suggested)))


def list_free_text_answers(consultation_id: int) -> list[Answer]:
    """Answers with words still held (purged ones have none), oldest first."""
    return list(
        db.session.scalars(
            select(Answer)
            .join(Response)
            .join(Question)
            .where(Response.consultation_id == consultation_id, Question.kind == QuestionKind.FREE_TEXT,
                   Answer.text.is_not(None))
            .order_by(Answer.id)
        )
    )


def list_codes(answer_ids: Sequence[int]) -> list[AnswerTheme]:
    if not answer_ids:
        return []
    return list(db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id.in_(answer_ids))))


def delete_auto_codes(answer_ids: Sequence[int]) -> None:
    """Forget machine proposals; a person's confirmations and rejections stay."""
    db.session.execute(
        delete(AnswerTheme).where(
            AnswerTheme.answer_id.in_(answer_ids),
            AnswerTheme.source == CodeSource.AUTO,
            AnswerTheme.status == CodeStatus.PROPOSED,
        )
    )


def add_code(answer_id: int, theme_id: int, *, source: CodeSource, confidence: float, status: CodeStatus,
             reasons: list[str]) -> None:
    db.session.add(AnswerTheme(answer_id=answer_id, theme_id=theme_id, source=source, confidence=confidence,
                               status=status, reasons=reasons))
