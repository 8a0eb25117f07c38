"""'You said, we did': responses per theme, the SMS update's budget, publishing only a closed consultation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from flask import Flask
from sqlalchemy import select

from consult.extensions import db
from consult.models import AuditEvent, Consultation, ConsultationStatus, Theme
from consult.services import you_said
from consult.services.consultations import BuilderError

SLUG = "your-voice-2027"


def _consultation() -> Consultation:
    return db.session.scalars(select(Consultation).where(Consultation.slug == SLUG)).one()


def test_only_a_closed_consultation_is_published_and_unpublishing_closes_it(demo: Flask) -> None:
    with demo.app_context():
        consultation = _consultation()
        assert consultation.status is ConsultationStatus.OPEN
        with pytest.raises(BuilderError, match="Close the consultation"):
            you_said.publish(consultation)
        assert you_said.published(SLUG) is None
        consultation.status = ConsultationStatus.CLOSED
        db.session.commit()
        you_said.publish(consultation)
        assert consultation.status is ConsultationStatus.PUBLISHED
        assert consultation.published_on == datetime.now(UTC).date()
        assert you_said.published(SLUG) is consultation
        assert [c.slug for c in you_said.list_published()] == [SLUG]
        with pytest.raises(BuilderError):
            you_said.publish(consultation)  # twice: refused, nothing changes
        you_said.unpublish(consultation)
        assert consultation.status is ConsultationStatus.CLOSED and consultation.published_on is None
        assert you_said.published(SLUG) is None
        actions = list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.action.like("results.%"))))
    assert actions == ["results.published", "results.unpublished"]


def test_responses_are_kept_per_theme_in_both_languages(demo: Flask) -> None:
    with demo.app_context():
        consultation = _consultation()
        first, second = you_said.themes(consultation)[:2]
        changed = you_said.save_responses(consultation, {
            first.id: ("  We funded custody nurses.  ", "Rydym wedi ariannu nyrsys yn y ddalfa."),
            second.id: ("", ""),
            999_999: ("Another consultation's theme", ""),  # not this consultation's: ignored
        })
        assert changed == 1
        theme = db.session.get(Theme, first.id)
        assert (theme.response_en, theme.response_cy) == (
            "We funded custody nurses.", "Rydym wedi ariannu nyrsys yn y ddalfa.")
        assert you_said.save_responses(consultation, {first.id: (theme.response_en, theme.response_cy)}) == 0
        with pytest.raises(BuilderError) as refused:
            you_said.save_responses(consultation, {first.id: ("x" * 2001, "")})
        assert f"response-{first.id}" in refused.value.errors
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "results.responses_saved")).one()
    assert event.detail == {"themes": 1}


def test_update_text_is_counted_as_sent_and_held_to_its_budget(demo: Flask) -> None:
    with demo.app_context():
        consultation = _consultation()
        english = "You said \u201cofficers should listen\u201d \u2013 we now train every officer."
        welsh = ("Dywedoch chi y dylai swyddogion wrando: rydym yn hyfforddi pob swyddog nawr. "
                 "Diolch o\u2019r galon i\u2019r fforwm ŵ.")
        counts = {item.language: item for item in you_said.update_counts(english, welsh)}
        assert counts["en"].count.encoding == "GSM-7" and '"officers should listen" - we' in counts["en"].text
        assert counts["cy"].count.encoding == "UCS-2" and counts["cy"].count.ucs2_char == "ŵ"
        you_said.save_update_text(consultation, english, welsh)
        assert consultation.update_en == counts["en"].text
        assert "\u2019" not in consultation.update_cy and "ŵ" in consultation.update_cy  # letters kept
        too_long = "ŵ" * (67 * 2 + 1)  # three UCS-2 segments, over the budget of two
        with pytest.raises(BuilderError) as refused:
            you_said.save_update_text(consultation, english, too_long)
        assert refused.value.errors == {
            "update_cy": "The Welsh text needs 3 text messages: make it fit 2 or fewer"}
        db.session.refresh(consultation)
        assert consultation.update_cy == counts["cy"].text  # the refused text was not kept
