"""Storing answers the same way whatever channel they came from.

Free text is prepared (cleaned, safeguarded, anonymised) before it is stored, and its
sentiment is scored on the anonymised words.
"""

from __future__ import annotations

from collections.abc import Sequence

from consult.data import responses as response_data
from consult.models import Answer, Response
from consult.pipeline.anonymise import Anonymiser
from consult.pipeline.ingest import PreparedAnswer, prepare_answer
from consult.pipeline.sentiment import score as score_sentiment


def store_choice(response: Response, question_id: int, value: str) -> Answer:
    return response_data.create_answer(response, question_id, choice=value)


def store_anonymised_text(
    response: Response, question_id: int, text: str, redactions: dict[str, int], safeguarding_categories: Sequence[str]
) -> Answer:
    """Store text that has already been through ``prepare_answer``."""
    sentiment = score_sentiment(text)
    return response_data.create_answer(
        response,
        question_id,
        text=text,
        redactions=redactions,
        sentiment_label=sentiment.label,
        sentiment_polarity=sentiment.polarity,
        safeguarding_flag=bool(safeguarding_categories),
        safeguarding_categories=list(safeguarding_categories),
    )


def store_raw_text(
    response: Response, question_id: int, raw: str, anonymiser: Anonymiser, limit: int
) -> PreparedAnswer:
    """Prepare raw words and store only the anonymised result."""
    prepared = prepare_answer(raw, anonymiser, limit)
    store_anonymised_text(response, question_id, prepared.text, prepared.redactions, prepared.safeguarding_categories)
    return prepared
