"""Previews: the kiosk pages and the SMS conversation, as people will see them."""

from __future__ import annotations

from flask.typing import ResponseReturnValue

from consult.services import previews
from consult.web.staff.blueprint import bp, consultation_or_404, render


@bp.get("/consultations/<int:consultation_id>/preview/kiosk")
def preview_kiosk(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render(
        "staff/preview_kiosk.html", consultation=consultation, questions=previews.kiosk_questions(consultation)
    )


@bp.get("/consultations/<int:consultation_id>/preview/sms")
def preview_sms(consultation_id: int) -> ResponseReturnValue:
    consultation = consultation_or_404(consultation_id)
    return render(
        "staff/preview_sms.html",
        consultation=consultation,
        transcripts={
            "en": previews.sms_transcript(consultation, "en"),
            "cy": previews.sms_transcript(consultation, "cy"),
        },
    )
