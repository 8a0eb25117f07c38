"""Theme review: staff read a theme's answers and confirm, reject or recode them, mark sentiment
and pick quotes. A person's decision is kept (source HUMAN), wins over the machine on every
re-code and teaches the coder, which is re-trained in the background after each decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flask import has_request_context
from flask_login import current_user

from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Answer, AnswerTheme, CodeSource, CodeStatus, Theme, ThemeStatus
from consult.pipeline.themes.agreement import Agreement, Decision, agreement_by_theme, overall
from consult.services.audit import record_by_current_user as record

PER_PAGE = 20
SENTIMENTS = ("positive", "neutral", "negative", "mixed")


class ReviewError(Exception):
    """A decision the page must refuse, with a message a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Verdict(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"


def schedule_retraining(consultation_id: int) -> None:
    """Re-code in the background (debounced) so the coder learns from the decision just made."""
    from consult.services.coding import schedule_recode

    schedule_recode(consultation_id)


# Reading -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeRow:
    """One answer under the theme being reviewed, with what the machine and people said."""

    answer_id: int
    text: str
    status: CodeStatus
    source: CodeSource
    confidence: float
    reasons: tuple[str, ...]
    sentiment: str | None
    sentiment_reviewed: bool
    safeguarding: bool
    quoted_here: bool
    quoted_under: str | None  # another theme's name when the answer is quoted there


@dataclass(frozen=True)
class ThemePage:
    theme: Theme
    rows: tuple[CodeRow, ...]
    total: int
    page: int
    pages: int
    other_themes: tuple[Theme, ...]
    quotes: tuple[tuple[int, str], ...]  # (answer id, words) of the answers chosen to quote here
    agreement: Agreement | None
    showing: CodeStatus | None  # only answers with this status, or all
    counts: dict[str, int]  # "all" and each status's value: how many answers each view holds


@dataclass(frozen=True)
class ThemeSummary:
    theme: Theme
    proposed: int
    confirmed: int
    rejected: int
    agreement: Agreement | None


@dataclass(frozen=True)
class Overview:
    themes: tuple[ThemeSummary, ...]
    overall: Agreement
    suggested: int


def get_theme(consultation_id: int, theme_id: int) -> Theme | None:
    return theme_data.get_theme(consultation_id, theme_id)


def _decisions(consultation_id: int) -> list[Decision]:
    return [Decision(code.theme_id, bool(code.machine_proposed), code.status is CodeStatus.CONFIRMED)
            for code in theme_data.list_reviewed_codes(consultation_id)]


def overview(consultation_id: int) -> Overview:
    """Every active theme with its codes by status and how far the machine agreed with reviewers."""
    counts = theme_data.code_counts(consultation_id)
    decisions = _decisions(consultation_id)
    agreements = agreement_by_theme(decisions)
    rows = tuple(
        ThemeSummary(theme, counts.get(theme.id, {}).get(CodeStatus.PROPOSED, 0),
                     counts.get(theme.id, {}).get(CodeStatus.CONFIRMED, 0),
                     counts.get(theme.id, {}).get(CodeStatus.REJECTED, 0), agreements.get(theme.id))
        for theme in theme_data.list_themes(consultation_id)
    )
    suggested = len(theme_data.list_themes(consultation_id, ThemeStatus.SUGGESTED))
    return Overview(rows, overall(decisions), suggested)


def theme_page(consultation_id: int, theme: Theme, page: int, showing: CodeStatus | None = None) -> ThemePage:
    counts = {"all": theme_data.count_theme_codes(theme.id)}
    counts.update({status.value: theme_data.count_theme_codes(theme.id, status) for status in CodeStatus})
    total = counts[showing.value] if showing else counts["all"]
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(1, page), pages)
    codes = theme_data.list_theme_codes(theme.id, (page - 1) * PER_PAGE, PER_PAGE, showing)
    names = {t.id: t.name for t in theme_data.list_themes(consultation_id, status=None)}
    rows = tuple(_row(code, names) for code in codes)
    others = other_themes(consultation_id, theme)
    agreement = agreement_by_theme(_decisions(consultation_id)).get(theme.id)
    quotes = tuple((quote.answer_id, quote.answer.text or "") for quote in theme_data.list_chosen_quotes(theme.id))
    return ThemePage(theme, rows, total, page, pages, others, quotes, agreement, showing, counts)


def showing(value: str | None) -> CodeStatus | None:
    """The status a page asks to show (``?show=proposed``); anything else shows all."""
    return next((status for status in CodeStatus if status.value == value), None)


def other_themes(consultation_id: int, theme: Theme) -> tuple[Theme, ...]:
    """The active themes an answer could move to, or this theme merge into."""
    return tuple(t for t in theme_data.list_themes(consultation_id) if t.id != theme.id)


def _row(code: AnswerTheme, names: dict[int, str]) -> CodeRow:
    answer = code.answer
    quote = theme_data.get_chosen_quote(answer.id)
    return CodeRow(
        answer.id, answer.text or "", code.status, code.source, code.confidence, tuple(code.reasons or ()),
        answer.sentiment_label, answer.sentiment_reviewed,
        answer.safeguarding_flag and not answer.safeguarding_reviewed,
        quote is not None and quote.theme_id == code.theme_id,
        names.get(quote.theme_id) if quote is not None and quote.theme_id != code.theme_id else None,
    )


# Deciding ----------------------------------------------------------------------------------------


def _answer(consultation_id: int, answer_id: int) -> Answer:
    answer = theme_data.get_consultation_answer(consultation_id, answer_id)
    if answer is None or answer.text is None:
        raise ReviewError("That answer is not part of this consultation, or its words have been deleted.")
    return answer


