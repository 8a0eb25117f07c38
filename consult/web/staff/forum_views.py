"""The forum check: make and revoke a forum's preview link, read its comments, say what changed."""

from __future__ import annotations

from flask import abort, current_app, redirect, request, url_for
from flask.typing import ResponseReturnValue

from consult.models import Consultation
from consult.services import forum_review
from consult.services.consultations import BuilderError
from consult.web.staff.blueprint import bp, consultation_or_404, render, show_errors
from consult.web.staff.you_said_forms import ForumLinkForm

FORUM = "/consultations/<int:consultation_id>/forum-reviews"


def _page(consultation: Consultation, form: ForumLinkForm | None = None, status: int = 200,
          **context: object) -> ResponseReturnValue:
    return render(
        "staff/forum_reviews.html",
        status,
        consultation=consultation,
        form=form or ForumLinkForm(formdata=None),
        reviews=forum_review.reviews(consultation),
        is_live=forum_review.is_live,
        **context,
    )


@bp.route(FORUM, methods=["GET", "POST"])
def forum_reviews(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    form = ForumLinkForm()
    general: list[str] = []
    if request.method == "POST":
        if form.validate_on_submit():
            try:
                link = forum_review.create_link(consultation, form.forum_name.data or "", form.days.data or 0)
            except BuilderError as error:
                general = show_errors(form, error)
            else:
                url = _public_url(url_for("public.forum_review", token=link.token))
                return _page(consultation, new_link=url, new_review=link.review)
        return _page(consultation, form, 400, general=general)
    return _page(consultation, saved=request.args.get("saved"))


def _public_url(path: str) -> str:
    """The link as the forum will open it: on the public address, not whatever host staff used."""
    base = str(current_app.config.get("PUBLIC_BASE_URL") or request.host_url).rstrip("/")
    return base + path


@bp.post(f"{FORUM}/<int:review_id>/revoke")
def revoke_forum_review(consultation_id: int, review_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    if forum_review.revoke(consultation, review_id) is None:
        abort(404)
    return redirect(url_for("staff.forum_reviews", consultation_id=consultation.id, saved="revoked"))


@bp.post(f"{FORUM}/comments/<int:comment_id>")
def answer_forum_comment(consultation_id: int, comment_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    try:
        comment = forum_review.respond(consultation, comment_id, request.form.get("staff_response", ""))
    except BuilderError as error:
        return _page(consultation, status=400, general=list(error.errors.values()))
    if comment is None:
        abort(404)
    return redirect(url_for("staff.forum_reviews", consultation_id=consultation.id, saved="answered",
                            _anchor=f"comment-{comment.id}"))
