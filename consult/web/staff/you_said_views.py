"""'You said, we did': respond to each theme, publish the results, write and send the update text."""

from __future__ import annotations

from typing import Any

from flask import jsonify, redirect, request, url_for
from flask.typing import ResponseReturnValue

from consult.models import Consultation
from consult.services import update_sending, you_said
from consult.services.consultations import BuilderError
from consult.services.questions import segment_note
from consult.web.staff.blueprint import bp, consultation_or_404, render, show_errors
from consult.web.staff.you_said_forms import UpdateForm
from consult.worker import send_updates_job

YOU_SAID = "/consultations/<int:consultation_id>/you-said"


def _page(consultation: Consultation, form: UpdateForm | None = None, errors: dict[str, str] | None = None,
          status: int = 200) -> ResponseReturnValue:
    form = form or UpdateForm(data={"update_en": consultation.update_en, "update_cy": consultation.update_cy})
    job = request.args.get("job")
    return render(
        "staff/you_said.html",
        status,
        consultation=consultation,
        themes=you_said.themes(consultation),
        form=form,
        errors=errors or {},
        segments={name: segment_note(form[name].data or "") for name in ("update_en", "update_cy")},
        budget=you_said.update_budget(),
        twilio_missing=update_sending.twilio_missing(),
        waiting=update_sending.waiting(consultation),
        progress=update_sending.progress(consultation, job) if job else None,
        outcome=request.args.get("sent"),
        failed=request.args.get("failed"),
        saved=request.args.get("saved"),
    )


def _back(consultation: Consultation, **args: Any) -> ResponseReturnValue:
    return redirect(url_for("staff.you_said", consultation_id=consultation.id, **args))


@bp.get(YOU_SAID, endpoint="you_said")
def you_said_page(consultation_id: int) -> ResponseReturnValue:
    return _page(consultation_or_404(consultation_id))


@bp.get(f"{YOU_SAID}/jobs/<job_id>/progress.json")
def update_send_progress(consultation_id: int, job_id: str) -> ResponseReturnValue:
    """What the page polls while the update is being texted (the page's "Check progress" link without JavaScript)."""
    consultation = consultation_or_404(consultation_id)
    return jsonify(update_sending.progress(consultation, job_id).as_json())


@bp.post(f"{YOU_SAID}/responses")
def save_responses(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    try:
        you_said.save_responses(consultation, _responses_posted())
    except BuilderError as error:
        return _page(consultation, errors=error.errors, status=400)
    return _back(consultation, saved="responses")


def _responses_posted() -> dict[int, tuple[str, str]]:
    """Fields ``response_en-<theme id>`` and ``response_cy-<theme id>`` from the form."""
    ids = {key.split("-", 1)[1] for key in request.form if key.startswith(("response_en-", "response_cy-"))}
    return {int(i): (request.form.get(f"response_en-{i}", ""), request.form.get(f"response_cy-{i}", ""))
            for i in ids if i.isdigit()}


@bp.post(f"{YOU_SAID}/update")
def save_update(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    form = UpdateForm()
    if form.validate_on_submit():
        try:
            you_said.save_update_text(consultation, form.update_en.data or "", form.update_cy.data or "")
        except BuilderError as error:
            general = show_errors(form, error)
            return _page(consultation, form, {f"general-{n}": message for n, message in enumerate(general)}, 400)
        return _back(consultation, saved="update")
    return _page(consultation, form, status=400)


@bp.post(f"{YOU_SAID}/publish")
def publish_results(consultation_id: int) -> ResponseReturnValue:
    return _change(consultation_id, you_said.publish, "published")


@bp.post(f"{YOU_SAID}/unpublish")
def unpublish_results(consultation_id: int) -> ResponseReturnValue:
    return _change(consultation_id, you_said.unpublish, "unpublished")


def _change(consultation_id: int, action: object, saved: str) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    try:
        action(consultation)  # type: ignore[operator]
    except BuilderError as error:
        return _page(consultation, errors=error.errors, status=400)
    return _back(consultation, saved=saved)


@bp.post(f"{YOU_SAID}/send")
def send_update(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    try:
        handle = update_sending.start_sending(consultation, send_updates_job)
    except BuilderError as error:
        return _page(consultation, errors=error.errors, status=400)
    if handle.id is not None:
        return _back(consultation, job=handle.id)
    return _back(consultation, sent=handle.result["sent"], failed=handle.result["failed"])
