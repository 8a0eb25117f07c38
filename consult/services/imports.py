"""Importing responses typed up from paper or a forum session, from a CSV file.

The whole file is checked first and nothing is stored unless every row is good, so a mistake
never leaves half an import behind. Free text goes through the same anonymiser as every other
channel before it is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime

from consult.data import consultations as consultation_data
from consult.data import responses as response_data
from consult.extensions import db
from consult.models import Channel, Question, QuestionKind, Response
from consult.pipeline.anonymise import Anonymiser
from consult.services.anonymisers import anonymiser_for_organisations
from consult.services.answers import store_choice, store_raw_text
from consult.services.consultations import UnknownConsultation

MAX_ROWS = 10_000


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def decode_csv(raw: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without a byte-order mark), else Windows-1252 as spreadsheets save it."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "The file was not UTF-8; it was read as Windows-1252."


def _column_for(question: Question, headers: list[str]) -> str | None:
    wanted = {f"q{question.position}", question.text_en.strip().lower()}
    return next((h for h in headers if h.strip().lower() in wanted), None)


YES_WORDS = {"yes", "y", "ie", "do", "ydw", "oes"}
NO_WORDS = {"no", "n", "na", "naddo", "nac ydw", "nac oes"}


def _choice_value(question: Question, given: str) -> str | None:
    """The option a typed answer means: its value, its English or Welsh label, or yes/no words."""
    needle = given.strip().lower()
    for option in question.options:
        if needle in (option["value"].lower(), option.get("en", "").lower(), option.get("cy", "").lower()):
            return option["value"]
    if question.options:
        return None
    if question.kind is QuestionKind.YES_NO:
        return "yes" if needle in YES_WORDS else "no" if needle in NO_WORDS else None
    return needle if question.kind is QuestionKind.SCALE and needle in {"1", "2", "3", "4", "5"} else None


def import_responses(
    slug: str, raw: bytes, *, venue_name: str | None, mediated: bool, limit: int, truncate: bool = False
) -> ImportReport:
    consultation = consultation_data.get_consultation_by_slug(slug)
    if consultation is None:
        raise UnknownConsultation(f"No consultation with slug {slug!r}")
    venue = consultation_data.get_venue_by_name(venue_name) if venue_name else None
    report = ImportReport()
    if venue_name and venue is None:
        report.errors.append(f"No venue called {venue_name!r}")
        return report
    text, note = decode_csv(raw)
    if note:
        report.notes.append(note)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    questions = consultation_data.list_questions(consultation.id)
    headers = list(rows[0].keys()) if rows else []
    columns = {q.id: _column_for(q, headers) for q in questions}
    if not rows or not any(columns.values()):
        report.errors.append("No answer columns found: name them q1, q2, … or by the question's English wording.")
        return report
    if len(rows) > MAX_ROWS:
        report.errors.append(f"The file has {len(rows):,} rows; import at most {MAX_ROWS:,} at a time.")
        return report
    planned = [
        _plan_row(number, row, questions, columns, limit, truncate, report) for number, row in enumerate(rows, start=2)
    ]
    if report.errors:
        return report
    anonymiser = anonymiser_for_organisations()
    today = datetime.now(UTC).date()
    for answers, participants in planned:
        response = response_data.create_response(
            consultation.id,
            Channel.FACILITATOR if mediated else Channel.IMPORT,
            today,
            venue_id=venue.id if venue else None,
            mediated=mediated,
            participant_count=participants,
        )
        for question, value in answers:
            _store(response, question, value, anonymiser, limit)
        report.imported += 1
    db.session.commit()
    return report


def _plan_row(
    number: int,
    row: dict[str, str | None],
    questions: list[Question],
    columns: dict[int, str | None],
    limit: int,
    truncate: bool,
    report: ImportReport,
) -> tuple[list[tuple[Question, str]], int]:
    answers: list[tuple[Question, str]] = []
    for question in questions:
        column = columns[question.id]
        value = (row.get(column) or "").strip() if column else ""
        if not value:
            continue
        if question.kind is QuestionKind.FREE_TEXT:
            if len(value) > limit and not truncate:
                report.errors.append(
                    f"Row {number}, q{question.position}: {len(value):,} characters; the limit is "
                    f"{limit:,} (use --truncate to cut long answers)"
                )
            answers.append((question, value))
        else:
            choice = _choice_value(question, value)
            if choice is None:
                report.errors.append(f"Row {number}, q{question.position}: {value[:40]!r} is not one of the options")
            else:
                answers.append((question, choice))
    participants_text = (row.get("participants") or "1").strip() or "1"
    if not participants_text.isdigit() or not 1 <= int(participants_text) <= 500:
        report.errors.append(f"Row {number}: participants must be a whole number from 1 to 500")
        participants_text = "1"
    return answers, int(participants_text)


def _store(response: Response, question: Question, value: str, anonymiser: Anonymiser, limit: int) -> None:
    if question.kind is QuestionKind.FREE_TEXT:
        store_raw_text(response, question.id, value, anonymiser, limit)
    else:
        store_choice(response, question.id, value)
