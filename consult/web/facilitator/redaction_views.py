"""Redaction review: answers from the user's venues as stored, and redacting more of one."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from consult.services import redaction_review as review_service
from consult.web.access import signed_in_user
from consult.web.facilitator.blueprint import bp
from consult.web.facilitator.redaction_forms import RedactForm


@bp.get("/answers")
def answers() -> ResponseReturnValue:
    page = request.args.get("page", "1")
    listing = review_service.stored_answers(signed_in_user(), int(page) if page.isdigit() else 1)
    return render_template("facilitator/answers.html", listing=listing)


@bp.route("/answers/<int:answer_id>", methods=["GET", "POST"])
def answer(answer_id: int) -> ResponseReturnValue:
    form = RedactForm()
    try:
        if form.validate_on_submit():
            count = review_service.redact_more(signed_in_user(), answer_id, form.words.data or "",
                                               form.kind.data or "", bool(form.add_to_list.data))
            flash(f"Replaced {count} {'match' if count == 1 else 'matches'} with [{form.kind.data}]. "
                  "This cannot be undone.", "success")
            return redirect(url_for(".answer", answer_id=answer_id))
    except review_service.CannotRedact as error:
        form.fail(str(error))
    except review_service.NotReviewable:
        abort(404)
    try:
        stored = review_service.stored_answer(signed_in_user(), answer_id)
    except review_service.NotReviewable:
        abort(404)
    return render_template("facilitator/answer.html", form=form, stored=stored)
