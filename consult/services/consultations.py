"""Looking consultations up by the slug people and commands use."""

from __future__ import annotations

from consult.data import consultations as consultation_data


class UnknownConsultation(LookupError):
    """No consultation has that slug."""


def consultation_id_for(slug: str) -> int:
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None:
        raise UnknownConsultation(f"No consultation with slug {slug!r}")
    return consultation.id
