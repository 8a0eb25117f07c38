"""Changing a consultation's themes from what reviewers read: rename, merge, split, and accept or
dismiss the themes the machine suggested. People's decisions on answers always survive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Answer, CodeSource, CodeStatus, Theme, ThemeStatus
from consult.services.audit import record_by_current_user as record
from consult.services.theme_review import ReviewError, schedule_retraining

EXAMPLES_SHOWN = 5
SPLIT_EXAMPLES = 5


def _check_name(consultation_id: int, name: str, theme_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise ReviewError("Enter a name for the theme.")
    if len(name) > 120:
        raise ReviewError("A theme's name must be 120 characters or fewer.")
    for theme in theme_data.list_themes(consultation_id, status=None):
        if theme.name.lower() == name.lower() and theme.id != theme_id:
            raise ReviewError(f"There is already a theme called ‘{theme.name}’.")
    return name


def rename(theme: Theme, name: str, name_cy: str) -> str:
    old = theme.name
    theme.name = _check_name(theme.consultation_id, name, theme.id)
    theme.name_cy = name_cy.strip()[:120]
    record("review.theme_renamed", "theme", theme.id, consultation_id=theme.consultation_id)
    db.session.commit()
    return f"‘{old}’ is now called ‘{theme.name}’."


def _union(first: Sequence[str], second: Sequence[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def merge(theme: Theme, target_id: int | None) -> str:
    """Fold ``theme`` into another: its answers, decisions, quotes, forum comments, signal words and
    examples move; a confirmation on either side wins; the merged theme is dismissed, not deleted."""
    target = theme_data.get_theme(theme.consultation_id, target_id) if target_id else None
    if target is None or target.status is not ThemeStatus.ACTIVE or target.id == theme.id:
        raise ReviewError("Choose the theme to merge this one into.")
    for code in theme_data.list_all_theme_codes(theme.id):
        there = theme_data.get_code(code.answer_id, target.id)
        if there is None:
            code.theme_id = target.id
            if code.source is CodeSource.HUMAN:
                code.machine_proposed = None  # the machine was judged on the old theme, not this one
            continue
        if code.status is CodeStatus.CONFIRMED and there.status is not CodeStatus.CONFIRMED:
            there.source, there.status, there.machine_proposed = CodeSource.HUMAN, CodeStatus.CONFIRMED, None
        theme_data.delete_row(code)
    theme_data.move_chosen_quotes(theme.id, target.id)
    theme_data.move_forum_comments(theme.id, target.id)
    target.keywords = _union(target.keywords, theme.keywords)
    target.examples = _union(target.examples, theme.examples)
    target.response_en = target.response_en or theme.response_en
    target.response_cy = target.response_cy or theme.response_cy
    theme.status = ThemeStatus.DISMISSED
    theme.description = f"Merged into ‘{target.name}’. {theme.description}".strip()
    record("review.themes_merged", "theme", theme.id, into_theme_id=target.id,
           consultation_id=theme.consultation_id)
    db.session.commit()
    schedule_retraining(theme.consultation_id)
    return f"‘{theme.name}’ was merged into ‘{target.name}’."


@dataclass(frozen=True)
class SplitChoice:
    answer_id: int
    text: str
    status: CodeStatus


def split_choices(theme: Theme) -> list[SplitChoice]:
    """The answers that could move to a new theme: every one not rejected from this one."""
    return [SplitChoice(code.answer_id, code.answer.text or "", code.status)
            for code in theme_data.list_all_theme_codes(theme.id)
            if code.status is not CodeStatus.REJECTED and code.answer.text]


def split(theme: Theme, name: str, name_cy: str, answer_ids: Sequence[int]) -> Theme:
    """Start a new theme from some of this one's answers: they are confirmed there and rejected
    here (so re-coding keeps them apart), and their quotes move with them."""
    name = _check_name(theme.consultation_id, name, None)
    movable = {choice.answer_id: choice for choice in split_choices(theme)}
    chosen = [answer_id for answer_id in dict.fromkeys(answer_ids) if answer_id in movable]
    if not chosen:
        raise ReviewError("Choose at least one answer to move to the new theme.")
    if len(chosen) == len(movable):
        raise ReviewError("Leave at least one answer here: to move them all, rename the theme instead.")
    new = theme_data.create_theme(
        theme.consultation_id, name, name_cy=name_cy.strip()[:120], description=f"Split from ‘{theme.name}’.",
        keywords=[], examples=[movable[answer_id].text for answer_id in chosen[:SPLIT_EXAMPLES]],
    )
    for answer_id in chosen:
        old = theme_data.get_code(answer_id, theme.id)
        assert old is not None
        old.source, old.status, old.machine_proposed = CodeSource.HUMAN, CodeStatus.REJECTED, None
        theme_data.create_human_code(answer_id, new.id, CodeStatus.CONFIRMED, machine_proposed=None)
        quote = theme_data.get_chosen_quote(answer_id)
        if quote is not None and quote.theme_id == theme.id:
            quote.theme_id = new.id
    record("review.theme_split", "theme", theme.id, new_theme_id=new.id, moved=len(chosen),
           consultation_id=theme.consultation_id)
    db.session.commit()
    schedule_retraining(theme.consultation_id)
    return new


@dataclass(frozen=True)
class Suggestion:
    theme: Theme
    size: int
    examples: tuple[Answer, ...]


def suggestions(consultation_id: int) -> list[Suggestion]:
    """Themes the machine suggested from answers nothing fitted, with example answers to judge them by."""
    return [
        Suggestion(theme, theme_data.count_theme_codes(theme.id), _distinct(theme_data.list_suggested_examples(
            theme.id, EXAMPLES_SHOWN * 4)))
        for theme in theme_data.list_themes(consultation_id, ThemeStatus.SUGGESTED)
    ]


def _distinct(answers: list[Answer]) -> tuple[Answer, ...]:
    """A few examples, each wording once (people often write the same short answer)."""
    seen: dict[str, Answer] = {}
    for answer in answers:
        seen.setdefault((answer.text or "").strip().lower(), answer)
    return tuple(seen.values())[:EXAMPLES_SHOWN]


def get_suggestion(consultation_id: int, theme_id: int) -> Theme:
    theme = theme_data.get_theme(consultation_id, theme_id)
    if theme is None or theme.status is not ThemeStatus.SUGGESTED:
        raise ReviewError("That suggestion is no longer open: answers were re-coded since the page was loaded, "
                          "so the suggestions below are the current ones.")
    return theme


def accept(consultation_id: int, theme_id: int, name: str, name_cy: str) -> str:
    """Make a suggested theme part of the codebook (under a better name if given). Accepting it
    accepts its grouping: its answers are confirmed under it (so re-coding keeps them and the coder
    learns the theme from them); a reviewer can still reject any that do not belong."""
    theme = get_suggestion(consultation_id, theme_id)
    theme.name = _check_name(consultation_id, name or theme.name, theme.id)
    theme.name_cy = name_cy.strip()[:120]
    theme.status = ThemeStatus.ACTIVE
    codes = theme_data.list_all_theme_codes(theme.id)
    for code in codes:
        if code.status is CodeStatus.PROPOSED:
            code.source, code.status, code.machine_proposed = CodeSource.HUMAN, CodeStatus.CONFIRMED, None
    theme.examples = _union(theme.examples, [code.answer.text for code in codes if code.answer.text][:EXAMPLES_SHOWN])
    record("review.suggestion_accepted", "theme", theme.id, confirmed=len(codes), consultation_id=consultation_id)
    db.session.commit()
    schedule_retraining(consultation_id)
    count = f"{len(codes)} {'answer' if len(codes) == 1 else 'answers'}"
    return f"‘{theme.name}’ is now a theme, with its {count} confirmed under it: reject any that do not belong."


def dismiss(consultation_id: int, theme_id: int) -> str:
    """Turn a suggestion down; its name is not suggested again."""
    theme = get_suggestion(consultation_id, theme_id)
    theme.status = ThemeStatus.DISMISSED
    theme_data.delete_auto_codes_of_theme(theme.id)
    record("review.suggestion_dismissed", "theme", theme.id, consultation_id=consultation_id)
    db.session.commit()
    return f"The suggestion ‘{theme.name}’ was dismissed."
