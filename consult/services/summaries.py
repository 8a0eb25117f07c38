"""Build a consultation's summary from stored rows, through the pure summariser."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from consult.data import consultations as consultation_data
from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Answer, CodeStatus, QuestionKind, Response
from consult.pipeline.summary import summarise as summariser
from consult.services.consultations import UnknownConsultation


def summarise_consultation(
    slug: str, *, published: bool = True, earlier_slug: str | None = None, threshold: int | None = None
) -> summariser.Summary:
    """Published summaries use the published threshold (10 by default), staff views the internal one."""
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None:
        raise UnknownConsultation(f"No consultation with slug {slug!r}")
    earlier = summarise_consultation(earlier_slug, published=published) if earlier_slug else None
    questions = {
        str(q.id): q.text_en
        for q in consultation_data.list_questions(consultation.id)
        if q.kind is QuestionKind.FREE_TEXT
    }
    return summariser.summarise(
        consultation.title_en,
        questions,
        _responses(consultation.id),
        published=published,
        threshold=threshold,
        earlier=earlier,
    )


def _responses(consultation_id: int) -> list[summariser.Response]:
    themes = {theme.id: theme.name for theme in theme_data.list_themes(consultation_id)}
    rows = list(
        db.session.scalars(select(Response).where(Response.consultation_id == consultation_id).order_by(Response.id))
    )
    answers = list(db.session.scalars(select(Answer).join(Response).where(Response.consultation_id == consultation_id)))
    codes: dict[int, list[str]] = defaultdict(list)
    for code in theme_data.list_codes([answer.id for answer in answers]):
        if code.status is not CodeStatus.REJECTED and code.theme_id in themes:
            codes[code.answer_id].append(themes[code.theme_id])
    by_response: dict[int, list[summariser.Answer]] = defaultdict(list)
    for answer in answers:
        if answer.text:
            by_response[answer.response_id].append(
                summariser.Answer(str(answer.question_id), answer.text, tuple(codes[answer.id]), answer.sentiment_label)
            )
    return [
        summariser.Response(
            row.channel.value, row.venue.venue_type.value if row.venue else None, tuple(by_response[row.id])
        )
        for row in rows  # a group entry counts once: its words can't be split between people
    ]