def _decide(answer_id: int, theme_id: int, status: CodeStatus) -> AnswerTheme:
    """Record a person's decision on one answer and theme, remembering what the machine had said."""
    code = theme_data.get_code(answer_id, theme_id)
    if code is None:
        return theme_data.create_human_code(answer_id, theme_id, status, machine_proposed=False)
    if code.source is CodeSource.AUTO:
        code.machine_proposed = True  # a machine row exists only because the machine proposed it
    code.source, code.status = CodeSource.HUMAN, status
    return code


def decide(consultation_id: int, theme: Theme, answer_id: int, verdict: Verdict) -> str:
    """Confirm or reject ``theme`` for an answer; a rejected answer's quote under it is withdrawn."""
    answer = _answer(consultation_id, answer_id)
    status = CodeStatus.CONFIRMED if verdict is Verdict.CONFIRM else CodeStatus.REJECTED
    _decide(answer.id, theme.id, status)
    message = f"Answer {answer.id} {'confirmed under' if status is CodeStatus.CONFIRMED else 'rejected from'} " \
              f"‘{theme.name}’."
    quote = theme_data.get_chosen_quote(answer.id)
    if status is CodeStatus.REJECTED and quote is not None and quote.theme_id == theme.id:
        theme_data.delete_row(quote)
        message += " It is no longer quoted there."
    record(f"review.code_{status.value}", "answer", answer.id, theme_id=theme.id, consultation_id=consultation_id)
    db.session.commit()
    schedule_retraining(consultation_id)
    return message


def recode(consultation_id: int, theme: Theme, answer_id: int, target_id: int | None) -> str:
    """Move an answer from ``theme`` to another: rejected here, confirmed there; its quote moves with it."""
    answer = _answer(consultation_id, answer_id)
    target = theme_data.get_theme(consultation_id, target_id) if target_id else None
    if target is None or target.status is not ThemeStatus.ACTIVE or target.id == theme.id:
        raise ReviewError("Choose the theme this answer belongs to instead.")
    _decide(answer.id, theme.id, CodeStatus.REJECTED)
    _decide(answer.id, target.id, CodeStatus.CONFIRMED)
    quote = theme_data.get_chosen_quote(answer.id)
    if quote is not None and quote.theme_id == theme.id:
        quote.theme_id = target.id
    record("review.code_moved", "answer", answer.id, theme_id=theme.id, to_theme_id=target.id,
           consultation_id=consultation_id)
    db.session.commit()
    schedule_retraining(consultation_id)
    return f"Answer {answer.id} moved from ‘{theme.name}’ to ‘{target.name}’."


def set_sentiment(consultation_id: int, answer_id: int, label: str) -> str:
    """A reviewer's sentiment label: kept over any re-scoring (``sentiment_reviewed``)."""
    if label not in SENTIMENTS:
        raise ReviewError("Choose positive, neutral, negative or mixed.")
    answer = _answer(consultation_id, answer_id)
    answer.sentiment_label, answer.sentiment_reviewed = label, True
    record("review.sentiment_set", "answer", answer.id, label=label, consultation_id=consultation_id)
    db.session.commit()
    schedule_retraining(consultation_id)
    return f"Answer {answer.id} marked as {label}."


def _user_id() -> int | None:
    return int(current_user.id) if has_request_context() and current_user.is_authenticated else None


def choose_quote(consultation_id: int, theme: Theme, answer_id: int) -> str:
    """Quote an answer under ``theme``. An answer is quoted once in the whole results: an answer
    already quoted under another theme is refused (remove it there first), never moved silently."""
    answer = _answer(consultation_id, answer_id)
    code = theme_data.get_code(answer.id, theme.id)
    if code is None or code.status is CodeStatus.REJECTED:
        raise ReviewError("Only an answer coded to this theme can be quoted under it.")
    if answer.safeguarding_flag and not answer.safeguarding_reviewed:
        raise ReviewError("This answer is waiting for a safeguarding review: it can be quoted once it has been "
                          "reviewed.")
    quote = theme_data.get_chosen_quote(answer.id)
    if quote is not None:
        if quote.theme_id == theme.id:
            return f"Answer {answer.id} is already quoted under ‘{theme.name}’."
        other = theme_data.get_theme(consultation_id, quote.theme_id)
        raise ReviewError(f"Answer {answer.id} is already quoted under ‘{other.name if other else 'another theme'}’. "
                          "A quote appears once in the results: remove it there first.")
    theme_data.create_chosen_quote(answer.id, theme.id, _user_id())
    confirming = code.status is CodeStatus.PROPOSED
    if confirming:
        _decide(answer.id, theme.id, CodeStatus.CONFIRMED)  # quoting it says it belongs here
    record("review.quote_chosen", "answer", answer.id, theme_id=theme.id, consultation_id=consultation_id)
    db.session.commit()
    if confirming:
        schedule_retraining(consultation_id)
    return f"Answer {answer.id} will be quoted under ‘{theme.name}’."


def remove_quote(consultation_id: int, theme: Theme, answer_id: int) -> str:
    answer = _answer(consultation_id, answer_id)
    quote = theme_data.get_chosen_quote(answer.id)
    if quote is None or quote.theme_id != theme.id:
        raise ReviewError(f"Answer {answer.id} is not quoted under ‘{theme.name}’.")
    theme_data.delete_row(quote)
    record("review.quote_removed", "answer", answer.id, theme_id=theme.id, consultation_id=consultation_id)
    db.session.commit()
    return f"Answer {answer.id} is no longer quoted."
