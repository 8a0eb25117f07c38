"""The theme codebook editor: start from the default, add, edit and remove themes."""

from __future__ import annotations

from flask import abort, redirect, request, url_for
from flask.typing import ResponseReturnValue

from consult.models import Theme
from consult.services import codebook as codebook_service
from consult.services.codebook import ThemeDraft, split_keywords, split_lines
from consult.services.consultations import BuilderError
from consult.web.staff.blueprint import bp, consultation_or_404, render, show_errors
from consult.web.staff.forms import ActionForm, ThemeForm

THEMES = "/consultations/<int:consultation_id>/themes"


def _draft(form: ThemeForm) -> ThemeDraft:
    return ThemeDraft(
        name=form.name.data or "",
        name_cy=form.name_cy.data or "",
        description=form.description.data or "",
        keywords=split_keywords(form.keywords.data or ""),
        examples=split_lines(form.examples.data or ""),
    )


@bp.get(THEMES)
def themes(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render(
        "staff/themes.html",
        consultation=consultation,
        form=ActionForm(),
        themes=codebook_service.list_themes(consultation.id),
    )


@bp.post(f"{THEMES}/default")
def start_from_default(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    codebook_service.start_from_default(consultation.id)
    return redirect(url_for("staff.themes", consultation_id=consultation.id))


@bp.route(f"{THEMES}/new", methods=["GET", "POST"])
@bp.route(f"{THEMES}/<int:theme_id>/edit", methods=["GET", "POST"])
def edit_theme(consultation_id: int, theme_id: int | None = None) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    theme = codebook_service.get_theme(consultation.id, theme_id) if theme_id else None
    if theme_id and theme is None:
        abort(404)
    form = ThemeForm(data=_form_data(theme) if theme and request.method == "GET" else None)
    general: list[str] = []
    if form.validate_on_submit():
        try:
            if theme:
                codebook_service.update_theme(theme, _draft(form))
            else:
                codebook_service.add_theme(consultation.id, _draft(form))
        except BuilderError as error:
            general = show_errors(form, error)
        else:
            return redirect(url_for("staff.themes", consultation_id=consultation.id))
    return render(
        "staff/theme_form.html",
        400 if form.errors or general else 200,
        form=form,
        general=general,
        consultation=consultation,
        theme=theme,
    )


@bp.post(f"{THEMES}/<int:theme_id>/remove")
def remove_theme(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    theme = codebook_service.get_theme(consultation_or_404(consultation_id).id, theme_id)
    if theme is None:
        abort(404)
    codebook_service.remove_theme(theme)
    return redirect(url_for("staff.themes", consultation_id=consultation_id))


def _form_data(theme: Theme) -> dict[str, object]:
    return {
        "name": theme.name,
        "name_cy": theme.name_cy,
        "description": theme.description,
        "keywords": ", ".join(theme.keywords),
        "examples": "\n".join(theme.examples),
    }
