"""The anonymised answers of a consultation as CSV: one row per answer, with its themes.

No database id leaves in the file: a response is numbered afresh for each export, in an order
shuffled within each week, so the numbers say nothing about who answered first. Only the week
of submission is given (the day, with the venue type, could point to a session someone was seen at).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from consult.data import consultations as consultation_data
from consult.data import reports as report_data
from consult.data.reports import AnswerRow
from consult.models import Consultation, Question, QuestionKind
from consult.pipeline.summary.labels import NO_VENUE, label
from consult.services.csv_export import csv_bytes

HEADER = ("Response", "Channel", "Venue type", "Language", "Week beginning", "Mediated", "Group entry",
          "Question number", "Question", "Answer", "Themes", "Sentiment")


def week_beginning(day: date) -> date:
    return day - timedelta(days=day.weekday())


def choice_label(question: Question, choice: str | None) -> str:
    """The option as the person saw it in English ("2 – A little"), else the stored value."""
    if choice is None:
        return ""
    for option in question.options:
        if option.get("value") == choice:
            return option.get("en") or choice
    if question.kind is QuestionKind.YES_NO:
        return label("yes_no", choice)
    return choice


def _numbered(rows: list[AnswerRow]) -> dict[int, int]:
    """Response id -> its number in this export: by week, shuffled within the week."""
    shuffle = random.SystemRandom()
    responses = {row.response_id: week_beginning(row.submitted_on) for row in rows}
    keys = {response_id: shuffle.random() for response_id in responses}
    order = sorted(responses, key=lambda response_id: (responses[response_id], keys[response_id]))
    return {response_id: number for number, response_id in enumerate(order, start=1)}


def _rows(consultation: Consultation) -> Iterator[list[str | int | None]]:
    questions = {q.id: q for q in consultation_data.list_questions(consultation.id)}
    rows = report_data.list_answer_rows(consultation.id)
    themes = report_data.answer_theme_names(consultation.id)
    numbers = _numbered(rows)
    width = len(str(len(numbers) or 1))
    for row in sorted(rows, key=lambda r: (numbers[r.response_id], questions[r.question_id].position)):
        question = questions[row.question_id]
        free_text = question.kind is QuestionKind.FREE_TEXT
        if free_text and not row.text:
            continue  # a skipped question, or words removed at the end of retention
        yield [
            f"R{numbers[row.response_id]:0{width}d}",
            label("channel", row.channel.value),
            label("venue_type", row.venue_type.value if row.venue_type else NO_VENUE),
            label("language", row.language),
            week_beginning(row.submitted_on).isoformat(),
            "Yes" if row.mediated else "No",
            "Yes" if row.group_session else "No",
            question.position,
            question.text_en,
            row.text if free_text else choice_label(question, row.choice),
            "; ".join(themes.get((row.response_id, row.question_id), [])) if free_text else "",
            label("sentiment", row.sentiment) if free_text and row.sentiment else "",
        ]


def answers_csv(consultation: Consultation) -> bytes:
    return csv_bytes(HEADER, _rows(consultation))
