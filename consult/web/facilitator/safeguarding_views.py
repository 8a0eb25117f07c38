"""The safeguarding queue: every flagged answer in the reviewer's scope, and the review form."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from consult.models import ReviewOutcome
from consult.services import safeguarding_queue as queue_service
from consult.web.access import signed_in_user
from consult.web.facilitator.blueprint import bp
from consult.web.facilitator.forms import ReviewForm


@bp.get("/safeguarding")
def safeguarding() -> ResponseReturnValue:
    return render_template("facilitator/safeguarding_queue.html", queue=queue_service.queue_for(signed_in_user()))


@bp.route("/safeguarding/<int:answer_id>", methods=["GET", "POST"])
def safeguarding_item(answer_id: int) -> ResponseReturnValue:
    user = signed_in_user()
    form = ReviewForm()
    try:
        if form.validate_on_submit():
            queue_service.review_item(user, answer_id, ReviewOutcome(form.outcome.data), form.note.data or "")
            flash(f"Item {answer_id} marked as reviewed.", "success")
            return redirect(url_for(".safeguarding"))
        item = queue_service.item_for(user, answer_id)
    except queue_service.NotInQueue:
        abort(404)
    except queue_service.AlreadyReviewed:
        flash("Someone has already reviewed this item: their review is shown below.", "info")
        return redirect(url_for(".safeguarding_item", answer_id=answer_id))
    return render_template("facilitator/safeguarding_item.html", item=item, form=form)
