"""Typing up answers given in person: set-up, answers, check what will be stored, save."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from consult.services import mediated_entry as entry_service
from consult.web.access import signed_in_user
from consult.web.facilitator.blueprint import bp
from consult.web.facilitator.entry_forms import (
    SetupForm,
    answers_form,
    given_answers,
    require_one_answer,
    setup_args,
    setup_from_args,
)


@bp.route("/entry", methods=["GET", "POST"])
def entry() -> ResponseReturnValue:
    form = SetupForm().configure(*entry_service.entry_choices(signed_in_user()))
    if form.validate_on_submit():
        return redirect(url_for(".entry_answers", **setup_args(form.setup())))
    return render_template("facilitator/entry_setup.html", form=form)


@bp.route("/entry/answers", methods=["GET", "POST"])
def entry_answers() -> ResponseReturnValue:
    setup = setup_from_args(request.args)
    try:
        context = entry_service.entry_context(signed_in_user(), setup)
        earlier = entry_service.unseal(request.form["sealed"], setup) if request.form.get("sealed") else None
    except (entry_service.EntryNotAvailable, entry_service.BadEntry):
        abort(404)
    changing = request.form.get("action") == "change"
    limit = current_app.config["ANSWER_MAX_CHARS"]
    form = answers_form(context.questions, limit, earlier[1] if earlier else (), None if changing else request.form)
    if request.method == "POST" and not changing and form.validate() and require_one_answer(form, context.questions):
        previous = {item.question_id: item for item in earlier[1]} if earlier else None
        items = entry_service.prepare_entry(context, given_answers(form, context.questions), previous)
        return render_template("facilitator/entry_check.html", context=context, setup=setup,
                               rows=entry_service.check_rows(context, items), sealed=entry_service.seal(setup, items))
    return render_template("facilitator/entry_answers.html", form=form, context=context, setup=setup,
                           sealed=request.form.get("sealed", ""))


@bp.post("/entry/save")
def entry_save() -> ResponseReturnValue:
    try:
        saved = entry_service.save_entry(signed_in_user(), *entry_service.unseal(request.form.get("sealed", "")))
    except (entry_service.EntryNotAvailable, entry_service.BadEntry):
        abort(404)
    flagged = f" {saved.flagged} flagged for safeguarding: see the queue." if saved.flagged else ""
    flash(f"Saved {saved.answers} answers as response {saved.response_id}.{flagged}", "success")
    return redirect(url_for(".entry"))
