"""The facilitator's workspace: the safeguarding queue, and typing up answers given in person.

Access is declared once for the blueprint: facilitators, PCC staff and admins. What each sees
is scoped by the services (a facilitator only their organisation's venues). Pages are English
only and never cached: they show what people wrote.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response as WerkzeugResponse

from consult.models import ReviewOutcome, Role
from consult.services import safeguarding_queue as queue_service
from consult.web.access import require_role, signed_in_user
from consult.web.facilitator.forms import ReviewForm

bp = Blueprint("facilitator", __name__, url_prefix="/facilitator")
bp.before_request(require_role(Role.FACILITATOR, Role.STAFF, Role.ADMIN))


@bp.before_request
def english_only() -> None:
    g.english_only = True


@bp.after_request
def never_cache(response: WerkzeugResponse) -> WerkzeugResponse:
    response.headers["Cache-Control"] = "no-store, max-age=0"
    return response


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
