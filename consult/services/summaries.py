"""A consultation's summary for ``consult summarise``: the same results every page shows."""

from __future__ import annotations

from consult.data import consultations as consultation_data
from consult.pipeline.summary.results import Results
from consult.services.consultations import UnknownConsultation
from consult.services.results import Audience, results_for


def summarise_consultation(slug: str, *, published: bool = True) -> Results:
    """Published summaries use the published threshold (10 by default), staff views the internal one."""
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None:
        raise UnknownConsultation(f"No consultation with slug {slug!r}")
    return results_for(consultation, audience=Audience.PUBLIC if published else Audience.STAFF)
