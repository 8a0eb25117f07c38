""""You said, we did": the PCC's response to each theme, the update text, publishing the results.

Only a closed consultation can be published: while it is open the figures still move, and a
page that changes after the panel has read it cannot be trusted. Unpublishing puts it back to
closed. Every change is audited by id, never by the words written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import current_app

from consult.data import consultations as consultation_data
from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Consultation, ConsultationStatus, Theme
from consult.services.audit import record_by_current_user as record
from consult.services.consultations import BuilderError
from sms.segments import SegmentCount, count, normalise

RESPONSE_MAX_CHARS = 2000


@dataclass(frozen=True)
class UpdateCount:
    """How one language's update will be sent, for the editor beside it."""

    language: str
    text: str
    count: SegmentCount
    budget: int

    @property
    def over(self) -> bool:
        return self.count.segments > self.budget


def themes(consultation: Consultation) -> list[Theme]:
    """The themes staff respond to: the consultation's active codebook."""
    return theme_data.list_themes(consultation.id)


def save_responses(consultation: Consultation, responses: Mapping[int, tuple[str, str]]) -> int:
    """Store the response (English, Welsh) to each theme given by id; returns how many changed."""
    errors = {f"response-{theme_id}": "The response must be 2,000 characters or fewer"
              for theme_id, pair in responses.items() if max(len(pair[0]), len(pair[1])) > RESPONSE_MAX_CHARS}
    if errors:
        raise BuilderError(errors)
    changed = 0
    for theme in themes(consultation):
        if theme.id not in responses:
            continue
        english, welsh = (text.strip() for text in responses[theme.id])
        if (theme.response_en, theme.response_cy) != (english, welsh):
            theme.response_en, theme.response_cy = english, welsh
            changed += 1
    if changed:
        record("results.responses_saved", "consultation", consultation.id, themes=changed)
    db.session.commit()
    return changed


def update_budget() -> int:
    return int(current_app.config.get("SMS_UPDATE_MAX_SEGMENTS", 2))


def update_counts(english: str, welsh: str) -> list[UpdateCount]:
    """Segment counts of the update as it will be sent (typographic quotes and dashes made plain)."""
    budget = update_budget()
    return [UpdateCount(language, normalise(text.strip()), count(normalise(text.strip())), budget)
            for language, text in (("en", english), ("cy", welsh))]


def save_update_text(consultation: Consultation, english: str, welsh: str) -> None:
    """Keep the SMS update; refused when a language needs more segments than the budget allows."""
    errors = {}
    for item in update_counts(english, welsh):
        if item.over:
            errors[f"update_{item.language}"] = (
                f"The {'Welsh' if item.language == 'cy' else 'English'} text needs {item.count.segments} "
                f"text messages: make it fit {item.budget} or fewer"
            )
    if errors:
        raise BuilderError(errors)
    en, cy = (item.text for item in update_counts(english, welsh))
    consultation.update_en, consultation.update_cy = en, cy
    record("results.update_text_saved", "consultation", consultation.id)
    db.session.commit()


def publish(consultation: Consultation) -> None:
    if consultation.status is not ConsultationStatus.CLOSED:
        raise BuilderError({"": "Close the consultation before publishing its results"})
    consultation.status = ConsultationStatus.PUBLISHED
    consultation.published_on = datetime.now(UTC).date()
    record("results.published", "consultation", consultation.id)
    db.session.commit()


def unpublish(consultation: Consultation) -> None:
    if consultation.status is not ConsultationStatus.PUBLISHED:
        raise BuilderError({"": "Only published results can be taken down"})
    consultation.status = ConsultationStatus.CLOSED
    consultation.published_on = None
    record("results.unpublished", "consultation", consultation.id)
    db.session.commit()


def published(slug: str) -> Consultation | None:
    """A consultation whose results are public; None for any other (the page is then not found)."""
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None or consultation.status is not ConsultationStatus.PUBLISHED:
        return None
    return consultation


def list_published() -> list[Consultation]:
    """Published consultations, newest first, for the landing page."""
    rows = [c for c in consultation_data.list_consultations() if c.status is ConsultationStatus.PUBLISHED]
    return sorted(rows, key=lambda c: (c.published_on or datetime.min.date(), c.id), reverse=True)
