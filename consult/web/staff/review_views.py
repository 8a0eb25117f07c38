"""Theme review: a theme's answers and the decisions staff make on them, theme changes, suggestions."""

from __future__ import annotations

from collections.abc import Callable

from flask import abort, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue

from consult.models import Theme, ThemeStatus
from consult.services import theme_changes, theme_review
from consult.services.theme_review import ReviewError, Verdict
from consult.web.staff.blueprint import bp, consultation_or_404, render
from consult.web.staff.forms import ActionForm
from consult.web.staff.review_forms import MergeForm, RenameForm, SplitForm

REVIEW = "/consultations/<int:consultation_id>/review"
THEME = f"{REVIEW}/themes/<int:theme_id>"
ANSWER = f"{THEME}/answers/<int:answer_id>"


def _theme_or_404(consultation_id: int, theme_id: int, active: bool = True) -> Theme:
    theme = theme_review.get_theme(consultation_or_404(consultation_id).id, theme_id)
    if theme is None or (active and theme.status is not ThemeStatus.ACTIVE):
        abort(404)
    return theme


def _back_to_theme(theme: Theme, answer_id: int | None = None) -> ResponseReturnValue:
    page, show = request.args.get("page", type=int), request.args.get("show")
    anchor = f"answer-{answer_id}" if answer_id else None
    return redirect(url_for("staff.review_theme", consultation_id=theme.consultation_id, theme_id=theme.id,
                            page=page, show=show, _anchor=anchor))


def _act(theme: Theme, answer_id: int, action: Callable[[], str]) -> ResponseReturnValue:
    """Run one decision on an answer and go back to it, saying what happened or why it was refused."""
    if not ActionForm().validate_on_submit():
        flash("This page timed out. Please try again.", "error")
        return _back_to_theme(theme, answer_id)
    try:
        flash(action(), "success")
    except ReviewError as error:
        flash(error.message, "error")
    return _back_to_theme(theme, answer_id)


@bp.get(REVIEW)
def review(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render("staff/review.html", consultation=consultation, overview=theme_review.overview(consultation.id))


@bp.get(THEME)
def review_theme(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    view = theme_review.theme_page(theme.consultation_id, theme, request.args.get("page", 1, type=int),
                                   theme_review.showing(request.args.get("show")))
    return render("staff/review_theme.html", consultation=consultation_or_404(consultation_id), view=view,
                  sentiments=theme_review.SENTIMENTS)


@bp.post(f"{ANSWER}/confirm")
def confirm_code(consultation_id: int, theme_id: int, answer_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    return _act(theme, answer_id, lambda: theme_review.decide(consultation_id, theme, answer_id, Verdict.CONFIRM))


@bp.post(f"{ANSWER}/reject")
def reject_code(consultation_id: int, theme_id: int, answer_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    return _act(theme, answer_id, lambda: theme_review.decide(consultation_id, theme, answer_id, Verdict.REJECT))


@bp.post(f"{ANSWER}/move")
def move_code(consultation_id: int, theme_id: int, answer_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    target = request.form.get("target", type=int)
    return _act(theme, answer_id, lambda: theme_review.recode(consultation_id, theme, answer_id, target))


@bp.post(f"{ANSWER}/sentiment")
def mark_sentiment(consultation_id: int, theme_id: int, answer_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    label = request.form.get("sentiment", "")
    return _act(theme, answer_id, lambda: theme_review.set_sentiment(consultation_id, answer_id, label))


@bp.post(f"{ANSWER}/quote")
def choose_quote(consultation_id: int, theme_id: int, answer_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    return _act(theme, answer_id, lambda: theme_review.choose_quote(consultation_id, theme, answer_id))


@bp.post(f"{ANSWER}/unquote")
def remove_quote(consultation_id: int, theme_id: int, answer_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    return _act(theme, answer_id, lambda: theme_review.remove_quote(consultation_id, theme, answer_id))


def _form_page(template: str, theme: Theme, form: object, general: list[str], **context: object) -> ResponseReturnValue:
    failed = bool(getattr(form, "errors", None)) or bool(general)
    return render(template, 400 if failed else 200, consultation=consultation_or_404(theme.consultation_id),
                  theme=theme, form=form, general=general, **context)


@bp.route(f"{THEME}/rename", methods=["GET", "POST"])
def rename_theme(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    form = RenameForm(data={"name": theme.name, "name_cy": theme.name_cy} if request.method == "GET" else None)
    general: list[str] = []
    if form.validate_on_submit():
        try:
            flash(theme_changes.rename(theme, form.name.data or "", form.name_cy.data or ""), "success")
            return _back_to_theme(theme)
        except ReviewError as error:
            form.name.errors = [error.message]
    return _form_page("staff/review_rename.html", theme, form, general)


@bp.route(f"{THEME}/merge", methods=["GET", "POST"])
def merge_theme(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    form = MergeForm(theme_review.other_themes(consultation_id, theme))
    general: list[str] = []
    if form.validate_on_submit():
        try:
            flash(theme_changes.merge(theme, int(form.target.data)), "success")
            return redirect(url_for("staff.review", consultation_id=consultation_id))
        except ReviewError as error:
            general = [error.message]
    return _form_page("staff/review_merge.html", theme, form, general)


@bp.route(f"{THEME}/split", methods=["GET", "POST"])
def split_theme(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    theme = _theme_or_404(consultation_id, theme_id)
    form = SplitForm(theme_changes.split_choices(theme))
    general: list[str] = []
    if form.validate_on_submit():
        try:
            new = theme_changes.split(theme, form.name.data or "", form.name_cy.data or "", form.answers.data or [])
            flash(f"‘{new.name}’ was split from ‘{theme.name}’.", "success")
            return redirect(url_for("staff.review_theme", consultation_id=consultation_id, theme_id=new.id))
        except ReviewError as error:
            general = [error.message]
    return _form_page("staff/review_split.html", theme, form, general)


@bp.get(f"{REVIEW}/suggested")
def suggested_themes(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render("staff/review_suggested.html", consultation=consultation, form=ActionForm(),
                  suggestions=theme_changes.suggestions(consultation.id))


def _suggestion_act(consultation_id: int, action: Callable[[], str]) -> ResponseReturnValue:
    consultation_or_404(consultation_id)
    if not ActionForm().validate_on_submit():
        flash("This page timed out. Please try again.", "error")
    else:
        try:
            flash(action(), "success")
        except ReviewError as error:
            flash(error.message, "error")
    return redirect(url_for("staff.suggested_themes", consultation_id=consultation_id))


@bp.post(f"{REVIEW}/suggested/<int:theme_id>/accept")
def accept_suggestion(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    name, name_cy = request.form.get("name", ""), request.form.get("name_cy", "")
    return _suggestion_act(consultation_id,
                           lambda: theme_changes.accept(consultation_id, theme_id, name, name_cy))


@bp.post(f"{REVIEW}/suggested/<int:theme_id>/dismiss")
def dismiss_suggestion(consultation_id: int, theme_id: int) -> ResponseReturnValue:
    return _suggestion_act(consultation_id, lambda: theme_changes.dismiss(consultation_id, theme_id))
