"""Theme and answer-theme queries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, case, delete, func, select, update
from sqlalchemy.orm import joinedload

from consult.extensions import db
from consult.models import (
    Answer,
    AnswerTheme,
    ChosenQuote,
    CodeSource,
    CodeStatus,
    ForumComment,
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


# Theme review: a theme's answers, a person's decisions, chosen quotes.


def get_theme(consultation_id: int, theme_id: int) -> Theme | None:
    return db.session.scalar(select(Theme).where(Theme.id == theme_id, Theme.consultation_id == consultation_id))


def get_consultation_answer(consultation_id: int, answer_id: int) -> Answer | None:
    """A free-text answer of this consultation (never another's, whatever id is asked for)."""
    return db.session.scalar(
        select(Answer).join(Response).join(Question)
        .where(Answer.id == answer_id, Response.consultation_id == consultation_id,
               Question.kind == QuestionKind.FREE_TEXT)
    )


def get_code(answer_id: int, theme_id: int) -> AnswerTheme | None:
    return db.session.scalar(select(AnswerTheme).where(AnswerTheme.answer_id == answer_id,
                                                       AnswerTheme.theme_id == theme_id))


def _undecided_first() -> ColumnElement[int]:
    return case((AnswerTheme.status == CodeStatus.PROPOSED, 0), (AnswerTheme.status == CodeStatus.CONFIRMED, 1),
                else_=2)


def count_theme_codes(theme_id: int, status: CodeStatus | None = None) -> int:
    """Codes whose answers still have words (purged answers have nothing to review)."""
    query = (select(func.count()).select_from(AnswerTheme).join(Answer, AnswerTheme.answer_id == Answer.id)
             .where(AnswerTheme.theme_id == theme_id, Answer.text.is_not(None)))
    if status is not None:
        query = query.where(AnswerTheme.status == status)
    return db.session.scalar(query) or 0


def list_theme_codes(theme_id: int, offset: int, limit: int, status: CodeStatus | None = None) -> list[AnswerTheme]:
    """A theme's codes with their answers: undecided first, the machine's surest first, then the rest."""
    query = (select(AnswerTheme).options(joinedload(AnswerTheme.answer))
             .join(Answer, AnswerTheme.answer_id == Answer.id)
             .where(AnswerTheme.theme_id == theme_id, Answer.text.is_not(None)))
    if status is not None:
        query = query.where(AnswerTheme.status == status)
    return list(db.session.scalars(query.order_by(_undecided_first(), AnswerTheme.confidence.desc(), AnswerTheme.id)
                                   .offset(offset).limit(limit)))


def list_all_theme_codes(theme_id: int) -> list[AnswerTheme]:
    return list(db.session.scalars(select(AnswerTheme).where(AnswerTheme.theme_id == theme_id)
                                   .order_by(AnswerTheme.id)))


def code_counts(consultation_id: int) -> dict[int, dict[CodeStatus, int]]:
    """Per theme of the consultation: how many codes are proposed, confirmed and rejected."""
    rows = db.session.execute(
        select(AnswerTheme.theme_id, AnswerTheme.status, func.count())
        .join(Theme, AnswerTheme.theme_id == Theme.id)
        .where(Theme.consultation_id == consultation_id)
        .group_by(AnswerTheme.theme_id, AnswerTheme.status)
    )
    counts: dict[int, dict[CodeStatus, int]] = {}
    for theme_id, status, count in rows:
        counts.setdefault(theme_id, {})[status] = count
    return counts


def list_reviewed_codes(consultation_id: int) -> list[AnswerTheme]:
    """A person's decisions that can be compared with what the machine had proposed."""
    return list(db.session.scalars(
        select(AnswerTheme).join(Theme, AnswerTheme.theme_id == Theme.id)
        .where(Theme.consultation_id == consultation_id, AnswerTheme.source == CodeSource.HUMAN,
               AnswerTheme.machine_proposed.is_not(None))
    ))


def list_suggested_examples(theme_id: int, limit: int) -> list[Answer]:
    """Answers discovery grouped under a suggested theme: what staff read before accepting it."""
    return list(db.session.scalars(
        select(Answer).join(AnswerTheme, AnswerTheme.answer_id == Answer.id)
        .where(AnswerTheme.theme_id == theme_id, Answer.text.is_not(None))
        .order_by(Answer.id).limit(limit)
    ))


def get_chosen_quote(answer_id: int) -> ChosenQuote | None:
    return db.session.scalar(select(ChosenQuote).where(ChosenQuote.answer_id == answer_id))


def list_chosen_quotes(theme_id: int) -> list[ChosenQuote]:
    return list(db.session.scalars(select(ChosenQuote).where(ChosenQuote.theme_id == theme_id)
                                   .order_by(ChosenQuote.id)))


def create_chosen_quote(answer_id: int, theme_id: int, chosen_by_id: int | None) -> ChosenQuote:
    quote = ChosenQuote(answer_id=answer_id, theme_id=theme_id, chosen_by_id=chosen_by_id)
    db.session.add(quote)
    db.session.flush()
    return quote


def delete_row(row: object) -> None:
    db.session.delete(row)
    db.session.flush()


def move_chosen_quotes(from_theme_id: int, to_theme_id: int) -> None:
    db.session.execute(update(ChosenQuote).where(ChosenQuote.theme_id == from_theme_id)
                       .values(theme_id=to_theme_id))


def move_forum_comments(from_theme_id: int, to_theme_id: int) -> None:
    db.session.execute(update(ForumComment).where(ForumComment.theme_id == from_theme_id)
                       .values(theme_id=to_theme_id))


def create_human_code(answer_id: int, theme_id: int, status: CodeStatus, *,
                      machine_proposed: bool | None) -> AnswerTheme:
    code = AnswerTheme(answer_id=answer_id, theme_id=theme_id, source=CodeSource.HUMAN, confidence=1.0,
                       status=status, reasons=["decided by a reviewer"], machine_proposed=machine_proposed)
    db.session.add(code)
    db.session.flush()
    return code


def delete_auto_codes_of_theme(theme_id: int) -> None:
    db.session.execute(delete(AnswerTheme).where(AnswerTheme.theme_id == theme_id,
                                                 AnswerTheme.source == CodeSource.AUTO,
                                                 AnswerTheme.status == CodeStatus.PROPOSED))
