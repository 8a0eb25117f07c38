"""Reviewed safeguarding flags as labelled data for tuning the screen.

A false alarm is a labelled negative ("risk": false); any other outcome means the reviewer
treated the flag as real ("risk": true). Only the stored, anonymised text is written.
"""

from __future__ import annotations

from collections.abc import Iterator

from consult.data import safeguarding as safeguarding_data
from consult.extensions import db
from consult.models import ReviewOutcome
from consult.services.audit import record_by_current_user as record


def labelled_examples() -> Iterator[dict[str, object]]:
    """{"text", "risk", "categories", "outcome"} per reviewed answer; the export is audited."""
    rows = safeguarding_data.list_reviewed_answers()
    record("safeguarding.labels_exported", "safeguarding_review", None, count=len(rows))
    db.session.commit()
    for answer, review in rows:
        yield {
            "text": answer.text,
            "risk": review.outcome is not ReviewOutcome.FALSE_ALARM,
            "categories": list(answer.safeguarding_categories),
            "outcome": review.outcome.value,
        }
