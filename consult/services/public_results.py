"""What the public results page and a forum's preview show: the results at the PUBLIC audience.

Both audiences outside the office see the same figures, at the published threshold (10): who
took part, closed questions as suppressed counts, and free-text themes with quotes (each quote
once) and the PCC's response. One seam, so both pages can never show more than a published report.
"""

from __future__ import annotations

from consult.models import Consultation
from consult.services.results import Audience, Results, results_for


def public_results(consultation: Consultation) -> Results:
    """The consultation's results as anyone outside the office may see them (threshold 10, no filter)."""
    return results_for(consultation, audience=Audience.PUBLIC)
