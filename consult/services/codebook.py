"""A consultation's theme codebook as staff edit it, starting from the shipped default."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Theme, ThemeStatus
from consult.services.analysis import ensure_codebook
from consult.services.audit import record_by_current_user as record
from consult.services.consultations import BuilderError


@dataclass(frozen=True)
class ThemeDraft:
    name: str
    name_cy: str = ""
    description: str = ""
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


def split_keywords(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in re.split(r"[,\n]", text or "") if word.strip())


def split_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def list_themes(consultation_id: int) -> list[Theme]:
    return theme_data.list_themes(consultation_id)


def get_theme(consultation_id: int, theme_id: int) -> Theme | None:
    for theme in theme_data.list_themes(consultation_id, status=None):
        if theme.id == theme_id:
            return theme
    return None


def start_from_default(consultation_id: int) -> None:
    """Copy the default codebook in (only when the consultation has no themes at all)."""
    if not theme_data.list_themes(consultation_id, status=None):
        ensure_codebook(consultation_id)
        record("codebook.started_from_default", "consultation", consultation_id)
        db.session.commit()


def _check_name(consultation_id: int, name: str, theme_id: int | None) -> None:
    for theme in theme_data.list_themes(consultation_id, status=None):
        if theme.name.lower() == name.strip().lower() and theme.id != theme_id:
            raise BuilderError({"name": f"There is already a theme called ‘{theme.name}’"})


def add_theme(consultation_id: int, draft: ThemeDraft) -> Theme:
    _check_name(consultation_id, draft.name, None)
    theme = theme_data.create_theme(
        consultation_id,
        draft.name.strip(),
        name_cy=draft.name_cy.strip(),
        description=draft.description.strip(),
        keywords=list(draft.keywords),
        examples=list(draft.examples),
    )
    record("theme.created", "theme", theme.id, consultation_id=consultation_id)
    db.session.commit()
    return theme


def update_theme(theme: Theme, draft: ThemeDraft) -> None:
    _check_name(theme.consultation_id, draft.name, theme.id)
    values = {
        "name": draft.name.strip(),
        "name_cy": draft.name_cy.strip(),
        "description": draft.description.strip(),
        "keywords": list(draft.keywords),
        "examples": list(draft.examples),
    }
    changed = sorted(name for name, value in values.items() if getattr(theme, name) != value)
    for name, value in values.items():
        setattr(theme, name, value)
    if changed:
        record("theme.updated", "theme", theme.id, consultation_id=theme.consultation_id, fields=changed)
    db.session.commit()


def remove_theme(theme: Theme) -> None:
    """Dismiss rather than delete, so answers already coded keep their history."""
    theme.status = ThemeStatus.DISMISSED
    record("theme.dismissed", "theme", theme.id, consultation_id=theme.consultation_id)
    db.session.commit()
