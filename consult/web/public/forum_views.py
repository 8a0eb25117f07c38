"""A forum's read-only preview of the summary, opened from an expiring link; comments go to staff."""

from __future__ import annotations

from flask import current_app, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from consult.extensions import limiter
from consult.pipeline.anonymise.placeholders import display
from consult.services import forum_review as forum_service
from consult.services.consultations import BuilderError
from consult.services.public_results import public_results
from consult.web.public.charts import chart
from consult.web.public.forms import ForumCommentForm
from consult.web.public.views import bp


def _comment_limit() -> str:
    return str(current_app.config.get("FORUM_COMMENT_RATE_LIMIT", "30 per hour"))


@bp.after_request
def _private(response):  # type: ignore[no-untyped-def]
    """A review link is a secret: keep its page out of caches and its URL out of referrers."""
    if request.endpoint == "public.forum_review":
        response.headers["Cache-Control"] = "no-store, max-age=0"
        response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.route("/forum-review/<token>", methods=["GET", "POST"])
@limiter.limit(_comment_limit, methods=["POST"])
def forum_review(token: str) -> ResponseReturnValue:
    review = forum_service.review_for_token(token)
    if review is None:
        return render_template("public/forum_link_gone.html"), 404
    form = ForumCommentForm()
    form.set_themes(review.consultation)
    if form.validate_on_submit():
        try:
            added = forum_service.add_comment(review, form.body.data or "", form.theme())
        except BuilderError as error:
            for name, message in error.errors.items():
                getattr(form, name, form.body).errors = [message]
        else:
            sent = "support" if added.needs_support else "1"
            return redirect(url_for("public.forum_review", token=token, sent=sent, _anchor="comment-sent"))
    return render_template(
        "public/forum_review.html",
        review=review,
        consultation=review.consultation,
        results=public_results(review.consultation),
        form=form,
        display_quote=display,
        chart=chart,
        sent=request.args.get("sent") in ("1", "support"),
        support=request.args.get("sent") == "support",
    ), 400 if form.errors else 200
