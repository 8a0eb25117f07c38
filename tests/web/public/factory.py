"""A small published consultation made row by row, so every count on its pages is known in advance."""

from __future__ import annotations

from datetime import date

from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Channel, CodeSource, CodeStatus, ConsultationStatus, Organisation, QuestionKind
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_raw_text

SLUG = "small-results-2027"
# theme (English, Welsh) -> how many people raised it, and what they said
THEMES = {
    ("Being listened to", "Cael eich clywed"): (12, "The officer listened to me and explained what happened next."),
    ("Trust and fairness", "Ymddiriedaeth a thegwch"): (10, "They treated me like a criminal before I said a word."),
    ("Custody and cells", "Y ddalfa a'r celloedd"): (3, "Left in a cell for 14 hours with no blanket."),
}


def make_small_consultation(status: ConsultationStatus = ConsultationStatus.PUBLISHED, slug: str = SLUG) -> int:
    """25 people by kiosk, at no venue, one theme each: 12, 10 and 3 (3 is a small number to suppress)."""
    office = db.session.query(Organisation).order_by(Organisation.id).first()
    assert office is not None
    consultation = consultation_data.create_consultation(
        organisation_id=office.id, slug=slug, title_en="Results check: custody",
        title_cy="Gwirio canlyniadau: y ddalfa",
        purpose_en="What happened in custody.", purpose_cy="Beth ddigwyddodd yn y ddalfa.", status=status,
        published_on=date(2027, 3, 1) if status is ConsultationStatus.PUBLISHED else None,
    )
    question = consultation_data.create_question(
        consultation, kind=QuestionKind.FREE_TEXT, text_en="How were you treated?", text_cy="Sut cawsoch eich trin?")
    anonymiser = anonymiser_for_organisations()
    for (name, name_cy), (people, words) in THEMES.items():
        theme = theme_data.create_theme(consultation.id, name, name_cy=name_cy,
                                        response_en=f"We acted on {name.lower()}.",
                                        response_cy=f"Rydym wedi gweithredu ar {name_cy.lower()}.")
        for number in range(people):
            response = response_data.create_response(consultation.id, Channel.KIOSK, date(2027, 2, 1))
            store_raw_text(response, question.id, f"{words} ({number + 1})", anonymiser, 2000)
            db.session.flush()
            theme_data.add_code(response.answers[-1].id, theme.id, source=CodeSource.HUMAN, confidence=1.0,
                                status=CodeStatus.CONFIRMED, reasons=[])
    db.session.commit()
    return consultation.id
