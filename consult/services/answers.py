"""Storing answers the same way whatever channel they came from.

Every channel (kiosk, SMS, a facilitator's mediated entry, an imported row) prepares free
text once with :func:`prepare_text` (cleaned, cut to the channel's limit, screened for
safeguarding risk and anonymised, in memory) and stores it with :func:`store_prepared`
or :func:`store_anonymised_text`; choices go through :func:`store_choice`. Sentiment is
scored on the anonymised words, read against the question's English wording ("mixed" stored
as such). A flagged answer is stored flagged, for the review queue. Once the transaction
commits, new free text is themed in the background (:mod:`consult.services.coding`).
"""

from __future__ import annotations

from collections.abc import Sequence

from consult.data import responses as response_data
from consult.data.coding import question_context
from consult.models import Response
from consult.pipeline.anonymise import Anonymiser
from consult.pipeline.ingest import PreparedAnswer, prepare_answer
from consult.pipeline.sentiment import Sentiment
from consult.services.answer_sentiment import score_answer, stored
from consult.services.coding import note_new_answer


def prepare_text(raw: str, anonymiser: Anonymiser, limit: int, *, language: str | None = None) -> PreparedAnswer:
    """The one place free text is cleaned, clipped to ``limit``, screened and anonymised
    (``language`` is only a hint: the answer's own words decide how it is read)."""
    return prepare_answer(raw, anonymiser=anonymiser, max_chars=limit, language=language)


def store_choice(response: Response | int, question_id: int, value: str) -> None:
    response_data.create_answer(response, question_id, choice=value)


def store_anonymised_text(
    response: Response | int,
    question_id: int,
    text: str,
    redactions: dict[str, int],
    safeguarding_categories: Sequence[str],
    sentiment: Sentiment | None = None,
) -> None:
    """Store text that has already been through :func:`prepare_text` (``sentiment`` if already
    scored with its question), and have it themed once stored."""
    context = question_context(question_id)
    if context is None:
        raise ValueError(f"no question {question_id}")
    consultation_id, question = context
    scored = stored(sentiment) if sentiment is not None else score_answer(text, question)
    response_data.create_answer(
        response,
        question_id,
        text=text,
        redactions=redactions,
        sentiment_label=scored.label,
        sentiment_polarity=scored.polarity,
        safeguarding_flag=bool(safeguarding_categories),
        safeguarding_categories=list(safeguarding_categories),
    )
    note_new_answer(consultation_id)


def store_prepared(
    response: Response | int,
    question_id: int,
    prepared: PreparedAnswer,
    sentiment: Sentiment | None = None,
    safeguarding_categories: Sequence[str] | None = None,
) -> None:
    """Store a prepared answer; ``safeguarding_categories`` overrides the screen's own (SMS
    screens a long text whole, not only the part kept)."""
    categories = prepared.safeguarding_categories if safeguarding_categories is None else safeguarding_categories
    store_anonymised_text(response, question_id, prepared.text, prepared.redactions, categories, sentiment)


def store_raw_text(
    response: Response, question_id: int, raw: str, anonymiser: Anonymiser, limit: int
) -> PreparedAnswer:
    """Prepare raw words and store only the anonymised result."""
    prepared = prepare_text(raw, anonymiser, limit)
    store_prepared(response, question_id, prepared)
    return prepared
